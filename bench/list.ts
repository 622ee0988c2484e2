// Benchmark: listing signatures on a large store. 100,000 signatures carrying 10,000,000
// counted occurrences, then
//   - `rounds list` as a user runs it: a spawned `node bin/rounds.js list` process, wall time
//     from spawn to exit (Node start-up and module loading included) — target < 300 ms;
//   - GET /api/signatures over real HTTP on loopback, per page, walking pages by cursor —
//     target < 50 ms per page;
//   - beside them, the naive peer: read every signature, sort, take a page (what a list
//     without sort indexes costs), in-process so it is not charged any start-up.
// Fairness: all read the same store, warm in the page cache (one untimed run each first).
// The store is written directly through its tables in large transactions (signature rows by
// ordinal with their id-index rows, fingerprint rows, the three sort-index rows and hourly
// counters for the sparklines):
// pushing 10 million events through the pipeline would measure ingestion, not listing,
// and take minutes. Occurrence samples are not written; listing never reads them.
// Checks: row counts, ordering, no repeats across pages, and that the counts sum to 10M.
// Needs `npm run build` first (the CLI runs from dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { managementApi } from '../src/api/management-api.js';
import { ApiServer } from '../src/api/server.js';
import type { Signature } from '../src/core/model.js';
import { Registry } from '../src/observability/metrics.js';
import { closeTables, openTables, type Tables } from '../src/store/lmdb/environment.js';
import { hourBucket, SORT_PREFIX } from '../src/store/lmdb/keys.js';
import { LmdbStore, lmdbTables } from '../src/store/lmdb/lmdb-store.js';
import { counterKey } from '../src/store/lmdb/hour-counters.js';
import { setNextOrdinalInTxn } from '../src/store/lmdb/ordinals.js';
import { createRow } from '../src/store/lmdb/signature-rows.js';

const SIGNATURES = Number(process.env.BENCH_LIST_SIGNATURES ?? 100_000);
const OCCURRENCES = Number(process.env.BENCH_LIST_OCCURRENCES ?? 10_000_000);
const SERVICES = 50;
const CLI_RUNS = 7;
const API_PAGES = 40;
const PAGE = 50;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/rounds.js');

export interface ListBenchRow {
  case: string;
  unit: string;
  median: number;
  max: number;
  target?: number;
  rows: number;
  ok: boolean;
}

/** A deterministic heavy-tailed split of OCCURRENCES over SIGNATURES (a few loud, many quiet). */
function counts(): number[] {
  const weights = Array.from({ length: SIGNATURES }, (_, i) => 1 / Math.pow(i + 1, 0.8));
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((w / total) * OCCURRENCES)));
  let rest = OCCURRENCES - out.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % SIGNATURES) {
    const step = rest > 0 ? 1 : out[i] > 1 ? -1 : 0;
    out[i] += step;
    rest -= step;
  }
  return out;
}

