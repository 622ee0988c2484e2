// A trace copied from a log view that draws a `|` at the left of every line (gin-gonic/gin#1040,
// a Go panic under net/http's recovery, threads-50: issue-thread-traces-50.test.ts): read as it
// was, the dump was no trace at all.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutBarColumn } from '../../../src/core/fingerprint/bar-column.js';
import { loadThreadTraces } from './thread-traces.js';

const barred = loadThreadTraces('threads-50', 'go').find((r) => r.source.endsWith('gin-gonic/gin/issues/1040'))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe("a log view's bar before every line of a trace", () => {
  it('real: the barred dump reads its frames, one signature with the dump without the bar (gin-gonic/gin#1040)', () => {
    const r = fingerprintOf(barred);
    expect(r.frames.length).toBeGreaterThanOrEqual(2);
    expect(r.frames[0].function).toContain('structEncoder');
    const bare = barred.split('\n').map((l) => l.slice(1)).join('\n');
    expect(r.fingerprint).toBe(fingerprintOf(bare).fingerprint);
  });

  it('made-up: a barred Java trace reads as the same trace without the bar; two crash sites stay two', () => {
    const trace = (method: string) => `java.lang.IllegalStateException: closed\n\tat com.acme.shop.Cart.${method}(Cart.java:12)\n\tat com.acme.shop.Api.handle(Api.java:40)\n`;
    const bar = (t: string) => t.split('\n').map((l) => (l === '' ? l : `|${l}`)).join('\n');
    expect(fingerprintOf(bar(trace('add'))).fingerprint).toBe(fingerprintOf(trace('add')).fingerprint);
    expect(fingerprintOf(bar(trace('add'))).fingerprint).not.toBe(fingerprintOf(bar(trace('remove'))).fingerprint);
  });

  it("near misses: a Markdown table, `||`, a barred list with no indented line, two barred lines and Python's indented group bars are left as they are", () => {
    const table = '| name | value |\n|---|---|\n| a | 1 |\n';
    expect(withoutBarColumn(table)).toBe(table);
    const ors = '||x\n||\ty\n||z\n';
    expect(withoutBarColumn(ors)).toBe(ors);
    const list = '|one\n|two\n|three\n';
    expect(withoutBarColumn(list)).toBe(list);
    const two = '|panic: x\n|\t/app/main.go:3\n';
    expect(withoutBarColumn(two)).toBe(two);
    const group = '  | ExceptionGroup: errors (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | ValueError: x\n';
    expect(withoutBarColumn(group)).toBe(group);
  });
});
