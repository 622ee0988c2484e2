// Rounds observing itself with OpenTelemetry, opt-in through the standard SDK environment
// variables (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/):
// for traces and for metrics each, OTEL_<SIGNAL>_EXPORTER=otlp or an OTLP endpoint
// (OTEL_EXPORTER_OTLP_ENDPOINT, or the signal's own) turns it on, `none` keeps it off;
// OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES name it, OTEL_SDK_DISABLED=true keeps all off.
// Off, nothing is loaded into the hot path: no provider, no wrappers, no log mixin.
//
// Traces: spans cover investigations, backend calls, diagnoses and notifications (never an
// ingested event); log lines written inside one carry its trace_id and span_id. Metrics: the
// series /metrics serves under rounds_* (prom-metric-producer.ts), every
// OTEL_METRIC_EXPORT_INTERVAL (default 60 s) and once more at shutdown.
//
// Protocol (OTLP exporter spec, "Specify Protocol"): OTEL_EXPORTER_OTLP_<SIGNAL>_PROTOCOL, else
// OTEL_EXPORTER_OTLP_PROTOCOL, `grpc` or `http/protobuf`. Rounds keeps `grpc` as its default,
// which the spec allows where grpc was already the default. Endpoints follow the same spec: for
// grpc the URL as given (default http://localhost:4317); for http/protobuf a signal's own
// endpoint as given, else OTEL_EXPORTER_OTLP_ENDPOINT with /v1/traces or /v1/metrics appended
// (default http://localhost:4318/v1/<signal>).
//
// Never to itself: an endpoint that is this process's own OTLP receiver would make Rounds
// diagnose its own spans, whose investigations make more spans. Such an endpoint keeps
// that signal off with one warning (README, "Rounds' own telemetry").
import { hostname } from 'node:os';
import { context, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPMetricExporter as GrpcMetricExporter } from '@opentelemetry/exporter-metrics-otlp-grpc';
import { OTLPMetricExporter as ProtoMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as GrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { Registry } from './metrics.js';
import { PromMetricProducer } from './prom-metric-producer.js';

export type Signal = 'traces' | 'metrics';
export type OtlpProtocol = 'grpc' | 'http/protobuf';
export type SignalDecision = { enabled: false; reason?: string } | { enabled: true; endpoint: string; protocol: OtlpProtocol };
export type SelfTelemetryDecision = Record<Signal, SignalDecision>;

/** Where this process receives OTLP, to refuse exporting to itself. */
export interface OwnReceiver {
  host: string;
  ports: number[];
}

/** The defaults of the OTLP exporter spec, "Endpoint URLs for OTLP/gRPC" and "…OTLP/HTTP". */
const DEFAULT_GRPC_ENDPOINT = 'http://localhost:4317';
const DEFAULT_HTTP_BASE = 'http://localhost:4318';
const PROTOCOLS: readonly string[] = ['grpc', 'http/protobuf'];

/** What the OTEL_* environment asks for, per signal, and whether Rounds may do it. */
export function selfTelemetryDecision(env: NodeJS.ProcessEnv, own: OwnReceiver): SelfTelemetryDecision {
  return { traces: signalDecision(env, 'traces', own), metrics: signalDecision(env, 'metrics', own) };
}

function signalDecision(env: NodeJS.ProcessEnv, signal: Signal, own: OwnReceiver): SignalDecision {
  const SIGNAL = signal.toUpperCase();
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return { enabled: false };
  const exporterVar = `OTEL_${SIGNAL}_EXPORTER`;
  const exporters = (env[exporterVar] ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  const own_ = env[`OTEL_EXPORTER_OTLP_${SIGNAL}_ENDPOINT`]?.trim();
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (exporters.includes('none')) return { enabled: false };
  if (exporters.length === 0 && !own_ && !base) return { enabled: false };
  const unsupported = exporters.filter((e) => e !== 'otlp');
  if (unsupported.length) return { enabled: false, reason: `${exporterVar} ${unsupported.join(', ')} is not supported (only otlp)` };
  const protocolVar = env[`OTEL_EXPORTER_OTLP_${SIGNAL}_PROTOCOL`]?.trim() ? `OTEL_EXPORTER_OTLP_${SIGNAL}_PROTOCOL` : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const protocol = env[protocolVar]?.trim() || 'grpc';
  if (!PROTOCOLS.includes(protocol)) return { enabled: false, reason: `${protocolVar} ${protocol} is not supported (grpc or http/protobuf)` };
  const endpoint =
    protocol === 'grpc'
      ? own_ || base || DEFAULT_GRPC_ENDPOINT
      : own_ || `${(base || DEFAULT_HTTP_BASE).replace(/\/+$/, '')}/v1/${signal}`;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { enabled: false, reason: `the OTLP ${signal} endpoint "${endpoint}" is not a URL` };
  }
  if (pointsAtSelf(url, own)) return { enabled: false, reason: `the OTLP ${signal} endpoint ${endpoint} is Rounds' own receiver; exporting there would make Rounds diagnose its own telemetry` };
  return { enabled: true, endpoint, protocol: protocol as OtlpProtocol };
}

function pointsAtSelf(url: URL, own: OwnReceiver): boolean {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (!own.ports.includes(port)) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const local = ['localhost', '127.0.0.1', '::1', '0.0.0.0', '::', hostname().toLowerCase(), own.host.toLowerCase()];
  return local.includes(host) || host.startsWith('127.');
}

export interface SelfTelemetry {
  /** Set when traces are exported; without it nothing is wrapped. */
  tracer?: Tracer;
  /** pino `mixin`: the active span's ids, so a log line can be found from its trace. */
  logFields?: () => { trace_id?: string; span_id?: string };
  /** Exports this registry's rounds_* series when metrics are on; else does nothing. */
  exportMetrics(registry: Registry): void;
  /** Exports what is left and stops. */
  shutdown(): Promise<void>;
}

let contextManagerInstalled = false;

/** Undefined when neither signal is exported: nothing is started. */
export function startSelfTelemetry(decision: SelfTelemetryDecision, env: NodeJS.ProcessEnv, serviceVersion?: string): SelfTelemetry | undefined {
  const { traces, metrics } = decision;
  if (!traces.enabled && !metrics.enabled) return undefined;
  const resource = resourceFromAttributes({ 'service.name': 'rounds', ...(serviceVersion ? { 'service.version': serviceVersion } : {}) }).merge(detectResources({ detectors: [envDetector] }));
  const stops: (() => Promise<void>)[] = [];
  const self: SelfTelemetry = {
    exportMetrics: () => undefined,
    shutdown: async () => {
      const results = await Promise.allSettled(stops.map((stop) => stop()));
      const failed = results.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };

  if (traces.enabled) {
    // One context manager per process (the API's global); it only tracks async context.
    if (!contextManagerInstalled) contextManagerInstalled = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const exporter = traces.protocol === 'grpc' ? new GrpcTraceExporter({ url: traces.endpoint }) : new ProtoTraceExporter({ url: traces.endpoint });
    const provider = new TracerProvider({ resource, spanProcessors: [new BatchSpanProcessor({ exporter })] });
    self.tracer = provider.getTracer('rounds', serviceVersion);
    self.logFields = () => {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    };
    stops.push(() => provider.shutdown());
  }

  if (metrics.enabled) {
    self.exportMetrics = (registry) => {
      const exporter = metrics.protocol === 'grpc' ? new GrpcMetricExporter({ url: metrics.endpoint }) : new ProtoMetricExporter({ url: metrics.endpoint });
      const producer = new PromMetricProducer(registry, resource, { name: 'rounds', ...(serviceVersion ? { version: serviceVersion } : {}) });
      const interval = positiveMs(env.OTEL_METRIC_EXPORT_INTERVAL) ?? 60_000;
      const timeout = Math.min(positiveMs(env.OTEL_METRIC_EXPORT_TIMEOUT) ?? 30_000, interval);
      const provider = new MeterProvider({ resource, readers: [new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: interval, exportTimeoutMillis: timeout, metricProducers: [producer] })] });
      stops.push(() => provider.shutdown());
    };
  }
  return self;
}

/** A whole number of milliseconds above 0; else undefined, and the spec's default applies. */
function positiveMs(value: string | undefined): number | undefined {
  const n = Number(value?.trim());
  return value?.trim() && Number.isInteger(n) && n > 0 ? n : undefined;
}
