// The main loop's busy share (ingest/loop-utilization.ts), from Node's own eventLoopUtilization:
// a loop kept running through a window reads near 1 and one left waiting near 0, whatever the
// machine's load (a descheduled busy loop is still not idle; an idle one is idle on any machine).
import { expect, it } from 'vitest';
import { LoopUtilization } from '../../src/ingest/loop-utilization.js';

const WINDOW_MS = 100;

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Keeps the loop running: no I/O wait for the whole window.
  }
}

it('reads a busy window as busy and an idle one as idle, and nothing before a window has closed', async () => {
  const loop = new LoopUtilization(WINDOW_MS);
  expect(loop.current()).toBeUndefined();
  busyFor(WINDOW_MS * 1.5);
  expect(loop.current()).toBeGreaterThan(0.9);
  // Idle: the loop waits in a timer for a whole window.
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS * 1.5));
  expect(loop.current()).toBeLessThan(0.5);
});
