// `error <code>: <reason>` ending a log line is one status value (colon-status-reason.ts). Real
// lines: Debian 12's coturn 4.6.1 (programs/coturn, server-logs-19's coturn set), whose
// ns_turn_server.c log_method writes `incoming packet %s processed, error %d: %s` with the STUN
// reply's code and reason (RFC 8489 section 14.8), `401: Unauthorized` and `403: Forbidden IP`
// one statement and two signatures; Python's urllib.error.HTTPError as a program logs it
// (`HTTP Error %d: %s`, its __str__ in CPython's Lib/urllib/error.py).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withColonStatusReasonAsValue } from '../../../src/core/fingerprint/colon-status-reason.js';

function signer(service: string): (body: string) => string {
  const f = createFingerprinter();
  return (body) => f.fingerprint({ source: 'log', service, body }).fingerprint;
}

describe("an error's status code and reason after a colon", () => {
  it("coturn's refused requests of one statement are one signature whatever the code", () => {
    const t = signer('coturn');
    const refused = t('2: : session 000000000000000001: realm <orders.example> user <alice>: incoming packet message processed, error 401: Unauthorized');
    expect(t('3: : session 001000000000000002: realm <orders.example> user <bob>: incoming packet CHANNEL_BIND processed, error 403: Forbidden IP')).toBe(refused);
    expect(t('4: : session 001000000000000003: realm <orders.example> user <carol>: incoming packet message processed, error 438: Wrong nonce')).toBe(refused);
    // the statement's twin for a request that succeeded stays apart
    expect(t('5: : session 001000000000000004: realm <orders.example> user <carol>: incoming packet ALLOCATE processed, success')).not.toBe(refused);
  });

  it("urllib's HTTPError logged by one statement is one signature", () => {
    const t = signer('feed-fetcher');
    const failed = t('WARNING fetch of feed 12 failed: HTTP Error 404: Not Found');
    expect(t('WARNING fetch of feed 31 failed: HTTP Error 503: Service Unavailable')).toBe(failed);
    expect(t('WARNING fetch of feed 7 failed: HTTP Error 429: Too Many Requests')).toBe(failed);
  });

  it('writes the code and the reason as a status', () => {
    expect(withColonStatusReasonAsValue('incoming packet message processed, error 401: Unauthorized')).toBe('incoming packet message processed, error <status>');
    expect(withColonStatusReasonAsValue('HTTP Error 500: Internal Server Error')).toBe('HTTP Error <status>');
    expect(withColonStatusReasonAsValue('upstream ERROR 502: Bad Gateway.')).toBe('upstream ERROR <status>');
    expect(withColonStatusReasonAsValue('first line error 403: Forbidden IP\nsecond line')).toBe('first line error <status>\nsecond line');
  });

  it("near misses: an errno, a database's code, the program's own sentence and a reason with more after it stay", () => {
    for (const line of [
      'connect: error 111: Connection refused',
      'socket error 104: Connection reset by peer',
      'ERROR 1045: Access denied for user',
      'request failed with error 404: the user was not found',
      'HTTP Error 404: Not Found for url https://example.com/feed',
      'error 500: Internal Server Error (retrying in 3s)',
      'error 404 Not Found',
      'error 700: Something Else',
      'status 404: Not Found',
    ]) expect(withColonStatusReasonAsValue(line)).toBe(line);
  });

  it('near misses: two errnos of one statement and two statements with a status stay apart', () => {
    const t = signer('relay');
    expect(t('relay: error 111: Connection refused')).not.toBe(t('relay: error 113: No route to host'));
    expect(t('fetch of feed 12 failed: HTTP Error 404: Not Found')).not.toBe(t('upload of feed 12 failed: HTTP Error 404: Not Found'));
  });
});
