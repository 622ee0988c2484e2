// Overlapping commits (ingest/pipeline.ts `pump`, `commitsInFlight: 2`): once the commit in flight has been applied
// (the store's `onApplied`), the next batch is started while the first is still being made
// durable, never more than two at once; each request is acknowledged only after its own commit
// is durable and after every request committed before it. A scripted store that the test
// moves by hand (no timing), and the real LMDB writer for what `onApplied` promises.
import { afterEach, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../src/core/model.js';
import type { BatchResult, IngestCommit, PreparedEvent } from '../../src/core/ports.js';
import { Pipeline, type Ticket } from '../../src/ingest/pipeline.js';
import { IngestError } from '../../src/ingest/status.js';
import { IngestMetrics } from '../../src/observability/ingest-metrics.js';
import { Registry } from '../../src/observability/metrics.js';
import { errorEvent } from '../store/contract/events.js';
import { allSignatures, openTempStore, type TempStore } from '../helpers/temp-store.js';

interface ScriptedCommit {
  batch: PreparedEvent[];
  onApplied?: () => void;
  durable(): void;
  fail(error: Error): void;
}

/** A store whose commits are applied and made durable only when the test says so. */
class ScriptedStore implements IngestCommit {
  readonly commits: ScriptedCommit[] = [];
  readonly unavailable = false;

  constructor(
    private readonly log: string[],
    private readonly overlaps = true,
  ) {}

  commit(batch: PreparedEvent[], _nowMs: number, _minerState?: unknown, _healthy?: unknown, onApplied?: () => void): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      const n = this.commits.length + 1;
      this.commits.push({
        batch,
        onApplied: this.overlaps ? onApplied : undefined,
        durable: () => {
          this.log.push(`commit ${n} durable`);
          resolve({ stored: batch.length, duplicates: 0, newSignatures: [], regressed: [] });
        },
        fail: (error) => {
          this.log.push(`commit ${n} failed`);
          reject(error);
        },
      });
    });
  }
}

function pipelineOn(store: IngestCommit, commitsInFlight?: 1 | 2): Pipeline {
  return new Pipeline(
    store,
    createFingerprinter(),
    { now: () => 1_700_000_000_000 },
    { maxInflightRequests: 100, maxPendingEvents: 10_000, maxBatchEvents: 5000, queueTargetSeconds: 1e6, retryAfterSeconds: 1, minerSaveIntervalMs: 0, commitsInFlight },
    new IngestMetrics(new Registry()),
    { error: () => {} },
  );
}

/** Admits and sends one request; its ack (or failure) goes into the log. */
function send(pipeline: Pipeline, name: string, events: ErrorEvent[], log: string[]): Promise<void> {
  const ticket = pipeline.admit() as Ticket;
  expect(ticket).not.toBeInstanceOf(IngestError);
  return ticket.commit(events).then(
    () => void log.push(`${name} acked`),
    () => void log.push(`${name} refused`),
  );
}

/** Lets every pending callback, microtask and immediate run. */
const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

const event = (i: number) => errorEvent(`Overlap${i}Error`, { dedupeKey: `overlap:${i}` }).event;

