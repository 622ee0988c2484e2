// The token a configuration reader could not use is a value of its statement
// (configuration-token-name.ts). Real lines: Debian 12's Net-SNMP 5.9.3 agent reading an
// snmpd.conf with two unknown tokens and two tokens with nothing after them, where read_config.c's
// `Unknown token: %s.` and `Blank line following %s token.` were a signature per token
// (programs/snmpd, server-logs-47.test.ts); coturn 4.6.1's `Bad configuration format: %s` with
// the options it could not read (programs/coturn, server-logs-19.test.ts), a signature per option.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'snmpd', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a configuration token named in a reader\'s complaint', () => {
  it("snmpd's unknown tokens and tokens with nothing after them are one signature per statement", () => {
    const f = createFingerprinter();
    const unknown = log(f, '2026-12-06 19:54:32 bad.conf: line 3: Warning: Unknown token: bogusToken.');
    expect(log(f, '2026-12-06 19:54:32 bad.conf: line 4: Warning: Unknown token: sysLocaton.')).toBe(unknown);
    const blank = log(f, '2026-12-06 19:54:32 bad.conf: line 5: Error: Blank line following rocommunity token.');
    expect(log(f, '2026-12-06 19:54:32 bad.conf: line 6: Error: Blank line following rwuser token.')).toBe(blank);
    expect(blank).not.toBe(unknown);
    expect(tokens('Unknown token: bogusToken.')).toEqual(['Unknown', 'token:', '<name>']);
    expect(tokens('Blank line following rocommunity token.')).toEqual(['Blank', 'line', 'following', '<name>', 'token.']);
  });

  it('near misses: a failure or grammar word, a word in capitals, no `token` after the word', () => {
    // a word stating a failure after `token:` is the failure, not a token's name
    expect(tokens('refresh failed, token: expired')).toContain('expired');
    // a grammar word goes on with the sentence
    expect(tokens('retry after the token expires')).toContain('the');
    // `token` going on: the word before it says which kind of token
    expect(tokens('retry after access token expires')).toContain('access');
    // a word in capitals is the program's own vocabulary
    expect(tokens('rejected before CSRF token.')).toContain('CSRF');
    // without `token` after it the word after `following` is the sentence's
    expect(tokens('Blank line following rocommunity keyword.')).toContain('rocommunity');
    // `token` without the colon: the word after it goes on with the sentence
    expect(tokens('token refresh scheduled')).toContain('refresh');
  });

  it("coturn's `Bad configuration format:` and sshd's `Bad configuration option:` name the keyword, as the line's last word", () => {
    const f = createFingerprinter();
    const format = log(f, '0: : Bad configuration format: bogus-option');
    expect(log(f, '0: : Bad configuration format: relay-treads')).toBe(format);
    expect(tokens('0: : Bad configuration format: relay-treads')).toEqual(['<int>:', ':', 'Bad', 'configuration', 'format:', '<name>']);
    expect(tokens('/etc/ssh/sshd_config: line 12: Bad configuration option: PermitRootLogn')).toContain('<name>');
    // near misses: a word with more after it, a failure word, a word in capitals, another label
    expect(tokens('Bad configuration format: bogus-option at line 3')).toContain('bogus-option');
    expect(tokens('Bad configuration format: invalid')).toContain('invalid');
    expect(tokens('Bad configuration option: DEBUG')).toContain('DEBUG');
    expect(tokens('Bad configuration value: relay-treads')).toContain('relay-treads');
  });
});
