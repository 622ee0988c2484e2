// Rounds' own telemetry (src/observability/self-telemetry.ts): off unless the standard OTEL_*
// settings ask for it, never pointed at its own receiver, and when on, a real `rounds serve`
// exports its investigation spans and its rounds_* metrics over OTLP/gRPC and over OTLP/HTTP
// (protobuf) to real receivers, and its log lines name the trace.
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { SpanStatusCode } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfTelemetryDecision } from '../../src/observability/self-telemetry.js';
import { ensureBuilt, spawnServer } from '../helpers/cli.js';
import { tempDataDir } from '../helpers/rounds-instance.js';
import { TRACE_PATH } from '../helpers/otlp-requests.js';

const OWN = { host: '0.0.0.0', ports: [4317, 4318] };

describe('whether Rounds exports its own traces and metrics', () => {
  const off = { enabled: false };
  it('is off without OTEL_* settings, and when they say none or disabled', () => {
    expect(selfTelemetryDecision({}, OWN)).toEqual({ traces: off, metrics: off });
    expect(selfTelemetryDecision({ OTEL_SERVICE_NAME: 'rounds' }, OWN)).toEqual({ traces: off, metrics: off });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_TRACES_EXPORTER: 'none', OTEL_METRICS_EXPORTER: 'none' }, OWN)).toEqual({ traces: off, metrics: off });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_SDK_DISABLED: 'true' }, OWN)).toEqual({ traces: off, metrics: off });
  });

  it('is on with an endpoint, or with OTEL_<SIGNAL>_EXPORTER=otlp; a signal endpoint wins; each signal on its own', () => {
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317' }, OWN)).toEqual({
      traces: { enabled: true, endpoint: 'http://otel:4317', protocol: 'grpc' },
      metrics: { enabled: true, endpoint: 'http://otel:4317', protocol: 'grpc' },
    });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4317', OTEL_METRICS_EXPORTER: 'none' }, OWN)).toEqual({
      traces: { enabled: true, endpoint: 'http://tempo:4317', protocol: 'grpc' },
      metrics: off,
    });
    expect(selfTelemetryDecision({ OTEL_TRACES_EXPORTER: 'otlp' }, { host: '0.0.0.0', ports: [14317, 14318] })).toEqual({ traces: { enabled: true, endpoint: 'http://localhost:4317', protocol: 'grpc' }, metrics: off });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://mimir:4317' }, OWN).metrics).toEqual({ enabled: true, endpoint: 'http://mimir:4317', protocol: 'grpc' });
  });

  it('http/protobuf: the base endpoint gets /v1/traces and /v1/metrics, a signal endpoint is used as given', () => {
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318/', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }, OWN)).toEqual({
      traces: { enabled: true, endpoint: 'http://otel:4318/v1/traces', protocol: 'http/protobuf' },
      metrics: { enabled: true, endpoint: 'http://otel:4318/v1/metrics', protocol: 'http/protobuf' },
    });
    // The per-signal protocol wins over the general one.
    expect(
      selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_EXPORTER_OTLP_METRICS_PROTOCOL: 'http/protobuf', OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://otel:4318/custom' }, OWN),
    ).toEqual({ traces: { enabled: true, endpoint: 'http://otel:4317', protocol: 'grpc' }, metrics: { enabled: true, endpoint: 'http://otel:4318/custom', protocol: 'http/protobuf' } });
    expect(selfTelemetryDecision({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf' }, { host: '0.0.0.0', ports: [14317] }).traces).toEqual({ enabled: true, endpoint: 'http://localhost:4318/v1/traces', protocol: 'http/protobuf' });
  });

  it("never exports to its own receiver: the spec's default endpoints are Rounds' own ports", () => {
    for (const env of [
      { OTEL_TRACES_EXPORTER: 'otlp', OTEL_METRICS_EXPORTER: 'otlp' },
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' },
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://[::1]:4317' },
      { OTEL_TRACES_EXPORTER: 'otlp', OTEL_METRICS_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' },
    ]) {
      const decision = selfTelemetryDecision(env, OWN);
      expect(decision.traces).toMatchObject({ enabled: false, reason: expect.stringMatching(/Rounds' own receiver/) });
      expect(decision.metrics).toMatchObject({ enabled: false, reason: expect.stringMatching(/Rounds' own receiver/) });
    }
    // Another machine on the same port is not Rounds.
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4317' }, OWN).metrics).toMatchObject({ enabled: true });
  });

  it('says why when asked for what it cannot do', () => {
    expect(selfTelemetryDecision({ OTEL_TRACES_EXPORTER: 'zipkin' }, OWN).traces).toMatchObject({ enabled: false, reason: expect.stringMatching(/OTEL_TRACES_EXPORTER zipkin is not supported/) });
    expect(selfTelemetryDecision({ OTEL_METRICS_EXPORTER: 'prometheus' }, OWN).metrics).toMatchObject({ enabled: false, reason: expect.stringMatching(/OTEL_METRICS_EXPORTER prometheus is not supported/) });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' }, OWN).traces).toMatchObject({ enabled: false, reason: expect.stringMatching(/OTEL_EXPORTER_OTLP_PROTOCOL http\/json is not supported/) });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' }, OWN).traces).toMatchObject({ enabled: false, reason: expect.stringMatching(/not a URL/) });
  });
});

interface Receiver {
  /** The OTEL_EXPORTER_OTLP_ENDPOINT to give Rounds. */
  endpoint: string;
  traces: Buffer[];
  metrics: Buffer[];
  stop(): Promise<void>;
}

/** A real OTLP/gRPC endpoint for traces and metrics that keeps each export request's bytes. */
async function startGrpcReceiver(): Promise<Receiver> {
  const traces: Buffer[] = [];
  const metrics: Buffer[] = [];
  const server = new grpc.Server();
  const raw = (b: Buffer) => b;
  const method = (path: string) => ({ path, requestStream: false, responseStream: false, requestSerialize: raw, requestDeserialize: raw, responseSerialize: raw, responseDeserialize: raw });
  // An empty Export…ServiceResponse: everything accepted.
  const keep = (into: Buffer[]) => (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
    into.push(call.request);
    callback(null, Buffer.alloc(0));
  };
  server.addService({ Export: method(TRACE_PATH) }, { Export: keep(traces) });
  server.addService({ Export: method('/opentelemetry.proto.collector.metrics.v1.MetricsService/Export') }, { Export: keep(metrics) });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, p) => (error ? reject(error) : resolve(p))));
  return { endpoint: `http://127.0.0.1:${port}`, traces, metrics, stop: () => new Promise((resolve) => server.tryShutdown(() => resolve())) };
}

