// The account a PAM module's message ends on after `for` is a value (pam-account-name.ts): found
// in a Debian 12 host's auth.log (programs/linux-host, server-logs-49.test.ts), where pam_unix's
// `password changed for %s` was a signature per account chpasswd set a password for.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("the account closing a PAM module's message after for", () => {
  it('is a value', () => {
    expect(templateTokens('pam_unix(chpasswd:chauthtok): password changed for erin', 40)).toEqual(['pam_unix(chpasswd:chauthtok):', 'password', 'changed', 'for', '<*>']);
    expect(templateTokens('pam_unix(passwd:chauthtok): password changed for web-deploy', 40)).toContain('<*>');
  });

  it('near misses: no PAM prefix, a grammar word, a capitalised word, words after the name and an exception message are read as before', () => {
    expect(templateTokens('password changed for erin', 40)).toContain('erin');
    expect(templateTokens('pam_unix(chpasswd:chauthtok): password changed for all', 40)).toContain('all');
    expect(templateTokens('pam_unix(su:session): waiting for Input', 40)).toContain('Input');
    expect(templateTokens('pam_unix(chpasswd:chauthtok): password changed for erin today', 40)).toContain('erin');
    expect(templateTokens('pam_unix(chpasswd:chauthtok): password changed for erin', 40, 'message')).toContain('erin');
  });

  it("real: pam_unix's password changes for two accounts are one signature", () => {
    const rows = loadServerLog('linux-host.ndjson').filter((r) => r.body.includes('password changed for'));
    expect(rows.length).toBe(2);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'linux-host', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
