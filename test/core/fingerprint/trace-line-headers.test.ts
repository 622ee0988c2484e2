// A trace a transport wrote line by line, each line behind the same header (syslog's `May  1
// 23:28:58 host prog[1947]: `, with rsyslog's `#011` for a tab): found in threads-4
// (issue-thread-traces-4.test.ts), where such a Go panic read as no frame and was one signature
// with every other nil dereference the parser could not place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace, withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/go.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

const H = 'Dec  4 10:01:02 web-3 shop[812]: ';
const goPanic = (header: string) => ['panic: runtime error: index out of range [3] with length 2', '', 'goroutine 1 [running]:', 'main.total(...)', '#011/app/cart.go:13 +0x1d', 'main.main()', '#011/app/main.go:9 +0x25'].map((l) => header + l).join('\n');

describe('a header repeated before every line of a trace', () => {
  it("goes from every line, and rsyslog's #011 becomes the tab again", () => {
    expect(withoutLineHeaders(goPanic(H)).split('\n').slice(3, 5)).toEqual(['main.total(...)', '\t/app/cart.go:13 +0x1d']);
    const [e] = parseStacktrace(goPanic(H)).exceptions;
    expect(e.frames.map((f) => [f.function, f.line])).toEqual([['total', 13], ['main', 9]]);
    // A process manager's prefix (pm2: `0|shop  | `) with a time, the same way.
    expect(withoutLineHeaders(goPanic('0|shop  | 2026-12-04 10:01:02 ')).split('\n')[0]).toBe('panic: runtime error: index out of range [3] with length 2');
  });

  it('near misses: lines sharing only words, a header on some lines, or two lines, are left as they are', () => {
    const java = 'java.lang.IllegalStateException: x\n\tat com.shop.A.a(A.java:1)\n\tat com.shop.B.b(B.java:2)\n\tat com.shop.C.c(C.java:3)';
    expect(withoutLineHeaders(java)).toBe(java);
    const some = `${H}panic: boom\ngoroutine 1 [running]:\n${H}main.main()`;
    expect(withoutLineHeaders(some)).toBe(some);
    const two = `${H}panic: boom\n${H}goroutine 1 [running]:`;
    expect(withoutLineHeaders(two)).toBe(two);
    const words = 'order 12 failed: a\norder 12 failed: b\norder 12 failed: c';
    expect(withoutLineHeaders(words)).toBe(words); // up to `12 `, the last token with a digit: shorter than a header
  });

  it('real: a Go panic logged through syslog is read, its crash site executer.ExecHost (subutai-io/agent#510)', () => {
    const r = fingerprintOf('subutai-exechost-processstate-nil');
    expect(r.frames.find((f) => f.inApp)).toMatchObject({ function: 'ExecHost' });
    expect(r.fingerprint).not.toBe(fingerprintOf('k8ssandra-create-medusa-backup-nil').fingerprint);
  });
});