/** A real OTLP/HTTP endpoint (binary protobuf) on /v1/traces and /v1/metrics. */
async function startHttpReceiver(): Promise<Receiver> {
  const traces: Buffer[] = [];
  const metrics: Buffer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const into = req.url === '/v1/traces' ? traces : req.url === '/v1/metrics' ? metrics : undefined;
      if (!into || req.method !== 'POST' || req.headers['content-type'] !== 'application/x-protobuf') {
        res.writeHead(404).end();
        return;
      }
      into.push(Buffer.concat(chunks));
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    traces,
    metrics,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe.each([
  { protocol: 'grpc', start: startGrpcReceiver },
  { protocol: 'http/protobuf', start: startHttpReceiver },
])('rounds serve exporting its own telemetry over $protocol', ({ protocol, start }) => {
  const dataDir = tempDataDir('rounds-self-telemetry-');
  let receiver: Receiver;
  let server: Awaited<ReturnType<typeof spawnServer>> | undefined;

  beforeAll(async () => {
    receiver = await start();
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((resolve) => server!.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    await receiver?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports a trace per investigation with its backend, diagnosis and notification spans, the log line names it, and the rounds_* metrics arrive', async () => {
    ensureBuilt();
    server = await spawnServer(['--data-dir', dataDir, '--host', '127.0.0.1'], {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
      OTEL_SERVICE_NAME: 'rounds-under-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_METRIC_EXPORT_INTERVAL: '200',
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0s',
      TELEMETRY_BACKEND: 'local',
      DIAGNOSIS_BACKEND: 'evidence',
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: `${dataDir}/reports`,
    });
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'search', 'service.version': '3.1.0' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${server.ports.grpc}` }), scheduledDelayMillis: 50 })],
    });
    const span = provider.getTracer('e2e').startSpan('GET /search');
    span.recordException(new Error('environment variable SEARCH_INDEX_URL is not set'));
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    await provider.forceFlush();
    await provider.shutdown();

    // The log line (stderr) written inside the investigation's span carries its ids.
    const finished = await expect
      .poll(() => server!.stderr().split('\n').find((l) => l.includes('"msg":"investigation finished"')), { timeout: 60_000 })
      .toBeDefined()
      .then(() => JSON.parse(server!.stderr().split('\n').find((l) => l.includes('"msg":"investigation finished"'))!) as { trace_id?: string; span_id?: string; status: string });
    expect(finished).toMatchObject({ status: 'diagnosed', trace_id: expect.stringMatching(/^[0-9a-f]{32}$/), span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });

    // That trace reached the receiver, with the span names and Rounds' service name.
    const exported = () => Buffer.concat(receiver.traces);
    await expect.poll(() => exported().includes(Buffer.from(finished.trace_id!, 'hex')), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => ['rounds.investigate', 'rounds.backend.fetch', 'rounds.diagnose', 'rounds.notify', 'rounds-under-test'].filter((name) => !exported().includes(name)), { timeout: 60_000 }).toEqual([]);
    expect(exported().includes(Buffer.from(finished.span_id!, 'hex'))).toBe(true);
    // Not one span per ingested event: the exported spans are Rounds' own work only.
    expect(exported().includes('GET /search')).toBe(false);

    // The metrics /metrics serves arrive as OTLP metrics: export requests by outcome, events
    // picked out, commit durations, investigations by outcome; under Rounds' service name.
    const names = ['rounds_requests_total', 'rounds_errors_selected_total', 'rounds_commit_duration_seconds', 'rounds_investigations_total', 'diagnosed', 'rounds-under-test'];
    const lastMetrics = () => receiver.metrics.at(-1) ?? Buffer.alloc(0);
    await expect.poll(() => names.filter((name) => !lastMetrics().includes(name)), { timeout: 60_000 }).toEqual([]);
    // Only Rounds' own series, not the process metrics /metrics also carries.
    expect(lastMetrics().includes('process_cpu_seconds_total')).toBe(false);
  });
});
