// What a new signature costs the LMDB writer, counted: every put and remove of every table,
// through a counting wrapper over the real tables, for a batch of one new signature and a batch
// of 101. The difference divided by 100 is the marginal cost of a new signature (per-batch rows —
// the service's attribute row, the miner state — cancel out). An incident is thousands of new
// signatures a second, and each write is a B-tree insert in the commit (issue #8 asks ≥ 10k/s),
// so the count is asserted and cannot creep up unnoticed. Where the rows go matters as much
// (store/lmdb/signature-rows.ts): those kept by ordinal must land after every row already
// stored — appended, not scattered over the tree — which is asserted too.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PreparedEvent } from '../../../src/core/ports.js';
import type { Tables } from '../../../src/store/lmdb/environment.js';
import { LmdbStore, lmdbTables } from '../../../src/store/lmdb/lmdb-store.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { errorEvent, T0 } from '../contract/events.js';

let dir: string;
let store: LmdbStore;
let writes: Map<string, number>;
/** The keys each table was given by putSync, in order. */
let putKeys: Map<string, unknown[]>;

beforeEach(async () => {
  dir = tempDataDir();
  store = await LmdbStore.open(dir, { samples: { first: 5, recent: 20 } });
  writes = new Map();
  putKeys = new Map();
  const tables = lmdbTables(store) as unknown as Record<string, Tables['meta']>;
  for (const [name, db] of Object.entries(tables)) {
    if (name === 'root') continue;
    for (const method of ['putSync', 'removeSync'] as const) {
      const original = db[method].bind(db) as (...args: unknown[]) => unknown;
      (db as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        writes.set(name, (writes.get(name) ?? 0) + 1);
        if (method === 'putSync') putKeys.set(name, [...(putKeys.get(name) ?? []), args[0]]);
        return original(...args);
      };
    }
  }
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** `count` events, each of a new signature, with a trace id and a release (as spans carry). */
function newSignatures(count: number): PreparedEvent[] {
  return Array.from({ length: count }, () => errorEvent(`WritesPerSignature${n++}Error`, { release: '1.0.0', timeMs: T0 + 1000 }));
}

async function writesOf(batch: PreparedEvent[]): Promise<Map<string, number>> {
  writes.clear();
  putKeys.clear();
  const result = await store.ingest!.commit(batch, T0 + 2000);
  expect(result.newSignatures).toHaveLength(batch.length);
  return new Map(writes);
}

const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

it('a new signature costs 10 writes in the commit that creates it', async () => {
  await writesOf(newSignatures(1)); // the first batch also writes the shared structures of the encodings
  const one = await writesOf(newSignatures(1));
  const many = await writesOf(newSignatures(101));
  const perSignature = (total(many) - total(one)) / 100;
  const byTable = Object.fromEntries([...many].map(([name, w]) => [name, (w - (one.get(name) ?? 0)) / 100]).filter(([, w]) => w !== 0));
  // signature row (holding its queue entry) and its id's index row, 3 sort-index rows, sample,
  // counter row, the event's trace row (which is also its dedupe key: no dedupe row for an event
  // with a trace id), attribute row, the queue's index row
  expect(byTable).toEqual({ signatures: 1, signatureIds: 1, sigIndex: 3, occurrences: 1, counters: 1, traceIndex: 1, attributeStats: 1, queueIndex: 1 });
  expect(perSignature).toBe(10);
});

it('the rows kept by ordinal are appended: every one a batch of new signatures writes sorts after all that were stored', async () => {
  const tables = lmdbTables(store);
  for (let batch = 0; batch < 3; batch++) {
    const before = {
      signatures: [...tables.signatures.getKeys({ reverse: true, limit: 1 })][0] as number | undefined,
      occurrences: [...tables.occurrences.getKeys({ reverse: true, limit: 1 })][0] as [number, number] | undefined,
      counters: [...tables.counters.getKeys({ reverse: true, limit: 1 })][0] as [number, number] | undefined,
    };
    await writesOf(newSignatures(50));
    const ordinals = putKeys.get('signatures') as number[];
    expect(ordinals).toHaveLength(50);
    // Consecutive, and past the last stored row.
    expect(ordinals).toEqual(ordinals.map((_, i) => ordinals[0] + i));
    expect(ordinals[0]).toBe(before.signatures === undefined ? 0 : before.signatures + 1);
    for (const name of ['occurrences', 'counters'] as const) {
      const last = before[name];
      for (const key of putKeys.get(name) as [number, number][]) expect(last === undefined || key[0] > last[0]).toBe(true);
    }
    const own = (putKeys.get('attributeStats') as unknown[][]).filter((key) => key[0] === 's');
    expect(own.map((key) => key[1])).toEqual(ordinals);
  }
});
