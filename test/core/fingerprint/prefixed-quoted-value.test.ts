// A quoted text glued to a one-letter prefix in a log line (`u'sensor1'`, `b'x'`) is a value
// (prefixed-quoted-value.ts): Mosquitto 2.0.11's `New client connected from %s:%d as %s (p%d, c%d,
// k%d, u'%s').` was one template per user name (programs/mosquitto, server-logs-2.test.ts:
// mosquitto-broker GA 0.824 → 1). The lines are written after that format.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { prefixedQuotedValueClass } from '../../../src/core/fingerprint/prefixed-quoted-value.js';
import { resolveAliases } from '../../helpers/loghub.js';

/** Whether `a` and `b` are one signature, each line met twice, in either order. */
function together(a: string, b: string, service = 'mosquitto'): boolean {
  for (const order of [[a, b, a, b], [b, a, b, a]]) {
    const fp = createFingerprinter();
    const ids = resolveAliases(order.map((body) => fp.fingerprint({ source: 'log', service, body })));
    if (ids[0] !== ids[1]) return false;
  }
  return true;
}

const connected = (client: string, user: string) => `2026-12-05T03:29:02: New client connected from 127.0.0.1:35808 as ${client} (p2, c1, k60, u'${user}').`;

describe('a quoted text glued to a one-letter prefix', () => {
  it('is a value, the marks after its closing quote kept', () => {
    expect(prefixedQuotedValueClass("u'sensor1').", '<name>')).toBe('<name>).');
    expect(prefixedQuotedValueClass("u'dashboard'", '<name>')).toBe('<name>');
    expect(prefixedQuotedValueClass("b'\\x00\\x01',", '<name>')).toBe('<name>,');
    expect(prefixedQuotedValueClass('u"alice"', '<name>')).toBe('<name>');
  });

  it("makes Mosquitto's connections of two users one statement", () => {
    expect(together(connected('sensor-1', 'sensor1'), connected('dash-main', 'dashboard'))).toBe(true);
    expect(together(connected('twice', 'sensor1'), connected('twice', 'operator'))).toBe(true);
    expect(together("worker: got key b'user:1' from cache", "worker: got key b'session' from cache", 'worker')).toBe(true);
  });

  it('near misses: no prefix, an apostrophe in a word, an upper-case prefix, a text of several words, other statements', () => {
    for (const token of ["'dashboard'", "don't", "o'clock", "U'alice'", "u'two", "u''", "ub'x'", "u'a'b'", "u'x'y"])
      expect(prefixedQuotedValueClass(token, '<name>')).toBeUndefined();
    // a quoted word without the prefix stays a word in a log line: a state the program names
    expect(together("worker: job entered state 'Active'", "worker: job entered state 'Inactive'", 'worker')).toBe(false);
    // the statement's own words stay: a line of other words with the same user field is another statement
    expect(together(connected('sensor-1', 'sensor1'), "2026-12-05T03:29:02: Client sensor-1 disconnected, not authorised (u'sensor1').")).toBe(false);
    // Mosquitto's line for a client without a user name is a format of its own (its else branch)
    expect(together(connected('sensor-1', 'sensor1'), '2026-12-05T03:29:02: New client connected from 127.0.0.1:35808 as sensor-1 (p2, c1, k60).')).toBe(false);
  });
});
