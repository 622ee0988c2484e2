// A runtime's one exception type per kind of I/O, whose message carries the operating system's
// error (rounds-fp/9). The traces are a real Java program's (test/fixtures/fingerprint/programs/
// java-io/FileStore.java, OpenJDK 17): java.io raises FileNotFoundException for every file it
// cannot open, whatever the reason, from one method — a missing directory, a directory where
// the file should be, a file where a directory should be. Each failure happens twice with other
// data (another id in the path); `failure` says which it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}

interface Row { failure: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/java-file-errors.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('java.io failures of one type from one method (a real Java program)', () => {
  it('are what the fixture says: four failures, twice each, all FileNotFoundException', () => {
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['java.io.FileNotFoundException']));
    const byFailure = groupBy(rows, (r) => r.failure);
    expect([...byFailure.keys()].sort()).toEqual(['load missing', 'load not-a-directory', 'save directory', 'save missing']);
    for (const pair of byFailure.values()) expect(pair.map((r) => r.message)).toHaveLength(2);
  });

  it('are one signature per failure and never one for two', () => {
    const fp = createFingerprinter();
    const seen = new Map<string, Set<string>>();
    for (const r of rows) {
      const f = fp.fingerprint({ source: 'span', service: 'documents', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;
      seen.set(r.failure, (seen.get(r.failure) ?? new Set()).add(f));
    }
    for (const [failure, set] of seen) expect(set.size, failure).toBe(1);
    expect(new Set([...seen.values()].map((s) => [...s][0])).size).toBe(seen.size);
  });
});
