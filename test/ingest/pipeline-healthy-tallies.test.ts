// A request's healthy-span tallies (the attribute baseline, core/attribute-stats.ts) count once:
// with its error events when it has any, so a request the pipeline refuses — late behind a
// backlog, or failed with its commit — leaves no tallies behind, and the retry its sender makes
// counts them then; a request of healthy spans alone is answered at once and its tallies go
// into the next commit. Before, every request's tallies were held apart from its events, and a
// refused request's were counted on the refused attempt and again on the retry.
import { expect, it } from 'vitest';
import type { HealthyTally } from '../../src/core/attribute-stats.js';
import type { BatchResult, CommitInput, IngestCommit } from '../../src/core/ports.js';
import { StoreUnavailableError } from '../../src/core/store-errors.js';
import { BACKLOG_REQUESTS, Pipeline, type Ticket } from '../../src/ingest/pipeline.js';
import { IngestError } from '../../src/ingest/status.js';
import { barePipeline } from '../helpers/bare-pipeline.js';
import { errorEvent } from '../store/contract/events.js';

/** Takes each batch at once, records what it took, and commits only when released (or fails it). */
class HeldStore implements IngestCommit {
  readonly taken: CommitInput[] = [];
  readonly unavailable = false;
  private held: { resolve: (r: BatchResult) => void; reject: (e: Error) => void; count: number }[] = [];

  commit(): Promise<BatchResult> {
    throw new Error('the pipeline commits through commitTaken');
  }

  commitTaken(take: () => CommitInput): Promise<BatchResult> {
    const input = take();
    this.taken.push(input);
    return new Promise((resolve, reject) => this.held.push({ resolve, reject, count: input.batch.length }));
  }

  get waiting(): number {
    return this.held.length;
  }

  releaseAll(): void {
    for (const h of this.held.splice(0)) h.resolve({ stored: h.count, duplicates: 0, newSignatures: [], regressed: [] });
  }

  failAll(): void {
    for (const h of this.held.splice(0)) h.reject(new StoreUnavailableError('disk full'));
  }

  /** Healthy spans counted per service over every commit taken. */
  counted(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const input of this.taken) for (const t of input.healthy ?? []) out[t.service] = (out[t.service] ?? 0) + t.count;
    return out;
  }
}

const QUEUE_TARGET_SECONDS = 0.001;

function pipelineOn(store: IngestCommit): Pipeline {
  return barePipeline(store, QUEUE_TARGET_SECONDS);
}

const tally = (service: string, count: number): HealthyTally => ({ service, timeMs: 1_700_000_000_000, count, facts: [['host.name', `${service}-1`, count]] });

function send(pipeline: Pipeline, key: string, service: string, healthySpans: number, errors = 1, admitted?: Ticket): Promise<'acked' | IngestError> {
  const ticket = admitted ?? (pipeline.admit() as Ticket);
  expect(ticket).not.toBeInstanceOf(IngestError);
  const events = Array.from({ length: errors }, (_, i) => errorEvent(`Tally${key}Error`, { dedupeKey: `tally:${key}:${i}`, service }).event);
  return ticket.commit(events, [tally(service, healthySpans)]).then(
    () => 'acked' as const,
    (error: IngestError) => error,
  );
}

it("counts the tallies of the requests it acknowledges, each with its events, and none of those it refuses late behind a backlog", async () => {
  const store = new HeldStore();
  const pipeline = pipelineOn(store);
  // All admitted first (admission would refuse behind a slow commit), each request from a service
  // of its own; the first commit is held and the backlog behind it waits until it is late.
  const n = BACKLOG_REQUESTS + 5;
  const tickets = Array.from({ length: n }, () => pipeline.admit() as Ticket);
  const answers = tickets.map((ticket, i) => send(pipeline, `r${i}`, `svc-${i}`, i + 1, 1, ticket));
  await expect.poll(() => store.waiting).toBe(1);
  const from = performance.now();
  await expect.poll(() => performance.now() - from > QUEUE_TARGET_SECONDS * 2000 * 2).toBe(true);
  store.releaseAll();
  const settled = await Promise.all(answers);
  await expect.poll(() => pipeline.queuedEvents).toBe(0);
  store.releaseAll();
  const acked = settled.flatMap((a, i) => (a === 'acked' ? [i] : []));
  expect(acked.length).toBeLessThan(n);
  // Exactly the acknowledged requests' tallies, and each in the commit that took its events.
  expect(store.counted()).toEqual(Object.fromEntries(acked.map((i) => [`svc-${i}`, i + 1])));
  for (const input of store.taken) expect(new Set((input.healthy ?? []).map((t) => t.service))).toEqual(new Set(input.batch.map((p) => p.event.service)));
});

it('counts a refused request once its sender sends it again, and a request of healthy spans alone at once', async () => {
  const store = new HeldStore();
  const pipeline = pipelineOn(store);
  const failed = send(pipeline, 'retried', 'checkout', 40);
  await expect.poll(() => store.waiting).toBe(1);
  store.failAll();
  expect(await failed).toMatchObject({ code: 'STORE_FAILED' });
  // The Collector sends it again: counted once, with the retry.
  const retried = send(pipeline, 'retried', 'checkout', 40);
  await expect.poll(() => store.waiting).toBe(1);
  store.releaseAll();
  expect(await retried).toBe('acked');
  // No errors: answered before any commit, counted in the next one.
  expect(await send(pipeline, 'healthy', 'search', 512, 0)).toBe('acked');
  await expect.poll(() => store.waiting).toBe(1);
  store.releaseAll();
  const retries = store.taken.filter((t) => t.batch.length > 0);
  expect(retries.map((t) => t.healthy)).toEqual([[tally('checkout', 40)], [tally('checkout', 40)]]);
  // The failed commit's tallies are not stored; only the retry's are.
  expect(store.taken.slice(1).flatMap((t) => t.healthy ?? [])).toEqual([tally('checkout', 40), tally('search', 512)]);
});
