// Fingerprint throughput: Rounds' algorithm vs a plain regex-masking baseline, side by side in
// one run, on the labelled corpus (test/fixtures/fingerprint/corpus: real stack traces from
// seven runtimes, 371 error log lines in nine formats).
//
// Fairness: both sides hash with the same one-shot sha-256 (crypto.hash) over the same fields and see the same inputs in the
// same order. The baseline is what a quick implementation does (and what the provisional fp0
// did): mask digits and long hex in the first message line and the top three stack lines,
// then hash — no parsing, no in-app classification, no template mining. It is the floor on
// cost, not a peer on quality: the "distinct" column shows how many signatures each produced
// against the true number of groups. Every round checks that Rounds produces exactly the
// expected number of distinct fingerprints (after following template-merge aliases), so a
// fast but wrong change fails the benchmark. Single thread, i.e. one core, timed in process
// CPU time (wall time on a shared machine measures the neighbours); variants are interleaved
// round by round and the median round is reported.
//
//   npx tsx bench/fingerprint.ts            (or import { run } and use the rows)
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALGORITHM, createFingerprinter, type FingerprintInput } from '../src/core/fingerprint/index.js';

export interface FingerprintBenchRow {
  workload: 'exceptions' | 'log bodies';
  variant: string;
  perSec: number;
  usPerItem: number;
  /** Distinct fingerprints over one pass of the corpus. */
  distinct: number;
  /** True groups in the corpus. */
  groups: number;
}

export interface FingerprintBenchOptions {
  rounds?: number;
  roundMs?: number;
}

interface Row {
  group: string;
  service?: string;
  type?: string;
  message?: string;
  stacktrace?: string;
  body?: string;
}

const rows = (file: string): Row[] => {
  const url = new URL(`../test/fixtures/fingerprint/corpus/${file}`, import.meta.url);
  return existsSync(url) ? readFileSync(url, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row) : [];
};
/** Captured traces and the issue-thread traces of a runtime (test/core/fingerprint/corpus.test.ts). */
const corpus = (name: string): Row[] => [...rows(`${name}.ndjson`), ...rows(`threads-${name}.ndjson`)];

const MASK_DIGITS = /\d+/g;
const MASK_HEX = /\b[0-9a-f]{8,}\b/gi;
const mask = (s: string) => s.replace(MASK_HEX, 'h').replace(MASK_DIGITS, '0');

function baselineException(r: Row): string {
  const lines = (r.stacktrace ?? '').split('\n');
  const top = lines.slice(1, 4).map((l) => mask(l.trim()));
  return hash('sha256', [r.service ?? '', r.type ?? '', mask((r.message ?? '').split('\n')[0]), ...top].join('\u0000'), 'hex').slice(0, 32);
}

function baselineLog(r: Row): string {
  return hash('sha256', `${r.service ?? ''}\u0000${mask(r.body ?? '')}`, 'hex').slice(0, 32);
}

