// The issue-thread trace collections (test/fixtures/fingerprint/threads-N/<runtime>.ndjson):
// each row a trace as pasted in a public thread, labelled by reading it, scored pairwise with
// every alias followed, the merges (signatures holding several groups) and splits listed.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { pairwise } from './pairwise.js';

export interface ThreadTrace { group: string; source: string; service?: string; type?: string; message?: string; stacktrace?: string; why: string }

export const loadThreadTraces = (collection: string, runtime: string): ThreadTrace[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${collection}/${runtime}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ThreadTrace);

/**
 * The signatures of `rows` fingerprinted in order by one fingerprinter, every alias followed as the
 * store follows a template merge; a row's own service, else `service`.
 */
export function signaturesInOrder(rows: readonly { service?: string; type?: string; message?: string; stacktrace?: string }[], service = 'app'): string[] {
  const fp = createFingerprinter();
  const alias = new Map<string, string>();
  const results = rows.map((r) => {
    const x = fp.fingerprint({ source: 'span', service: r.service ?? service, type: r.type, message: r.message, stacktrace: r.stacktrace });
    for (const a of x.aliases) alias.set(a, x.fingerprint);
    return x.fingerprint;
  });
  const resolve = (f: string) => {
    let cur = f;
    for (let i = 0; i < 16 && alias.has(cur); i++) cur = alias.get(cur)!;
    return cur;
  };
  return results.map(resolve);
}

export function scoreThreadTraces(rows: ThreadTrace[]) {
  const signatures = signaturesInOrder(rows);
  const out = rows.map((r, i) => ({ group: r.group, fingerprint: signatures[i] }));
  const bySignature = new Map<string, Set<string>>();
  for (const o of out) (bySignature.get(o.fingerprint) ?? bySignature.set(o.fingerprint, new Set()).get(o.fingerprint)!).add(o.group);
  const merged = [...bySignature.values()].filter((g) => g.size > 1).map((g) => [...g].sort());
  const byGroup = new Map<string, Set<string>>();
  for (const o of out) (byGroup.get(o.group) ?? byGroup.set(o.group, new Set()).get(o.group)!).add(o.fingerprint);
  const split = [...byGroup.entries()].filter(([, s]) => s.size > 1).map(([g]) => g);
  return { ...pairwise(out), merged, split };
}

export interface CollectionFloors { precision: number; recall: number; merged: number }

/**
 * One test per runtime of a collection: every row cites its thread, and the runtime scores at
 * least its measured precision and recall with no more merges than listed
 * (`ROUNDS_PRINT_SCORES=1` prints each runtime's figures, merges and splits).
 */
export function expectCollectionFloors(collection: string, expected: Record<string, CollectionFloors>): void {
  for (const [runtime, floors] of Object.entries(expected)) {
    it(`${runtime}: at least its measured precision and recall, no merge but those listed`, () => {
      const rows = loadThreadTraces(collection, runtime);
      for (const r of rows) expect(r.source, r.group).toMatch(/^https:\/\//);
      const s = scoreThreadTraces(rows);
      if (process.env.ROUNDS_PRINT_SCORES) console.log(runtime, JSON.stringify({ items: s.items, groups: s.groups, precision: s.precision, recall: s.recall, merged: s.merged, split: s.split }));
      expect(s.precision).toBeGreaterThanOrEqual(floors.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floors.recall);
      expect(s.merged.length).toBeLessThanOrEqual(floors.merged);
    });
  }
}
