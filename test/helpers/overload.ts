// Drives a receiver with all-error OTLP trace exports, over OTLP/HTTP or OTLP/gRPC, closed-loop
// (to measure what it accepts per second) or open-loop at a fixed offered rate (to overload it
// without slowing down when it does). Every export is an SDK-built request (bench/payloads.ts)
// whose trace ids are replaced with fresh ones, so no two exports are retries of each other and
// the store must hold every acknowledged event. The client runs in a worker thread.
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { buildTracePayload } from '../../bench/payloads.js';
import { otlpType, TYPES } from '../../src/ingest/proto/schema.js';

export type Transport = 'http' | 'grpc';

/** How one export ended, from the client's side. */
export type Ending = 'accepted' | 'refused-with-hint' | 'refused-without-hint' | `other:${string}`;

export interface LoadResult {
  sent: number;
  accepted: number;
  refusedWithHint: number;
  /** Anything else: refusals without a retry hint, other statuses, transport errors. */
  other: Record<string, number>;
  /** Milliseconds from being sent on a connection to the answer, for accepted exports. */
  acceptedLatencies: number[];
  /** The same including the wait in the client for a free connection (HTTP). */
  acceptedQueuedLatencies: number[];
  /** Milliseconds from being sent to the answer, for refusals. */
  refusedLatencies: number[];
  /** Error events in the accepted exports. */
  acceptedEvents: number;
  durationMs: number;
}

/** An SDK-built all-error export and where its trace ids sit, to make fresh copies cheaply. */
export class ErrorExports {
  readonly errorsPerExport: number;
  private readonly template: Buffer;
  private readonly traceIdOffsets: number[][];

  constructor(service: string, errorsPerExport = 20) {
    const payload = buildTracePayload({ spans: errorsPerExport, errorRatio: 1, service, seed: 7 });
    this.errorsPerExport = payload.errors;
    this.template = payload.body;
    const T = otlpType(TYPES.traceRequest);
    const decoded = T.toObject(T.decode(payload.body), { bytes: Buffer }) as { resourceSpans: { scopeSpans: { spans: { traceId: Buffer }[] }[] }[] };
    const ids = new Map<string, Buffer>();
    for (const rs of decoded.resourceSpans) for (const ss of rs.scopeSpans) for (const s of ss.spans) ids.set(s.traceId.toString('hex'), s.traceId);
    this.traceIdOffsets = [...ids.values()].map((id) => {
      const offsets: number[] = [];
      for (let at = this.template.indexOf(id); at !== -1; at = this.template.indexOf(id, at + 1)) offsets.push(at);
      return offsets;
    });
  }

  /** What the worker needs to make fresh copies itself. */
  shape(): { template: Uint8Array; traceIdOffsets: number[][]; errorsPerExport: number } {
    return { template: new Uint8Array(this.template), traceIdOffsets: this.traceIdOffsets, errorsPerExport: this.errorsPerExport };
  }

  /** A copy with every trace id replaced by a fresh random one (consistently within the export). */
  next(): Buffer {
    const body = Buffer.from(this.template);
    for (const offsets of this.traceIdOffsets) {
      const id = randomBytes(16);
      for (const at of offsets) id.copy(body, at);
    }
    return body;
  }
}

/** The load client, in a worker thread (overload-client.mjs) for one receiver port. */
export class LoadClient {
  private readonly worker: Worker;
  private queue: Promise<unknown> = Promise.resolve();

  /** `connections`: the HTTP keep-alive connections the client keeps (gRPC uses 4 channels). */
  constructor(transport: Transport, port: number, exports: ErrorExports, connections = 256) {
    this.worker = new Worker(new URL('./overload-client.mjs', import.meta.url), {
      workerData: { transport, port, ...exports.shape(), retryInfoType: 'type.googleapis.com/google.rpc.RetryInfo', connections },
    });
  }

  private call(message: object): Promise<LoadResult> {
    const run = this.queue.then(
      () =>
        new Promise<LoadResult>((resolve, reject) => {
          this.worker.once('message', resolve);
          this.worker.once('error', reject);
          this.worker.postMessage(message);
        }),
    );
    this.queue = run.catch(() => {});
    return run;
  }

  /** `concurrency` exports in flight, each sent as soon as the previous one is answered. */
  closedLoop(concurrency: number, durationMs: number): Promise<LoadResult> {
    return this.call({ kind: 'closed', concurrency, durationMs });
  }

  /** Exports started at `perSecond` whatever the answers, for `durationMs`; resolves when all are answered. */
  openLoop(perSecond: number, durationMs: number): Promise<LoadResult> {
    return this.call({ kind: 'open', perSecond, durationMs });
  }

  /** Sends one given export; resolves with how it ended. */
  async send(body: Buffer): Promise<Ending> {
    const r = await this.call({ kind: 'single', body });
    return r.accepted ? 'accepted' : r.refusedWithHint ? 'refused-with-hint' : (Object.keys(r.other)[0] as Ending);
  }

  async close(): Promise<void> {
    this.worker.postMessage({ kind: 'close' });
    await new Promise((resolve) => this.worker.once('exit', resolve));
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
