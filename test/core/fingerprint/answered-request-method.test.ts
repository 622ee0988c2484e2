// The method of a request a line reports beside its response's status is a value
// (answered-request-method.ts). Real lines: uvicorn 0.55.0's access line (programs/uvicorn,
// server-logs-15.test.ts; h11_impl.py `'%s - "%s %s HTTP/%s" %d'`), Tornado 6.6.1's access line and
// its HTTPError warning (programs/tornado, server-logs-13.test.ts; web.py `"%d %s %.2fms"` and
// `"%d %s: "` over `"%s %s (%s)" % (method, uri, remote_ip)`), where each statement was one
// signature per method. Near misses: Loghub's OpenStack request lines, whose status follows a
// label and which its annotators label one template per method (test/fixtures/loghub-dev); a
// method followed by no request target; a method with no status beside it.
import { describe, expect, it } from 'vitest';
import { isAnsweredRequestMethod } from '../../../src/core/fingerprint/answered-request-method.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const tokens = (line: string) => parameterize(line, true).split(/\s+/);
const methodAt = (line: string, method: string) => {
  const t = tokens(line);
  return isAnsweredRequestMethod(t, t.findIndex((x) => x.replace(/^"/, '') === method));
};

describe('the method of a request reported with its status', () => {
  it("uvicorn's access lines for GET, POST and DELETE are one signature", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'inventory', body }).fingerprint;
    const get = t('INFO:     127.0.0.1:44656 - "GET /items/zz9 HTTP/1.1" 500 Internal Server Error');
    expect(t('INFO:     127.0.0.1:44750 - "POST /items/a1/restock HTTP/1.1" 400 Bad Request')).toBe(get);
    expect(t('INFO:     127.0.0.1:44832 - "DELETE /items/a1 HTTP/1.1" 405 Method Not Allowed')).toBe(get);
    expect(t('INFO:     127.0.0.1:44714 - "GET /items/a1 HTTP/1.1" 200 OK')).toBe(get);
  });

  it("Tornado's access line and its HTTPError warning keep one signature each across methods", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'tracking', body }).fingerprint;
    const access = t('[I 261205 20:35:50 web:2591] 200 GET /shipments/S-100 (127.0.0.1) 22.03ms');
    expect(t('[I 261205 20:35:50 web:2591] 200 POST /updates (127.0.0.1) 18.57ms')).toBe(access);
    expect(t('[W 261205 20:35:50 web:2591] 405 GET /updates (127.0.0.1) 0.53ms')).toBe(access);
    const warning = t('[W 261205 20:35:50 web:2106] 400 GET /carrier (127.0.0.1): Missing argument url');
    expect(t('[W 261205 20:35:50 web:2106] 400 POST /carrier (127.0.0.1): Missing argument url')).toBe(warning);
    expect(warning).not.toBe(access);
  });

  it('reads the status before the method, after the target, or after a quoted request line', () => {
    expect(methodAt('200 GET /shipments/S-100 (127.0.0.1) 22.03ms', 'GET')).toBe(true);
    // Express morgan's `dev` format, `:method :url :status :response-time ms - :res[content-length]`
    expect(methodAt('GET /orders/1 200 3.201 ms - 12', 'GET')).toBe(true);
    expect(methodAt('127.0.0.1:44656 - "PATCH /items/a1 HTTP/1.1" 204 No Content', 'PATCH')).toBe(true);
    // the root, which the parameteriser leaves as `/`, is a target too
    expect(methodAt('127.0.0.1:44714 - "GET / HTTP/1.1" 200 OK', 'GET')).toBe(true);
  });

  it("near misses: OpenStack's labelled request lines, no target, no status", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'nova-api', body }).fingerprint;
    // Loghub OpenStack: the status after `status:`, one template per method by its annotators
    expect(t('10.11.10.1 "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829')).not.toBe(
      t('10.11.10.1 "POST /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers HTTP/1.1" status: 202 len: 733 time: 0.4977829'),
    );
    // a count of requests of one method (constructed): the word after the method is no request target
    expect(methodAt('served 200 GET requests', 'GET')).toBe(false);
    const g = createFingerprinter();
    const s = (body: string) => g.fingerprint({ source: 'log', service: 'gateway', body }).fingerprint;
    expect(s('served 200 GET requests in the last minute')).not.toBe(s('served 200 POST requests in the last minute'));
    // a request named with no status beside it (Tornado's `Uncaught exception %s`), and a quoted
    // request line with something other than a status after it
    expect(methodAt('Uncaught exception GET /shipments/S-999 (127.0.0.1)', 'GET')).toBe(false);
    expect(methodAt('rejected "GET /admin HTTP/1.1" from 10.0.0.1', 'GET')).toBe(false);
    // a word that is no method in the method's place
    expect(methodAt('200 FETCH /shipments/S-100 (127.0.0.1) 22.03ms', 'FETCH')).toBe(false);
  });
});
