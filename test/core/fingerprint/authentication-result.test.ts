// A mail authentication result (SPF, DKIM, DMARC) ending a line after the domain it is about is a
// value (authentication-result.ts). Real lines: Debian 12's opendmarc 1.4.2 (programs/opendmarc,
// server-logs-61.test.ts), whose mlfi_eom logs `%s: SPF(%s): %s %s` and `%s: %s %s` (queue id,
// domain, result) and split them into one signature per result. The near misses are the same
// words elsewhere in a line and other words after a domain, which stay words.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a mail authentication result after its domain', () => {
  it("opendmarc's SPF and DMARC results are one signature per statement, each statement apart", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'opendmarc', body }).fingerprint;
    const spf = t('Dec  7 10:41:32 opendmarc[19862]: 659D206F01: SPF(mailfrom): example.test pass');
    expect(t('Dec  7 10:41:33 opendmarc[19862]: 208E3E3903: SPF(mailfrom): news.test fail')).toBe(spf);
    expect(t('Dec  7 10:41:34 opendmarc[19862]: 6F38728A06: SPF(mailfrom): mailer.example.com none')).toBe(spf);
    expect(t('Dec  7 10:41:48 opendmarc[19862]: 73BF2FA019: SPF(mailfrom): @ none')).toBe(spf);
    const dmarc = t('Dec  7 10:41:32 opendmarc[19862]: 659D206F01: example.test pass');
    expect(dmarc).not.toBe(spf);
    expect(t('Dec  7 10:41:33 opendmarc[19862]: 69445ACD04: example.test fail')).toBe(dmarc);
    expect(t('Dec  7 10:41:34 opendmarc[19862]: 59C6765008: nodmarc.test none')).toBe(dmarc);
    expect(t('Dec  7 10:41:35 opendmarc[19862]: 59C6765009: shop.test temperror')).toBe(dmarc);
    // A configuration file's name and an empty reason (`%s: %s: %s` on stderr) is another
    // statement, though its words are values too: the result keeps a token of its own.
    expect(t('opendmarc: c7.conf: ')).not.toBe(dmarc);
    expect(t('Dec  7 10:41:36 opendmarc[19862]: 59C676500A: ignoring mail from example.test')).not.toBe(dmarc);
  });

  it('reads each result word after a masked domain, a dotted name or an address', () => {
    for (const result of ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy', 'tempfail', 'hardfail']) {
      expect(tokens(`Q1: mx.example.com ${result}`)).toContain('<result>');
    }
    expect(tokens('Q1: SPF(helo): mail.internal.corp neutral')).toContain('<result>');
    expect(tokens('Q1: SPF(mailfrom): bob@example.com softfail')).toContain('<result>');
  });

  it('near misses: the words elsewhere, after a word or a number, other words after a domain', () => {
    expect(tokens('fail for example.com')).toContain('fail');
    expect(tokens('pass example.com to the relay')).toContain('pass');
    expect(tokens('dkim lookup none')).toContain('none');
    expect(tokens('retries 3 none')).toContain('none');
    expect(tokens('Q1: example.com failed')).toContain('failed');
    expect(tokens('Q1: example.com unreachable')).toContain('unreachable');
    expect(tokens('Q1: example.com pass.')).not.toContain('<result>');
    expect(tokens('Q1: example.com pass extra')).toContain('pass');
  });
});
