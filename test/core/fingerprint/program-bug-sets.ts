// The bugs-N program sets (test/fixtures/fingerprint/programs/<runtime>-bugs-N): rows of real
// programs' failures, each labelled with the failure (the statement that failed) and met in every
// build, scored as one pairwise precision and recall per set against floors measured when the set
// was added. bugs-2-programs.test.ts and bugs-3-programs.test.ts hold the sets and their floors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';
import { pairwise } from './pairwise.js';

interface Row { failure: string; build?: string; release?: string; type?: string; message?: string; stacktrace?: string; body?: string }

export interface ProgramBugFloors { failures: number; perFailure: number; precision: number; recall: number; merged: number }

const load = (name: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function score(name: string, runtime: string) {
  const rows = load(name);
  // A logged row (Monolog's line, slog's, net/http's ErrorLog text) is a log record's body; the
  // others are span exception events.
  const results = fingerprintLabelled(rows, (r) =>
    r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime },
  );
  const s = pairwise(results.map((r) => ({ group: r.failure, fingerprint: r.result.fingerprint })));
  const merged = mergedFailures(results);
  const split = splitFailures(results);
  if (process.env.ROUNDS_PRINT_SCORES) console.log(name, JSON.stringify({ ...s, merged, split }));
  return { rows, ...s, merged, split };
}

/** One test per set (name → [runtime hint, floors]): its shape, and at least its measured precision and recall. */
export function describeProgramBugSets(title: string, sets: Record<string, [runtime: string, floors: ProgramBugFloors]>): void {
  describe(title, () => {
    for (const [name, [runtime, floors]] of Object.entries(sets)) {
      it(`${name}: each failure met twice in each build, and at least its measured precision and recall`, () => {
        const s = score(name, runtime);
        const failures = new Set(s.rows.map((r) => r.failure));
        expect(failures.size).toBe(floors.failures);
        for (const f of failures) expect(s.rows.filter((r) => r.failure === f).length, f).toBe(floors.perFailure);
        expect(s.precision).toBeGreaterThanOrEqual(floors.precision);
        expect(s.recall).toBeGreaterThanOrEqual(floors.recall);
        expect(s.merged.length).toBeLessThanOrEqual(floors.merged);
      });
    }
  });
}
