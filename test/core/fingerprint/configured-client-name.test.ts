// A configured client's name after `from client`, before `port` or `)`, is a value
// (configured-client-name.ts). Real lines: FreeRADIUS 3.2.1's radius.log with two clients.conf
// clients, `localhost` and `branch` (programs/freeradius, server-logs-10.test.ts), where auth.c's
// `Login OK: [%s] (from client %s port %u)` and listen.c's `… (from client %s)` were one signature
// per client.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'freeradius', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a configured client’s name after `from client`', () => {
  it("FreeRADIUS's lines about two clients are one signature per statement", () => {
    const f = createFingerprinter();
    const ok = log(f, 'Sat Dec  5 14:12:27 2026 : Auth: (0) Login OK: [bob/bobpw] (from client localhost port 0)');
    expect(log(f, 'Sat Dec  5 14:12:28 2026 : Auth: (2) Login OK: [alice/alicepw] (from client branch port 0)')).toBe(ok);
    const dropped = log(f, 'Sat Dec  5 14:12:30 2026 : Info: Dropping packet without response because of error: Received packet from 127.0.0.2 with invalid Message-Authenticator!  (Shared secret is incorrect.) (from client branch)');
    expect(log(f, 'Sat Dec  5 14:12:38 2026 : Info: Dropping packet without response because of error: Received packet from 127.0.0.1 with invalid Message-Authenticator!  (Shared secret is incorrect.) (from client localhost)')).toBe(dropped);
    expect(ok).not.toBe(dropped);
    expect(tokens('Login OK: [bob] (from client nas-01.branch port 7)')).toContain('<name>');
  });

  it('near misses: not before `port` or `)`, not after `from client`, a failure word', () => {
    expect(tokens('AH01630: client denied by server configuration: /srv/www')).toContain('denied');
    expect(tokens('read from client socket failed')).toContain('socket');
    expect(tokens('request from client localhost rejected')).toContain('localhost');
    expect(tokens('(from client timeout)')).toContain('timeout)');
    expect(tokens('connection from client unknown port 7')).toContain('unknown');
  });
});
