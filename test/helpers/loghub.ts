// The Loghub-2k development split (test/fixtures/loghub-dev, see its README.md) and grouping
// accuracy as the Loghub benchmark defines it (Zhu et al., "Tools and Benchmarks for Automated
// Log Parsing", ICSE-SEIP 2019; the corrected labels of Loghub-2.0): a line is grouped
// correctly when the set of lines sharing its predicted group is exactly the set of lines
// sharing its true group; GA is the fraction of lines grouped correctly.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { BIN, ROOT } from './cli.js';

export const LOGHUB_DIR = new URL('../fixtures/loghub-dev/', import.meta.url);

export interface LoghubDataset {
  name: string;
  /** Log bodies (the benchmark's `Content` column), in file order. */
  lines: string[];
  /** True group of each line (`EventId`). */
  events: string[];
}

export function loadLoghub(): LoghubDataset[] {
  return readdirSync(LOGHUB_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const rows = readFileSync(new URL(f, LOGHUB_DIR), 'utf8').split('\n').slice(1).filter((l) => l !== '');
      const lines: string[] = [];
      const events: string[] = [];
      for (const row of rows) {
        const tab = row.indexOf('\t');
        events.push(row.slice(0, tab));
        lines.push(row.slice(tab + 1));
      }
      return { name: f.slice(0, -'.tsv'.length), lines, events };
    });
}

/** The benchmark's GA over parallel arrays of true and predicted group labels. */
export function groupingAccuracy(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) throw new Error(`${truth.length} true labels but ${predicted.length} predictions`);
  if (truth.length === 0) return 1;
  // A predicted group is correct when all its lines share one true group and that true group
  // has no other lines: compare each group's size with the size of its (truth, predicted) pair.
  const truthSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const pairSize = new Map<string, number>();
  for (let i = 0; i < truth.length; i++) {
    truthSize.set(truth[i], (truthSize.get(truth[i]) ?? 0) + 1);
    predSize.set(predicted[i], (predSize.get(predicted[i]) ?? 0) + 1);
    const pair = `${truth[i]}\u0000${predicted[i]}`;
    pairSize.set(pair, (pairSize.get(pair) ?? 0) + 1);
  }
  let correct = 0;
  for (const [pair, n] of pairSize) {
    const [t, p] = pair.split('\u0000');
    if (truthSize.get(t) === n && predSize.get(p) === n) correct += n;
  }
  return correct / truth.length;
}

/**
 * Final signature of each line from `rounds fingerprint` output rows: a merge of two templates
 * reports the absorbed fingerprint as an alias of the survivor, which the store then resolves
 * to one signature; so aliases are followed here as the store would.
 */
export function resolveAliases(rows: readonly { fingerprint: string; aliases?: string[] }[]): string[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const row of rows) for (const a of row.aliases ?? []) {
    const from = find(a);
    const to = find(row.fingerprint);
    if (from !== to) parent.set(from, to);
  }
  return rows.map((r) => find(r.fingerprint));
}

export interface CliRow {
  line: number;
  fingerprint: string;
  aliases?: string[];
}

/** Runs the real `rounds fingerprint --lines` (compiled CLI) on lines; one row per line. */
export function fingerprintLinesWithCli(lines: string[]): CliRow[] {
  const res = spawnSync(process.execPath, [BIN, 'fingerprint', '--lines'], { cwd: ROOT, input: lines.join('\n') + '\n', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (res.status !== 0) throw new Error(`rounds fingerprint --lines exited ${res.status}: ${res.stderr}`);
  const rows = res.stdout.toString().trim().split('\n').map((l) => JSON.parse(l) as CliRow);
  if (rows.length !== lines.length) throw new Error(`rounds fingerprint printed ${rows.length} rows for ${lines.length} lines`);
  return rows;
}
