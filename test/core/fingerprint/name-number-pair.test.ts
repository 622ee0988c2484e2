// A lower-case name joined by a colon to a number after a preposition is one value
// (name-number-pair.ts): SpamAssassin 4.0.1's spamd writes `for $current_user:$>` (`for
// root:65534`, `for dave:65534`) in its scan lines (programs/spamd, server-logs-39.test.ts), and
// each user was a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a name:number pair after a preposition', () => {
  it('is one value, an account with its uid or a host with its port', () => {
    expect(templateTokens('checking message <msgid> for root:<int>', 40)).toEqual(templateTokens('checking message <msgid> for dave:<int>', 40));
    expect(templateTokens('connecting to redis:<int> failed', 40)).toEqual(templateTokens('connecting to cache-b:<int> failed', 40));
  });

  it('near misses: a label with its value elsewhere, a capitalised name, a pair of words stay', () => {
    expect(templateTokens('failed at line:<int>', 40)).not.toEqual(templateTokens('failed at col:<int>', 40));
    expect(templateTokens('retry:<int> failed', 40)).not.toEqual(templateTokens('attempt:<int> failed', 40));
    expect(templateTokens('listening for Port:<int>', 40)).toContain('Port:<*>');
    expect(templateTokens('waiting for root:admin', 40)).toContain('root:admin');
  });

  it("real: spamd's scan lines are one signature per statement whatever the user", () => {
    const rows = loadServerLog('spamd.ndjson').filter((r) => /info: spamd: (?:checking message|clean message|identified spam) /.test(r.body));
    const fp = createFingerprinter();
    const ids = new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'spamd', body: r.body }))));
    expect(rows.some((r) => r.body.includes(' for dave:'))).toBe(true);
    expect(ids.size).toBe(3);
  });
});
