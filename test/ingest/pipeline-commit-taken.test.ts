// The batch is taken when the store's write transaction is ready (IngestCommit.commitTaken,
// ingest/pipeline.ts `startCommit`): requests prepared while the store got there join that
// commit, and a store that refuses at once without taking still gets every request answered.
// The store's readiness is held by hand (no timing).
import { expect, it } from 'vitest';
import type { BatchResult, CommitInput, IngestCommit, PreparedEvent } from '../../src/core/ports.js';
import { StoreUnavailableError } from '../../src/core/store-errors.js';
import { Pipeline, type Ticket } from '../../src/ingest/pipeline.js';
import { IngestError } from '../../src/ingest/status.js';
import { barePipeline } from '../helpers/bare-pipeline.js';
import { errorEvent } from '../store/contract/events.js';

/** Its transaction becomes ready only when released; then it takes the batch and commits it. */
class ReadyByHandStore implements IngestCommit {
  readonly batches: PreparedEvent[][] = [];
  readonly unavailable = false;
  commitsStarted = 0;
  private ready: (() => void)[] = [];

  commit(): Promise<BatchResult> {
    throw new Error('the pipeline commits through commitTaken');
  }

  commitTaken(take: () => CommitInput): Promise<BatchResult> {
    this.commitsStarted++;
    return new Promise((resolve) =>
      this.ready.push(() => {
        const { batch } = take();
        this.batches.push(batch);
        resolve({ stored: batch.length, duplicates: 0, newSignatures: [], regressed: [] });
      }),
    );
  }

  get waiting(): number {
    return this.ready.length;
  }

  release(): void {
    const ready = this.ready;
    this.ready = [];
    for (const r of ready) r();
  }
}

function pipelineOn(store: IngestCommit): Pipeline {
  return barePipeline(store);
}

function send(pipeline: Pipeline, name: string): Promise<'acked' | IngestError> {
  const ticket = pipeline.admit() as Ticket;
  expect(ticket).not.toBeInstanceOf(IngestError);
  return ticket.commit([errorEvent(`${name}Error`, { dedupeKey: `taken:${name}` }).event]).then(
    () => 'acked' as const,
    (error: IngestError) => error,
  );
}

it('takes into a commit the requests prepared while the store readied its transaction', async () => {
  const store = new ReadyByHandStore();
  const pipeline = pipelineOn(store);
  const first = send(pipeline, 'First');
  await expect.poll(() => store.waiting).toBe(1);
  // Prepared after the commit started, before its transaction was ready.
  const later = [send(pipeline, 'Second'), send(pipeline, 'Third')];
  await expect.poll(() => pipeline.queuedEvents).toBe(3);
  store.release();
  await expect.poll(() => store.batches.length).toBe(1);
  expect(store.batches[0].map((p) => p.event.dedupeKey)).toEqual(['taken:First', 'taken:Second', 'taken:Third']);
  expect(await Promise.all([first, ...later])).toEqual(['acked', 'acked', 'acked']);
  expect(store.commitsStarted).toBe(1);
  expect(pipeline.queuedEvents).toBe(0);
});

it('answers every request when the store refuses at once without taking (an outage)', async () => {
  let calls = 0;
  const refusing: IngestCommit = {
    unavailable: true,
    commit: () => Promise.reject(new Error('the pipeline uses commitTaken')),
    commitTaken: () => {
      calls++;
      return Promise.reject(new StoreUnavailableError('disk full'));
    },
  };
  const pipeline = pipelineOn(refusing);
  const answers = await Promise.all([send(pipeline, 'A'), send(pipeline, 'B')]);
  for (const answer of answers) expect(answer).toMatchObject({ retryAfterSeconds: 3 });
  expect(answers.every((a) => a instanceof IngestError)).toBe(true);
  // Refused requests leave the queue: nothing is left to start another commit for.
  expect(pipeline.queuedEvents).toBe(0);
  expect(calls).toBeLessThanOrEqual(2);
});
