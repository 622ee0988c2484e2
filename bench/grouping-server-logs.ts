// Log-template grouping on the real servers' logs produced here (test/fixtures/fingerprint/<set>.ndjson,
// each line labelled by the statement in the program's source; the sets and their services are
// those the server-logs tests score, test/core/fingerprint/server-logs*.test.ts): Rounds beside
// Drain3 in one run, grouping accuracy per set (the Loghub benchmark's definition,
// test/helpers/loghub.ts), and where each is ahead.
//
// Rounds as the tests score it: one fingerprinter per set, lines in file order, each line's
// signature with the aliases a template merge reports followed. Drain3 as bench/grouping.ts runs
// it on Loghub (bench/grouping_drain3.py: its default configuration and its example's masking),
// streamed line by line; a line's group is its cluster id. A line's breaks and tabs are spaces for
// Drain3, which reads one line per record.
//
//   npx tsx bench/grouping-server-logs.ts        (Drain3: pip install drain3)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createFingerprinter } from '../src/core/fingerprint/index.js';
import { groupingAccuracy, resolveAliases } from '../test/helpers/loghub.js';

const TESTS = new URL('../test/core/fingerprint/', import.meta.url);
const FIXTURES = new URL('../test/fixtures/fingerprint/', import.meta.url);
/** A set as a server-logs test lists it: `['<file>.ndjson', '<service>', <least GA>]`. */
const SET_ENTRY = /\['([a-z0-9.-]+\.ndjson)', '([a-z0-9-]+)', (?:0\.\d+|1)\]/g;

export interface ServerLogSet {
  name: string;
  service: string;
  groups: string[];
  bodies: string[];
}

export interface ServerLogRow {
  set: string;
  lines: number;
  statements: number;
  roundsGA: number;
  drainGA?: number;
}

export function serverLogSets(): ServerLogSet[] {
  const sets = new Map<string, ServerLogSet>();
  for (const file of readdirSync(TESTS).filter((f) => /^server-logs(-\d+)?\.test\.ts$/.test(f)).sort()) {
    for (const [, fixture, service] of readFileSync(new URL(file, TESTS), 'utf8').matchAll(SET_ENTRY)) {
      const name = fixture.replace(/\.ndjson$/, '');
      if (sets.has(name)) continue;
      const rows = readFileSync(new URL(fixture, FIXTURES), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { group: string; body: string });
      sets.set(name, { name, service, groups: rows.map((r) => r.group), bodies: rows.map((r) => r.body) });
    }
  }
  return [...sets.values()];
}

function roundsGroups(set: ServerLogSet): string[] {
  const fp = createFingerprinter();
  return resolveAliases(set.bodies.map((body) => fp.fingerprint({ source: 'log', service: set.service, body })));
}

/** Drain3's cluster per line of each set, or why it did not run. */
function drain3(sets: ServerLogSet[]): Record<string, { labels: (number | string)[] }> | string {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-grouping-server-logs-'));
  try {
    // grouping_drain3.py reads `<label>\t<line>` rows after a header; the label column is unused.
    for (const s of sets) writeFileSync(join(dir, `${s.name}.tsv`), `id\tline\n${s.bodies.map((b, i) => `${i}\t${b.replace(/[\t\r\n]+/g, ' ')}`).join('\n')}\n`);
    const res = spawnSync('python3', [fileURLToPath(new URL('./grouping_drain3.py', import.meta.url)), dir], { maxBuffer: 256 * 1024 * 1024 });
    if (res.error) return `python3 not found (${res.error.message})`;
    if (res.status !== 0) return `drain3 failed (pip install drain3): ${res.stderr.toString().trim().split('\n').pop()}`;
    return JSON.parse(res.stdout.toString());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function run(): { rows: ServerLogRow[]; drainNote?: string } {
  const sets = serverLogSets();
  const drain = drain3(sets);
  const rows = sets.map((s): ServerLogRow => {
    const row: ServerLogRow = { set: s.name, lines: s.bodies.length, statements: new Set(s.groups).size, roundsGA: groupingAccuracy(s.groups, roundsGroups(s)) };
    if (typeof drain !== 'string') {
      const labels = drain[s.name]?.labels;
      // The check: Drain3 answered once for every line of the set.
      if (!labels || labels.length !== s.bodies.length) throw new Error(`${s.name}: Drain3 returned ${labels?.length ?? 0} labels for ${s.bodies.length} lines`);
      row.drainGA = groupingAccuracy(s.groups, labels.map(String));
    }
    return row;
  });
  return { rows, drainNote: typeof drain === 'string' ? drain : undefined };
}

/** Within this much, two accuracies are level (a set of 60 lines moves by 0.017 a line). */
const LEVEL = 0.0005;

function print({ rows, drainNote }: { rows: ServerLogRow[]; drainNote?: string }): void {
  const f3 = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(3));
  console.log(`\nLog grouping on ${rows.length} real servers' logs produced here (labelled by statement): Rounds beside Drain3`);
  console.log('| set | lines | statements | Rounds GA | Drain3 GA | ahead |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const ahead = r.drainGA === undefined ? '' : r.drainGA > r.roundsGA + LEVEL ? 'Drain3' : r.roundsGA > r.drainGA + LEVEL ? 'Rounds' : 'level';
    console.log(`| ${r.set} | ${r.lines} | ${r.statements} | ${f3(r.roundsGA)} | ${f3(r.drainGA)} | ${ahead} |`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const both = rows.filter((r) => r.drainGA !== undefined);
  console.log(`| **mean** | ${rows.reduce((n, r) => n + r.lines, 0)} | | **${f3(mean(rows.map((r) => r.roundsGA)))}** | **${both.length ? f3(mean(both.map((r) => r.drainGA!))) : '–'}** | |`);
  if (both.length) {
    const drainAhead = both.filter((r) => r.drainGA! > r.roundsGA + LEVEL).length;
    const roundsAhead = both.filter((r) => r.roundsGA > r.drainGA! + LEVEL).length;
    console.log(`\nRounds ahead on ${roundsAhead} sets, Drain3 on ${drainAhead}, level on ${both.length - roundsAhead - drainAhead}.`);
  }
  if (drainNote) console.log(`\nDrain3 not run: ${drainNote}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(run());
}
