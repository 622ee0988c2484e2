// The instrumented "services" of the demo: real OpenTelemetry JS SDK providers, one per
// resource (service, version, host), exporting traces over OTLP/gRPC and logs over
// OTLP/HTTP-protobuf to a Rounds receiver — exactly what an instrumented service (or a
// Collector, on the wire) sends. Span times are given explicitly, so a scenario can play
// minutes of traffic in milliseconds.
import { ROOT_CONTEXT, SeverityNumber, SpanKind, SpanStatusCode, trace, type Logger, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import { BatchSpanProcessor, TracerProvider, type IdGenerator } from '@opentelemetry/sdk-trace';
import { RETRY_FOR_MS, RetryingExporter } from './retrying-exporter.js';

export interface ServiceIdentity {
  service: string;
  version: string;
  host: string;
  environment?: string;
  /** More resource attributes (zone, k8s names, runtime, image), by semantic-convention key. */
  resource?: Record<string, string | string[]>;
}

export interface Target {
  host: string;
  grpcPort: number;
  httpPort: number;
}

/** An exception as the SDK records it (`exception.type`, `.message`, `.stacktrace`). */
export interface DemoException {
  name: string;
  message: string;
  stack: string;
}

export interface SpanSpec {
  name: string;
  startMs: number;
  durationMs: number;
  kind?: SpanKind;
  attributes?: Record<string, string | number | boolean>;
  parent?: Span;
  /** The span fails with this exception (status ERROR, exception event at the end). */
  error?: DemoException;
  /** An exception recorded on a span that still succeeds (a retried or tolerated failure). */
  handled?: DemoException;
  /**
   * The span fails by its status alone, without exception or description: an HTTP client's span
   * answered 5xx, as the semantic conventions have it recorded.
   */
  failed?: boolean;
}

/** Providers flushed at once (`flush`). */
const FLUSHES_IN_FLIGHT = 4;
/**
 * A batch processor's wait for one export: longer than the exporter retries a refused batch, or
 * the processor reports a timeout (and a forced flush fails) while the batch is still on its way.
 */
const EXPORT_TIMEOUT_MS = RETRY_FOR_MS + 15_000;

export class DemoTelemetry {
  private readonly tracers = new Map<string, TracerProvider>();
  private readonly loggers = new Map<string, LoggerProvider>();
  private readonly queued: { timeMs: number; record: () => void }[] = [];
  /** Every provider's exporter: flush() waits for the exports their processors' timers started. */
  private readonly exporters: RetryingExporter<unknown>[] = [];

  /**
   * `ids`: the trace and span ids of every provider (the SDK's random ones by default). A test
   * that needs the same playback twice gives a seeded one: the receiver reads a healthy span's
   * attributes in a sample chosen by its span id (ingest/decode/traces-proto.ts), so random ids
   * give each playback a slightly different baseline.
   */
  constructor(
    private readonly target: Target,
    private readonly ids?: IdGenerator,
  ) {}

  private resource(id: ServiceIdentity) {
    return resourceFromAttributes({
      'service.name': id.service,
      'service.version': id.version,
      'host.name': id.host,
      'deployment.environment.name': id.environment ?? 'demo',
      ...id.resource,
    });
  }

  tracer(id: ServiceIdentity): Tracer {
    const key = identityKey(id);
    let provider = this.tracers.get(key);
    if (!provider) {
      const exporter = new RetryingExporter(new OTLPTraceExporter({ url: `http://${this.target.host}:${this.target.grpcPort}` }));
      this.exporters.push(exporter);
      provider = new TracerProvider({ resource: this.resource(id), ...(this.ids && { idGenerator: this.ids }), spanProcessors: [new BatchSpanProcessor({ exporter, scheduledDelayMillis: 100, maxExportBatchSize: 512, exportTimeoutMillis: EXPORT_TIMEOUT_MS })] });
      this.tracers.set(key, provider);
    }
    return provider.getTracer('rounds-demo');
  }

  logger(id: ServiceIdentity): Logger {
    const key = identityKey(id);
    let provider = this.loggers.get(key);
    if (!provider) {
      const exporter = new RetryingExporter(new OTLPLogExporter({ url: `http://${this.target.host}:${this.target.httpPort}/v1/logs` }));
      this.exporters.push(exporter);
      provider = new LoggerProvider({ resource: this.resource(id), processors: [new BatchLogRecordProcessor({ exporter, scheduledDelayMillis: 100, exportTimeoutMillis: EXPORT_TIMEOUT_MS })] });
      this.loggers.set(key, provider);
    }
    return provider.getLogger('rounds-demo');
  }

  span(id: ServiceIdentity, spec: SpanSpec): Span {
    const context = spec.parent ? trace.setSpan(ROOT_CONTEXT, spec.parent) : ROOT_CONTEXT;
    const span = this.tracer(id).startSpan(spec.name, { kind: spec.kind ?? SpanKind.SERVER, attributes: spec.attributes, startTime: spec.startMs }, context);
    const endMs = spec.startMs + spec.durationMs;
    if (spec.handled) span.recordException(spec.handled, spec.startMs + spec.durationMs / 2);
    if (spec.error) {
      span.recordException(spec.error, endMs);
      span.setStatus({ code: SpanStatusCode.ERROR, message: spec.error.message });
    } else if (spec.failed) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(endMs);
    return span;
  }

  log(id: ServiceIdentity, timeMs: number, severity: 'INFO' | 'WARN' | 'ERROR', body: string, attributes: Record<string, string> = {}): void {
    const severityNumber = severity === 'ERROR' ? SeverityNumber.ERROR : severity === 'WARN' ? SeverityNumber.WARN : SeverityNumber.INFO;
    this.logger(id).emit({ timestamp: timeMs, severityNumber, severityText: severity, body, attributes });
  }

  /** Schedules a request (its spans and logs) that happens at `timeMs` of the simulated timeline. */
  at(timeMs: number, record: () => void): void {
    this.queued.push({ timeMs, record });
  }

  /**
   * Plays the scheduled requests in time order, exporting after each `sliceMs` of simulated
   * time, so Rounds receives them as it would live traffic: in order, over many requests (its
   * occurrence samples are then spread over the timeline rather than taken from one batch).
   */
  async play(sliceMs: number): Promise<void> {
    const queue = this.queued.splice(0).sort((a, b) => a.timeMs - b.timeMs);
    let sliceEnd = queue.length ? queue[0].timeMs + sliceMs : 0;
    for (const { timeMs, record } of queue) {
      if (timeMs >= sliceEnd) {
        await this.flush();
        sliceEnd = timeMs + sliceMs;
      }
      record();
    }
    await this.flush();
  }

  /**
   * Exports everything recorded so far; resolves when the receiver has acknowledged it. A few
   * providers at a time, as a Collector's few exporters would send: every service's provider at
   * once (thirty and more in the incidents test) put more exports in flight than Rounds admits on
   * a busy machine, and an export it refused and the SDK's retries did not get in is dropped.
   */
  async flush(): Promise<void> {
    const providers = [...this.tracers.values(), ...this.loggers.values()];
    let next = 0;
    // The providers' own bound on a flush is 30 s by default, shorter than the processor's wait
    // for one export (EXPORT_TIMEOUT_MS): on a loaded machine a flush waiting out a refused
    // export's retries was reported as failed while the export was still on its way.
    const worker = async () => {
      while (next < providers.length) await providers[next++].forceFlush({ timeoutMillis: EXPORT_TIMEOUT_MS });
    };
    await Promise.all(Array.from({ length: Math.min(FLUSHES_IN_FLIGHT, providers.length) }, worker));
    await Promise.all(this.exporters.map((e) => e.settled()));
    // The SDK's processors drop a failed export with no more than a diagnostic message: a
    // playback that lost one must say so, not leave a store missing what it played.
    const lost = this.exporters.filter((e) => e.lost.exports > 0);
    if (lost.length > 0) {
      const exports = lost.reduce((n, e) => n + e.lost.exports, 0);
      throw new Error(`Rounds did not take ${exports} export${exports === 1 ? '' : 's'} of the playback: ${lost[lost.length - 1].lost.error?.message ?? 'no error given'}`);
    }
  }

  async shutdown(): Promise<void> {
    await Promise.all([...this.tracers.values(), ...this.loggers.values()].map((p) => p.shutdown()));
  }
}

const identityKey = (id: ServiceIdentity) => `${id.service}|${id.version}|${id.host}|${JSON.stringify(id.resource ?? {})}`;

export { SpanKind };