it('starts the next batch once the one in flight is applied, at most two at once, and acks in commit order after each is durable', async () => {
  const log: string[] = [];
  const store = new ScriptedStore(log);
  const pipeline = pipelineOn(store, 2);
  const a = send(pipeline, 'A', [event(1)], log);
  await settle();
  expect(store.commits).toHaveLength(1);
  const b = send(pipeline, 'B', [event(2)], log);
  const c = send(pipeline, 'C', [event(3)], log);
  await settle();
  // Not applied yet: B and C wait, and go together.
  expect(store.commits).toHaveLength(1);
  store.commits[0].onApplied!();
  await settle();
  expect(store.commits).toHaveLength(2);
  expect(store.commits[1].batch.map((p) => p.event.dedupeKey)).toEqual(['overlap:2', 'overlap:3']);
  const d = send(pipeline, 'D', [event(4)], log);
  store.commits[1].onApplied!();
  await settle();
  // Two in flight already: D waits for a place even though the second was applied.
  expect(store.commits).toHaveLength(2);
  // The second is durable first: its requests still wait for the first.
  store.commits[1].durable();
  await settle();
  expect(log).toEqual(['commit 2 durable']);
  store.commits[0].durable();
  await Promise.all([a, b, c]);
  expect(log).toEqual(['commit 2 durable', 'commit 1 durable', 'A acked', 'B acked', 'C acked']);
  await settle();
  expect(store.commits).toHaveLength(3);
  store.commits[2].durable();
  await d;
  expect(log.at(-1)).toBe('D acked');
  expect(pipeline.commitsDone).toBe(3);
  expect(pipeline.queuedEvents).toBe(0);
});

it('answers a later batch after an earlier one failed, and refuses only the failed one', async () => {
  const log: string[] = [];
  const store = new ScriptedStore(log);
  const pipeline = pipelineOn(store, 2);
  const a = send(pipeline, 'A', [event(1)], log);
  await settle();
  store.commits[0].onApplied!();
  const b = send(pipeline, 'B', [event(2)], log);
  await settle();
  expect(store.commits).toHaveLength(2);
  store.commits[1].durable();
  store.commits[0].fail(new Error('commit failed'));
  await Promise.all([a, b]);
  expect(log).toEqual(['commit 2 durable', 'commit 1 failed', 'A refused', 'B acked']);
});

/** Sends A then B and checks that B's commit starts only once A's is durable and acked. */
async function oneCommitAtATime(store: ScriptedStore, pipeline: ReturnType<typeof pipelineOn>, log: string[], applyFirst: boolean): Promise<void> {
  const a = send(pipeline, 'A', [event(1)], log);
  await settle();
  if (applyFirst) store.commits[0].onApplied!();
  const b = send(pipeline, 'B', [event(2)], log);
  await settle();
  expect(store.commits).toHaveLength(1);
  store.commits[0].durable();
  await a;
  await settle();
  expect(store.commits).toHaveLength(2);
  store.commits[1].durable();
  await b;
  expect(log).toEqual(['commit 1 durable', 'A acked', 'commit 2 durable', 'B acked']);
}

it('keeps one commit in flight with a store that does not overlap commits', async () => {
  const log: string[] = [];
  const store = new ScriptedStore(log, false);
  await oneCommitAtATime(store, pipelineOn(store, 2), log, false);
});

it('keeps one commit in flight by default, even with a store that overlaps', async () => {
  const log: string[] = [];
  const store = new ScriptedStore(log);
  await oneCommitAtATime(store, pipelineOn(store), log, true);
});

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.close();
  temp = undefined;
});

it('LMDB: onApplied comes before the commit is durable, and a commit started then sees the first one’s writes', async () => {
  temp = await openTempStore();
  const writer = temp.writer;
  const order: string[] = [];
  const now = Date.now();
  let second: Promise<BatchResult> | undefined;
  const first = writer
    .commit([errorEvent('OverlapError', { dedupeKey: 'lmdb:1', timeMs: now })], now, undefined, [], () => {
      order.push('first applied');
      second = writer.commit([errorEvent('OverlapError', { dedupeKey: 'lmdb:2', timeMs: now })], now).then((r) => {
        order.push('second durable');
        return r;
      });
    })
    .then((r) => {
      order.push('first durable');
      return r;
    });
  const firstResult = await first;
  expect(order[0]).toBe('first applied');
  const secondResult = await second!;
  // The first created the signature; the second, applied in a later transaction, found it.
  expect(firstResult.newSignatures).toHaveLength(1);
  expect(secondResult.newSignatures).toEqual([]);
  const [sig] = await allSignatures(temp.store);
  expect(sig.count).toBe(2);
  expect(order).toContain('second durable');
});
