// An HTTP status in a log line is one value with its reason phrase (parameterize.ts `status`), and
// the phrases it knows are the IANA HTTP Status Code Registry's, not RFC 9110's alone: a CalDAV or
// CardDAV server answers PROPFIND and REPORT with WebDAV's `207 Multi-Status` (RFC 4918 section
// 11.1), and Radicale 3.1.8 logs each response as `%s response status for %r%s in %.3f seconds:
// %s` with the code and Python's http.client.responses phrase (programs/radicale). With
// `Multi-Status` unknown, its PROPFINDs answered 207 and 401 were two templates
// (server-logs-43.test.ts).
import { describe, expect, it } from 'vitest';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

describe('registered HTTP status phrases', () => {
  it.each([
    ['PROPFIND response status for /alice/ in 0.020 seconds: 207 Multi-Status', 'PROPFIND response status for <path> in <duration>: <status>'],
    ['PROPFIND response status for /alice/ in 0.020 seconds: 401 Unauthorized', 'PROPFIND response status for <path> in <duration>: <status>'],
    ['BIND answered 508 Loop Detected', 'BIND answered <status>'],
    ['REPORT answered 208 Already Reported', 'REPORT answered <status>'],
    ['GET answered 414 Request-URI Too Long', 'GET answered <status>'],
    ['GET answered 416 Requested Range Not Satisfiable', 'GET answered <status>'],
  ])('%s: the code and its phrase are one value in a log line', (line, expected) => {
    expect(parameterize(line, true)).toBe(expected);
  });

  it.each([
    // an exception message keeps the phrase, as it does RFC 9110's (parameterize.ts `status`)
    ['PROPFIND failed: 207 Multi-Status', false, 'PROPFIND failed: <int> Multi-Status'],
    // no code before it: the phrase is words
    ['Multi-Status response has no body', true, 'Multi-Status response has no body'],
    // a phrase cut short is not one
    ['got 207 Multi and nothing', true, 'got <int> Multi and nothing'],
    // an informational phrase of one word is left out: a worker's number and what it does
    ['worker 101 Processing order', true, 'worker <int> Processing order'],
  ])('%s: stays as it is', (line, logLine, expected) => {
    expect(parameterize(line, logLine)).toBe(expected);
  });
});
