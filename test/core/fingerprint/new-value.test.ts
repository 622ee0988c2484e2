// The bare token closing `set to new value` is the value the program set (new-value.ts), and a
// backquoted plain word after a colon-closed value is a value as a quoted one is (template-tokens.ts
// afterColonValue): both found in lldpd 1.0.16's lldpcli (programs/lldpd, server-logs-34.test.ts),
// whose `system name set to new value %s` and `unknown command from argument %d: `%s`` made each
// host name and each unknown word a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const sameSignature = (needle: string) => {
  const rows = loadServerLog('lldpd.ndjson').filter((r) => r.body.includes(needle));
  const fp = createFingerprinter();
  return { rows: rows.length, ids: new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'lldpd', body: r.body })))).size };
};

describe('the value a program set, bare after new value', () => {
  it('is a value, with or without a colon before it', () => {
    expect(templateTokens('system name set to new value edge-sw1', 40)).toEqual(['system', 'name', 'set', 'to', 'new', 'value', '<*>']);
    expect(templateTokens('LLDP PortID TLV type set to new value : macaddress', 40).at(-1)).toBe('<*>');
    expect(templateTokens('iface-pattern set to new value eth*,!v*', 40).at(-1)).toBe('<*>');
  });

  it('near misses: a sentence after it, a failure word or grammar, no `new` and a token not at the end stay words', () => {
    expect(templateTokens('new value rejected', 40)).toContain('rejected');
    expect(templateTokens('refusing new value invalid', 40)).toContain('invalid');
    expect(templateTokens('the new value is', 40)).toContain('is');
    expect(templateTokens('system name set to value edge', 40)).toContain('edge');
    expect(templateTokens('set to new value edge now', 40)).toContain('edge');
  });

  it("real: lldpcli's system names are one signature", () => {
    expect(sameSignature('system name set to new value')).toEqual({ rows: 2, ids: 1 });
  });
});

describe('a backquoted plain word after a colon-closed value', () => {
  it('is a value as a double- or single-quoted one is', () => {
    expect(templateTokens('unknown command from argument 2: `bogus`', 40).at(-1)).toBe('<*>');
    expect(templateTokens("unknown command from argument 2: `bogus'", 40).at(-1)).toBe('<*>');
  });

  it('near misses: a failure word and one backquote alone stay words', () => {
    expect(templateTokens('command from argument 2: `refused`', 40)).toContain('`refused`');
    expect(templateTokens('unknown command from argument 2: `bogus', 40)).toContain('`bogus');
  });

  it("real: lldpcli's unknown commands are one signature", () => {
    expect(sameSignature('unknown command from argument')).toEqual({ rows: 3, ids: 1 });
  });
});
