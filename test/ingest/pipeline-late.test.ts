// Late requests are refused, not committed (ingest/pipeline.ts `shedLate`): with a backlog, a
// request that waited in the queue past what admission promises (twice queueTargetSeconds) is
// answered OVERLOADED with the retry hint and nothing of it is stored; without a backlog a late
// request is still committed. A store held by hand (no timing): the test waits until the
// queue is late by the pipeline's own measure, then lets the store go on.
import { expect, it } from 'vitest';
import type { BatchResult, CommitInput, IngestCommit, PreparedEvent } from '../../src/core/ports.js';
import { BACKLOG_REQUESTS, Pipeline, type Ticket } from '../../src/ingest/pipeline.js';
import { IngestError } from '../../src/ingest/status.js';
import { barePipeline } from '../helpers/bare-pipeline.js';
import { errorEvent } from '../store/contract/events.js';

/** Commits only when released, one at a time (never overlaps). */
class HeldStore implements IngestCommit {
  readonly batches: PreparedEvent[][] = [];
  readonly unavailable = false;
  private releases: (() => void)[] = [];

  commit(batch: PreparedEvent[]): Promise<BatchResult> {
    this.batches.push(batch);
    return new Promise((resolve) => this.releases.push(() => resolve({ stored: batch.length, duplicates: 0, newSignatures: [], regressed: [] })));
  }

  /** Takes the batch at once (its transaction is always ready), then holds it like `commit`. */
  commitTaken(take: () => CommitInput): Promise<BatchResult> {
    return this.commit(take().batch);
  }

  releaseAll(): void {
    const releases = this.releases;
    this.releases = [];
    for (const r of releases) r();
  }

  get held(): number {
    return this.releases.length;
  }
}

/** The promise: 2 × queueTargetSeconds. Tiny, so a poll sees the queue pass it at once. */
const QUEUE_TARGET_SECONDS = 0.001;

function pipelineOn(store: IngestCommit): Pipeline {
  return barePipeline(store, QUEUE_TARGET_SECONDS);
}

/** Admits `n` requests first (so admission sees no slow commit yet), then sends them all. */
function sendAll(pipeline: Pipeline, n: number): Promise<'acked' | IngestError>[] {
  const tickets = Array.from({ length: n }, () => pipeline.admit() as Ticket);
  for (const t of tickets) expect(t).not.toBeInstanceOf(IngestError);
  return tickets.map((ticket, i) =>
    ticket.commit([errorEvent(`Late${i}Error`, { dedupeKey: `late:${n}:${i}` }).event]).then(
      () => 'acked' as const,
      (error: IngestError) => error,
    ),
  );
}

async function waitPastPromise(): Promise<void> {
  const from = performance.now();
  await expect.poll(() => performance.now() - from > QUEUE_TARGET_SECONDS * 2000 * 2).toBe(true);
}

it('refuses with the retry hint, and stores nothing of, what waited past the promise behind a backlog', async () => {
  const store = new HeldStore();
  const pipeline = pipelineOn(store);
  const n = BACKLOG_REQUESTS + 8;
  const answers = sendAll(pipeline, n);
  // The first commit is held; the rest wait in the queue until they are late.
  await expect.poll(() => store.held).toBe(1);
  await waitPastPromise();
  store.releaseAll();
  const settled = await Promise.all(answers);
  // Only what the held commit took was stored (the first request, unless preparing it already
  // took longer than the tiny promise); everything else was refused with the hint.
  const committed = store.batches.flat().map((p) => p.event.dedupeKey);
  expect(store.batches).toHaveLength(1);
  expect(committed.length).toBeLessThanOrEqual(1);
  const refused = settled.filter((a) => a !== 'acked');
  expect(refused.length).toBe(n - committed.length);
  for (const answer of refused) expect(answer).toMatchObject({ code: 'OVERLOADED', retryAfterSeconds: 3 });
  expect(pipeline.shedCount).toBe(refused.length);
  expect(pipeline.queuedEvents).toBe(0);
});

it('commits late requests when there is no backlog: a lone Collector on a slow machine is served', async () => {
  const store = new HeldStore();
  const pipeline = pipelineOn(store);
  const answers = sendAll(pipeline, BACKLOG_REQUESTS - 1);
  await waitPastPromise();
  store.releaseAll();
  await expect.poll(() => store.held).toBe(1);
  store.releaseAll();
  expect(await Promise.all(answers)).toEqual(answers.map(() => 'acked'));
  expect(store.batches.flat()).toHaveLength(BACKLOG_REQUESTS - 1);
  expect(pipeline.shedCount).toBe(0);
});
