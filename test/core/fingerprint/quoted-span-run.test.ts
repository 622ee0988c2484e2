// A quoted span of several words where another line of the statement has one value
// (variable-run.ts quotedSpan): what a format prints between its quotes is one value, whatever
// words it holds. Found in InspIRCd 3.15's log (programs/inspircd, server-logs-32.test.ts):
// m_spanningtree's `Connection to '%s' failed.` names an outgoing link by its server's name and
// an incoming one `inbound from <ip>`, and the `from` in it read as the statement's own grammar.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { joinAcrossLengths } from '../../../src/core/fingerprint/variable-run.js';
import { resolveAliases } from '../../helpers/loghub.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return new Set(resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body }))));
};

describe('a quoted span of several words', () => {
  it('is one value against the one value of another line', () => {
    expect(joinAcrossLengths(['LINK:', 'Connection', 'to', '<*>', 'failed.'], ['LINK:', 'Connection', 'to', "'inbound", 'from', "<ip>'", 'failed.'])).toEqual(['LINK:', 'Connection', 'to', '<**>', 'failed.']);
    expect(signatures('ircd', [
      "LINK: Connection to 'hub.example.test' failed.",
      "LINK: Connection to 'leaf.example.test' failed.",
      "LINK: Connection to 'inbound from 127.0.0.1' failed.",
      "LINK: Connection to 'inbound from 10.0.0.7' failed.",
    ]).size).toBe(1);
  });

  it('near misses: the same words without quotes, two quoted spans, and a quoted inserted word stay apart', () => {
    // Unquoted, `from` is the statement's grammar: nothing shows where its value ends.
    expect(joinAcrossLengths(['Connection', 'to', '<*>', 'failed.'], ['Connection', 'to', 'inbound', 'from', '<ip>', 'failed.'])).toBeUndefined();
    // Two quoted values and the word between them are not one span.
    expect(joinAcrossLengths(['Moved', 'to', '<*>', 'today.'], ['Moved', 'to', "'a'", 'from', "'b'", 'today.'])).toBeUndefined();
    expect(signatures('ircd', ["Connection to 'hub.example.test' failed.", "Connection to 'hub.example.test' not failed."]).size).toBe(2);
  });
});
