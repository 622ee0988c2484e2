// The two accounts of util-linux su's `%s(to %s) %s on %s` (su-common.c log_syslog) are values
// (su-switch-users.ts): found in a Debian 12 host's syslog (programs/syslog, syslog-host.ndjson),
// where `FAILED SU (to dave) carol on pts/0` was a signature per pair of accounts.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("su's switch line", () => {
  it('reads the user switched to and the caller as values, refused or allowed', () => {
    expect(templateTokens('FAILED SU (to dave) carol on pts/0', 40)).toEqual(['FAILED', 'SU', '(to', '<*>', 'on', 'pts/0']);
    expect(templateTokens('(to erin) frank on pts/0', 40)).toEqual(['(to', '<*>', 'on', 'pts/0']);
  });

  it('near misses: grammar in the parentheses, words after the terminal, a capitalised name and an exception message are read as before', () => {
    expect(templateTokens('FAILED SU (to be) retried on pts/0', 40)).toContain('be)');
    expect(templateTokens('(to dave) carol on pts/0 now', 40)).toContain('carol');
    expect(templateTokens('(to Dave) carol on pts/0', 40)).toContain('carol');
    expect(templateTokens('FAILED SU (to dave) carol on pts/0', 40, 'message')).toContain('carol');
  });

  it("real: su's refusals for four pairs of accounts are one signature", () => {
    const rows = loadServerLog('syslog-host.ndjson').filter((r) => r.body.includes('FAILED SU (to '));
    expect(rows.length).toBe(4);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'syslog', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
