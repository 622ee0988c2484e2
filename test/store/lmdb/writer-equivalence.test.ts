// The rows the writer keeps as it wrote them (store/lmdb/rows-by-bytes.ts: signature and hour
// counter rows read back without decoding while the stored bytes are still the bytes written) never
// change what is stored: the same batches are committed through a writer that keeps none, reading
// every row back, and through one that keeps them, into two stores, and every table must then hold
// the same keys with the same bytes. The batches are the shapes bench/commit.ts measures, decoded
// from exports the OpenTelemetry JS SDK serialized (bench/payloads.ts): 1 %-error exports with their
// healthy tallies, repeated (the same signatures again), and all-errors exports (new signatures,
// samples, several services); between commits the stores are changed from outside the writer as
// the API and retention do (a signature muted, an hour counter stripped of its minutes), which the
// kept rows must notice. When it landed, the same batches were also committed through a copy of the
// writer from before (8c1e4d4) and every table matched it byte for byte.
import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { keySelection, type HealthyTally } from '../../../src/core/attribute-stats.js';
import type { PreparedEvent } from '../../../src/core/ports.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { closeTables, openTables, type Tables } from '../../../src/store/lmdb/environment.js';
import { IngestWriter } from '../../../src/store/lmdb/ingest-writer.js';
import { buildTracePayload } from '../../../bench/payloads.js';
import { preparedEvents as prepared } from '../../../bench/prepared-events.js';
import { tempDataDir } from '../../helpers/temp-dir.js';

const DECODE = { severityThreshold: 17, captureHandled: true, healthyKeys: keySelection() };
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);


interface Commit {
  events: PreparedEvent[];
  healthy: HealthyTally[];
  nowMs: number;
}

let serial = 0;
/** New events of the same failures (fresh trace ids and dedupe keys), at `timeMs` when given. */
const renewed = (events: PreparedEvent[], timeMs?: number): PreparedEvent[] =>
  events.map(({ event, fp }) => {
    const traceId = (++serial).toString(16).padStart(32, '0');
    return { fp, event: { ...event, traceId, dedupeKey: `s:${traceId}:${event.spanId}:0`, ...(timeMs === undefined ? {} : { timeMs }) } };
  });

function commits(): Commit[] {
  const firehose = decodeTracesProto(buildTracePayload({ spans: 512, errorRatio: 0.01, stackLines: 20, seed: 7 }).body, DECODE);
  const firehoseEvents = prepared(firehose.events);
  const allErrors = [0, 1, 2].map((i) => {
    const decoded = decodeTracesProto(buildTracePayload({ spans: 128, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i % 2}` }).body, DECODE);
    return { events: prepared(decoded.events), healthy: decoded.healthy ?? [] };
  });
  const out: Commit[] = [];
  // The firehose's commits: nine exports' errors and tallies, the same signatures each time,
  // events at arrival (last-seen moves) and some late ones.
  for (let i = 0; i < 6; i++) {
    const nowMs = T0 + i * 1500;
    const events = Array.from({ length: 3 }, (_, k) => renewed(firehoseEvents, k === 2 ? nowMs - 30 * 60_000 : nowMs - k)).flat();
    out.push({ events, healthy: Array.from({ length: 3 }, () => firehose.healthy ?? []).flat(), nowMs });
  }
  for (const [i, e] of allErrors.entries()) out.push({ events: renewed(e.events, T0 + 10_000 + i), healthy: e.healthy, nowMs: T0 + 10_000 + i });
  // The same again an hour later (new hour rows), and a retry of the last commit (duplicates).
  for (const [i, e] of allErrors.entries()) out.push({ events: renewed(e.events), healthy: e.healthy, nowMs: T0 + HOUR + i });
  out.push({ ...out[out.length - 1] });
  out.push({ events: renewed(firehoseEvents), healthy: firehose.healthy ?? [], nowMs: T0 + HOUR + 5000 });
  return out;
}

/** What the API and retention write between commits, done the same way to both stores. */
async function changeFromOutside(tables: Tables, step: number): Promise<void> {
  await tables.root.transaction(() => {
    if (step === 2) {
      // A signature muted (as the API does): its row's bytes change under the writer.
      const [{ key, value }] = [...tables.signatures.getRange({ limit: 1 })];
      tables.signatures.putSync(key, { ...value, status: 'muted', mute: { untilCount: value.count + 40 } });
    }
    if (step === 4) {
      // Retention strips an hour row's minutes (prune.ts), leaving its total.
      for (const { key, value } of [...tables.counters.getRange({})]) tables.counters.putSync(key, [(value as number[])[0]]);
    }
  });
}

const TABLES = ['signatures', 'signatureIds', 'fingerprints', 'sigIndex', 'occurrences', 'counters', 'dedupe', 'traceIndex', 'attributeStats', 'queueIndex', 'meta'] as const;

/** Every table's keys and stored bytes. */
function contents(tables: Tables): Record<string, [unknown, string][]> {
  const out: Record<string, [unknown, string][]> = {};
  for (const name of TABLES) {
    const db = tables[name];
    out[name] = [...db.getKeys({})].map((key) => [key, Buffer.from(db.getBinary(key)!).toString('hex')]);
  }
  return out;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('stores the same rows, byte for byte, as a writer that reads every row back (firehose and all-errors commits, outside changes between them)', async () => {
  const before = openTables((dirs[dirs.length] = tempDataDir()));
  const now = openTables((dirs[dirs.length] = tempDataDir()));
  const writers = [new IngestWriter(before, { first: 5, recent: 20 }, undefined, undefined, 0), new IngestWriter(now, { first: 5, recent: 20 })];
  const results: unknown[][] = [[], []];
  for (const [step, c] of commits().entries()) {
    for (const [i, writer] of writers.entries()) results[i].push(await writer.commit(c.events, c.nowMs, { step }, c.healthy));
    await changeFromOutside(before, step);
    await changeFromOutside(now, step);
  }
  expect(results[1]).toEqual(results[0]);
  const a = contents(before);
  const b = contents(now);
  for (const name of TABLES) expect(b[name], name).toEqual(a[name]);
  // The commits wrote what they are meant to test: existing and new signatures, muted ones, samples.
  expect(a.signatures.length).toBeGreaterThan(20);
  expect(a.occurrences.length).toBeGreaterThan(a.signatures.length);
  expect(results[0].some((r) => (r as { duplicates: number }).duplicates > 0)).toBe(true);
  await closeTables(before);
  await closeTables(now);
});
