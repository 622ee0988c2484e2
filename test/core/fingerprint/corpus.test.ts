// Pairwise precision and recall of "same signature" on the labelled corpus: traces captured
// from the real programs in test/fixtures/fingerprint/programs (regenerate.mjs runs them),
// traces quoted in public issue threads (rows with a `source` URL, grouped by reading them),
// and error log lines (gen-logs.mjs).
// Targets (issues #3 and #9): precision ≥ 0.99, recall ≥ 0.97 per runtime and for logs.
// The figures are printed; set ROUNDS_WRITE_SCORES=1 to also write them to
// test/fixtures/fingerprint/scores.json (a plain run leaves tracked files alone).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { maskingBaseline, sentryLike, signozLike, type CorpusRow } from './baselines.js';
import { pairwise, type PairwiseScore } from './pairwise.js';

const corpusDir = new URL('../../fixtures/fingerprint/corpus/', import.meta.url);
const SETS = ['java', 'python', 'javascript', 'go', 'dotnet', 'ruby', 'php', 'rust', 'logs'] as const;

function readRows(file: string): CorpusRow[] {
  const url = new URL(file, corpusDir);
  if (!existsSync(url)) return [];
  return readFileSync(url, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusRow);
}

/** Captured traces (`<set>.ndjson`, written by regenerate.mjs) and issue-thread traces (`threads-<set>.ndjson`). */
function load(name: string): CorpusRow[] {
  return [...readRows(`${name}.ndjson`), ...readRows(`threads-${name}.ndjson`)];
}

/** Runs a whole set through one fingerprinter in file order and follows aliases to the survivor. */
function rounds(rows: CorpusRow[]): { group: string; fingerprint: string }[] {
  const fp = createFingerprinter();
  const alias = new Map<string, string>();
  const out = rows.map((r) => {
    const res = fp.fingerprint(r.body !== undefined
      ? { source: 'log', service: r.service ?? 'svc', body: r.body, severityText: 'ERROR' }
      : { source: 'span', service: r.service ?? 'svc', type: r.type, message: r.message, stacktrace: r.stacktrace });
    for (const a of res.aliases) alias.set(a, res.fingerprint);
    return { group: r.group, fingerprint: res.fingerprint };
  });
  const resolve = (f: string) => {
    let cur = f;
    for (let i = 0; i < 16 && alias.has(cur); i++) cur = alias.get(cur)!;
    return cur;
  };
  return out.map((o) => ({ group: o.group, fingerprint: resolve(o.fingerprint) }));
}

const fmt = (s: PairwiseScore) => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`;

/** Issue-thread rows scored by themselves, the figures printed. */
function scoreAlone(name: string, rows: CorpusRow[]): PairwiseScore {
  const alone = pairwise(rounds(rows));
  console.log(`${name.padEnd(10)} issue threads alone: n=${alone.items} groups=${alone.groups} signatures=${alone.signatures} | rounds ${fmt(alone)}`);
  return alone;
}

describe('grouping quality on the labelled corpus', () => {
  const table: Record<string, Record<string, PairwiseScore>> = {};

  for (const name of SETS) {
    it(`${name}: precision ≥ 0.99 and recall ≥ 0.97`, () => {
      const rows = load(name);
      expect(rows.length).toBeGreaterThan(50);
      const threads = rows.filter((r) => r.source).length;
      const ours = pairwise(rounds(rows));
      const sentry = pairwise(rows.map((r) => ({ group: r.group, fingerprint: sentryLike(r) })));
      const signoz = pairwise(rows.map((r) => ({ group: r.group, fingerprint: signozLike(r) })));
      const masking = pairwise(rows.map((r) => ({ group: r.group, fingerprint: maskingBaseline(r) })));
      table[name] = { rounds: ours, sentry, signoz, masking };
      console.log(`${name.padEnd(10)} n=${ours.items} (captured ${rows.length - threads}, issue threads ${threads}) groups=${ours.groups} signatures=${ours.signatures} | rounds ${fmt(ours)} | sentry-like ${fmt(sentry)} | signoz-like ${fmt(signoz)} | masking ${fmt(masking)}`);
      expect(ours.precision).toBeGreaterThanOrEqual(0.99);
      expect(ours.recall).toBeGreaterThanOrEqual(0.97);
      // The issue-thread traces alone: the captured groups are large and dominate the pairs above.
      // Many of them are near misses (one message raised at different sites): none may merge.
      const thread = rows.filter((r) => r.source);
      if (thread.length) expect(scoreAlone(name, thread).precision).toBeGreaterThanOrEqual(0.99);
    });
  }

  // The BEAM (Elixir and Erlang) has no captured corpus yet: its issue-thread traces alone.
  it('erlang (issue threads only): precision ≥ 0.99', () => {
    const rows = readRows('threads-erlang.ndjson');
    expect(rows.length).toBeGreaterThan(30);
    expect(scoreAlone('erlang', rows).precision).toBeGreaterThanOrEqual(0.99);
  });

  // Error and warning lines of applications and infrastructure quoted in issue threads, each
  // labelled with the log statement it came from (issue-thread-logs.ndjson). Grouping by
  // failure splits some statements on purpose (the error text a statement appends names the
  // failure), so recall is printed, not asserted; precision is held at what was measured when
  // they were added (0.95 and 0.99 on the two halves: docs/fingerprinting.md, "Proof").
  it('log lines from issue threads: precision ≥ 0.95', () => {
    const rows = readRows('issue-thread-logs.ndjson');
    expect(rows.length).toBeGreaterThan(400);
    expect(scoreAlone('logs', rows).precision).toBeGreaterThanOrEqual(0.95);
  });

  // A second collection, gathered after rounds-fp/5's log classes were found in the first
  // (issue-thread-logs-2.ndjson, from other threads): 338 lines of 173 statements, mostly
  // infrastructure, many from different deployments of one program with different headers. The
  // first measurement on it, before anything was changed for it: P 0.976 R 0.560.
  it('log lines from issue threads, second collection: precision ≥ 0.97', () => {
    const rows = readRows('issue-thread-logs-2.ndjson');
    expect(rows.length).toBeGreaterThan(300);
    expect(scoreAlone('logs', rows).precision).toBeGreaterThanOrEqual(0.97);
  });

  it('scored every set', () => {
    expect(Object.keys(table).sort()).toEqual([...SETS].sort());
    if (process.env.ROUNDS_WRITE_SCORES === '1') {
      writeFileSync(fileURLToPath(new URL('../scores.json', corpusDir)), JSON.stringify(table, null, 2) + '\n');
    }
  });
});
