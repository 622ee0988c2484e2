// A quoted token after `near` is the excerpt of the input where a parser stopped: a value
// (template-tokens.ts classify). Real lines: PostgreSQL 15's scan.l `syntax error at or near "%s"`
// relayed by pgjdbc 42.7.5 into a Log4j2 line (programs/hikaricp, server-logs-15.test.ts), one
// statement that was a signature per mistyped word; BIND 9's zone parser (bind9-named.ndjson).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'ledger', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a quoted excerpt after near', () => {
  it("PostgreSQL's syntax errors at two mistyped words are one signature", () => {
    const f = createFingerprinter();
    const selec = log(f, '2026-12-05 23:10:47.984 WARN  [main] com.shop.Ledger - statement syntax failed: ERROR: syntax error at or near "selec"\n  Position: 1');
    const form = log(f, '2026-12-05 23:10:47.985 WARN  [main] com.shop.Ledger - statement syntax-2 failed: ERROR: syntax error at or near "form"\n  Position: 10');
    expect(form).toBe(selec);
    expect(tokens("dns_rdata_fromtext: /tmp/tmp.YVCPsRK9Th/broken.test.zone:4: near '300.1.2.3': bad dotted quad")).toContain('<*>');
  });

  it('near misses: a quoted name elsewhere, a word after near, another statement beside it', () => {
    // a quoted name after another word still names what failed
    expect(tokens('ERROR: relation "payouts" does not exist')).toEqual(['ERROR:', 'relation', '"payouts"', 'does', 'not', 'exist']);
    // an unquoted word after near is text the program wrote
    expect(tokens('disk usage near limit')).toEqual(['disk', 'usage', 'near', 'limit']);
    // another statement with the same excerpt stays apart
    const f = createFingerprinter();
    const syntax = log(f, 'statement syntax failed: ERROR: syntax error at or near "selec"');
    const other = log(f, 'statement syntax failed: ERROR: unterminated quoted string at or near "selec"');
    expect(other).not.toBe(syntax);
  });
});
