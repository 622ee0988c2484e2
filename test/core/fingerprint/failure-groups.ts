// How a labelled program's records fall into signatures: each record says which failure it is
// (read from the program), and a fingerprint test asserts that no failure is split over
// several signatures and no signature holds two failures.
import { createFingerprinter, type FingerprintInput, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';

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

/**
 * Labelled records fingerprinted in order by a fingerprinter of their own (one form's records
 * share the template miner's state, as one service's would), a mined line's aliases followed to
 * the signature that holds them.
 */
export function fingerprintLabelled<Row extends { failure: string }>(rows: readonly Row[], inputOf: (row: Row) => FingerprintInput): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  const results = rows.map((r) => fp.fingerprint(inputOf(r)));
  const resolved = resolveAliases(results);
  return rows.map((row, i) => ({ ...row, result: { ...results[i], fingerprint: resolved[i] } }));
}