export function run(options: FingerprintBenchOptions = {}): FingerprintBenchRow[] {
  const rounds = options.rounds ?? 9;
  const roundMs = options.roundMs ?? 150;
  const exceptions = ['java', 'python', 'javascript', 'go', 'dotnet', 'ruby', 'php', 'rust'].flatMap(corpus);
  const logs = corpus('logs');
  const exceptionInputs: FingerprintInput[] = exceptions.map((r) => ({ source: 'span', service: r.service ?? 's', type: r.type, message: r.message, stacktrace: r.stacktrace }));
  const logInputs: FingerprintInput[] = logs.map((r) => ({ source: 'log', service: r.service ?? 's', body: r.body, severityText: 'ERROR' }));

  // One fingerprinter per workload, as the server keeps one: the miner reaches steady state.
  const fpExceptions = createFingerprinter();
  const fpLogs = createFingerprinter();
  const variants: { workload: FingerprintBenchRow['workload']; variant: string; items: number; groups: number; one: (i: number) => string; check: boolean }[] = [
    { workload: 'exceptions', variant: ALGORITHM, items: exceptions.length, groups: new Set(exceptions.map((r) => r.group)).size, one: (i) => fpExceptions.fingerprint(exceptionInputs[i]).fingerprint, check: true },
    { workload: 'exceptions', variant: 'regex-masking baseline', items: exceptions.length, groups: new Set(exceptions.map((r) => r.group)).size, one: (i) => baselineException(exceptions[i]), check: false },
    { workload: 'log bodies', variant: ALGORITHM, items: logs.length, groups: new Set(logs.map((r) => r.group)).size, one: (i) => fpLogs.fingerprint(logInputs[i]).fingerprint, check: true },
    { workload: 'log bodies', variant: 'regex-masking baseline', items: logs.length, groups: new Set(logs.map((r) => r.group)).size, one: (i) => baselineLog(logs[i]), check: false },
  ];

  // One full pass per variant: warm-up, and the distinct count (aliases followed for the miner).
  const distinct = variants.map((v) => {
    const alias = new Map<string, string>();
    const seen: string[] = [];
    for (let i = 0; i < v.items; i++) {
      if (v.check) {
        const fp = v.workload === 'exceptions' ? fpExceptions : fpLogs;
        const r = fp.fingerprint(v.workload === 'exceptions' ? exceptionInputs[i] : logInputs[i]);
        for (const a of r.aliases) alias.set(a, r.fingerprint);
        seen.push(r.fingerprint);
      } else seen.push(v.one(i));
    }
    const resolve = (f: string) => {
      let cur = f;
      for (let k = 0; k < 16 && alias.has(cur); k++) cur = alias.get(cur)!;
      return cur;
    };
    const resolved = seen.map(resolve);
    const n = new Set(resolved).size;
    // A fast but wrong change must fail: no fingerprint may hold two true groups (precision),
    // and no true group may be split (the corpus has no known split since rounds-fp/3).
    if (v.check) {
      const source = v.workload === 'exceptions' ? exceptions : logs;
      const owner = new Map<string, string>();
      resolved.forEach((f, i) => {
        const g = source[i].group;
        if ((owner.get(f) ?? g) !== g) throw new Error(`${v.variant} on ${v.workload}: groups ${owner.get(f)} and ${g} share a fingerprint`);
        owner.set(f, g);
      });
      if (n > v.groups) throw new Error(`${v.variant} on ${v.workload}: ${n} distinct fingerprints for ${v.groups} groups`);
    }
    return n;
  });
  for (const v of variants) for (let i = 0; i < 2000; i++) v.one(i % v.items);

  const samples: number[][] = variants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    variants.forEach((v, vi) => {
      let n = 0;
      let sink = 0;
      // CPU time of this process, not wall time: on a shared machine wall time measures the
      // neighbours; CPU time is what one core spends on the work.
      const c0 = process.cpuUsage();
      let cpu = 0;
      do {
        for (let k = 0; k < 64; k++) sink += v.one((n + k) % v.items).length;
        n += 64;
        const c = process.cpuUsage(c0);
        cpu = c.user + c.system;
      } while (cpu < roundMs * 1000);
      if (sink !== n * 32) throw new Error(`${v.variant}: a fingerprint was not 32 hex characters`);
      samples[vi].push(cpu / n);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // The steady-state miner must still give one fingerprint per group after all rounds.
  const after = new Set(logInputs.map((x) => fpLogs.fingerprint(x).fingerprint)).size;
  if (after !== distinct[2]) throw new Error(`log fingerprints drifted during the run: ${after} vs ${distinct[2]}`);
  return variants.map((v, i) => {
    const us = median(samples[i]);
    return { workload: v.workload, variant: v.variant, usPerItem: us, perSec: 1e6 / us, distinct: distinct[i], groups: v.groups };
  });
}

function print(rows: FingerprintBenchRow[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log('| workload | variant | fingerprints per CPU-second | µs each | distinct / true groups |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.workload} | ${r.variant} | ${fmt(r.perSec)} | ${r.usPerItem.toFixed(2)} | ${r.distinct} / ${r.groups} |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  print(run());
}
