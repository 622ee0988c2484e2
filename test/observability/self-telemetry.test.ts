// Rounds' own telemetry (src/observability/self-telemetry.ts): off unless the standard OTEL_*
// settings ask for it, never pointed at its own receiver, and when on, a real `rounds serve`
// exports its investigation spans over OTLP/gRPC to a real gRPC server and its log lines name
// the trace.
import { rmSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { SpanStatusCode } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfTelemetryDecision } from '../../src/observability/self-telemetry.js';
import { ensureBuilt, spawnServer } from '../helpers/cli.js';
import { tempDataDir } from '../helpers/rounds-instance.js';

const OWN = { host: '0.0.0.0', ports: [4317, 4318] };

describe('whether Rounds exports its own traces', () => {
  it('is off without OTEL_* settings, and when they say none or disabled', () => {
    expect(selfTelemetryDecision({}, OWN)).toEqual({ enabled: false });
    expect(selfTelemetryDecision({ OTEL_SERVICE_NAME: 'rounds' }, OWN)).toEqual({ enabled: false });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_TRACES_EXPORTER: 'none' }, OWN)).toEqual({ enabled: false });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_SDK_DISABLED: 'true' }, OWN)).toEqual({ enabled: false });
  });

  it('is on with an endpoint, or with OTEL_TRACES_EXPORTER=otlp; the traces endpoint wins', () => {
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317' }, OWN)).toEqual({ enabled: true, endpoint: 'http://otel:4317' });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4317', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4317' }, OWN)).toEqual({ enabled: true, endpoint: 'http://tempo:4317' });
    expect(selfTelemetryDecision({ OTEL_TRACES_EXPORTER: 'otlp' }, { host: '0.0.0.0', ports: [14317, 14318] })).toEqual({ enabled: true, endpoint: 'http://localhost:4317' });
  });

  it("never exports to its own receiver: the spec's default endpoint is Rounds' own gRPC port", () => {
    for (const env of [{ OTEL_TRACES_EXPORTER: 'otlp' }, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://[::1]:4317' }]) {
      const decision = selfTelemetryDecision(env, OWN);
      expect(decision).toMatchObject({ enabled: false, reason: expect.stringMatching(/Rounds' own receiver/) });
    }
    // Another machine on the same port is not Rounds.
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4317' }, OWN)).toMatchObject({ enabled: true });
  });

  it('says why when asked for what it cannot do', () => {
    expect(selfTelemetryDecision({ OTEL_TRACES_EXPORTER: 'zipkin' }, OWN)).toMatchObject({ enabled: false, reason: expect.stringMatching(/zipkin is not supported/) });
    expect(selfTelemetryDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }, OWN)).toMatchObject({ enabled: false, reason: expect.stringMatching(/http\/protobuf is not supported/) });
  });
});

/** A real OTLP/gRPC trace endpoint that keeps each export request's bytes. */
async function startTraceReceiver(): Promise<{ port: number; requests: Buffer[]; stop(): Promise<void> }> {
  const requests: Buffer[] = [];
  const server = new grpc.Server();
  const raw = (b: Buffer) => b;
  server.addService(
    {
      Export: {
        path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
        requestStream: false,
        responseStream: false,
        requestSerialize: raw,
        requestDeserialize: raw,
        responseSerialize: raw,
        responseDeserialize: raw,
      },
    },
    {
      // An empty ExportTraceServiceResponse: everything accepted.
      Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        requests.push(call.request);
        callback(null, Buffer.alloc(0));
      },
    },
  );
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, p) => (error ? reject(error) : resolve(p))));
  return { port, requests, stop: () => new Promise((resolve) => server.tryShutdown(() => resolve())) };
}

describe('rounds serve with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  const dataDir = tempDataDir('rounds-self-telemetry-');
  let receiver: Awaited<ReturnType<typeof startTraceReceiver>>;
  let server: Awaited<ReturnType<typeof spawnServer>> | undefined;

  beforeAll(async () => {
    receiver = await startTraceReceiver();
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

  it('exports a trace per investigation with its backend, diagnosis and notification spans; the log line names it', async () => {
    ensureBuilt();
    server = await spawnServer(['--data-dir', dataDir, '--host', '127.0.0.1'], {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiver.port}`,
      OTEL_SERVICE_NAME: 'rounds-under-test',
      OTEL_BSP_SCHEDULE_DELAY: '100',
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
      .poll(() => server!.stderr().split('\n').find((l) => l.includes('"msg":"investigation finished"')), { timeout: 30_000 })
      .toBeDefined()
      .then(() => JSON.parse(server!.stderr().split('\n').find((l) => l.includes('"msg":"investigation finished"'))!) as { trace_id?: string; span_id?: string; status: string });
    expect(finished).toMatchObject({ status: 'diagnosed', trace_id: expect.stringMatching(/^[0-9a-f]{32}$/), span_id: expect.stringMatching(/^[0-9a-f]{16}$/) });

    // That trace reached the receiver, with the span names and Rounds' service name.
    const exported = () => Buffer.concat(receiver.requests);
    await expect.poll(() => exported().includes(Buffer.from(finished.trace_id!, 'hex')), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => ['rounds.investigate', 'rounds.backend.fetch', 'rounds.diagnose', 'rounds.notify', 'rounds-under-test'].filter((name) => !exported().includes(name)), { timeout: 30_000 }).toEqual([]);
    expect(exported().includes(Buffer.from(finished.span_id!, 'hex'))).toBe(true);
    // Not one span per ingested event: the exported spans are Rounds' own work only.
    expect(exported().includes('GET /search')).toBe(false);
  });
});
