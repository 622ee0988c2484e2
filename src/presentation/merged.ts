// A merge target's figures include the signatures merged into it: new events of a merged
// fingerprint are counted on the target, but what was counted before the merge stays under
// the source's id (so `split` can give it back). Timelines and release figures add them up.
import type { Signature } from '../core/model.js';
import type { SignatureQueries } from '../core/ports.js';

/** Merges can chain (a merged signature may itself have absorbed others); this bounds the walk. */
const MAX_DEPTH = 8;

/**
 * The ids merged into `sig`, directly or through a chain, from its history ("merged X in",
 * "split X out"), each confirmed by the source's own `mergedInto`.
 */
export async function mergedSourceIds(store: Pick<SignatureQueries, 'getSignature'>, sig: Signature, depth = 0): Promise<string[]> {
  if (depth >= MAX_DEPTH) return [];
  const ids = new Set<string>();
  for (const h of sig.history) {
    const merged = /^merged (\S+) in$/.exec(h.action)?.[1];
    const split = /^split (\S+) out$/.exec(h.action)?.[1];
    if (merged) ids.add(merged);
    if (split) ids.delete(split);
  }
  const out: string[] = [];
  for (const id of ids) {
    const source = await store.getSignature(id);
    if (source?.mergedInto !== sig.id) continue;
    out.push(id, ...(await mergedSourceIds(store, source, depth + 1)));
  }
  return out;
}

/** Counts per bucket of the signature and everything merged into it. */
export async function countsWithMerged(store: Pick<SignatureQueries, 'getSignature' | 'counts'>, sig: Signature, granularity: 'minute' | 'hour', fromMs: number, toMs: number): Promise<number[]> {
  const total = await store.counts(sig.id, granularity, fromMs, toMs);
  for (const id of await mergedSourceIds(store, sig)) {
    (await store.counts(id, granularity, fromMs, toMs)).forEach((n, i) => (total[i] += n));
  }
  return total;
}
