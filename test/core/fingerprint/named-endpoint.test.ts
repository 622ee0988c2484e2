// The name a log line gives an endpoint before its parenthesised address is a value
// (named-endpoint.ts). Real lines: Debian 12's dnsdist 1.7.3 with backends named orders, billing,
// payments and refunds (programs/dnsdist, server-logs-17.test.ts): one statement's lines were a
// template per backend wherever a log showed two backends there.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'dnsdist', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("a name before an endpoint's parenthesised address", () => {
  it("dnsdist's lines about two backends are one signature per statement", () => {
    const f = createFingerprinter();
    const orders = log(f, "Marking downstream orders (127.0.0.1:47391) as 'up'");
    const billing = log(f, "Marking downstream billing (127.0.0.1:47392) as 'up'");
    expect(billing).toBe(orders);
    const payments = log(f, 'TCP connecting to downstream payments (127.0.0.1:47396) (0)');
    const refunds = log(f, 'TCP connecting to downstream refunds (127.0.0.1:47397) (0)');
    expect(refunds).toBe(payments);
    // the words around the name still tell statements apart
    expect(log(f, "Marking downstream orders (127.0.0.1:47391) as 'down'")).not.toBe(orders);
    expect(tokens('Backend search (127.0.0.1:47394) responded to health check with ServFail')).toEqual(['Backend', '<name> (<ip>:<int>)', 'responded', 'to', 'health', 'check', 'with', 'ServFail']);
  });

  it("near misses: a kind after a grammar word, a name with digits, an address after a path", () => {
    // ProFTPD 1.3.8's mod_sftp (programs/proftpd): `client` and `server` are the kinds, no names
    expect(tokens('2026-12-05 06:41:05,646 mod_sftp/1.1.1[5930]: client (127.0.0.1:58248) connected to server (127.0.0.1:12222)')).toContain('server');
    // macOS mDNSResponder (Loghub Mac E261 / E260): en0 and awdl0 are two kinds of interface
    const f = createFingerprinter();
    const en0 = log(f, 'mDNS_DeregisterInterface: Frequent transitions for interface en0 (10.142.110.44)');
    const awdl0 = log(f, 'mDNS_DeregisterInterface: Frequent transitions for interface awdl0 (FE80:0000:0000:0000:D8A5:90FF:FEF5:7FFF)');
    expect(awdl0).not.toBe(en0);
    // Tornado's access line (programs/tornado): the address follows a path, not a word (the method
    // before the path is a value of its own there, beside the status: answered-request-method.ts)
    expect(tokens('[W 261205 20:35:50 web:2106] 422 POST /updates (127.0.0.1): unknown status').join(' ')).not.toContain('<name>');
    expect(tokens('[E 261205 20:35:50 web:2108] Uncaught exception POST /updates (127.0.0.1)')).toContain('POST');
  });
});
