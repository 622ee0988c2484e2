// The per-path memos (core/bounded-memo.ts) must not keep the traces they read paths from
// alive: a path cut from a trace is a V8 slice of the whole trace, so memoising the slice
// itself would hold up to thousands of whole traces. Measured as heap kept after a full
// collection, against the bytes of the traces fingerprinted.
import { expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { boundedMemo } from '../../src/core/bounded-memo.js';
import { fullCollector } from '../helpers/full-gc.js';

it('keeps no trace alive through the paths it memoised', () => {
  const gc = fullCollector();
  const fp = createFingerprinter({ cache: false, detail: false });
  const pad = 'x'.repeat(50_000);
  gc();
  const before = process.memoryUsage().heapUsed;
  const traces = 2000;
  for (let i = 0; i < traces; i++) {
    // A fresh flat string per trace, frames first (detection reads the first 4 KiB), each
    // with a path and a module no other trace has. The engine's wording, whose message does not
    // contribute, so the analysis is done without the miner.
    const stacktrace = Buffer.from(`TypeError: Cannot read properties of undefined (reading 'boom')\n    at handler${i} (/app/src/module-${i}/file-${i}.js:10:5)\n    at other (/app/node_modules/lib-${i}/index.js:1:2)\n${pad}`).toString();
    expect(fp.analyze({ source: 'span', service: 's', type: 'TypeError', message: "Cannot read properties of undefined (reading 'boom')", stacktrace, runtime: 'nodejs' }).kind).toBe('done');
  }
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  // Keeping the traces would be ~100 MB (2,000 × 50 KB); the memos' own entries are ~1 MB.
  expect(kept).toBeLessThan((traces * pad.length) / 10);
});

it('answers as the function it memoises, past its bound', () => {
  let calls = 0;
  const memo = boundedMemo((key) => {
    calls++;
    return key.toUpperCase();
  });
  for (let i = 0; i < 5000; i++) expect(memo(`k${i}`)).toBe(`K${i}`);
  expect(calls).toBe(5000);
  // The newest 4,096 keys are kept; the oldest were dropped and are computed again.
  for (let i = 5000 - 4096; i < 5000; i++) expect(memo(`k${i}`)).toBe(`K${i}`);
  expect(calls).toBe(5000);
  expect(memo('k0')).toBe('K0');
  expect(calls).toBe(5001);
});
