// A data dir written by rounds-fp/1 keeps its signatures, counts and history when a Rounds
// running rounds-fp/2 starts on it, and new events of the same failures land on them.
// The rounds-fp/1 fingerprints are the ones that version computed for these events
// (test/fixtures/fingerprint/rounds-fp1-signatures.json), written through the real writer.
import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ALGORITHM, createFingerprinter, type FingerprintInput } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent, Signature } from '../../src/core/model.js';
import type { PreparedEvent } from '../../src/core/ports.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { startTestInstance, tempDataDir } from '../helpers/rounds-instance.js';

interface Recorded {
  group: string;
  input: FingerprintInput;
  fingerprint: string;
  algorithm: string;
  type: string;
  message: string;
  culprit?: string;
}

const recorded = (JSON.parse(readFileSync(new URL('../fixtures/fingerprint/rounds-fp1-signatures.json', import.meta.url), 'utf8')) as { events: Recorded[] }).events;

let seq = 0;
function eventOf(r: Recorded, timeMs: number): ErrorEvent {
  seq++;
  const base = { dedupeKey: `s:upgrade${seq}`, service: r.input.service, timeMs, handled: false, attributes: {}, resource: { 'service.name': r.input.service } };
  return r.input.source === 'log'
    ? { ...base, source: 'log', body: r.input.body, severityText: r.input.severityText }
    : { ...base, source: 'span', traceId: seq.toString(16).padStart(32, 'a'), spanId: seq.toString(16).padStart(16, 'b'), spanName: 'POST /checkout', exception: { type: r.input.type, message: r.input.message, stacktrace: r.input.stacktrace } };
}

async function allSignatures(dir: string): Promise<Signature[]> {
  const store = await LmdbStore.open(dir, { readOnly: true });
  const sigs: Signature[] = [];
  for await (const sig of store.exportSignatures()) sigs.push(sig);
  await store.close();
  return sigs;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('upgrading a rounds-fp/1 data dir', () => {
  it('keeps signatures, counts and history, and routes new events to them', async () => {
    expect(ALGORITHM).toBe('rounds-fp/2');
    const dir = tempDataDir();
    dirs.push(dir);
    const t0 = Date.now() - 3_600_000;

    // 1. The data dir as rounds-fp/1 wrote it: every recorded event twice.
    {
      const store = await LmdbStore.open(dir, { samples: { first: 2, recent: 5 } });
      const prepared: PreparedEvent[] = [];
      for (const round of [0, 1]) {
        for (const r of recorded) {
          prepared.push({ event: eventOf(r, t0 + round * 60_000), fp: { fingerprint: r.fingerprint, algorithm: r.algorithm, type: r.type, message: r.message, culprit: r.culprit, frames: [], aliases: [], explain: [] } });
        }
      }
      await store.ingest!.commit(prepared, t0 + 120_000);
      await store.close();
    }
    const before = await allSignatures(dir);
    expect(new Set(before.map((s) => s.algorithm))).toEqual(new Set(['rounds-fp/1']));
    expect(before.length).toBe(new Set(recorded.map((r) => r.fingerprint)).size);

    // 2. A Rounds running the current algorithm starts on it.
    const instance = await startTestInstance({}, dir);
    await instance.stop();
    const after = await allSignatures(dir);

    expect(after.map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());
    for (const old of before) {
      const now = after.find((s) => s.id === old.id)!;
      expect(now.algorithm).toBe(ALGORITHM);
      expect(now.count).toBe(old.count);
      expect(now.firstSeenMs).toBe(old.firstSeenMs);
      expect(now.lastSeenMs).toBe(old.lastSeenMs);
      expect(now.status).toBe(old.status);
      expect(now.history.slice(0, old.history.length)).toEqual(old.history);
      expect(now.history.at(-1)).toMatchObject({ action: 'fingerprint-upgraded', reason: 'rounds-fp/1 → rounds-fp/2' });
    }
    const upgraded = after.filter((s) => s.fingerprint !== before.find((b) => b.id === s.id)!.fingerprint);
    expect(upgraded.length).toBeGreaterThan(0);
    for (const s of upgraded) expect(s.aliases).toContain(before.find((b) => b.id === s.id)!.fingerprint);

    // 3. The same failures arriving now, fingerprinted by rounds-fp/2, land on the old signatures.
    const store = await LmdbStore.open(dir, { samples: { first: 2, recent: 5 } });
    try {
      const fp = createFingerprinter({ minerState: await store.loadMinerState() });
      const result = await store.ingest!.commit(recorded.map((r) => ({ event: eventOf(r, Date.now()), fp: fp.fingerprint(r.input) })), Date.now());
      expect(result.newSignatures).toEqual([]);
      let total = 0;
      for await (const sig of store.exportSignatures()) total += sig.count;
      expect(total).toBe(before.reduce((n, s) => n + s.count, 0) + recorded.length);
      // An old-version instance still sending rounds-fp/1 fingerprints also lands on them.
      for (const r of recorded) expect(await store.findByFingerprint(r.fingerprint)).toBeDefined();
    } finally {
      await store.close();
    }
  });
});
