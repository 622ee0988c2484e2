// A labelled value where another line has a plain word (template-tokens.ts differentWords): found
// in pgpool-II 4.3.5's health check (programs/pgpool2, server-logs-52.test.ts), whose `… on DB
// node: %d (round:%d)` and `… on DB node: %d succeeded` were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a value behind its label beside a plain word', () => {
  it('tells the label from a word, and not from the same label', () => {
    expect(differentWords('(round:<int>)', 'succeeded')).toBe(true);
    expect(differentWords('failed', '[attempt=<int>]')).toBe(true);
    expect(differentWords('(round:<int>)', '(round:<int>)')).toBe(false);
    expect(differentWords('(x:<int>)', 'done')).toBe(false);
    // A record's bare optional field beside the next field's word: slapd's `PASSMOD id="…" new` / `PASSMOD old new`.
    expect(differentWords('id=<*>', 'old')).toBe(false);
  });

  it('keeps the two statements apart and each one whole', () => {
    const ids = signatures('pgpool', [
      'LOG:  health check retrying on DB node: 1 (round:1)',
      'LOG:  health check retrying on DB node: 1 (round:2)',
      'LOG:  health check retrying on DB node: 0 (round:1)',
      'LOG:  health check retrying on DB node: 1 succeeded',
      'LOG:  health check retrying on DB node: 0 succeeded',
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[3]).toBe(ids[4]);
    expect(ids[0]).not.toBe(ids[3]);
  });

  it("near miss: slapd's PASSMOD with and without its optional id= field stays one statement", () => {
    const ids = signatures('slapd', ['conn=1036 op=1 PASSMOD old new', 'conn=1037 op=1 PASSMOD id="uid=user2,ou=people,dc=example,dc=org" new']);
    expect(new Set(ids).size).toBe(1);
  });
});
