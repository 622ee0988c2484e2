// An exporter that sends a batch again until it is taken (worthSendingAgain: refused for load,
// or never answered), as a Collector does (its exporters' retry_on_failure, which keeps trying
// for five minutes by default). The OpenTelemetry SDK's own exporters retry a refused export a
// few times within seconds and then drop it, and the demo's playback (and the end-to-end tests
// built on it) must land whole: on a busy machine Rounds sheds load with UNAVAILABLE, by design
// (the admission step of docs/architecture.md's map, ingest/admission.ts), and every export it
// refuses has to come back. What is lost for good is counted (`lost`), so the playback can say so.

/** The SDK's ExportResult (@opentelemetry/core): code 0 is success. */
export interface ExportResult {
  code: number;
  error?: Error;
}
const SUCCESS = 0;

/** What the SDK's span and log record exporters have in common. */
export interface BatchExporter<T> {
  export(items: T[], resultCallback: (result: ExportResult) => void): void;
  shutdown(): Promise<void>;
  forceFlush?(): Promise<void>;
}

/**
 * How long a refused batch is sent again before the export fails: five minutes, a Collector's
 * exporters' default (retry_on_failure's max_elapsed_time). With one minute, a suite run while
 * other processes kept a two-core machine's load near twenty saw Rounds shed load for longer than
 * that, and the incidents' playback lost 200 exports.
 */
export const RETRY_FOR_MS = 300_000;
const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 2_000;

/** gRPC status codes the OTLP specification calls retryable (CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, OUT_OF_RANGE, UNAVAILABLE, DATA_LOSS). */
const RETRYABLE_GRPC = new Set([1, 4, 8, 10, 11, 14, 15]);
/** HTTP statuses the OTLP specification calls retryable. */
const RETRYABLE_HTTP = new Set([429, 502, 503, 504]);

/**
 * Whether the export is to be sent again: Rounds refused it for load and asks for it again (gRPC
 * UNAVAILABLE or RESOURCE_EXHAUSTED; HTTP 429 or 503), or no answer came — the codes the OTLP
 * specification calls retryable, a connection that failed (a Node network error's string code,
 * `ECONNRESET`), or an error with no code at all. The SDK's OTLP/HTTP exporter reports an export
 * that outlived its 10 s deadline (`Request timed out`) and one it stopped retrying after 503s
 * (`Export failed with retryable status`) without any status: on a machine whose cores other
 * processes kept busy, such exports were dropped and the playback lost their records (half of one
 * service's log records, one incident's only log line) without a word. An export that timed out
 * may have been stored all the same: Rounds counts its events again as a Collector's retry and
 * stores them once (the dedupe step of the commit). Only a status that refuses the data itself
 * (HTTP 400, gRPC INVALID_ARGUMENT) is final.
 */
export function worthSendingAgain(error: Error | undefined): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'number') return code < 100 ? RETRYABLE_GRPC.has(code) : RETRYABLE_HTTP.has(code);
  return true;
}

export class RetryingExporter<T> implements BatchExporter<T> {
  /** Exports not yet answered for good (taken, or failed past their retries). */
  private inFlight = 0;
  /** Exports answered for good with a failure: how many, and the last error. */
  readonly lost = { exports: 0, error: undefined as Error | undefined };
  private idle: (() => void)[] = [];

  constructor(
    private readonly inner: BatchExporter<T>,
    private readonly retryForMs = RETRY_FOR_MS,
  ) {}

  export(items: T[], resultCallback: (result: ExportResult) => void): void {
    const giveUpAt = Date.now() + this.retryForMs;
    let delay = FIRST_DELAY_MS;
    this.inFlight++;
    const attempt = () =>
      this.inner.export(items, (result) => {
        if (result.code === SUCCESS || !worthSendingAgain(result.error) || Date.now() + delay > giveUpAt) {
          if (result.code !== SUCCESS) {
            this.lost.exports++;
            this.lost.error = result.error;
          }
          resultCallback(result);
          if (--this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
          return;
        }
        setTimeout(attempt, delay);
        delay = Math.min(delay * 2, MAX_DELAY_MS);
      });
    attempt();
  }

  /**
   * Resolves once every export handed to this exporter has been answered for good. The SDK's
   * BatchSpanProcessor exports on its own timer too, and its forceFlush waits only for the
   * spans still queued, not for an export its timer started that is still being retried: a
   * playback that stopped Rounds after forceFlush alone lost that export's spans.
   */
  settled(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
