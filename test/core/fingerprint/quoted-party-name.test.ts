// A quoted word after `client` or `nick` in a log line is that party's name (template-tokens.ts
// QUOTED_NAME_WORDS): found in ngIRCd 26.1's client.c `Client "%s" unregistered (connection %d):
// %s.` (programs/ngircd, server-logs-24.test.ts), where three clients refused for a bad server
// password were three signatures, one per nickname.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted word after client or nick', () => {
  it('is a name in a log line', () => {
    expect(templateTokens('Client "carol" unregistered (connection 7): Bad server password.', 40)[1]).toBe('<name>');
    expect(templateTokens("nick 'mallory' already in use", 40)[1]).toBe('<name>');
  });

  it('near misses: an unquoted word after client, a quoted word after other words, and an exception message are read as before', () => {
    expect(templateTokens('client denied by server configuration', 40)).toEqual(['client', 'denied', 'by', 'server', 'configuration']);
    expect(templateTokens('Channel "ops" is full', 40)).toContain('"ops"');
    expect(templateTokens('Client "carol" unregistered', 40, 'message')).toEqual(['Client', '<*>', 'unregistered']);
  });

  it("real: ngIRCd's refused clients are one signature", () => {
    const rows = loadServerLog('ngircd.ndjson').filter((r) => /\] Client "[^"]+" unregistered/.test(r.body));
    expect(rows.length).toBe(3);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'ngircd', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
