// The words of a directive a configuration parser rejects, written out unquoted after `invalid
// directive` to the line's end, are one value (rejected-directive.ts): found in Network UPS Tools
// 2.8.0's upsd (programs/nut, server-logs-24.test.ts), whose conf.c `upsd.conf: invalid directive`
// followed by the line's words made every mistyped directive of an upsd.conf a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a directive a parser rejects, unquoted after invalid directive', () => {
  it('is one value to the end of the line, whatever its words', () => {
    expect(templateTokens('upsd.conf: invalid directive MAXAGE fifteen', 40)).toEqual(['<name>', 'invalid', 'directive', '<*>']);
    expect(templateTokens('Unknown directive listen_adress 0.0.0.0 8080', 40)).toEqual(['Unknown', 'directive', '<*>']);
  });

  it('near misses: a sentence after the words, a directive not refused, a run too long and an exception message are read as before', () => {
    expect(templateTokens('invalid directive in line 3', 40)).toEqual(['invalid', 'directive', 'in', 'line', '3']);
    expect(templateTokens('loaded directive MAXAGE from upsd.conf', 40)).toContain('MAXAGE');
    expect(templateTokens('invalid directive A b c d e f g h i', 40)).toContain('A');
    expect(templateTokens('invalid directive MAXAGE fifteen', 40, 'message')).toContain('MAXAGE');
  });

  it("real: upsd's invalid directives are one signature", () => {
    const rows = loadServerLog('nut.ndjson').filter((r) => r.body.startsWith('upsd.conf: invalid directive '));
    expect(new Set(rows.map((r) => r.body)).size).toBe(3);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'nut', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
