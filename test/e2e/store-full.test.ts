// A full disk must not kill the receiver. Real commits really fail, two ways:
//   - a spawned `rounds serve` whose file-size limit (RLIMIT_FSIZE, set with `ulimit -f`, with
//     SIGXFSZ ignored so the write fails instead of the process) stops the store file from
//     growing; raising the limit of the running process (`prlimit`) gives the space back.
//     This needs no privileges, so it runs everywhere;
//   - where this process may mount, an in-process Rounds on a real 8 MB tmpfs that a filler
//     file fills up; deleting the filler gives the space back.
// While commits fail, exports are refused as retryable (503 + Retry-After, UNAVAILABLE +
// RetryInfo), the outage is logged once rather than per request, reads keep working, and
// exports are stored again once space returns.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { otlpType, TYPES } from '../../src/ingest/proto/schema.js';
import { startRounds, type RoundsHandle } from '../../src/main.js';
import { BIN, cleanEnv, ensureBuilt, freshCwd, runCli } from '../helpers/cli.js';
import { decodeStatus, postOtlp, TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { tempDataDir } from '../helpers/temp-dir.js';
import { allSignatures } from '../helpers/temp-store.js';

function grpcExport(port: number, body: Buffer): Promise<grpc.ServiceError | undefined> {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  return new Promise((resolve) => {
    client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, new grpc.Metadata(), (error) => {
      client.close();
      resolve(error ?? undefined);
    });
  });
}

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A batch of errors that are all new signatures, with long messages so they take space. */
let n = 0;
const newErrors = (count: number) => traceRequest('disk-filler', Array.from({ length: count }, () => ({ type: `FillError${++n}`, message: `order ${n} could not be saved: ${'constraint violated; '.repeat(12)}` })));

interface Ports {
  httpPort: number;
  grpcPort: number;
  apiPort: number;
}

/** Fills the store until commits fail, checks every promise of the outage, frees space, checks recovery. */
async function outageAndRecovery(ports: Ports, logs: () => { msg: string }[], freeSpace: () => Promise<void>, reason: RegExp): Promise<void> {
  // Fill until a commit fails: every request before that was acknowledged and stored.
  let acknowledged = 0;
  let refusal: Awaited<ReturnType<typeof postOtlp>> | undefined;
  for (let i = 0; i < 5_000 && !refusal; i++) {
    const res = await postOtlp(ports.httpPort, '/v1/traces', newErrors(20));
    if (res.status === 200) acknowledged++;
    else refusal = res;
  }
  expect(refusal, 'the store never filled up').toBeDefined();
  expect(acknowledged).toBeGreaterThan(0);
  expect(refusal!.status).toBe(503);
  expect(refusal!.headers.get('retry-after')).toBe('4');
  const status = decodeStatus(refusal!.body);
  expect(status.code).toBe(grpc.status.UNAVAILABLE);
  expect(status.message).toMatch(reason);

  // More refusals while full: each answered at once, retryable, on both transports.
  const more = 30;
  for (let i = 0; i < more; i++) expect((await postOtlp(ports.httpPort, '/v1/traces', newErrors(20))).status).toBe(503);
  const g = await grpcExport(ports.grpcPort, newErrors(20));
  expect(g?.code).toBe(grpc.status.UNAVAILABLE);
  const details = decodeStatus(g!.metadata.get('grpc-status-details-bin')[0] as Buffer);
  expect(details.details[0].type_url).toBe('type.googleapis.com/google.rpc.RetryInfo');
  const RetryInfo = otlpType(TYPES.retryInfo);
  expect(RetryInfo.toObject(RetryInfo.decode(details.details[0].value), { longs: Number })).toMatchObject({ retryDelay: { seconds: 4 } });

  // Logged once per outage, not once per refused request or batch.
  await expect.poll(() => logs().filter((l) => l.msg.startsWith('the store cannot commit')).length).toBeGreaterThanOrEqual(1);
  const outages = logs().filter((l) => l.msg.startsWith('the store cannot commit'));
  const recoveries = logs().filter((l) => l.msg === 'the store commits again');
  expect(outages.length).toBeLessThanOrEqual(recoveries.length + 1);
  expect(outages.length).toBeLessThan(more / 3);
  expect(logs().filter((l) => /LMDB commit failed/.test(l.msg))).toHaveLength(0);

  // Reads keep working: the API lists what was stored, health answers.
  const listed = await fetch(`http://127.0.0.1:${ports.apiPort}/api/signatures?limit=5`);
  expect(listed.status).toBe(200);
  expect(((await listed.json()) as { items: unknown[] }).items).toHaveLength(5);
  expect((await fetch(`http://127.0.0.1:${ports.apiPort}/healthz`)).status).toBe(200);

  // Space returns: an export is stored again (the writer retries the store within a second).
  await freeSpace();
  const marker = traceRequest('after-the-outage', [{ type: 'SpaceIsBack', message: 'stored after the disk had room again' }]);
  await expect.poll(async () => (await postOtlp(ports.httpPort, '/v1/traces', marker)).status, { timeout: 60_000, interval: 200 }).toBe(200);
  await expect.poll(() => logs().some((l) => l.msg === 'the store commits again')).toBe(true);
}

