// A naming label (`account:`) right after a naming word (`user`) labels the name after it and is
// no name itself (template-tokens.ts isNamingLabel): coturn 4.6.1's userdb.c `Wrong user account:
// %s` for two `user=` lines without a password (programs/coturn, server-logs-19.test.ts) named
// `account:` and kept each account, two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a naming label after a naming word', () => {
  it('is the label, and the word after it the name', () => {
    expect(templateTokens('ERROR: Wrong user account: dave', 40)).toEqual(['ERROR:', 'Wrong', 'user', 'account:', '<name>']);
  });

  it('near misses: a name with a colon after it, and a word after a naming word, are names as before', () => {
    expect(templateTokens('realm <x> user alice: incoming packet', 40)).toEqual(['realm', '<x>', 'user', '<name>', 'incoming', 'packet']);
    expect(templateTokens('Invalid user admin from <ip>', 40)).toEqual(['Invalid', 'user', '<name>', 'from', '<ip>']);
    // A label that names nothing (`reason:`) after a naming word is still read as a name.
    expect(templateTokens('denied for user reason: quota', 40)[3]).toBe('<name>');
  });

  it("real: coturn's rejected user accounts are one signature", () => {
    const rows = loadServerLog('coturn.ndjson').filter((r) => r.body.includes('Wrong user account: '));
    expect(rows.length).toBe(2);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'coturn', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
