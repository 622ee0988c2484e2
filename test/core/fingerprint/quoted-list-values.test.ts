// A list of quoted members in a log line, as a repr of the program's data prints it
// (quoted-list.ts), is one value. Found in server-logs-23 (programs/fail2ban): Fail2Ban 1.0.2's
// transmitter.py logs `Command %r has failed. Received %r` with the client's command as a Python
// list, and a command of four words (`set nojail banip …`) and one of two (`status webmail`) that
// both named a jail that does not exist were two signatures of one failure.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { bracketlessQuotedListEnd, quotedListEnd } from '../../../src/core/fingerprint/quoted-list.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (bodies: readonly string[], service = 'app') => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a list of quoted members in a log line', () => {
  it('runs to its closing bracket, nested lists and numbers among its members', () => {
    expect(quotedListEnd("['status', 'webmail'] has".split(' '), 0)).toBe(1);
    expect(quotedListEnd("['reload', '--all', [], [['set', 'a'], ['set', 'b', 10]]] has".split(' '), 0)).toBe(7);
    expect(templateTokens("Command ['set', 'nojail', 'banip', '<ip>'] has failed.", 40, 'log')).toEqual(['Command', '<*>', 'has', 'failed.']);
  });

  it('real: Fail2Ban\'s failed commands on two jails that do not exist are one signature, and a value that is not a number another (Fail2Ban 1.0.2, programs/fail2ban)', () => {
    const rows = loadServerLog('fail2ban.ndjson').filter((r) => r.body.includes('fail2ban.transmitter') && r.body.includes('has failed. Received'));
    const unknown = rows.filter((r) => r.body.includes('UnknownJailException')).map((r) => r.body);
    const notNumber = rows.filter((r) => r.body.includes('invalid literal for int()')).map((r) => r.body);
    expect(unknown.length).toBe(2);
    const sigs = signatures([...unknown, ...notNumber], 'fail2ban');
    expect(sigs[1]).toBe(sigs[0]);
    expect(sigs[2]).not.toBe(sigs[0]);
  });

  it('near miss: words in brackets without quotes are a text the program wrote, and stay words (`[sshd]`, Go\'s `[a b]`)', () => {
    expect(quotedListEnd('[pool worker] stopped'.split(' '), 0)).toBeUndefined();
    const [a, b] = signatures(['2026-12-06 07:02:01 app[9]: jobs [billing export] stopped', '2026-12-06 07:02:05 app[9]: jobs [mail queue] stopped']);
    expect(b).not.toBe(a);
  });

  it('near miss: a member with a space in its quotes, a list closed in its first token and one left open are left as they were', () => {
    expect(quotedListEnd("['a b', 'c'] x".split(' '), 0)).toBeUndefined();
    expect(quotedListEnd("['only'] x".split(' '), 0)).toBeUndefined();
    expect(quotedListEnd("['a', 'b', 'c' and more".split(' '), 0)).toBeUndefined();
  });

  it("real: snapd's snaps without updates, a list without brackets, are one signature whatever snaps it names", () => {
    // nextcloud-snap/nextcloud-snap#2355 and #3490 (os-logs-src/linux.txt)
    const s = signatures([
      'Mär 10 21:24:16 cloud snapd[1195]: storehelpers.go:769: cannot refresh: snap has no updates available: "core18", "core20", "lxd", "snapd", "yq"',
      'May 10 05:32:40 SERVER_DOMAIN snapd[1117]: storehelpers.go:914: cannot refresh: snap has no updates available: "core18", "core20", "lxd", "nextcloud", "snapd"',
    ], 'linux-syslog');
    expect(s[1]).toBe(s[0]);
    expect(bracketlessQuotedListEnd('"a", "b", "c" x'.split(' '), 0)).toBe(2);
  });

  it('near miss: one quoted word and a comma before other words, or quotes of two kinds, are no list', () => {
    expect(bracketlessQuotedListEnd('"x", got "y"'.split(' '), 0)).toBeUndefined();
    expect(bracketlessQuotedListEnd(`"x", 'y'`.split(' '), 0)).toBeUndefined();
    expect(bracketlessQuotedListEnd('"only" here'.split(' '), 0)).toBeUndefined();
    expect(bracketlessQuotedListEnd('"a b", "c"'.split(' '), 0)).toBeUndefined();
    // A mapping's next key after a value: `{"user": "bob", "role": "admin"}`.
    expect(bracketlessQuotedListEnd('"bob", "role": "admin"}'.split(' '), 0)).toBeUndefined();
  });
});
