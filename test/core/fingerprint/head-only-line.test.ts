// A log record whose first line holds only its head (no letter: a time, a counter, punctuation)
// is read with the next non-blank line (head-only-line.ts): coturn 4.6.1's start-up banner writes
// messages that open with a line break after its simple log's `<seconds>: : ` (programs/coturn,
// server-logs-19.test.ts), and four of them were one signature with the empty message between them.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { messageFirstLine } from '../../../src/core/fingerprint/head-only-line.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a first line without a letter', () => {
  it('is read with the next non-blank line', () => {
    expect(messageFirstLine('0: : \nRFC 3489/5389/5766 STUN/TURN Server\nVersion Coturn-4.6.1')).toBe('0: : RFC 3489/5389/5766 STUN/TURN Server');
    expect(messageFirstLine('0: : \n\n==== Show him the instruments ====\n\n')).toBe('0: : ==== Show him the instruments ====');
  });

  it('near misses: a first line with a word, and a head alone, are read as before', () => {
    expect(messageFirstLine('0: : Relay ports initialization done\nmore')).toBe('0: : Relay ports initialization done');
    expect(messageFirstLine('ERROR:\n  details')).toBe('ERROR:');
    expect(messageFirstLine('0: : ')).toBe('0: :');
    expect(messageFirstLine('0: : \n   \n')).toBe('0: :');
  });

  it("real: coturn's banner messages are signatures of their own, apart from its empty message", () => {
    const rows = loadServerLog('coturn.ndjson').filter((r) => r.group.startsWith('mainrelay.c print_features: "\\n') || r.group.includes('(an empty line)'));
    expect(new Set(rows.map((r) => r.group)).size).toBe(5);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'coturn', body: r.body })));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(ids[i]));
    expect([...byGroup.values()].every((s) => s.size === 1)).toBe(true);
    expect(new Set(ids).size).toBe(5);
  });
});
