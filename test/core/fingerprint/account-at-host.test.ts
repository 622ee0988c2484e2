// An account at `localhost` in parentheses, the account Pure-FTPd's `?` (a client not logged in
// yet) or a name, is a value, as an address with a dotted domain is (parameterize.ts `email`). Pure-FTPd 1.0.50's ftpd.c logfile() writes `(%s@%s)` before every
// message: the account (`?` until the login) and the client's host, its name when the address
// resolves (`localhost`) and the address under -H (programs/pure-ftpd, server-logs-28.test.ts).
// With `localhost` left a word, a second server's `(?@localhost) [INFO] New connection from
// localhost` was a template apart from `(?@127.0.0.1) [INFO] New connection from 127.0.0.1`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const line = (prefix: string, message: string) => `Dec  6 09:32:37 vm pure-ftpd: ${prefix} ${message}`;

describe('an account at localhost, and the account not known yet', () => {
  it.each([
    ['(?@localhost) [INFO] New connection from localhost', '(<email>) [INFO] New connection from localhost'],
    ['(alice@localhost) [INFO] Logout.', '(<email>) [INFO] Logout.'],
  ])('%s is an address', (text, masked) => {
    expect(parameterize(text, true)).toBe(masked);
  });

  it.each([
    // neither the account nor the host known (a server's own error before any client)
    ['(?@?) [ERROR] Unable to start a standalone server: [Address already in use]'],
    // a single word after `@` names no host: ZooKeeper's class@line, a PAM message id @ program
    ['[main:ZookeeperBanner@42] - Server environment'],
    ['"S_PAM_LIMITS@runuser: limits set"'],
    // outside parentheses, or a host name that only begins with `localhost`
    ["'db' entry 'sys mysql.sys@localhost' ignored"],
    ['(alice@localhostname) [INFO] Logout.'],
  ])('%s holds no address', (text) => {
    expect(parameterize(text, true)).not.toContain('<email>');
  });

  it('one statement logged for a client known by its name and one known by its address is one signature', () => {
    const f = createFingerprinter();
    const fp = (body: string) => f.fingerprint({ source: 'log', service: 'pure-ftpd', body }).fingerprint;
    const byAddress = fp(line('(?@127.0.0.1)', '[INFO] New connection from 127.0.0.1'));
    expect(fp(line('(?@127.0.0.1)', '[INFO] New connection from 127.0.0.1'))).toBe(byAddress);
    expect(fp(line('(?@localhost)', '[INFO] New connection from localhost'))).toBe(byAddress);
    expect(fp(line('(?@localhost)', '[ERROR] Unable to read the indexed puredb file (or old format detected) - Try pure-pw mkdb'))).not.toBe(byAddress);
  });
});
