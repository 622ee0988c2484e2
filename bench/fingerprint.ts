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
//
// A third workload is the all-errors benchmark's traffic (bench/all-errors.ts): decoded
// exports of distinct 20-frame Node.js traces, every event new (fresh strings, so no result
// cache hit and no string hash already computed), fingerprinted with detail (the main
// thread's fingerprinter) and analysed without it (a fingerprint worker, `detail: false`).
// FINGERPRINT_BASE=<path to another checkout's src/core/fingerprint/index.ts> adds that
// checkout's fingerprinter as a variant of every workload, interleaved in the same rounds: an
// A/B of a change on one machine in one run (the ratio is the figure to read).
//
//   npx tsx bench/fingerprint.ts            (or import { run } and use the rows)
//   FINGERPRINT_BASE=/tmp/base/src/core/fingerprint/index.ts npx tsx bench/fingerprint.ts
import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { ALGORITHM, createFingerprinter, type FingerprinterOptions, type FingerprintInput, type Fingerprinter } from '../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../src/core/fingerprint/input-of.js';
import { decodeTracesProto } from '../src/ingest/decode/index.js';
import { buildTracePayload } from './payloads.js';

export interface FingerprintBenchRow {
  workload: 'exceptions' | 'log bodies' | 'all-errors, detail' | 'all-errors, no detail';
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
  /** Another fingerprinter to run beside this one (FINGERPRINT_BASE): its label and factory. */
  base?: { label: string; create: (options?: FingerprinterOptions) => Fingerprinter };
}

interface Row {
  group: string;
  service?: string;
  type?: string;
  message?: string;
  stacktrace?: string;
  body?: string;
  /** Issue-thread traces carry their thread's URL (captured ones none). */
  source?: string;
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
  const exceptionGroups = new Set(exceptions.map((r) => r.group)).size;
  const logGroups = new Set(logs.map((r) => r.group)).size;
  type Variant = { workload: FingerprintBenchRow['workload']; variant: string; items: number; groups: number; one: (i: number) => string; fp?: Fingerprinter };
  const variants: Variant[] = [
    { workload: 'exceptions', variant: ALGORITHM, items: exceptions.length, groups: exceptionGroups, one: (i) => fpExceptions.fingerprint(exceptionInputs[i]).fingerprint, fp: fpExceptions },
    { workload: 'exceptions', variant: 'regex-masking baseline', items: exceptions.length, groups: exceptionGroups, one: (i) => baselineException(exceptions[i]) },
    { workload: 'log bodies', variant: ALGORITHM, items: logs.length, groups: logGroups, one: (i) => fpLogs.fingerprint(logInputs[i]).fingerprint, fp: fpLogs },
    { workload: 'log bodies', variant: 'regex-masking baseline', items: logs.length, groups: logGroups, one: (i) => baselineLog(logs[i]) },
  ];
  if (options.base) {
    const baseExceptions = options.base.create();
    const baseLogs = options.base.create();
    variants.splice(1, 0, { workload: 'exceptions', variant: options.base.label, items: exceptions.length, groups: exceptionGroups, one: (i) => baseExceptions.fingerprint(exceptionInputs[i]).fingerprint, fp: baseExceptions });
    variants.splice(4, 0, { workload: 'log bodies', variant: options.base.label, items: logs.length, groups: logGroups, one: (i) => baseLogs.fingerprint(logInputs[i]).fingerprint, fp: baseLogs });
  }

