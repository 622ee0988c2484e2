// A run of one-letter states after a plural `states:` label is one value (state-letters.ts):
// SpamAssassin 4.0.1's spamd logs its pool as `prefork: child states: IB`, one letter per child
// (programs/spamd, server-logs-39.test.ts), and each scoreboard was a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a run of one-letter states after `states:`', () => {
  it('is one value, whatever its length and letters', () => {
    for (const run of ['I', 'IB', 'BBIS', 'K', '_W_K..'])
      expect(templateTokens(`prefork: child states: ${run}`, 40)).toEqual(['prefork:', 'child', 'states:', '<*>']);
  });

  it('near misses: one state after a singular label, a lower-case word, a run after another label stay', () => {
    expect(templateTokens('peer state: CONNECTING', 40)).toContain('CONNECTING');
    expect(templateTokens('child states: ok', 40)).toContain('ok');
    expect(templateTokens('child flags: IB', 40)).toContain('IB');
  });

  it("real: spamd's `prefork: child states` is one signature", () => {
    const rows = loadServerLog('spamd.ndjson').filter((r) => r.body.includes('prefork: child states:'));
    const fp = createFingerprinter();
    const ids = new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'spamd', body: r.body }))));
    expect({ rows: rows.length, ids: ids.size }).toEqual({ rows: 29, ids: 1 });
  });
});
