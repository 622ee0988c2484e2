// The OTLP schema loaded with protobufjs reflection from proto/. Used off the hot path: for
// the full decode the selective reader is tested and benchmarked against, and for encoding
// the rare error bodies. Loaded once, lazily.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

/** The project's proto/ folder, found upwards from this file (it runs from src/ and dist/src/). */
function findProtoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'proto', 'opentelemetry'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('proto/ folder not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return join(dir, 'proto') + '/';
}

const FILES = [
  'opentelemetry/proto/collector/trace/v1/trace_service.proto',
  'opentelemetry/proto/collector/logs/v1/logs_service.proto',
  'opentelemetry/proto/collector/metrics/v1/metrics_service.proto',
  'google/rpc/status.proto',
  'google/rpc/error_details.proto',
];

let root: protobuf.Root | undefined;

export function otlpRoot(): protobuf.Root {
  if (!root) {
    const r = new protobuf.Root();
    const protoRoot = findProtoRoot();
    r.resolvePath = (_origin, target) => protoRoot + target;
    r.loadSync(FILES, { keepCase: false });
    r.resolveAll();
    root = r;
  }
  return root;
}

export const otlpType = (name: string): protobuf.Type => otlpRoot().lookupType(name);

export const TYPES = {
  traceRequest: 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest',
  traceResponse: 'opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse',
  logsRequest: 'opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest',
  logsResponse: 'opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse',
  metricsRequest: 'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest',
  metricsResponse: 'opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse',
  status: 'google.rpc.Status',
  retryInfo: 'google.rpc.RetryInfo',
  badRequest: 'google.rpc.BadRequest',
} as const;
