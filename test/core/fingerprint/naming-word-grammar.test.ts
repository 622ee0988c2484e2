// The word after `user` or `host` names one (`Invalid user oracle from …`) unless it is a grammar
// word and the sentence goes on (template-tokens.ts `namesWordAfter`). Real texts, each from a
// set of test/fixtures/fingerprint: etcd 3.4.23's auth.ErrRootRoleNotExist `auth: root user does
// not have root role` (etcd.ndjson, server-logs-8.test.ts), .NET's SocketException `No such host
// is known` (mono-wrapped-errors.ndjson), Samba 4.17's `guest user (from session setup) not
// permitted to access this share` (samba.ndjson), OpenSSH's `User postgres not allowed because
// account is locked` (sshd-auth.ndjson). The grammar word was read as the name: `root user <name>
// not have root role`.
import { describe, expect, it } from 'vitest';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadServerLog } from './server-log-set.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128).join(' ');

describe('a grammar word after a word that names', () => {
  it('goes on with the sentence', () => {
    expect(tokens('failed to apply request: auth: root user does not have root role')).toContain('root user does not have root role');
    expect(tokens('One or more errors occurred. (No such host is known)')).toContain('No such host is known');
    expect(tokens('create_connection_session_info: guest user (from session setup) not permitted to access this share (share)')).toContain('guest user (from session setup)');
    expect(tokens('User postgres not allowed because account is locked')).toBe('User <name> not allowed because account is locked');
  });

  it('near misses: a name after the naming word, a value after a label', () => {
    // OpenSSH (sshd-auth.ndjson)
    expect(tokens('Invalid user oracle from 127.0.0.1 port 34228')).toContain('user <name> from');
    expect(tokens('Failed password for invalid user admin from 127.0.0.1 port 34208 ssh2')).toContain('user <name> from');
    // lighttpd 1.4.69's request header dump (lighttpd-errors.ndjson): after a label, a word is its
    // value; since header-dump-line.ts the whole dumped line after `rqst:` is one value, the
    // header's name and its value with it
    expect(tokens('2026-12-05 04:35:57: (request.c.1344) rqst: Host: a')).toContain('rqst: <*>');
    expect(tokens('2026-12-05 04:35:57: (request.c.1344) rqst: Host: a')).not.toContain(' a');
  });
});

// Nagios Core 4.4.6's headings `HOST ALERT:` and `HOST NOTIFICATION:` (base/logging.c,
// notifications.c; real lines from test/fixtures/fingerprint/programs/nagios,
// server-logs-10.test.ts): the word in capitals after `HOST` was read as a host's name, and an
// alert and a notification of one host were one signature.
describe('a word in capitals after a word that names', () => {
  const nagios = loadServerLog('nagios.ndjson');
  const body = (prefix: string) => nagios.find((r) => r.group.startsWith(prefix))!.body;

  it("goes on with the sentence: Nagios's HOST ALERT and HOST NOTIFICATION are two headings", () => {
    expect(tokens(body('logging.c HOST ALERT'))).toContain('HOST ALERT:');
    expect(tokens(body('notifications.c HOST NOTIFICATION'))).toContain('HOST NOTIFICATION:');
    const f = createFingerprinter();
    const sig = (b: string) => f.fingerprint({ source: 'log', service: 'nagios', body: b }).fingerprint;
    expect(sig(body('logging.c HOST ALERT DOWN;SOFT'))).not.toBe(sig(body('notifications.c HOST NOTIFICATION')));
  });

  it('near miss: a name in lower case after the naming word is still a name', () => {
    // OpenSSH (sshd-auth.ndjson)
    expect(tokens('Invalid user oracle from 127.0.0.1 port 34228')).toContain('user <name> from');
    expect(tokens('User postgres not allowed because account is locked')).toBe('User <name> not allowed because account is locked');
  });
});
