// "Acked means stored", tested the hard way: a real `rounds serve` process under continuous
// export load is killed with SIGKILL (or stopped with SIGTERM); every error whose export was
// acknowledged must be in the store afterwards.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { ensureBuilt, spawnServer } from '../helpers/cli.js';
import { TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { tempDataDir } from '../helpers/temp-dir.js';
import { allSignatures } from '../helpers/temp-store.js';

const ERRORS_PER_REQUEST = 5;

interface Load {
  acked: number;
  sent: number;
  stop(): Promise<void>;
}

function body(): Buffer {
  return traceRequest(
    'durable',
    Array.from({ length: ERRORS_PER_REQUEST }, () => ({ type: 'DurabilityError', message: 'write me down', traceId: randomBytes(16) })),
    50,
  );
}

/** Four HTTP senders and two gRPC senders, each exporting back to back until stopped. */
function startLoad(httpPort: number, grpcPort: number): Load {
  const load = { acked: 0, sent: 0, running: true };
  const client = new grpc.Client(`127.0.0.1:${grpcPort}`, grpc.credentials.createInsecure());
  const httpSender = async () => {
    while (load.running) {
      load.sent += ERRORS_PER_REQUEST;
      try {
        const res = await fetch(`http://127.0.0.1:${httpPort}/v1/traces`, { method: 'POST', body: body(), headers: { 'content-type': 'application/x-protobuf' } });
        await res.arrayBuffer();
        if (res.status === 200) load.acked += ERRORS_PER_REQUEST;
      } catch {
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const grpcSender = async () => {
    while (load.running) {
      load.sent += ERRORS_PER_REQUEST;
      const ok = await new Promise<boolean>((resolve) =>
        client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body(), new grpc.Metadata(), { deadline: Date.now() + 2000 }, (error) => resolve(!error)),
      );
      if (ok) load.acked += ERRORS_PER_REQUEST;
      else await new Promise((r) => setTimeout(r, 20));
    }
  };
  const senders = [httpSender(), httpSender(), httpSender(), httpSender(), grpcSender(), grpcSender()];
  return {
    get acked() {
      return load.acked;
    },
    get sent() {
      return load.sent;
    },
    async stop() {
      load.running = false;
      await Promise.all(senders);
      client.close();
    },
  };
}

async function storedErrors(dataDir: string): Promise<number> {
  const store = await openStore({ backend: 'lmdb', dataDir }, { readOnly: true });
  try {
    return (await allSignatures(store, 'count')).filter((s) => s.service === 'durable').reduce((n, s) => n + s.count, 0);
  } finally {
    await store.close();
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

describe('durability', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  beforeAll(() => ensureBuilt());
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function serve(dataDir: string) {
    const server = await spawnServer(['--data-dir', dataDir, '--host', '127.0.0.1'], {
      LOG_LEVEL: 'warn',
      INVESTIGATOR_ENABLED: 'false',
    });
    children.push(server.child);
    return { ...server, grpcPort: server.ports.grpc, httpPort: server.ports.http, apiPort: server.ports.api };
  }

  it('loses nothing acknowledged when the server is killed with SIGKILL under load', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const server = await serve(dataDir);
    const load = startLoad(server.httpPort, server.grpcPort);
    // Kill it mid-load: once a good number of exports were acknowledged, while more are in flight.
    await expect.poll(() => load.acked, { timeout: 60_000, interval: 20 }).toBeGreaterThan(100);
    server.child.kill('SIGKILL');
    await exited(server.child);
    const ackedAtKill = load.acked;
    await load.stop();
    expect(load.acked).toBe(ackedAtKill); // nothing can be acked by a dead server
    expect(ackedAtKill).toBeGreaterThan(100);

    const stored = await storedErrors(dataDir);
    console.info(`SIGKILL under load: ${ackedAtKill} errors acknowledged, ${stored} stored, ${load.sent} sent`);
    expect(stored).toBeGreaterThanOrEqual(ackedAtKill);
    expect(stored).toBeLessThanOrEqual(load.sent);

    // The store is whole: a new server starts on it and keeps counting.
    const again = await serve(dataDir);
    const res = await fetch(`http://127.0.0.1:${again.httpPort}/v1/traces`, { method: 'POST', body: body(), headers: { 'content-type': 'application/x-protobuf' } });
    expect(res.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await exited(again.child)).toEqual({ code: 0, signal: null });
    expect(await storedErrors(dataDir)).toBe(stored + ERRORS_PER_REQUEST);
  });

  it('finishes in-flight exports and exits 0 on SIGTERM under load', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const server = await serve(dataDir);
    const load = startLoad(server.httpPort, server.grpcPort);
    await expect.poll(() => load.acked, { timeout: 60_000, interval: 20 }).toBeGreaterThan(50);
    server.child.kill('SIGTERM');
    const result = await exited(server.child);
    await load.stop();
    expect(result).toEqual({ code: 0, signal: null });
    expect(server.stderr()).not.toMatch(/"level":(50|60)/);
    expect(await storedErrors(dataDir)).toBeGreaterThanOrEqual(load.acked);
    expect(load.acked).toBeGreaterThan(0);
  });
});
