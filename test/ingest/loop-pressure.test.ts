// The event-loop gauge admission refuses on (ingest/loop-pressure.ts): a loop blocked across a
// whole window must read as behind, even when the delay histogram took no sample in it. The
// block is a busy loop of 400 ms against a 100 ms threshold; a loaded machine only makes it
// later, never shorter.
import { afterEach, expect, it } from 'vitest';
import { LoopPressure } from '../../src/ingest/loop-pressure.js';

let gauge: LoopPressure | undefined;
afterEach(() => gauge?.stop());

it('reads a loop blocked across its window as behind', async () => {
  gauge = new LoopPressure({ thresholdMs: 100, windowMs: 50 });
  await new Promise((r) => setTimeout(r, 60));
  const until = performance.now() + 400;
  while (performance.now() < until) {
    // Blocking the loop, as one long synchronous commit or decode does.
  }
  // The gauge's timer expired during the block, so it runs before this one.
  await new Promise((r) => setTimeout(r, 0));
  expect(gauge.overloaded).toBe(true);
  expect(gauge.lateMs).toBeGreaterThanOrEqual(300);
});
