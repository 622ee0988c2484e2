// A RADIUS listener's type before `address` is a value (radius-listener-kind.ts). Real lines:
// FreeRADIUS 3.2.1 sent packets from an address no client entry holds, on its auth and acct
// listeners (programs/freeradius, server-logs-10.test.ts), where listen.c's `Ignoring request to %s
// address %s port %u bound to server %s from unknown client %s port %u proto %s` was one
// signature per listener.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'freeradius', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a RADIUS listener’s type before `address`', () => {
  it('requests to the auth and acct listeners are one signature', () => {
    const f = createFingerprinter();
    const auth = log(f, 'Sat Dec  5 14:12:29 2026 : Error: Ignoring request to auth address 127.0.0.1 port 21812 bound to server default from unknown client 127.0.0.5 port 51029 proto udp');
    expect(log(f, 'Sat Dec  5 14:12:31 2026 : Error: Ignoring request to acct address 127.0.0.1 port 21813 bound to server default from unknown client 127.0.0.5 port 42978 proto udp')).toBe(auth);
    expect(log(f, 'Sat Dec  5 14:12:33 2026 : Error: Ignoring request to coa address 127.0.0.1 port 3799 bound to server default from unknown client 127.0.0.5 port 42978 proto udp')).toBe(auth);
  });

  it('near misses: another word before `address`, no `to`/`on` before, no `address` after', () => {
    expect(tokens('Ignoring request to unknown address 10.0.0.1')).toContain('unknown');
    expect(tokens('bound on ipv6 address ::1')).toContain('ipv6');
    expect(tokens('auth address 10.0.0.1 in use')).toContain('auth');
    expect(tokens('switching to proxy mode')).toContain('proxy');
  });
});
