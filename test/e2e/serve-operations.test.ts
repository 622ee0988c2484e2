// Operating the receiver: the command line, configuration errors, TLS, health and metrics.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

const CERT = new URL('../fixtures/tls/cert.pem', import.meta.url).pathname;
const KEY = new URL('../fixtures/tls/key.pem', import.meta.url).pathname;

describe('the rounds command', () => {
  beforeAll(() => ensureBuilt());

  it('prints help listing the commands', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/serve\s+Receive OTLP errors/);
    expect(stdout).toMatch(/list\s/);
    for (const line of stdout.split('\n').filter((l) => /^ {2}[a-z]/.test(l))) expect(line.trim().split(/\s{2,}/)[1]).toBeTruthy();
    expect((await runCli(['serve', '--help'])).stdout).toMatch(/--grpc-port/);
  });

  it('stops start-up with one line naming an invalid setting, exit code 2', async () => {
    const bad = await runCli(['serve', '--grpc-port', 'seventy'], { env: { LOG_LEVEL: 'info' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/OTLP_GRPC_PORT.*seventy/);
    const env = await runCli(['serve'], { env: { TELEMETRY_BACKEND: 'local,zipkin' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/TELEMETRY_BACKEND/);
    const missing = await runCli(['serve'], { env: { TELEMETRY_BACKEND: 'jaeger' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/JAEGER_API_URL.*required/);
    const credential = await runCli(['serve'], { env: { DIAGNOSIS_BACKEND: 'command', DIAGNOSIS_COMMAND: 'true', DIAGNOSIS_COMMAND_ENV: 'HTTPS_PROXY,GITHUB_TOKEN' } });
    expect(credential.code).toBe(2);
    expect(credential.stderr.trim().split('\n')).toHaveLength(1);
    expect(credential.stderr).toMatch(/DIAGNOSIS_COMMAND_ENV.*GITHUB_TOKEN is Rounds' own credential/);
  });

  it('rejects an unknown flag and an unknown command with exit code 2', async () => {
    const flag = await runCli(['serve', '--grcp-port', '1']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option --grcp-port/);
    const cmd = await runCli(['srve']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/unknown command "srve"/);
  });

  it('says plainly when the data dir has no store', async () => {
    const res = await runCli(['list', '--data-dir', '/nonexistent/rounds']);
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/no Rounds data in \/nonexistent\/rounds/);
  });
});

describe('TLS, health and metrics', () => {
  let rounds: TestInstance;
  beforeAll(async () => {
    rounds = await startTestInstance({ OTLP_TLS_CERT: CERT, OTLP_TLS_KEY: KEY });
  });
  afterAll(async () => rounds?.dispose());

  it('serves OTLP/HTTP over TLS', async () => {
    const body = traceRequest('tls-http', [{ type: 'TlsError', message: 'over https' }]);
    const status = await new Promise<number>((resolve, reject) => {
      const req = https.request(
        { host: '127.0.0.1', port: rounds.httpPort, path: '/v1/traces', method: 'POST', ca: readFileSync(CERT), headers: { 'content-type': 'application/x-protobuf' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
  });

  it('serves OTLP/gRPC over TLS and refuses plaintext', async () => {
    const body = traceRequest('tls-grpc', [{ type: 'TlsError', message: 'over grpcs' }]);
    const call = (credentials: grpc.ChannelCredentials) =>
      new Promise<grpc.ServiceError | null>((resolve) => {
        const client = new grpc.Client(`localhost:${rounds.grpcPort}`, credentials);
        client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, new grpc.Metadata(), { deadline: Date.now() + 3000 }, (error) => {
          client.close();
          resolve(error);
        });
      });
    expect(await call(grpc.credentials.createSsl(readFileSync(CERT)))).toBeNull();
    expect((await call(grpc.credentials.createInsecure()))?.code).toBe(grpc.status.UNAVAILABLE);
  });

  it('answers /healthz and exposes Prometheus metrics of what it received', async () => {
    const health = await fetch(`http://127.0.0.1:${rounds.apiPort}/healthz`);
    expect(health.status).toBe(200);
    const text = await (await fetch(`http://127.0.0.1:${rounds.apiPort}/metrics`)).text();
    for (const name of ['rounds_received_items_total', 'rounds_errors_selected_total', 'rounds_requests_total', 'rounds_commit_duration_seconds_bucket', 'rounds_pipeline_queue_depth', 'rounds_refusals_total']) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/rounds_errors_selected_total\{signal="traces"\} [1-9]/);
    expect(text).toMatch(/rounds_requests_total\{[^}]*outcome="ok"[^}]*\} [1-9]/);
  });
});
