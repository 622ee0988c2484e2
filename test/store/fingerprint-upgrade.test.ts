// A data dir written by an older algorithm version (rounds-fp/1, rounds-fp/2) keeps its
// signatures, counts and history when a Rounds running the current one starts on it, and new
// events of the same failures land on them. The old fingerprints are the ones that version
// computed for these events (test/fixtures/fingerprint/rounds-fpN-signatures.json, written by
// record-signatures.ts at that version's commit; rounds-fp/2's with the miner state it left),
// written through the real writer.
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
  aliases?: string[];
  algorithm: string;
  type: string;
  message: string;
  culprit?: string;
}

function fixture(name: string): { events: Recorded[]; minerState?: unknown } {
  return JSON.parse(readFileSync(new URL(`../fixtures/fingerprint/${name}`, import.meta.url), 'utf8')) as { events: Recorded[]; minerState?: unknown };
}

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

describe.each([
  ['rounds-fp/1', 'rounds-fp1-signatures.json'],
  ['rounds-fp/2', 'rounds-fp2-signatures.json'],
  ['rounds-fp/3', 'rounds-fp3-signatures.json'],
  ['rounds-fp/4', 'rounds-fp4-signatures.json'],
  ['rounds-fp/5', 'rounds-fp5-signatures.json'],
  ['rounds-fp/6', 'rounds-fp6-signatures.json'],
  ['rounds-fp/7', 'rounds-fp7-signatures.json'],
  ['rounds-fp/8', 'rounds-fp8-signatures.json'],
  ['rounds-fp/9', 'rounds-fp9-signatures.json'],
  ['rounds-fp/10', 'rounds-fp10-signatures.json'],
  ['rounds-fp/11', 'rounds-fp11-signatures.json'],
  ['rounds-fp/12', 'rounds-fp12-signatures.json'],
  ['rounds-fp/13', 'rounds-fp13-signatures.json'],
  ['rounds-fp/14', 'rounds-fp14-signatures.json'],
  ['rounds-fp/15', 'rounds-fp15-signatures.json'],
  ['rounds-fp/16', 'rounds-fp16-signatures.json'],
  ['rounds-fp/17', 'rounds-fp17-signatures.json'],
  ['rounds-fp/18', 'rounds-fp18-signatures.json'],
  ['rounds-fp/19', 'rounds-fp19-signatures.json'],
  ['rounds-fp/20', 'rounds-fp20-signatures.json'],
  ['rounds-fp/21', 'rounds-fp21-signatures.json'],
  ['rounds-fp/22', 'rounds-fp22-signatures.json'],
  ['rounds-fp/23', 'rounds-fp23-signatures.json'],
  ['rounds-fp/24', 'rounds-fp24-signatures.json'],
  ['rounds-fp/25', 'rounds-fp25-signatures.json'],
  ['rounds-fp/26', 'rounds-fp26-signatures.json'],
  ['rounds-fp/27', 'rounds-fp27-signatures.json'],
  ['rounds-fp/28', 'rounds-fp28-signatures.json'],
  ['rounds-fp/29', 'rounds-fp29-signatures.json'],
  ['rounds-fp/30', 'rounds-fp30-signatures.json'],
  ['rounds-fp/31', 'rounds-fp31-signatures.json'],
  ['rounds-fp/32', 'rounds-fp32-signatures.json'],
  ['rounds-fp/33', 'rounds-fp33-signatures.json'],
  ['rounds-fp/34', 'rounds-fp34-signatures.json'],
  ['rounds-fp/35', 'rounds-fp35-signatures.json'],
  ['rounds-fp/36', 'rounds-fp36-signatures.json'],
  ['rounds-fp/37', 'rounds-fp37-signatures.json'],
  ['rounds-fp/38', 'rounds-fp38-signatures.json'],
  ['rounds-fp/39', 'rounds-fp39-signatures.json'],
  ['rounds-fp/40', 'rounds-fp40-signatures.json'],
  ['rounds-fp/41', 'rounds-fp41-signatures.json'],
  ['rounds-fp/42', 'rounds-fp42-signatures.json'],
  ['rounds-fp/43', 'rounds-fp43-signatures.json'],
  ['rounds-fp/44', 'rounds-fp44-signatures.json'],
  ['rounds-fp/45', 'rounds-fp45-signatures.json'],
  ['rounds-fp/46', 'rounds-fp46-signatures.json'],
  ['rounds-fp/47', 'rounds-fp47-signatures.json'],
])('upgrading a %s data dir', (version, file) => {
  it('keeps signatures, counts and history, and routes new events to them', async () => {
    expect(ALGORITHM).toBe('rounds-fp/48');
    const { events: recorded, minerState } = fixture(file);
    expect(new Set(recorded.map((r) => r.algorithm))).toEqual(new Set([version]));
    const dir = tempDataDir();
    dirs.push(dir);
    const t0 = Date.now() - 3_600_000;

    // 1. The data dir as rounds-fp/1 wrote it: every recorded event twice.
    {
      const store = await LmdbStore.open(dir, { samples: { first: 2, recent: 5 } });
      const prepared: PreparedEvent[] = [];
      for (const round of [0, 1]) {
        for (const r of recorded) {
          prepared.push({ event: eventOf(r, t0 + round * 60_000), fp: { fingerprint: r.fingerprint, algorithm: r.algorithm, type: r.type, message: r.message, culprit: r.culprit, frames: [], aliases: round === 0 ? r.aliases ?? [] : [], explain: [] } });
        }
      }
      await store.ingest!.commit(prepared, t0 + 120_000, minerState);
      await store.close();
    }
    const before = await allSignatures(dir);
    expect(new Set(before.map((s) => s.algorithm))).toEqual(new Set([version]));
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
      expect(now.history.at(-1)).toMatchObject({ action: 'fingerprint-upgraded', reason: `${version} → ${ALGORITHM}` });
    }
    const upgraded = after.filter((s) => s.fingerprint !== before.find((b) => b.id === s.id)!.fingerprint);
    expect(upgraded.length).toBeGreaterThan(0);
    for (const s of upgraded) expect(s.aliases).toContain(before.find((b) => b.id === s.id)!.fingerprint);

    // 3. The same failures arriving now, fingerprinted by the current algorithm, land on the old signatures.
    const store = await LmdbStore.open(dir, { samples: { first: 2, recent: 5 } });
    try {
      const fp = createFingerprinter({ minerState: await store.loadMinerState() });
      const result = await store.ingest!.commit(recorded.map((r) => ({ event: eventOf(r, Date.now()), fp: fp.fingerprint(r.input) })), Date.now());
      expect(result.newSignatures).toEqual([]);
      let total = 0;
      for await (const sig of store.exportSignatures()) total += sig.count;
      expect(total).toBe(before.reduce((n, s) => n + s.count, 0) + recorded.length);
      // An old-version instance still sending its fingerprints also lands on them.
      for (const r of recorded) expect(await store.findByFingerprint(r.fingerprint)).toBeDefined();
      // A generic exception echoing a word of new input, at a site that already has a
      // signature, joins it (rounds-fp/2 split these per input word).
      const echoed = recorded.filter((r) => r.group.endsWith(':discount') && r.input.message?.includes('xyzzy'));
      if (version === 'rounds-fp/2') expect(echoed.length).toBeGreaterThan(0);
      const fresh = echoed.map((r) => ({ ...r, input: { ...r.input, message: r.input.message!.replace('xyzzy', 'qwertz'), stacktrace: r.input.stacktrace?.replaceAll('xyzzy', 'qwertz') } }));
      const again = await store.ingest!.commit(fresh.map((r) => ({ event: eventOf(r, Date.now()), fp: fp.fingerprint(r.input) })), Date.now());
      expect(again.newSignatures).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
