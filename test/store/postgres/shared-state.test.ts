// What replicas share through PostgreSQL beyond ingest: investigation leases, the daily LLM
// budget, the template miner's clusters, lifecycle actions, and the schema version.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolve } from '../../../src/core/lifecycle.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import { migrate, PG_SCHEMA_VERSION } from '../../../src/store/postgres/migrations.js';
import { openPostgresStore, type PgStore } from '../../../src/store/postgres/pg-store.js';
import { postgresDatabase } from '../../helpers/postgres.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);

function logEvent(i: number, body: string): ErrorEvent {
  return { source: 'log', dedupeKey: `l:${i}`, service: 'billing', timeMs: T0 + i, body, severityText: 'ERROR', handled: false, attributes: {}, resource: { 'service.name': 'billing' } };
}

describe('state shared by PostgreSQL replicas', () => {
  let url: string;
  let a: PgStore;
  let b: PgStore;
  beforeAll(async () => {
    url = await postgresDatabase('shared');
    // Two replicas starting at once: one applies the schema, the other finds it applied.
    [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  async function signature(type: string): Promise<string> {
    const fp = createFingerprinter().fingerprint({ source: 'span', service: 'api', type, message: 'boom' });
    const event: ErrorEvent = { source: 'span', dedupeKey: `s:${type}`, service: 'api', timeMs: T0, exception: { type, message: 'boom' }, handled: false, attributes: {}, resource: {} };
    const result = await a.ingest!.commit([{ event, fp }], T0);
    return result.newSignatures[0];
  }

  it('lets exactly one replica hold an investigation lease, renews it, and hands it over after it lapses', async () => {
    const id = await signature('LeaseError');
    expect(await a.takeLease(id, 'replica-a', T0, 30_000)).toBe(true);
    expect(await b.takeLease(id, 'replica-b', T0 + 1000, 30_000)).toBe(false);
    expect(await a.renewLease(id, 'replica-a', T0 + 20_000, 30_000)).toBe(true);
    // Renewed until T0 + 50 s: still held at T0 + 40 s.
    expect(await b.takeLease(id, 'replica-b', T0 + 40_000, 30_000)).toBe(false);
    // replica-a stops renewing (it died): past the expiry, replica-b takes over.
    expect(await b.takeLease(id, 'replica-b', T0 + 50_001, 30_000)).toBe(true);
    expect(await a.renewLease(id, 'replica-a', T0 + 50_002, 30_000)).toBe(false);
    await b.releaseLease(id, 'replica-b');
    expect(await a.takeLease(id, 'replica-a', T0 + 50_003, 30_000)).toBe(true);
  });

  it('grants a contested lease to one replica when many ask at the same instant', async () => {
    const id = await signature('ContestedError');
    const asks = Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).takeLease(id, `replica-${i}`, T0, 30_000));
    expect((await Promise.all(asks)).filter(Boolean)).toHaveLength(1);
  });

  it('never lets two replicas both spend the last dollar of the day', async () => {
    const day = '2026-11-22';
    // 0.30 at a time against a 3.00 limit: exactly ten reservations fit, whatever the interleaving.
    const asks = Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).reserveBudget(day, 0.3, 3));
    expect((await Promise.all(asks)).filter(Boolean)).toHaveLength(10);
    expect(await a.spentOn(day)).toBeCloseTo(3, 9);
    await b.recordSpend(day, -0.5);
    expect(await a.spentOn(day)).toBeCloseTo(2.5, 9);
    expect(await a.reserveBudget(day, 0.6, 3)).toBe(false);
    expect(await b.reserveBudget(day, 0.5, 3)).toBe(true);
    expect(await a.budgetDays()).toEqual([{ day, usd: expect.closeTo(3, 9) }]);
  });

  it('shares the template miner: a template learned on one replica fingerprints the same line alike on another', async () => {
    const learner = createFingerprinter();
    const lines = ['payment 4411 declined for user alice', 'payment 9921 declined for user bob', 'payment 1234 declined for user carol'];
    const learned = lines.map((body) => learner.fingerprint({ source: 'log', service: 'billing', body }).fingerprint);
    expect(new Set(learned).size).toBe(1);
    await a.ingest!.commit(lines.map((body, i) => ({ event: logEvent(i, body), fp: learner.fingerprint({ source: 'log', service: 'billing', body }) })), T0, learner.exportState());
    // Another replica that learned something else meanwhile saves too: both are kept.
    const elsewhere = createFingerprinter();
    elsewhere.fingerprint({ source: 'log', service: 'billing', body: 'disk quota exceeded on volume 7' });
    await b.ingest!.commit([], T0, elsewhere.exportState());
    // A replica starting later loads the shared clusters and lands the next line on the same signature.
    const other = createFingerprinter({ minerState: await b.loadMinerState() } as Parameters<typeof createFingerprinter>[0]);
    expect(other.fingerprint({ source: 'log', service: 'billing', body: 'payment 5555 declined for user dave' }).fingerprint).toBe(learned[0]);
    expect((await b.loadMinerState() as { clusters: unknown[] }).clusters).toHaveLength(2);
  });

  it('shows a lifecycle action taken through one replica to the others at once', async () => {
    const id = await signature('ResolvedError');
    await a.transactSignatures([id], (txn) => {
      const sig = txn.get(id)!;
      txn.put(sig, resolve(sig, { actor: 'cli:ops', atMs: T0 }, '2.0.0'));
      txn.dequeue(id);
    });
    expect(await b.getSignature(id)).toMatchObject({ status: 'resolved' });
    expect(await b.getInvestigation(id)).toBeUndefined();
  });

  it('refuses a database whose schema is newer than this Rounds knows, with one line', async () => {
    const future = await postgresDatabase('future');
    const sql = postgres(future, { max: 1, onnotice: () => {} });
    await migrate(sql);
    await sql`UPDATE rounds_schema SET version = ${PG_SCHEMA_VERSION + 1}`;
    await sql.end();
    for (const readOnly of [false, true]) {
      const error = await openPostgresStore(future, { readOnly }).catch((e: Error) => e);
      expect(error).toMatchObject({ code: 'STORE_SCHEMA_TOO_NEW' });
      expect((error as Error).message).toMatch(new RegExp(`^the PostgreSQL database postgresql://[^ ]+ was written by a newer Rounds \\(schema ${PG_SCHEMA_VERSION + 1}, this one knows ${PG_SCHEMA_VERSION}\\)$`));
    }
  });

  it('says in one line that PostgreSQL cannot be reached', async () => {
    const error = await openPostgresStore('postgresql://rounds:secret@127.0.0.1:1/rounds').catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((error as Error).message).toMatch(/^cannot use the PostgreSQL store at postgresql:\/\/rounds:\*\*\*@127\.0\.0\.1:1\/rounds: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('\n');
  });
});
