// A quoted word after `id` (as after `uid`) and after `config` (a configured object's word) is a
// value in a log line (template-tokens.ts QUOTED_NAME_WORDS, CONFIGURED_OBJECT_WORDS): strongSwan
// 5.9.8's vici_cred.c `loaded %N shared key with id '%s' for: %s` and ike_auth.c `selected peer
// config '%s'` were one template per secret and per connection (programs/strongswan,
// server-logs-35.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (needle: string) => {
  const rows = loadServerLog('strongswan.ndjson').filter((r) => r.body.includes(needle));
  const fp = createFingerprinter();
  return { rows: rows.length, ids: new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'charon', body: r.body })))).size };
};

describe('a quoted word after id or config', () => {
  it('is a value', () => {
    expect(templateTokens("loaded IKE shared key with id 'ike-sun' for: <*>", 40)).toEqual(['loaded', 'IKE', 'shared', 'key', 'with', 'id', '<*>', 'for:', '<*>']);
    expect(templateTokens("selected peer config 'gw-venus'", 40)).toEqual(['selected', 'peer', 'config', '<name>']);
  });

  it('near misses: unquoted words go on with the sentence; a quoted word after another word stays', () => {
    expect(templateTokens('id mismatch found', 40)).toEqual(['id', 'mismatch', 'found']);
    expect(templateTokens('config reload failed', 40)).toEqual(['config', 'reload', 'failed']);
    expect(templateTokens("selected peer 'gw-venus'", 40)).toContain("'gw-venus'");
  });

  it("real: charon's secrets and chosen connections are one signature each", () => {
    expect(signatures('shared key with id')).toEqual({ rows: 5, ids: 1 });
    expect(signatures('selected peer config')).toEqual({ rows: 2, ids: 1 });
  });
});
