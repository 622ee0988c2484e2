// The issue-thread trace collections (test/fixtures/fingerprint/threads-N/<runtime>.ndjson):
// each row a trace as pasted in a public thread, labelled by reading it, scored pairwise with
// every alias followed, the merges (signatures holding several groups) and splits listed.
import { readFileSync } from 'node:fs';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { pairwise } from './pairwise.js';

export interface ThreadTrace { group: string; source: string; service?: string; type?: string; message?: string; stacktrace?: string; why: string }

export const loadThreadTraces = (collection: string, runtime: string): ThreadTrace[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${collection}/${runtime}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ThreadTrace);

export function scoreThreadTraces(rows: ThreadTrace[]) {
  const fp = createFingerprinter();
  const alias = new Map<string, string>();
  const results = rows.map((r) => {
    const x = fp.fingerprint({ source: 'span', service: r.service ?? 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
    for (const a of x.aliases) alias.set(a, x.fingerprint);
    return x.fingerprint;
  });
  const resolve = (f: string) => {
    let cur = f;
    for (let i = 0; i < 16 && alias.has(cur); i++) cur = alias.get(cur)!;
    return cur;
  };
  const out = rows.map((r, i) => ({ group: r.group, fingerprint: resolve(results[i]) }));
  const bySignature = new Map<string, Set<string>>();
  for (const o of out) (bySignature.get(o.fingerprint) ?? bySignature.set(o.fingerprint, new Set()).get(o.fingerprint)!).add(o.group);
  const merged = [...bySignature.values()].filter((g) => g.size > 1).map((g) => [...g].sort());
  const byGroup = new Map<string, Set<string>>();
  for (const o of out) (byGroup.get(o.group) ?? byGroup.set(o.group, new Set()).get(o.group)!).add(o.fingerprint);
  const split = [...byGroup.entries()].filter(([, s]) => s.size > 1).map(([g]) => g);
  return { ...pairwise(out), merged, split };
}
