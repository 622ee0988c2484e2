// The response status an HTTP client's error states (src/core/fingerprint/response-status.ts).
// One error type for every unsuccessful response, thrown from the library's frames: a 404 and a
// 503 of one call site (or of no in-app frame at all) were one signature. The traces are real:
// test/fixtures/fingerprint/http-client-errors.ndjson, printed by the programs in
// programs/http-client/ (axios 1.21.1 on Node 24; urllib on CPython 3.11), each of which calls
// one function that gets a 404 and a 503 from a local server.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { statedResponseStatus } from '../../../src/core/fingerprint/response-status.js';

interface Row { type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/http-client-errors.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fp = (r: Row) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe("an HTTP client's error for an unsuccessful response", () => {
  it('axios: a 404 and a 503 of one call are two signatures, two 404s one', () => {
    const axios = rows.filter((r) => r.type === 'AxiosError');
    expect(axios.map((r) => r.message)).toEqual(['Request failed with status code 404', 'Request failed with status code 503', 'Request failed with status code 404']);
    const [notFound, unavailable, notFoundAgain] = axios.map(fp);
    expect(notFound).not.toBe(unavailable);
    expect(notFoundAgain).toBe(notFound);
  });

  it('axios without its caller frames (the library alone): the status still tells them apart', () => {
    const libraryOnly = (r: Row) => ({ ...r, stacktrace: r.stacktrace.split('\n').filter((l) => !l.includes('/srv/app/app.mjs')).join('\n') });
    const [notFound, unavailable] = rows.filter((r) => r.type === 'AxiosError').map(libraryOnly).map(fp);
    expect(notFound).not.toBe(unavailable);
  });

  it("urllib's HTTPError from one function: 404 and 503 are two signatures", () => {
    const urllib = rows.filter((r) => r.type === 'urllib.error.HTTPError');
    expect(urllib.map((r) => r.message)).toEqual(['HTTP Error 404: Not Found', 'HTTP Error 503: Service Unavailable']);
    expect(fp(urllib[0])).not.toBe(fp(urllib[1]));
  });

  it("httpx's and aiohttp's errors from one function each: 404 and 503 are two signatures, each twice one", () => {
    // programs/python-status/status_errors.py: httpx 0.29 and aiohttp 3.14 on CPython 3.11.
    const more = readFileSync(new URL('../../fixtures/fingerprint/python-status-errors.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row & { failure: string });
    for (const client of ['httpx', 'aiohttp']) {
      const fingerprints = new Map<string, Set<string>>();
      for (const r of more.filter((x) => x.failure.startsWith(`${client} `))) fingerprints.set(r.failure, (fingerprints.get(r.failure) ?? new Set()).add(fp(r)));
      expect([...fingerprints.keys()].sort()).toEqual([`${client} not-found`, `${client} unavailable`]);
      for (const set of fingerprints.values()) expect(set.size).toBe(1);
      expect(new Set([...fingerprints.values()].map((set) => [...set][0])).size).toBe(2);
    }
  });

  it('reads the forms HTTP clients state a status in, and nothing else', () => {
    expect(statedResponseStatus("Server error '503 Service Unavailable' for url 'http://x/items/7'")).toBe('503');
    expect(statedResponseStatus("404, message='Not Found', url='http://x/items/7'")).toBe('404');
    expect(statedResponseStatus('HTTP status server error (502 Bad Gateway) for url (http://x/items/7)')).toBe('502');
    expect(statedResponseStatus('Response status code does not indicate success: 404 (Not Found).')).toBe('404');
    expect(statedResponseStatus('500 Server Error: Internal Server Error for url: https://billing.internal/v1/invoices')).toBe('500');
    expect(statedResponseStatus('Response code 502 (Bad Gateway)')).toBe('502');
    expect(statedResponseStatus('HTTP Error 429: Too Many Requests')).toBe('429');
    expect(statedResponseStatus('the server responded with status 404')).toBe('404');
    expect(statedResponseStatus('Server error: `POST https://api.example.com/v1/charges` resulted in a `503 Service Unavailable` response')).toBe('503');
    expect(statedResponseStatus('HTTP 404 ')).toBe('404');
    expect(statedResponseStatus('Command failed with exit status code 127')).toBeUndefined();
    expect(statedResponseStatus('order 404 not found')).toBeUndefined();
  });
});
