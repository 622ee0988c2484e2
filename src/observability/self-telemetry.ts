// Rounds observing itself with OpenTelemetry, opt-in through the standard SDK environment
// variables (https://opentelemetry.io/docs/specs/otel/configuration/sdk-environment-variables/):
// OTEL_TRACES_EXPORTER=otlp or an OTLP endpoint turns it on, OTEL_SERVICE_NAME and
// OTEL_RESOURCE_ATTRIBUTES name it, OTEL_SDK_DISABLED=true keeps it off. Off, nothing is loaded
// into the hot path: no provider, no wrappers, no log mixin. On, spans cover investigations,
// backend calls, diagnoses and notifications (never an ingested event), exported over
// OTLP/gRPC, and log lines written inside one carry its trace_id and span_id.
//
// Never to itself: an endpoint that is this process's own OTLP receiver would make Rounds
// diagnose its own spans, whose investigations make more spans. Such an endpoint keeps
// self-telemetry off with one warning (README, "Rounds' own telemetry").
import { hostname } from 'node:os';
import { context, trace, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

export type SelfTelemetryDecision = { enabled: false; reason?: string } | { enabled: true; endpoint: string };

/** Where this process receives OTLP, to refuse exporting to itself. */
export interface OwnReceiver {
  host: string;
  ports: number[];
}

/** The OTLP/gRPC default endpoint (OTLP exporter spec, "Endpoint URLs for OTLP/gRPC"). */
const DEFAULT_GRPC_ENDPOINT = 'http://localhost:4317';

/** What the OTEL_* environment asks for, and whether Rounds may do it. */
export function selfTelemetryDecision(env: NodeJS.ProcessEnv, own: OwnReceiver): SelfTelemetryDecision {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return { enabled: false };
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  const configured = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (exporters.includes('none')) return { enabled: false };
  if (exporters.length === 0 && !configured) return { enabled: false };
  const unsupported = exporters.filter((e) => e !== 'otlp');
  if (unsupported.length) return { enabled: false, reason: `OTEL_TRACES_EXPORTER ${unsupported.join(', ')} is not supported (only otlp)` };
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL;
  if (protocol && protocol !== 'grpc') return { enabled: false, reason: `OTEL_EXPORTER_OTLP_PROTOCOL ${protocol} is not supported (Rounds exports its own traces over grpc)` };
  const endpoint = configured || DEFAULT_GRPC_ENDPOINT;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { enabled: false, reason: `the OTLP endpoint "${endpoint}" is not a URL` };
  }
  if (pointsAtSelf(url, own)) return { enabled: false, reason: `the OTLP endpoint ${endpoint} is Rounds' own receiver; exporting there would make Rounds diagnose its own spans` };
  return { enabled: true, endpoint };
}

function pointsAtSelf(url: URL, own: OwnReceiver): boolean {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (!own.ports.includes(port)) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const local = ['localhost', '127.0.0.1', '::1', '0.0.0.0', '::', hostname().toLowerCase(), own.host.toLowerCase()];
  return local.includes(host) || host.startsWith('127.');
}

export interface SelfTelemetry {
  tracer: Tracer;
  /** pino `mixin`: the active span's ids, so a log line can be found from its trace. */
  logFields(): { trace_id?: string; span_id?: string };
  /** Exports what is left and stops. */
  shutdown(): Promise<void>;
}

let contextManagerInstalled = false;

export function startSelfTelemetry(endpoint: string, serviceVersion?: string): SelfTelemetry {
  // One context manager per process (the API's global); it only tracks async context.
  if (!contextManagerInstalled) contextManagerInstalled = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const resource = resourceFromAttributes({ 'service.name': 'rounds', ...(serviceVersion ? { 'service.version': serviceVersion } : {}) }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new TracerProvider({ resource, spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: endpoint }) })] });
  return {
    tracer: provider.getTracer('rounds', serviceVersion),
    logFields() {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
    shutdown: () => provider.shutdown(),
  };
}
