// An IPv6 address with its zeros compressed to `::` (RFC 4291 §2.2) is an address, however few
// groups it writes: `::1`, `fe80::1`, `2001:db8::5`, `::ffff:10.0.0.1`. The address pattern of
// src/core/fingerprint/parameterize.ts wanted four colon groups, so `::1` was masked in pieces
// (`::<int>:<int>` for Node's `connect ECONNREFUSED ::1:6379`, where a Node 17+ client resolved
// localhost to the IPv6 loopback first: redis/node-redis#2220) and one statement's lines split by
// how their addresses compress (`2001:db8::1` kept `db8`, `2001:db8:0:1::5` was `<ip>`). A scope
// in code is no address: `Foo::bar`, `std::__1::basic_string`, `Foo::1`, Rust's `f64::EPSILON`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

describe('a compressed IPv6 address', () => {
  it.each([
    // Node's net errors join the port to the address without brackets (node-redis#2220).
    ['connect ECONNREFUSED ::1:6379', 'connect ECONNREFUSED <ip>'],
    // Go's net.OpError writes the address as net.JoinHostPort does, in brackets.
    ['dial tcp [::1]:5432: connect: connection refused', 'dial tcp [<ip>]:<int>: connect: connection refused'],
    // OpenSSH's `Connection closed by %s port %d`.
    ['Connection closed by 2001:db8::1 port 52144', 'Connection closed by <ip> port <int>'],
    ['Connection closed by fe80::1%eth0 port 52144', 'Connection closed by <ip>%eth0 port <int>'],
    // An IPv4 client as an IPv6 socket sees it (RFC 4291 §2.5.5.2).
    ['connect ECONNREFUSED ::ffff:10.0.0.7:80', 'connect ECONNREFUSED <ip>:<int>'],
  ])('%s', (line, masked) => {
    expect(parameterize(line, true)).toBe(masked);
    expect(parameterize(line, false)).toBe(masked);
  });

  it.each([
    ['Call to undefined method App\\Foo::bar()'],
    ['terminate called after throwing std::__1::basic_string'],
    ['no function clause matching in Foo::1'],
    ['value exceeds f64::EPSILON'],
    // The unspecified address alone, as a server binds it, says which socket: a word.
    ['bind [::]:8080 failed'],
  ])('leaves %s a scope or a word', (line) => {
    expect(parameterize(line, true)).not.toContain('<ip>');
  });

  it('is one statement whichever way its address compresses', () => {
    const fp = createFingerprinter();
    const sig = (body: string) => fp.fingerprint({ source: 'log', service: 'sshd', body, severityText: 'ERROR' }).fingerprint;
    const lines = ['Connection closed by 2001:db8::1 port 52144', 'Connection closed by 2001:db8:0:1::5 port 40022', 'Connection closed by fd12:3456:789a:1::1 port 22', 'Connection closed by ::1 port 60000'];
    expect(new Set(lines.map(sig)).size).toBe(1);
  });
});
