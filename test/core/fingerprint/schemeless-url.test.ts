// A URL without its scheme, a host (and port) and its path (RFC 3986 §3), is one value
// (parameterize.ts, the second `url` entry). Real lines: Debian 12's privoxy 3.0.34 with
// `debug 1` (programs/privoxy, server-logs-18.test.ts), whose jcc.c logs each request as
// `Request: <host[:port]><path>`: masked piecewise, the host was a value and each path a
// template of its own, sixteen templates for one statement.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'privoxy', body }).fingerprint;

describe('a URL without its scheme', () => {
  it("privoxy's requests for hosts, addresses with ports and RFC 6761's .invalid names are one signature", () => {
    const f = createFingerprinter();
    const lines = [
      '2026-12-06 01:43:40.146 7f8ef25296c0 Request: api.orders.example/v1/orders/8812',
      '2026-12-06 01:43:40.148 7f8ef1d186c0 Request: www.orders.example/',
      '2026-12-06 01:43:40.152 7f8ef25296c0 Request: db.ledger.example/q?id=7',
      '2026-12-06 01:43:40.161 7f8ef25296c0 Request: nohost.invalid/',
      '2026-12-06 01:43:40.166 7f8ef1d186c0 Request: 127.0.0.1:47298/status',
      '2026-12-06 01:43:40.324 7f8ef25296c0 Request: checkout.invalid:443/',
    ];
    const signatures = new Set(lines.map((l) => log(f, l)));
    expect(signatures.size).toBe(1);
    // another statement of privoxy's with a URL stays apart
    const crunch = log(f, '2026-12-06 01:43:40.161 7f8ef25296c0 Crunch: DNS failure: http://nohost.invalid/');
    expect(signatures.has(crunch)).toBe(false);
  });

  it('near misses: a network, a Java module, a reverse-DNS name, a relative path, a host alone', () => {
    expect(parameterize('route to 10.0.0.0/8 added', true)).toBe('route to <ip>/<int> added');
    expect(parameterize('at java.base/java.lang.Thread.run(Thread.java:829)', true)).toBe('at java.base/java.lang.Thread.run(Thread.java:<int>)');
    expect(parameterize('stream/token: com.apple.xpc.activity/4505: 132', true)).toBe('stream/token: com.apple.xpc.activity/<int>: <int>');
    expect(parameterize('SSL_accept: ../ssl/record/ssl3_record.c:341: error', true)).toBe('SSL_accept: ../ssl/record/ssl3_record.c:<int>: error');
    expect(parameterize('connect to www.orders.example failed', true)).toBe('connect to <hostname> failed');
    // exception messages are read as before
    expect(parameterize('GET api.orders.example/v1/orders/8812 failed')).toBe('GET <hostname>/v1/orders/<int> failed');
  });
});