function buildStore(tables: Tables, nowMs: number): number {
  const perSig = counts();
  const hourNow = hourBucket(nowMs);
  const BATCH = 10_000;
  for (let start = 0; start < SIGNATURES; start += BATCH) {
    tables.root.transactionSync(() => {
      for (let i = start; i < Math.min(SIGNATURES, start + BATCH); i++) {
        const id = (i * 2654435761 + 0x9e3779b9).toString(16).padStart(12, '0').slice(-12);
        const count = perSig[i];
        // Spread over the last 30 days; the loud ones are the recent ones half the time.
        const lastSeenMs = nowMs - ((i * 7919) % (30 * 86_400)) * 1000;
        const firstSeenMs = lastSeenMs - ((i * 104729) % (60 * 86_400)) * 1000;
        const sig: Signature = {
          id,
          fingerprint: `bench-fp-${i}`,
          algorithm: 'bench',
          aliases: [],
          status: (['new', 'investigating', 'diagnosed', 'resolved', 'muted'] as const)[i % 5],
          regressed: i % 17 === 0,
          source: 'span',
          service: `svc-${i % SERVICES}`,
          type: `Error${i % 97}`,
          message: `operation ${i % 1000} failed for <uuid> after <duration>`,
          count,
          firstSeenMs,
          lastSeenMs,
          releases: [`1.${i % 9}.0`],
          environments: ['prod'],
          tags: [],
          history: [{ atMs: firstSeenMs, actor: 'pipeline', action: 'created', to: 'new' }],
          occurrenceSeq: 0,
        };
        createRow(tables, { ...sig, ordinal: i });
        tables.fingerprints.putSync(sig.fingerprint, id);
        tables.sigIndex.putSync([SORT_PREFIX.count, count, id], null);
        tables.sigIndex.putSync([SORT_PREFIX.last, lastSeenMs, id], null);
        tables.sigIndex.putSync([SORT_PREFIX.first, firstSeenMs, id], null);
        // Hourly counters ending at last seen (up to 4 buckets), summing to the count.
        const lastHour = hourBucket(lastSeenMs);
        const buckets = Math.min(4, count);
        for (let b = 0; b < buckets; b++) {
          const share = Math.floor(count / buckets) + (b < count % buckets ? 1 : 0);
          // An hour row holding only its total (store/lmdb/hour-counters.ts), keyed by ordinal.
          if (lastHour - b <= hourNow) tables.counters.putSync(counterKey(i, lastHour - b), [share]);
        }
      }
    });
  }
  tables.root.transactionSync(() => setNextOrdinalInTxn(tables, SIGNATURES));
  return perSig.reduce((a, b) => a + b, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeCli(dataDir: string, args: string[]): { ms: number[]; stdout: string } {
  const ms: number[] = [];
  let stdout = '';
  for (let i = 0; i <= CLI_RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'list', '--data-dir', dataDir, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
    const elapsed = performance.now() - t0;
    if (r.status !== 0) throw new Error(`rounds list ${args.join(' ')} failed: ${r.stderr}`);
    if (i > 0) ms.push(elapsed); // the first run only warms the page cache
    stdout = r.stdout;
  }
  return { ms, stdout };
}

function descending(values: number[]): boolean {
  return values.every((v, i) => i === 0 || values[i - 1] >= v);
}

export async function run(): Promise<ListBenchRow[]> {
  if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) throw new Error('run `npm run build` first: the CLI benchmark spawns bin/rounds.js');
  const dir = mkdtempSync(join(tmpdir(), 'rounds-bench-list-'));
  const rows: ListBenchRow[] = [];
  try {
    const nowMs = Date.now();
    const build = openTables(dir, { noSync: true });
    const t0 = performance.now();
    const total = buildStore(build, nowMs);
    await closeTables(build);
    console.error(`built ${SIGNATURES} signatures, ${total} counted occurrences in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const totalOk = total === OCCURRENCES;

    // ---- the CLI, as a user runs it ----
    const table = timeCli(dir, []);
    const tableRows = table.stdout.trim().split('\n').filter((l) => /^[0-9a-f]{12}\s/.test(l)).length;
    rows.push({ case: 'rounds list (table, last seen)', unit: 'ms wall', median: median(table.ms), max: Math.max(...table.ms), target: 300, rows: tableRows, ok: tableRows === PAGE });
    const json = timeCli(dir, ['--json', '--sort', 'count']);
    const items = JSON.parse(json.stdout) as { count: number }[];
    rows.push({ case: 'rounds list --json --sort count', unit: 'ms wall', median: median(json.ms), max: Math.max(...json.ms), target: 300, rows: items.length, ok: items.length === PAGE && descending(items.map((i) => i.count)) && items[0].count === Math.max(...counts()) });
    const filtered = timeCli(dir, ['--json', '--service', 'svc-7', '--status', 'diagnosed']);
    const fItems = JSON.parse(filtered.stdout) as { service: string; status: string }[];
    rows.push({ case: 'rounds list --service --status (filtered)', unit: 'ms wall', median: median(filtered.ms), max: Math.max(...filtered.ms), target: 300, rows: fItems.length, ok: fItems.length === PAGE && fItems.every((i) => i.service === 'svc-7' && i.status === 'diagnosed') });

    // ---- the API over HTTP ----
    const store = await LmdbStore.open(dir, { readOnly: true });
    const tables = lmdbTables(store);
    const server = new ApiServer({ host: '127.0.0.1', port: 0, registry: new Registry(), notReady: () => [], routes: [managementApi({ store, clock: { now: Date.now }, settings: { API_HOST: '127.0.0.1' } })] });
    const port = await server.start();
    try {
      for (const [label, query, matching] of [
        ['GET /api/signatures (last seen), per page', 'sort=last', SIGNATURES],
        ['GET /api/signatures?sort=count, per page', 'sort=count', SIGNATURES],
        // svc-7 is every 50th signature, and each of those is `diagnosed` (i % 5 === 2).
        ['GET /api/signatures?service&status, per page', 'service=svc-7&status=diagnosed', Math.ceil((SIGNATURES - 7) / SERVICES)],
      ] as const) {
        const expected = Math.min(PAGE * API_PAGES, matching);
        const ms: number[] = [];
        const seen = new Set<string>();
        let ordered = true;
        let full = true;
        let cursor: string | null = null;
        for (let warm = 0; warm < 3; warm++) await fetch(`http://127.0.0.1:${port}/api/signatures?${query}&limit=${PAGE}`).then((r) => r.arrayBuffer());
        let previous = Infinity;
        for (let page = 0; page < API_PAGES; page++) {
          const t = performance.now();
          const res = await fetch(`http://127.0.0.1:${port}/api/signatures?${query}&limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`);
          const body = (await res.json()) as { items: { id: string; count: number; lastSeen: string }[]; nextCursor: string | null };
          ms.push(performance.now() - t);
          // Every page is full but the last one of a walk that reaches the end.
          full &&= res.status === 200 && (body.items.length === PAGE || (body.nextCursor === null && seen.size + body.items.length === matching));
          for (const item of body.items) {
            const v = query.startsWith('sort=count') ? item.count : Date.parse(item.lastSeen);
            ordered &&= v <= previous && !seen.has(item.id);
            previous = v;
            seen.add(item.id);
          }
          cursor = body.nextCursor;
          if (!cursor) break;
        }
        rows.push({ case: label, unit: 'ms', median: median(ms), max: Math.max(...ms), target: 50, rows: seen.size, ok: full && ordered && seen.size === expected && totalOk });
      }

      // ---- the naive peer: no index, read everything and sort ----
      const naive: number[] = [];
      let top: Signature[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const all: Signature[] = [];
        for (const { value } of tables.signatures.getRange({})) all.push(value as Signature);
        top = all.sort((a, b) => b.lastSeenMs - a.lastSeenMs).slice(0, PAGE);
        naive.push(performance.now() - t);
      }
      rows.push({ case: 'naive peer: read all, sort, take a page (in-process)', unit: 'ms', median: median(naive), max: Math.max(...naive), rows: top.length, ok: top.length === PAGE });
    } finally {
      await server.stop();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function print(rows: ListBenchRow[]): void {
  console.log(`\nListing ${SIGNATURES.toLocaleString('en')} signatures / ${OCCURRENCES.toLocaleString('en')} occurrences, page size ${PAGE}`);
  console.log('| case | median | max | target | rows | check |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const within = r.target === undefined ? '' : r.median < r.target ? ` (< ${r.target})` : ` (over ${r.target}!)`;
    console.log(`| ${r.case} | ${r.median.toFixed(1)} ${r.unit} | ${r.max.toFixed(1)} | ${r.target ?? '—'}${within} | ${r.rows} | ${r.ok ? 'ok' : 'FAILED'} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(
    (rows) => {
      print(rows);
      if (rows.some((r) => !r.ok)) process.exitCode = 1;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
