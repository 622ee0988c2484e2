// Log-template grouping: Rounds beside Drain3 on the Loghub-2k development split
// (test/fixtures/loghub-dev, see its README.md), in one run. Per dataset: grouping accuracy
// (GA, the Loghub benchmark's definition, test/helpers/loghub.ts) and lines per CPU-second.
//
// Rounds' GA is measured through the product's code path: `rounds fingerprint --lines` (the
// compiled CLI, one process per dataset, lines in file order), a line's group being the
// `fingerprint` it printed. A second GA column follows the `aliases` the CLI reports when two
// templates merge (what a store that merges the absorbed signature would show). Its speed is
// measured in process on the same code (`createFingerprinter`, as the CLI uses it), in CPU time,
// so the start-up of a process does not count; the run checks that the in-process
// fingerprints equal the CLI's.
//
// Drain3 (`pip install drain3`): its default configuration plus the masking documented in its
// examples/drain3.ini, streamed line by line (bench/grouping_drain3.py); speed from its own
// CPU time around the same loop. Both see the same lines in the same order.
//
//   npx tsx bench/grouping.ts                 (needs `npm run build` for the CLI)
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createFingerprinter } from '../src/core/fingerprint/index.js';
import { ensureBuilt } from '../test/helpers/cli.js';
import { fingerprintLinesWithCli, groupingAccuracy, loadLoghub, LOGHUB_DIR, resolveAliases, type LoghubDataset } from '../test/helpers/loghub.js';

export interface GroupingRow {
  dataset: string;
  lines: number;
  groups: number;
  roundsGA: number;
  roundsGAAliases: number;
  roundsLinesPerSec: number;
  drainGA?: number;
  drainLinesPerSec?: number;
}

function roundsInProcess(d: LoghubDataset): string[] {
  const fp = createFingerprinter();
  return d.lines.map((body) => fp.fingerprint({ source: 'log', service: 'unknown', body }).fingerprint);
}

/** Lines per CPU-second of the in-process fingerprinter: the median of `rounds` passes, each with a fresh miner. */
function roundsSpeed(d: LoghubDataset, rounds: number): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    roundsInProcess(d);
    const c = process.cpuUsage(c0);
    samples.push(d.lines.length / ((c.user + c.system) / 1e6));
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function drain3(): Record<string, { labels: (number | string)[]; cpuSeconds: number }> | string {
  const script = fileURLToPath(new URL('./grouping_drain3.py', import.meta.url));
  const res = spawnSync('python3', [script, fileURLToPath(LOGHUB_DIR)], { maxBuffer: 256 * 1024 * 1024 });
  if (res.error) return `python3 not found (${res.error.message})`;
  if (res.status !== 0) return `drain3 failed (pip install drain3): ${res.stderr.toString().trim().split('\n').pop()}`;
  return JSON.parse(res.stdout.toString());
}

export function run(options: { speedRounds?: number } = {}): { rows: GroupingRow[]; drainNote?: string } {
  ensureBuilt();
  const datasets = loadLoghub();
  const drain = drain3();
  const rows = datasets.map((d): GroupingRow => {
    const cli = fingerprintLinesWithCli(d.lines);
    const fingerprints = cli.map((r) => r.fingerprint);
    const inProcess = roundsInProcess(d);
    const differs = inProcess.findIndex((f, i) => f !== fingerprints[i]);
    if (differs >= 0) throw new Error(`${d.name}: line ${differs + 1} fingerprinted differently in process and by the CLI`);
    const row: GroupingRow = {
      dataset: d.name,
      lines: d.lines.length,
      groups: new Set(d.events).size,
      roundsGA: groupingAccuracy(d.events, fingerprints),
      roundsGAAliases: groupingAccuracy(d.events, resolveAliases(cli)),
      roundsLinesPerSec: roundsSpeed(d, options.speedRounds ?? 3),
    };
    if (typeof drain !== 'string') {
      const dr = drain[d.name];
      row.drainGA = groupingAccuracy(d.events, dr.labels.map(String));
      row.drainLinesPerSec = d.lines.length / dr.cpuSeconds;
    }
    return row;
  });
  return { rows, drainNote: typeof drain === 'string' ? drain : undefined };
}

function print({ rows, drainNote }: { rows: GroupingRow[]; drainNote?: string }): void {
  const f3 = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(3));
  const fk = (n: number | undefined) => (n === undefined ? '–' : Math.round(n).toLocaleString('en-US'));
  const mean = (xs: (number | undefined)[]) => (xs.some((x) => x === undefined) ? undefined : xs.reduce((a: number, b) => a + b!, 0) / xs.length);
  console.log('| dataset | lines | true groups | Rounds GA | Rounds GA, aliases followed | Rounds lines/CPU-s | Drain3 GA | Drain3 lines/CPU-s |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.dataset} | ${r.lines} | ${r.groups} | ${f3(r.roundsGA)} | ${f3(r.roundsGAAliases)} | ${fk(r.roundsLinesPerSec)} | ${f3(r.drainGA)} | ${fk(r.drainLinesPerSec)} |`);
  console.log(
    `| **mean** | | | **${f3(mean(rows.map((r) => r.roundsGA)))}** | ${f3(mean(rows.map((r) => r.roundsGAAliases)))} | ${fk(mean(rows.map((r) => r.roundsLinesPerSec)))} | **${f3(mean(rows.map((r) => r.drainGA)))}** | ${fk(mean(rows.map((r) => r.drainLinesPerSec)))} |`,
  );
  if (drainNote) console.log(`\nDrain3 not run: ${drainNote}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(run());
}