const probeDir = tempDataDir('rounds-mount-probe-');
const canMount = tryMount(probeDir, '1m') && (execFileSync('umount', [probeDir]), true);
rmSync(probeDir, { recursive: true, force: true });

describe('a served store whose file cannot grow (RLIMIT_FSIZE)', () => {
  const dir = tempDataDir('rounds-fsize-');
  let child: ChildProcess;
  let log = '';
  let ports: Ports;
  beforeAll(async () => {
    ensureBuilt();
    const args = ['serve', '--data-dir', dir, '--host', '127.0.0.1', '--http-port', '0', '--grpc-port', '0', '--api-port', '0'];
    // 1 MiB (ulimit counts 1024-byte blocks); an ignored signal stays ignored across exec.
    child = spawn('sh', ['-c', `trap '' XFSZ; ulimit -S -f 1024; exec "$0" "$@"`, process.execPath, BIN, ...args], {
      cwd: freshCwd(),
      env: cleanEnv({ INVESTIGATOR_ENABLED: 'false', LOG_LEVEL: 'info', OTLP_RETRY_AFTER_SECONDS: '4' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The log is on stderr.
    child.stderr!.on('data', (d) => (log += d));
    await vi.waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`rounds serve exited: ${child.exitCode}`);
        // Ports were 0: the start-up line says which the servers got.
        const line = log.split('\n').find((l) => l.includes('"msg":"Rounds is receiving OTLP"'));
        if (!line) throw new Error('not started yet');
        const started = JSON.parse(line) as { grpcPort: number; httpPort: number; apiPort: number };
        ports = { httpPort: started.httpPort, grpcPort: started.grpcPort, apiPort: started.apiPort };
        expect((await fetch(`http://127.0.0.1:${ports.apiPort}/healthz`)).status).toBe(200);
      },
      { timeout: 120_000, interval: 100 },
    );
  }, 180_000);
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses as retryable, logs once, keeps reading, and recovers when the limit is raised', async () => {
    const logs = () => log.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string });
    const raiseLimit = async () => {
      execFileSync('prlimit', ['--pid', String(child.pid), '--fsize=unlimited:']);
    };
    // The write past the limit fails with EFBIG, or with EIO where LMDB reports it so.
    await outageAndRecovery(ports, logs, raiseLimit, /file size limit is reached \(EFBIG\)|I\/O error|too large|disk is full/);
    expect(child.exitCode).toBeNull();
    const shown = await runCli(['list', '--data-dir', dir, '--json']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('SpaceIsBack');
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
  }, 120_000);
});

describe('a store on a full filesystem (tmpfs)', () => {
  const root = tempDataDir('rounds-full-');
  const mountPoint = join(root, 'fs');
  let mounted = false;
  let rounds: RoundsHandle;
  const logLines: { msg: string; level: number }[] = [];
  let freeSpace: () => Promise<void>;

  beforeAll(async () => {
    if (!canMount) return;
    mkdirSync(mountPoint);
    mounted = tryMount(mountPoint, '8m');
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _enc, done) {
          for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
          done();
        },
      }),
    );
    const config = loadConfig(
      { ROUNDS_DATA_DIR: join(mountPoint, 'data'), OTLP_HOST: '127.0.0.1', OTLP_GRPC_PORT: '0', OTLP_HTTP_PORT: '0', ROUNDS_API_PORT: '0', INVESTIGATOR_ENABLED: 'false', OTLP_RETRY_AFTER_SECONDS: '4' },
      {},
      '',
    );
    rounds = await startRounds(config, { logger, env: {} });
    // Leave the store a little room on the 8 MB filesystem, then give it back.
    const filler = join(mountPoint, 'filler');
    const fs = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(Math.max(0, fs.bavail * fs.bsize - 512 * 1024)));
    freeSpace = async () => rmSync(filler);
  }, 180_000);

  afterAll(async () => {
    await rounds?.stop();
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(root, { recursive: true, force: true });
  });

  it.runIf(canMount)('on a full tmpfs: refuses as retryable, logs once, keeps reading, and recovers when space returns', async () => {
    await outageAndRecovery({ httpPort: rounds.httpPort, grpcPort: rounds.grpcPort, apiPort: rounds.apiPort }, () => logLines, freeSpace, /disk is full|I\/O error/);
    rounds.store.refresh();
    expect((await allSignatures(rounds.store)).some((s) => s.type === 'SpaceIsBack')).toBe(true);
  }, 120_000);
});
