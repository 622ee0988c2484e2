// The LMDB writer reads each resource's facts once per batch (core FactReader) and adds them once
// per run of events that share them and their service row (addValueRepeated). Its stored rows
// must be exactly what adding each event's
// `locatingFacts` in turn gives (core/attribute-stats.ts), down to the order of keys and values
// and to which values the bounded counts fold into `other`. This replays the per-event definition
// beside the real writer over batches that fill keys past TOP_K, mix shared and separate resource
// objects, hosts and releases the resource does not carry, flags, two services and two hours.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addFacts, emptyStats, keySelection, locatingFacts, mergeStats, TOP_K, type AttributeStats } from '../../../src/core/attribute-stats.js';
import type { Attributes } from '../../../src/core/model.js';
import type { PreparedEvent } from '../../../src/core/ports.js';
import { LmdbStore, lmdbTables } from '../../../src/store/lmdb/lmdb-store.js';
import { HOUR_MS, hourBucket } from '../../../src/store/lmdb/keys.js';
import { signatureStatsKey } from '../../../src/store/lmdb/attribute-stats.js';
import { ordinalOf } from '../../../src/store/lmdb/signature-rows.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { errorEvent, T0 } from '../contract/events.js';

let dir: string;
let store: LmdbStore;

beforeEach(async () => {
  dir = tempDataDir();
  store = await LmdbStore.open(dir, { samples: { first: 5, recent: 20 } });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Deterministic choices (mulberry32), so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['OrderNotFoundError', 'PaymentDeclinedError', 'InventoryLockError'];

function batchOf(rand: () => number, size: number, nowMs: number): PreparedEvent[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  // One resource object shared by most events, as the decoder hands out per export.
  const shared: Attributes = { 'service.name': 'checkout', 'host.name': 'web-1', 'k8s.pod.name': `checkout-${Math.floor(rand() * 40)}`, 'service.version': '2.1.0' };
  const out: PreparedEvent[] = [];
  for (let i = 0; i < size; i++) {
    const r = rand();
    // Shared, its own object with many pods (fills the key), or one without host and release.
    const resource: Attributes = r < 0.5 ? shared : r < 0.8 ? { 'service.name': 'checkout', 'k8s.pod.name': `checkout-${Math.floor(rand() * 40)}`, 'host.name': pick(['web-1', 'web-2']) } : { 'service.name': 'checkout' };
    const attributes: Attributes = { 'app.tenant.id': `tenant-${Math.floor(rand() * 30)}`, 'http.route': pick(['/a', '/b', '/c']) };
    if (rand() < 0.3) {
      attributes['feature_flag.key'] = pick(['beta', 'new-pricing']);
      if (rand() < 0.5) attributes['feature_flag.result.variant'] = pick(['on', 'off']);
    }
    const timeMs = pick([nowMs - 1000, nowMs - HOUR_MS - 1000, nowMs - 30 * HOUR_MS]);
    out.push(
      errorEvent(pick(TYPES), {
        service: rand() < 0.85 ? 'checkout' : 'pricing',
        timeMs,
        resource,
        attributes,
        ...(rand() < 0.5 ? { host: pick(['node-a', 'node-b', 'node-c']) } : {}),
        ...(rand() < 0.5 ? { release: pick(['2.1.0', '2.2.0', '2.3.0']) } : {}),
      }),
    );
  }
  return out;
}

/** The per-event definition: `locatingFacts` of each event, added in turn. */
function reference(batches: { events: PreparedEvent[]; nowMs: number }[]): { own: Map<string, AttributeStats>; service: Map<string, AttributeStats> } {
  const selection = keySelection();
  const own = new Map<string, AttributeStats>();
  const service = new Map<string, AttributeStats>();
  for (const { events, nowMs } of batches) {
    const groups = new Map<string, PreparedEvent[]>();
    for (const p of events) {
      let g = groups.get(p.fp.fingerprint);
      if (!g) groups.set(p.fp.fingerprint, (g = []));
      g.push(p);
    }
    const added = new Map<string, AttributeStats>();
    for (const [fingerprint, group] of groups) {
      const stats = own.get(fingerprint) ?? emptyStats();
      own.set(fingerprint, stats);
      for (const { event: e } of group) {
        const facts = locatingFacts(e.resource, e.attributes, selection);
        if (e.host !== undefined && e.resource['host.name'] === undefined) facts.push(['host.name', e.host]);
        if (e.release !== undefined && e.resource['service.version'] === undefined) facts.push(['service.version', e.release]);
        addFacts(stats, facts);
        const key = `${hourBucket(Math.abs(e.timeMs - nowMs) <= 24 * HOUR_MS ? e.timeMs : nowMs)}/${e.service}`;
        let row = added.get(key);
        if (!row) added.set(key, (row = emptyStats()));
        addFacts(row, facts);
      }
    }
    for (const [key, add] of added) service.set(key, mergeStats([service.get(key) ?? emptyStats(), add]));
  }
  return { own, service };
}

it('stores the same attribute rows, in the same order, as adding each event in turn', async () => {
  const rand = prng(12);
  const batches: { events: PreparedEvent[]; nowMs: number }[] = [];
  for (let b = 0; b < 12; b++) batches.push({ events: batchOf(rand, 20 + Math.floor(rand() * 80), T0 + 2 * HOUR_MS + b * 60_000), nowMs: T0 + 2 * HOUR_MS + b * 60_000 + 5000 });
  for (const { events, nowMs } of batches) await store.ingest!.commit(events, nowMs);
  const expected = reference(batches);
  const tables = lmdbTables(store);
  const { attributeStats } = tables;

  let folded = 0;
  for (const [fingerprint, stats] of expected.own) {
    const id = (await store.findByFingerprint(fingerprint))!.id;
    const stored = attributeStats.get(signatureStatsKey(ordinalOf(tables, id)!)) as AttributeStats;
    expect(stored).toStrictEqual(stats);
    // Same insertion order of keys and values, not only the same counts.
    expect(JSON.stringify(stored)).toBe(JSON.stringify(stats));
    for (const counts of Object.values(stats.keys)) if (counts.other > 0) folded++;
  }
  // Fingerprints include the service: each type in both services.
  expect(expected.own.size).toBe(TYPES.length * 2);
  for (const [key, stats] of expected.service) {
    const [hour, service] = key.split('/');
    const stored = attributeStats.get(['e', Number(hour), service]) as AttributeStats;
    expect(JSON.stringify(stored)).toBe(JSON.stringify(stats));
  }
  expect(expected.service.size).toBeGreaterThanOrEqual(4);
  // The batches did fill keys past TOP_K, so the order of events mattered, not only the sums.
  expect(folded).toBeGreaterThan(0);
});
