// The method of a Common Log Format line's request is a value (access-log-method.ts). Real lines:
// Debian's puma 5.6.5 with Rack's CommonLogger (programs/puma, server-logs-12.test.ts), where
// common_logger.rb's one FORMAT was one signature per method; Loghub's OpenStack request lines
// are the near miss its annotators label one template per method (Apache's line: its log-formats
// documentation's own example).
import { describe, expect, it } from 'vitest';
import { isAccessLogMethod } from '../../../src/core/fingerprint/access-log-method.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

describe('the method of a Common Log Format request', () => {
  it("Rack's access lines for GET and POST are one signature, Apache's too", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'puma', body }).fingerprint;
    const get = t('127.0.0.1 - - [05/Dec/2026:18:31:48 +0000] "GET /orders/1 HTTP/1.1" 200 - 0.0182');
    expect(t('127.0.0.1 - - [05/Dec/2026:18:31:48 +0000] "POST /import HTTP/1.1" 201 - 0.0002')).toBe(get);
    expect(t('127.0.0.1 - - [05/Dec/2026:18:31:49 +0000] "DELETE /orders/7 HTTP/1.1" 204 - 0.0011')).toBe(get);
    const g = createFingerprinter();
    const a = (body: string) => g.fingerprint({ source: 'log', service: 'apache', body }).fingerprint;
    expect(a('192.0.2.7 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326')).toBe(a('192.0.2.7 - frank [10/Oct/2000:13:55:37 -0700] "PUT /upload HTTP/1.0" 201 12'));
  });

  it("near misses: OpenStack's request lines, a request line in a format of one's own", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'nova-api', body }).fingerprint;
    expect(t('10.11.10.1 "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829')).not.toBe(
      t('10.11.10.1 "POST /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers HTTP/1.1" status: 202 len: 733 time: 0.4977829'),
    );
    // a format of one's own without the identity and user: not the Common Log Format's shape (its
    // status right after the request line makes the method a value all the same, read by
    // answered-request-method.ts: aiohttp's default `%a %t "%r" %s …` is this shape)
    const own = parameterize('10.0.0.1 [05/Dec/2026:18:31:48 +0000] "GET /orders/1 HTTP/1.1" 200', true).split(/\s+/);
    expect(isAccessLogMethod(own, own.indexOf('"GET'))).toBe(false);
    // with a label before its status, the method stays a word
    expect(templateTokens(parameterize('10.0.0.1 [05/Dec/2026:18:31:48 +0000] "GET /orders/1 HTTP/1.1" status: 200', true), 128)).toContain('"GET');
  });
});
