// How a labelled program's records fall into signatures: each record says which failure it is
// (read from the program), and a fingerprint test asserts that no failure is split over
// several signatures and no signature holds two failures.

export interface LabelledResult {
  failure: string;
  result: { fingerprint: string };
}

/**
 * The failures whose records got more than one signature. `key` groups records another way
 * (a failure in each of a program's log formats).
 */
export function splitFailures<R extends LabelledResult>(results: readonly R[], key: (r: R) => string = (r) => r.failure): string[] {
  const prints = new Map<string, Set<string>>();
  for (const r of results) prints.set(key(r), (prints.get(key(r)) ?? new Set()).add(r.result.fingerprint));
  return [...prints].filter(([, p]) => p.size > 1).map(([k]) => k);
}

/** The failures that share a signature, one list per signature that holds two or more. */
export function mergedFailures(results: readonly LabelledResult[]): string[][] {
  const failures = new Map<string, Set<string>>();
  for (const r of results) failures.set(r.result.fingerprint, (failures.get(r.result.fingerprint) ?? new Set()).add(r.failure));
  return [...failures.values()].filter((f) => f.size > 1).map((f) => [...f]);
}
