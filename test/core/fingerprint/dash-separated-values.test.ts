// Values separated by dashes are one run of values, a labelled value's label with them
// (dash-separated-values.ts). Real lines: nats-server v2.15.3 with -D (programs/nats,
// server-logs-12.test.ts), client.go's connection prefix `host:port - cid:N - ` that grows by
// `"v0.1:python" - "$G/user:bob" - ` once the client sent CONNECT, and a route's `rid:N`: one
// statement's lines were a template per prefix.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'nats', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('values separated by dashes', () => {
  it("nats-server's Ping Timer before and after CONNECT, and an authentication error from a client and a route, are one signature each", () => {
    const f = createFingerprinter();
    const before = log(f, '[29637] 2026/12/05 18:30:31.587007 [DBG] 127.0.0.6:57509 - cid:9 - Client Ping Timer');
    const after = log(f, '[29637] 2026/12/05 18:30:38.008722 [DBG] 127.0.0.17:50237 - cid:20 - "v0.1:python" - "$G/user:bob" - Client Ping Timer');
    expect(after).toBe(before);
    const client = log(f, '[29637] 2026/12/05 18:30:34.998327 [ERR] 127.0.0.11:46859 - cid:14 - authentication error');
    const route = log(f, '[29637] 2026/12/05 18:30:47.107771 [ERR] 127.0.0.21:44323 - rid:38 - authentication error');
    expect(route).toBe(client);
    expect(route).not.toBe(before);
  });

  it('near misses: a dash before words, dashes with no value after them, words after the prefix', () => {
    // the Common Log Format's empty fields stay two dashes (its request's method is a value,
    // access-log-method.ts, and joins the time before it in one run of values)
    expect(tokens('127.0.0.1 - - [05/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 -')).toEqual(['<ip>', '-', '-', '<*> "<*>', '/', 'HTTP/<float>"', '<int>', '-']);
    // the dash before the message's words stays, and the words tell statements apart
    expect(tokens('127.0.0.6:57509 - cid:9 - Client Ping Timer')).toEqual(['<ip>:<int> - <*>', '-', 'Client', 'Ping', 'Timer']);
    const f = createFingerprinter();
    const ping = log(f, '[29637] 2026/12/05 18:30:31.587007 [DBG] 127.0.0.6:57509 - cid:9 - Client Ping Timer');
    const closed = log(f, '[29637] 2026/12/05 18:30:29.986973 [DBG] 127.0.0.5:39753 - cid:8 - Client connection closed: Authentication Timeout');
    expect(closed).not.toBe(ping);
    // a dash between words is no separator of values (Loghub BGL's `rts panic! - stopping execution`)
    expect(tokens('rts panic! - stopping execution')).toEqual(['rts', 'panic!', '-', 'stopping', 'execution']);
  });
});
