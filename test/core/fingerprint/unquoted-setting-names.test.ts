// A setting's name written bare, words run together and capitalised, after the word for a setting
// (`option`, `directive`, `keyword`, `parameter`) is what the operator wrote, a value, as a quoted
// one is (configured-option-names.test.ts). Found in server-logs-23 (programs/clamav): ClamAV
// 1.4.6's optparser.c `Parse error at %s:%d: Unknown option %s` for a misspelt clamd.conf option
// and a misspelt freshclam.conf one was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (bodies: readonly string[], service = 'app') => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a bare setting name after the word for a setting', () => {
  it('is a value in a log line', () => {
    expect(templateTokens('Unknown option ScanArchives', 40)).toEqual(['Unknown', 'option', '<name>']);
    expect(templateTokens('Bad configuration directive PermitRootLogn in line 3', 40)).toContain('<name>');
  });

  it('real: clamd\'s and freshclam\'s misspelt options are one signature (ClamAV 1.4.6, programs/clamav)', () => {
    const bodies = loadServerLog('clamav.ndjson').filter((r) => r.body.includes('Unknown option')).map((r) => r.body);
    expect(bodies.length).toBe(2);
    const [a, b] = signatures(bodies, 'clamav');
    expect(b).toBe(a);
  });

  it('near misses: one capitalised word, a lower-case word, a name after `action`, and an exception message are read as before', () => {
    expect(templateTokens('option Disabled here', 40)).toContain('Disabled');
    expect(templateTokens('unknown option verbose', 40)).toContain('verbose');
    const [create, remove] = signatures(['2026-12-06 07:02:01 api[7]: action CreateUser failed', '2026-12-06 07:02:02 api[7]: action DeleteUser failed']);
    expect(remove).not.toBe(create);
    expect(templateTokens('Unknown option ScanArchives', 40, 'message')).toContain('ScanArchives');
  });
});
