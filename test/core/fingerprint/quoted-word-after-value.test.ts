// A quoted plain word right after a value that a colon closes is a value too (template-tokens.ts):
// found in ngIRCd 26.1's irc-oper.c `Got invalid OPER from "%s": "%s" -- %s!` (programs/ngircd,
// server-logs-24.test.ts), which quotes the client and then the operator name it tried, where each
// name tried with a wrong password was a signature of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted word after a value and a colon', () => {
  it('is a value in a log line, joined to the value before it', () => {
    expect(templateTokens('Got invalid OPER from "grace!~grace@127.0.0.1": "admin" -- bad password!', 40)).toEqual(['Got', 'invalid', 'OPER', 'from', '<*>', '--', 'bad', 'password!']);
  });

  it('near misses: a word stating a failure, a quoted identifier, a quoted word after a word, and an exception message are read as before', () => {
    expect(templateTokens('upstream "10.0.0.1:80": "refused" by peer', 40)).toContain('"refused"');
    expect(templateTokens('record "10.0.0.1:80": "users_pkey" violated', 40)).toContain('"users_pkey"');
    expect(templateTokens('state "ready": "Active" now', 40)).toContain('"Active"');
    expect(templateTokens('from "10.0.0.1:80": "admin" denied', 40, 'message')).toEqual(['from', '<*>', 'denied']);
  });

  it("real: ngIRCd's OPER refusals for a bad password are one signature, apart from the name not configured", () => {
    const rows = loadServerLog('ngircd.ndjson').filter((r) => r.body.includes('Got invalid OPER from '));
    expect(rows.length).toBe(3);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'ngircd', body: r.body })));
    const bad = ids.filter((_, i) => rows[i].body.endsWith('bad password!'));
    const unknown = ids.filter((_, i) => rows[i].body.endsWith('not configured!'));
    expect(new Set(bad).size).toBe(1);
    expect(unknown.length).toBe(1);
    expect(bad[0]).not.toBe(unknown[0]);
  });
});
