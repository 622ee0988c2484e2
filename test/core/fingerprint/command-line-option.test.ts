// A long command-line option a program names in its own message is the statement's text
// (command-line-option.ts): rtpengine 10.5.3.5's main.c dies with `Invalid IP or port '%s'
// (--listen-ng)` and `… (--graphite)`, `Invalid --endpoint-learning option ('%s')` and `Invalid
// --dtls-signature option ('%s')` (programs/rtpengine, server-logs-55.test.ts), and each pair was
// one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentNamedOptions } from '../../../src/core/fingerprint/command-line-option.js';
import { resolveAliases } from '../../helpers/loghub.js';

/** Whether the two lines, mined as one service's log (each twice, aliases followed), share a signature. */
function together(a: string, b: string): boolean {
  const fp = createFingerprinter();
  const ids = resolveAliases([a, b, a, b].map((body) => fp.fingerprint({ source: 'log', service: 'rtpengine', body })));
  return ids[0] === ids[1];
}

describe('a long option the program names in its message', () => {
  it('keeps two options apart, between parentheses or before a word of the sentence', () => {
    expect(differentNamedOptions('(--listen-ng)', '(--graphite)')).toBe(true);
    expect(differentNamedOptions('--endpoint-learning', '--dtls-signature', 'option', 'option')).toBe(true);
    expect(together("CRIT: [core] Fatal error: Invalid IP or port 'not-a-host:22733' (--listen-ng)", "CRIT: [core] Fatal error: Invalid IP or port 'nowhere:2003' (--graphite)")).toBe(false);
    expect(together("CRIT: [core] Fatal error: Invalid --endpoint-learning option ('sometimes')", "CRIT: [core] Fatal error: Invalid --dtls-signature option ('MD5')")).toBe(false);
  });

  it('one option with two values stays one statement', () => {
    expect(together("CRIT: [core] Fatal error: Invalid IP or port 'not-a-host:22733' (--listen-ng)", "CRIT: [core] Fatal error: Invalid IP or port 'bad:99' (--listen-ng)")).toBe(true);
  });

  it('near misses: what a user typed (quoted, with its value, closing the line) stays a value', () => {
    expect(differentNamedOptions("'--frobnicate'", "'--verbose'")).toBe(false);
    expect(differentNamedOptions('--max-sessions=-5', '--num-threads=0', 'given', 'given')).toBe(false);
    expect(differentNamedOptions('--frobnicate', '--verbose')).toBe(false);
    expect(differentNamedOptions('--frobnicate', '--verbose', '<int>', '<int>')).toBe(false);
    expect(differentNamedOptions('(--', '(-x)')).toBe(false);
    expect(together('error: unrecognized arguments: --frobnicate', 'error: unrecognized arguments: --verbose')).toBe(true);
    expect(together("unrecognized option '--frobnicate'", "unrecognized option '--verbose'")).toBe(true);
  });
});
