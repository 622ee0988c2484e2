// A fleet: two `rounds serve` replicas on one PostgreSQL database, under continuous export
// from several clients (OTLP/HTTP and OTLP/gRPC), one replica killed with SIGKILL mid-load.
// Each client sends every export until one replica acknowledges it, retrying the same bytes
// on the other replica when one fails (as a Collector's loadbalancing exporter does), so every
// error is eventually acknowledged and must be counted exactly once, including the exports the
// dead replica committed but never answered. Replica A's diagnoser never finishes (it stands
// for a replica that dies mid-investigation), replica B's is the offline one: the signatures A
// held leases on when it died are investigated by B once the leases lapse. `rounds list
// --store` then shows the one combined view.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, spawnServer, type SpawnedServer } from '../helpers/cli.js';
import { TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { postgresDatabase } from '../helpers/postgres.js';

const ERRORS_PER_REQUEST = 5;
const SERVICES = ['checkout', 'billing', 'search'];
const TYPES = ['TimeoutError', 'KeyError', 'ConnectionResetError', 'ValueError'];

interface Replica {
  name: string;
  server: SpawnedServer;
  alive: boolean;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** One export, built once: its retries carry the same span ids, so the same dedupe keys. */
function exportBody(sender: number, n: number): Buffer {
  const service = SERVICES[sender % SERVICES.length];
  // Shared types make replicas merge into the same signatures; every tenth export adds a new one.
  const errors = Array.from({ length: ERRORS_PER_REQUEST }, (_, i) => ({
    type: i === 0 && n % 10 === 0 ? `Fleet${['Alpha', 'Beta', 'Gamma', 'Delta', 'Omega', 'Sigma'][sender]}${'Xyz'.repeat(1 + (n / 10) % 7)}Error` : TYPES[(n + i) % TYPES.length],
    message: 'request failed',
    traceId: randomBytes(16),
  }));
  return traceRequest(service, errors, 20);
}

async function sendHttp(replica: Replica, body: Buffer): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${replica.server.ports.http}/v1/traces`, { method: 'POST', body, headers: { 'content-type': 'application/x-protobuf' }, signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

function sendGrpc(client: grpc.Client, body: Buffer): Promise<boolean> {
  return new Promise((resolve) =>
    client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, new grpc.Metadata(), { deadline: Date.now() + 5000 }, (error) => resolve(!error)),
  );
}

describe('a fleet of two replicas on one PostgreSQL', () => {
  let url: string;
  let sql: postgres.Sql;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    ensureBuilt();
    url = await postgresDatabase('fleet');
    sql = postgres(url, { max: 1, onnotice: () => {} });
    const common = {
      LOG_LEVEL: 'warn',
      STORE_BACKEND: 'postgresql',
      STORE_POSTGRESQL_URL: url,
      INVESTIGATION_SETTLE: '0s',
      INVESTIGATION_LEASE_TTL: '2s',
      INVESTIGATION_CONCURRENCY: '2',
    };
    // A's diagnosis never ends (until A itself is gone): it holds its leases when it dies.
    const hang = `exec "${process.execPath}" -e "const p = process.ppid; setInterval(() => { if (process.ppid !== p) process.exit(1) }, 200)"`;
    const a = await spawnServer(['--host', '127.0.0.1'], { ...common, DIAGNOSIS_BACKEND: 'command', DIAGNOSIS_COMMAND: hang, DIAGNOSIS_COMMAND_TIMEOUT: '10m' });
    replicas.push({ name: 'a', server: a, alive: true });
    const b = await spawnServer(['--host', '127.0.0.1'], { ...common, DIAGNOSIS_BACKEND: 'evidence' });
    replicas.push({ name: 'b', server: b, alive: true });
  }, 180_000);

  afterAll(async () => {
    for (const r of replicas) r.server.child.kill('SIGKILL');
    await sql?.end();
  });

  it('counts every acknowledged error once, hands the dead replica its investigations over, and lists one view', async () => {
    const [a, b] = replicas;
    const grpcClients = replicas.map((r) => new grpc.Client(`127.0.0.1:${r.server.ports.grpc}`, grpc.credentials.createInsecure()));
    let running = true;
    let acked = 0;
    let exportsAcked = 0;
    // Each sender prefers one replica and falls back to the other until its export is acknowledged.
    const sender = async (index: number) => {
      for (let n = 0; running; n++) {
        const body = exportBody(index, n);
        for (let attempt = 0; ; attempt++) {
          const replica = replicas[(index + attempt) % 2];
          if (!replica.alive && attempt > 0 && !replicas.some((r) => r.alive)) throw new Error('no replica left');
          const ok = index % 3 === 2 ? await sendGrpc(grpcClients[(index + attempt) % 2], body) : await sendHttp(replica, body);
          if (ok) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        acked += ERRORS_PER_REQUEST;
        exportsAcked++;
      }
    };
    const senders = Array.from({ length: 6 }, (_, i) => sender(i));

    // Mid-load, while A holds at least one investigation lease: SIGKILL.
    await expect.poll(() => exportsAcked, { timeout: 60_000, interval: 20 }).toBeGreaterThan(150);
    const holderOfA = `:${a.server.child.pid}:`;
    await expect
      .poll(async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM leases WHERE holder LIKE ${'%' + holderOfA + '%'}`)[0].n, { timeout: 60_000, interval: 50 })
      .toBeGreaterThan(0);
    const heldByA = (await sql<{ signature_id: string }[]>`SELECT signature_id FROM leases WHERE holder LIKE ${'%' + holderOfA + '%'}`).map((r) => r.signature_id);
    a.server.child.kill('SIGKILL');
    a.alive = false;
    await exited(a.server.child);
    const ackedAtKill = exportsAcked;
    // The survivor keeps taking the load (including the exports A never answered).
    await expect.poll(() => exportsAcked, { timeout: 60_000, interval: 20 }).toBeGreaterThan(ackedAtKill + 100);
    running = false;
    await Promise.all(senders);
    for (const c of grpcClients) c.close();

    // Exactly once: the database counts every acknowledged error, and no retry twice.
    const [{ total }] = await sql<{ total: number }[]>`SELECT coalesce(sum(count), 0)::int AS total FROM signatures WHERE merged_into IS NULL`;
    const [{ keys }] = await sql<{ keys: number }[]>`SELECT count(*)::int AS keys FROM dedupe`;
    console.info(`fleet: ${acked} errors acknowledged (${exportsAcked} exports, ${ackedAtKill} before the kill), ${total} counted`);
    expect(total).toBe(acked);
    expect(keys).toBe(acked);

    // The survivor takes over what A was investigating: every signature ends diagnosed, by B.
    await expect
      .poll(async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM signatures WHERE doc->'diagnosis' IS NULL`)[0].n, { timeout: 120_000, interval: 200 })
      .toBe(0);
    for (const id of heldByA) {
      const [row] = await sql<{ diagnosed: boolean }[]>`SELECT doc->'diagnosis' IS NOT NULL AS diagnosed FROM signatures WHERE id = ${id}`;
      expect(row.diagnosed).toBe(true);
    }
    // A diagnosis is written before its queue entry is settled (investigate/scheduler.ts), and an
    // entry A left behind is settled by B once A's lease lapses: the queue empties soon after.
    await expect
      .poll(async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM investigations`)[0].n, { timeout: 120_000, interval: 200 })
      .toBe(0);

    // One combined view: the CLI on the database lists what both replicas stored.
    const list = await runCli(['list', '--store', url, '--json', '--limit', '1000']);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout) as { id: string; count: number; service: string }[];
    expect(listed.reduce((n, s) => n + s.count, 0)).toBe(acked);
    expect(new Set(listed.map((s) => s.service))).toEqual(new Set(SERVICES));
    // B's API shows the same signatures.
    const api = await fetch(`http://127.0.0.1:${b.server.ports.api}/api/signatures?limit=500`);
    const page = (await api.json()) as { items: { id: string }[] };
    expect(listed.length).toBeLessThan(500);
    expect(new Set(page.items.map((s) => s.id))).toEqual(new Set(listed.map((s) => s.id)));
  }, 300_000);
});

describe('a replica whose PostgreSQL cannot be reached', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('stops at start-up with one line naming the database (without its password), exit 2', async () => {
    const result = await runCli(['serve', '--grpc-port', '0', '--http-port', '0', '--api-port', '0'], {
      env: { STORE_BACKEND: 'postgresql', STORE_POSTGRESQL_URL: 'postgresql://rounds:hunter2@127.0.0.1:1/rounds' },
    });
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot use the PostgreSQL store at postgresql:\/\/rounds:\*\*\*@127\.0\.0\.1:1\/rounds: .*ECONNREFUSED/);
    expect(result.stderr + result.stdout).not.toContain('hunter2');
  });
});
