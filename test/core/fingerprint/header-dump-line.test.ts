// A line of a request or response a server dumps under its fixed label (`rqst:`, `resp:`) is one
// value to the line's end, the empty line that closes the headers too (header-dump-line.ts).
// lighttpd 1.4.69 with debug.log-request-header logs every line of each request it reads,
// `(request.c.1344) rqst: <line>` (programs/lighttpd, lighttpd-errors.ndjson, server-logs-3.test.ts).
//
// lighttpd-errors.ndjson (npx tsx bench/grouping-server-logs.ts): Rounds GA 0.551 → 0.959 (Drain3
// 0.255); no other set moved.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withDumpedHeaderLineAsValue } from '../../../src/core/fingerprint/header-dump-line.js';
import { resolveAliases } from '../../helpers/loghub.js';

const mine = (bodies: string[]) => {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service: 'lighttpd', body })));
};
const T = '2026-12-05 04:35:54:';

describe('a request line a server dumps under its label', () => {
  it("lighttpd's dumped request lines, headers and the empty line are one statement", () => {
    const sigs = mine(['GET / HTTP/1.1', 'Host: x', '', 'GARBAGE', 'Content-Length: abc', 'BREW /pot HTTP/1.1', 'Bad Header: y'].map((l) => `${T} (request.c.1344) rqst: ${l}`));
    expect(new Set(sigs).size).toBe(1);
  });

  it("near miss: lighttpd's other statements of the same file stay apart from it and from each other", () => {
    const sigs = mine([
      `${T} (request.c.1344) rqst: GET / HTTP/1.1`,
      `${T} (request.c.1344) rqst: Host: x`,
      `${T} (request.c.317) invalid request line (too short) -> 400`,
      `${T} (request.c.317) unknown HTTP version -> 505`,
      `${T} (request.c.317) duplicate Host header -> 400`,
    ]);
    expect(sigs[0]).toBe(sigs[1]);
    expect(new Set(sigs.slice(1)).size).toBe(4);
  });

  it('near miss: the label after words of a sentence keeps the line as it is', () => {
    expect(withDumpedHeaderLineAsValue(['<date>:', 'bad', 'rqst:', '<int>', 'bytes', 'left'])).toEqual(['<date>:', 'bad', 'rqst:', '<int>', 'bytes', 'left']);
    expect(withDumpedHeaderLineAsValue(['<date>:', '<name>', 'rqst:', 'Host:', '<name>'])).toEqual(['<date>:', '<name>', 'rqst: <*>']);
    expect(withDumpedHeaderLineAsValue(['<date>:', '<name>', 'rqst:'])).toEqual(['<date>:', '<name>', 'rqst: <*>']);
  });
});
