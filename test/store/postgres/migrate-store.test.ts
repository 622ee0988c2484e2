// `rounds migrate-store`: an LMDB data dir filled through the receiver's commit path (and
// changed through lifecycle actions, the budget, the miner) is copied by the real command
// into PostgreSQL, where every signature, sample, counter and queue entry reads back the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { merge, resolve } from '../../../src/core/lifecycle.js';
import type { ErrorEvent, Signature } from '../../../src/core/model.js';
import type { Store } from '../../../src/core/ports.js';
import { LmdbStore } from '../../../src/store/lmdb/lmdb-store.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { ensureBuilt, runCli } from '../../helpers/cli.js';
import { postgresDatabase } from '../../helpers/postgres.js';
import { tempDataDir } from '../../helpers/temp-dir.js';

const NOW = Date.now();
const HOUR = 3_600_000;

async function all(store: Store): Promise<Signature[]> {
  const out: Signature[] = [];
  for await (const sig of store.exportSignatures()) out.push(sig);
  return out;
}

describe('rounds migrate-store', () => {
  const dir = tempDataDir('rounds-migrate-');
  let url: string;
  let source: LmdbStore;
  let target: PgStore | undefined;

  beforeAll(async () => {
    ensureBuilt();
    url = await postgresDatabase('migrate');
    source = await LmdbStore.open(dir, { samples: { first: 2, recent: 3 } });
    const fingerprinter = createFingerprinter();
    const events: ErrorEvent[] = [];
    for (let i = 0; i < 60; i++) {
      const service = ['checkout', 'billing', 'search'][i % 3];
      const base = { dedupeKey: `m:${i}`, service, timeMs: NOW - (i % 7) * HOUR - i * 1000, handled: false, attributes: { 'http.route': '/x' }, resource: { 'service.name': service, 'host.name': `web-${i % 2}` } };
      events.push(
        i % 4 === 0
          ? { ...base, source: 'log', body: `connection to db-${i % 3} refused after ${i} ms`, severityText: 'ERROR' }
          : { ...base, source: 'span', traceId: (i + 1).toString(16).padStart(32, '0'), spanId: (i + 1).toString(16).padStart(16, '0'), release: `1.${i % 2}.0`, exception: { type: ['TypeError', 'KeyError', 'TimeoutError'][i % 3], message: `failed on ${['cart', 'invoice'][i % 2]}` } },
      );
    }
    const prepared = events.map((event) => ({ event, fp: fingerprinter.fingerprint({ source: event.source, service: event.service, type: event.exception?.type, message: event.exception?.message, body: event.body }) }));
    await source.ingest!.commit(prepared.slice(0, 30), NOW - HOUR, fingerprinter.exportState());
    await source.ingest!.commit(prepared.slice(30), NOW, fingerprinter.exportState());
    const [a, b, c] = (await source.listSignatures({ limit: 3, sort: 'count' })).items;
    await source.transactSignatures([a.id, b.id], (txn) => {
      const m = merge(txn.get(a.id)!, txn.get(b.id)!, { actor: 'cli:ops', atMs: NOW });
      txn.put(txn.get(a.id), m.target);
      txn.put(txn.get(b.id), m.source);
    });
    await source.transactSignatures([c.id], (txn) => {
      txn.put(txn.get(c.id), resolve(txn.get(c.id)!, { actor: 'cli:ops', atMs: NOW }, '2.0.0'));
      txn.dequeue(c.id);
    });
    await source.recordSpend('2026-11-22', 1.25);
    await source.issueNumbers.set(a.fingerprint, 42);
    await source.close();
    source = await LmdbStore.open(dir, { readOnly: true });
  }, 180_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('copies signatures, samples, counters, history, aliases, the queue, the miner and the budget', async () => {
    const result = await runCli(['migrate-store', '--from', dir, '--to', url, '--json']);
    expect(result.stderr).not.toMatch(/Error|at /);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { signatures: number; minerState: boolean };
    const expected = await all(source);
    expect(summary).toMatchObject({ signatures: expected.length, minerState: true, budgetDays: 1, issueNumbers: 1 });
    target = await PgStore.open(url, { readOnly: true });
    const copied = await all(target);
    const seqless = (s: Signature) => ({ ...s, occurrenceSeq: undefined });
    expect(copied.map(seqless)).toEqual(expected.map(seqless));
    expect(expected.some((s) => s.mergedInto)).toBe(true);
    expect(expected.some((s) => s.status === 'resolved')).toBe(true);
    for (const sig of expected) {
      expect(await target.listOccurrences(sig.id, 100)).toEqual(await source.listOccurrences(sig.id, 100));
      expect(await target.counts(sig.id, 'hour', NOW - 10 * HOUR, NOW)).toEqual(await source.counts(sig.id, 'hour', NOW - 10 * HOUR, NOW));
      expect(await target.counts(sig.id, 'minute', NOW - 10 * HOUR, NOW)).toEqual(await source.counts(sig.id, 'minute', NOW - 10 * HOUR, NOW));
      expect((await target.findByFingerprint(sig.fingerprint))?.id).toBe((await source.findByFingerprint(sig.fingerprint))?.id);
      if (!sig.mergedInto) expect(await target.attributeStats(sig).then((s) => s?.signature)).toEqual(await source.attributeStats(sig).then((s) => s?.signature));
    }
    const traced = (await source.listOccurrences(expected.find((s) => s.source === 'span' && !s.mergedInto)!.id, 1))[0];
    expect(await target.signaturesInTrace(traced.traceId!, NOW)).toEqual(await source.signaturesInTrace(traced.traceId!, NOW));
    expect(await target.queueHead(100)).toEqual(await source.queueHead(100));
    expect(await target.loadMinerState()).toEqual(await source.loadMinerState());
    expect(await target.budgetDays()).toEqual(await source.budgetDays());
    expect(await target.issueNumbers.get(expected.find((s) => s.aliases.length > 0)!.fingerprint)).toBe(42);
    // The list a fleet shows is the one the instance showed.
    expect((await target.listSignatures({ limit: 100, sort: 'count' })).items.map((s) => s.id)).toEqual((await source.listSignatures({ limit: 100, sort: 'count' })).items.map((s) => s.id));
  });

  it('refuses to copy into a database that already holds signatures, in one line', async () => {
    const again = await runCli(['migrate-store', '--from', dir, '--to', url]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toMatch(/^rounds migrate-store: the PostgreSQL database postgresql:\/\/\S+ already holds \d+ signatures; migrate into an empty database$/);
  });

  it('says what is wrong with its arguments in one line', async () => {
    const bad = await runCli(['migrate-store', '--from', dir, '--to', 'mysql://x@y/z']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['migrate-store', '--from', tempDataDir('rounds-empty-'), '--to', url]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/no Rounds data in/);
  });
});
