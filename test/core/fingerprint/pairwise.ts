// Pairwise precision and recall of "same signature" against labelled groups:
//   precision = pairs in the same signature that are truly the same failure / pairs in the same signature
//   recall    = pairs of the same failure that landed in the same signature / pairs of the same failure
// Counted from the contingency table (n·(n-1)/2 per cell), so it is O(n), not O(n²).
export interface PairwiseScore {
  items: number;
  groups: number;
  signatures: number;
  precision: number;
  recall: number;
}

export function pairwise(rows: { group: string; fingerprint: string }[]): PairwiseScore {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const byCell = new Map<string, number>();
  const byGroup = new Map<string, number>();
  const bySig = new Map<string, number>();
  for (const r of rows) {
    const cell = `${r.group}\u0000${r.fingerprint}`;
    byCell.set(cell, (byCell.get(cell) ?? 0) + 1);
    byGroup.set(r.group, (byGroup.get(r.group) ?? 0) + 1);
    bySig.set(r.fingerprint, (bySig.get(r.fingerprint) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of byCell.values()) tp += pairs(n);
  let sameSig = 0;
  for (const n of bySig.values()) sameSig += pairs(n);
  let sameGroup = 0;
  for (const n of byGroup.values()) sameGroup += pairs(n);
  return {
    items: rows.length,
    groups: byGroup.size,
    signatures: bySig.size,
    precision: sameSig === 0 ? 1 : tp / sameSig,
    recall: sameGroup === 0 ? 1 : tp / sameGroup,
  };
}
