// The demo's exporter sends a batch Rounds refused for load again until it is taken, and says
// when every batch handed to it has been answered for good (settled), which the playback waits
// for before it stops Rounds: the SDK's batch processors export on their own timer too, and
// their forceFlush does not wait for such an export while it is being retried.
import { describe, expect, it } from 'vitest';
import { RetryingExporter, type BatchExporter, type ExportResult } from '../../src/demo/retrying-exporter.js';

/** Refuses the first `refusals` exports with gRPC UNAVAILABLE, then takes them; counts what it took. */
class RefusingThenTaking implements BatchExporter<number> {
  taken: number[] = [];
  constructor(private refusals: number) {}
  export(items: number[], done: (r: ExportResult) => void): void {
    setImmediate(() => {
      if (this.refusals-- > 0) done({ code: 1, error: Object.assign(new Error('refused'), { code: 14 }) });
      else {
        this.taken.push(...items);
        done({ code: 0 });
      }
    });
  }
  shutdown = () => Promise.resolve();
}

describe('RetryingExporter', () => {
  it('settles only once a refused batch has been taken', async () => {
    const inner = new RefusingThenTaking(2);
    const exporter = new RetryingExporter(inner);
    const results: number[] = [];
    exporter.export([1, 2, 3], (r) => results.push(r.code));
    await exporter.settled();
    expect(inner.taken).toEqual([1, 2, 3]);
    expect(results).toEqual([0]);
  });

  it('sends again an export whose deadline passed unanswered, as the OTLP specification allows', async () => {
    let attempts = 0;
    const taken: number[] = [];
    const exporter = new RetryingExporter<number>({
      export: (items, done) =>
        setImmediate(() => {
          if (attempts++ === 0) done({ code: 1, error: Object.assign(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded after 14.179s'), { code: 4 }) });
          else {
            taken.push(...items);
            done({ code: 0 });
          }
        }),
      shutdown: () => Promise.resolve(),
    });
    const results: number[] = [];
    exporter.export([7], (r) => results.push(r.code));
    await exporter.settled();
    expect({ attempts, taken, results }).toEqual({ attempts: 2, taken: [7], results: [0] });
  });

  it('is settled at once with nothing in flight, and after a failure it does not retry', async () => {
    const exporter = new RetryingExporter<number>({ export: (_i, done) => setImmediate(() => done({ code: 1, error: Object.assign(new Error('bad'), { code: 3 }) })), shutdown: () => Promise.resolve() });
    await exporter.settled();
    const results: number[] = [];
    exporter.export([1], (r) => results.push(r.code));
    await exporter.settled();
    expect(results).toEqual([1]);
  });
});
