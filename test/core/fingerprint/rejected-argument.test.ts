// The bare token a program rejects at the end of `invalid argument to …: <token>` is the
// operator's argument, a value (rejected-argument.ts): found in smartmontools 7.3's smartd
// (programs/smartd, server-logs-33.test.ts), whose ParseToken `Invalid argument to %s Directive:
// %s` made every argument a smartd.conf got wrong a template of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('the argument a program rejects, bare after invalid argument to …:', () => {
  it('is a value, with or without an option between the preposition and the colon', () => {
    expect(templateTokens('Invalid argument to -T Directive: strict', 40)).toEqual(['Invalid', 'argument', 'to', '-T', 'Directive:', '<*>']);
    expect(templateTokens('invalid value for compression level: fastest', 40)).toEqual(['invalid', 'value', 'for', 'compression', 'level:', '<*>']);
  });

  it('near misses: the errno text, a failure word or grammar after the colon, no preposition, a sentence after it and a long phrase stay words', () => {
    expect(templateTokens('ioctl failed: Invalid argument: EINVAL', 40)).toContain('EINVAL');
    expect(templateTokens('open /dev/sda: Invalid argument', 40)).toEqual(['open', '/dev/sda:', 'Invalid', 'argument']);
    expect(templateTokens('invalid argument to ioctl: denied', 40)).toContain('denied');
    expect(templateTokens('invalid argument to ioctl: not', 40)).toContain('not');
    expect(templateTokens('Invalid argument given: strict', 40)).toContain('strict');
    expect(templateTokens('Invalid argument to -T Directive: strict mode', 40)).toContain('strict');
    expect(templateTokens('invalid value for the first of many settings here: strict', 40)).toContain('strict');
    expect(templateTokens('Loaded argument to -T Directive: strict', 40)).toContain('strict');
  });

  it("real: smartd's invalid arguments to three directives are one signature", () => {
    const rows = loadServerLog('smartd.ndjson').filter((r) => r.body.includes(': Invalid argument to '));
    expect(new Set(rows.map((r) => r.body.replace(/^.*?\): /, ''))).size).toBe(3);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'smartd', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
