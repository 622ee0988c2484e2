// Real OpenTelemetry JS SDK pipelines pointed at a Rounds instance: the same exporters an
// instrumented service (or, on the wire, a Collector) would use.
import { Metadata } from '@grpc/grpc-js';
import { SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { OTLPLogExporter as GrpcLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as HttpJsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as ProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPTraceExporter as GrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as HttpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, LoggerProvider } from '@opentelemetry/sdk-logs';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

export type Transport = 'grpc' | 'http-proto' | 'http-json';
export const TRANSPORTS: Transport[] = ['grpc', 'http-proto', 'http-json'];

export interface Ports {
  grpcPort: number;
  httpPort: number;
}

function resource(service: string, extra: Record<string, string> = {}) {
  return resourceFromAttributes({ 'service.name': service, 'service.version': '1.4.2', 'host.name': 'web-1', ...extra });
}

export function traceExporter(transport: Transport, ports: Ports, headers: Record<string, string> = {}) {
  if (transport === 'grpc') {
    const metadata = new Metadata();
    for (const [k, v] of Object.entries(headers)) metadata.set(k, v);
    return new GrpcTraceExporter({ url: `http://127.0.0.1:${ports.grpcPort}`, metadata });
  }
  const url = `http://127.0.0.1:${ports.httpPort}/v1/traces`;
  return transport === 'http-proto' ? new ProtoTraceExporter({ url, headers }) : new HttpJsonTraceExporter({ url, headers });
}

export function logExporter(transport: Transport, ports: Ports, headers: Record<string, string> = {}) {
  if (transport === 'grpc') {
    const metadata = new Metadata();
    for (const [k, v] of Object.entries(headers)) metadata.set(k, v);
    return new GrpcLogExporter({ url: `http://127.0.0.1:${ports.grpcPort}`, metadata });
  }
  const url = `http://127.0.0.1:${ports.httpPort}/v1/logs`;
  return transport === 'http-proto' ? new ProtoLogExporter({ url, headers }) : new HttpJsonLogExporter({ url, headers });
}

export function tracerFor(transport: Transport, ports: Ports, service: string, headers: Record<string, string> = {}) {
  const provider = new TracerProvider({
    resource: resource(service),
    spanProcessors: [new BatchSpanProcessor({ exporter: traceExporter(transport, ports, headers), scheduledDelayMillis: 50, maxExportBatchSize: 512 })],
  });
  return { tracer: provider.getTracer('rounds-e2e'), provider };
}

export function loggerFor(transport: Transport, ports: Ports, service: string, headers: Record<string, string> = {}) {
  const provider = new LoggerProvider({
    resource: resource(service),
    processors: [new BatchLogRecordProcessor({ exporter: logExporter(transport, ports, headers), scheduledDelayMillis: 50 })],
  });
  return { logger: provider.getLogger('rounds-e2e'), provider };
}

/** A failing request: an ERROR span with a recorded exception, the way instrumentations do it. */
export function failingSpan(tracer: Tracer, name: string, error: Error, attributes: Record<string, string | number> = {}): void {
  const span = tracer.startSpan(name, { attributes });
  span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
  span.end();
}

export function healthySpan(tracer: Tracer, name: string): void {
  tracer.startSpan(name, { attributes: { 'http.route': '/ok' } }).end();
}