  // One full pass per variant: warm-up, and the distinct count (aliases followed for the miner).
  const distinct = variants.map((v) => {
    const alias = new Map<string, string>();
    const seen: string[] = [];
    for (let i = 0; i < v.items; i++) {
      if (v.fp) {
        const r = v.fp.fingerprint(v.workload === 'exceptions' ? exceptionInputs[i] : logInputs[i]);
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
    // and no captured group may be split (none is since rounds-fp/3; the issue threads hold
    // splits that stay, one service seeing two builds: docs/fingerprinting.md, "Proof").
    // (A FINGERPRINT_BASE checkout is compared for speed only: an older algorithm may merge
    // groups this corpus has since been given to show it.)
    if (v.fp && v.variant === ALGORITHM) {
      const source = v.workload === 'exceptions' ? exceptions : logs;
      const owner = new Map<string, string>();
      resolved.forEach((f, i) => {
        const g = source[i].group;
        if ((owner.get(f) ?? g) !== g) throw new Error(`${v.variant} on ${v.workload}: groups ${owner.get(f)} and ${g} share a fingerprint`);
        owner.set(f, g);
      });
      const captured = source.flatMap((r, i) => (r.source ? [] : [{ group: r.group, fingerprint: resolved[i] }]));
      const capturedGroups = new Set(captured.map((c) => c.group)).size;
      const capturedFingerprints = new Set(captured.map((c) => c.fingerprint)).size;
      if (capturedFingerprints > capturedGroups) throw new Error(`${v.variant} on ${v.workload}: ${capturedFingerprints} distinct fingerprints for ${capturedGroups} captured groups`);
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
  // The steady-state miner must still give one fingerprint per group after all rounds.
  const logsAt = variants.findIndex((v) => v.fp === fpLogs);
  const after = new Set(logInputs.map((x) => fpLogs.fingerprint(x).fingerprint)).size;
  if (after !== distinct[logsAt]) throw new Error(`log fingerprints drifted during the run: ${after} vs ${distinct[logsAt]}`);
  const rows: FingerprintBenchRow[] = variants.map((v, i) => {
    const us = median(samples[i]);
    return { workload: v.workload, variant: v.variant, usPerItem: us, perSec: 1e6 / us, distinct: distinct[i], groups: v.groups };
  });
  return [...rows, ...allErrors(rounds, roundMs, options.base)];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The all-errors traffic: every event distinct and new. Events are made fresh outside the
 * timed part (a copy of a decoded event with its message and trace header numbered, as flat
 * strings: decoded strings are), 256 at a time, and only the fingerprinting is timed.
 */
function allErrors(rounds: number, roundMs: number, base: FingerprintBenchOptions['base']): FingerprintBenchRow[] {
  const decoded: FingerprintInput[] = [];
  for (let i = 0; i < 8; i++) {
    const payload = buildTracePayload({ spans: 512, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i % 8}` });
    for (const event of decodeTracesProto(payload.body, { severityThreshold: 17, captureHandled: true }).events) decoded.push(fingerprintInputOf(event));
  }
  const makers: { label: string; create: (options?: FingerprinterOptions) => Fingerprinter }[] = [{ label: ALGORITHM, create: createFingerprinter }, ...(base ? [base] : [])];
  const variants = (['all-errors, detail', 'all-errors, no detail'] as const).flatMap((workload) =>
    makers.map((m) => {
      const fp = m.create(workload === 'all-errors, detail' ? {} : { detail: false });
      // A worker's analysis of an exception is finished ('done') or leaves its message to the
      // main thread's template miner ('mine': since rounds-fp/16 the bench's OrderNotFoundError,
      // an application's own class, has its message mined); 'body' would mean it was not read as one.
      const one = workload === 'all-errors, detail' ? (x: FingerprintInput) => fp.fingerprint(x).fingerprint.length : (x: FingerprintInput) => (fp.analyze(x).kind !== 'body' ? 32 : 0);
      return { workload, variant: m.label, one };
    }),
  );
  let serial = 0;
  const fresh = (n: number): FingerprintInput[] =>
    Array.from({ length: n }, () => {
      const x = decoded[serial % decoded.length];
      const tag = ` #${serial++}`;
      const nl = x.stacktrace!.indexOf('\n');
      return { ...x, message: Buffer.from(x.message + tag).toString(), stacktrace: Buffer.from(x.stacktrace!.slice(0, nl) + tag + x.stacktrace!.slice(nl)).toString() };
    });
  // Warm-up, and the check: every event is fingerprinted, or analysed as an exception.
  for (const v of variants) for (const x of fresh(2048)) if (v.one(x) !== 32) throw new Error(`${v.variant} on ${v.workload}: an event was not fingerprinted`);
  const samples: number[][] = variants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    variants.forEach((v, vi) => {
      let n = 0;
      let cpu = 0;
      while (cpu < roundMs * 1000) {
        const batch = fresh(256);
        const c0 = process.cpuUsage();
        for (const x of batch) v.one(x);
        const c = process.cpuUsage(c0);
        cpu += c.user + c.system;
        n += batch.length;
      }
      samples[vi].push(cpu / n);
    });
  }
  return variants.map((v, i) => {
    const us = median(samples[i]);
    return { workload: v.workload, variant: v.variant, usPerItem: us, perSec: 1e6 / us, distinct: 0, groups: 0 };
  });
}

function print(rows: FingerprintBenchRow[], load: string): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`load average ${load}`);
  console.log('| workload | variant | fingerprints per CPU-second | µs each | distinct / true groups |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.workload} | ${r.variant} | ${fmt(r.perSec)} | ${r.usPerItem.toFixed(2)} | ${r.groups ? `${r.distinct} / ${r.groups}` : 'all distinct'} |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const basePath = process.env.FINGERPRINT_BASE;
  const base = basePath ? { label: `FINGERPRINT_BASE (${(await import(pathToFileURL(basePath).href)).ALGORITHM})`, create: (await import(pathToFileURL(basePath).href)).createFingerprinter } : undefined;
  const load0 = loadavg()[0].toFixed(1);
  const rows = run({ base });
  print(rows, `${load0} → ${loadavg()[0].toFixed(1)}`);
}
