// A merge target's figures include the signatures merged into it: new events of a merged
// fingerprint are counted on the target, but what was counted before the merge stays under
// the source's id (so `split` can give it back). Timelines and release figures add them up.
import type { Signature } from '../core/model.js';
import type { LmdbSignatureStore } from '../store/signature-store.js';

/** Merges can chain (a merged signature may itself have absorbed others); this bounds the walk. */
const MAX_DEPTH = 8;

/**
 * The ids merged into `sig`, directly or through a chain, from its history ("merged X in",
 * "split X out"), each confirmed by the source's own `mergedInto`.
 */
export function mergedSourceIds(store: Pick<LmdbSignatureStore, 'getSignature'>, sig: Signature, depth = 0): string[] {
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
    const source = store.getSignature(id);
    if (source?.mergedInto !== sig.id) continue;
    out.push(id, ...mergedSourceIds(store, source, depth + 1));
  }
  return out;
}

/** Counts per bucket of the signature and everything merged into it. */
export function countsWithMerged(store: Pick<LmdbSignatureStore, 'getSignature' | 'counts'>, sig: Signature, granularity: 'minute' | 'hour', fromMs: number, toMs: number): number[] {
  const total = store.counts(sig.id, granularity, fromMs, toMs);
  for (const id of mergedSourceIds(store, sig)) {
    store.counts(id, granularity, fromMs, toMs).forEach((n, i) => (total[i] += n));
  }
  return total;
}
