// Go's encoding/xml error in a log line, `XML syntax error on line <n>: <account>`: the account
// of what was wrong with the document is the input's, one value to the end of the line
// (src/core/fingerprint/xml-syntax-error.ts). Rows from a real run of
// test/fixtures/fingerprint/programs/go-bugs-12 (Go 1.26.8, log/slog's JSONHandler): importFeed's
// one xml.Unmarshal statement met with a truncated feed and a mis-nested one, in two builds. The
// near misses' XML errors are the wordings Go 1.26.8's encoding/xml printed for malformed
// documents here (`unexpected EOF`, `element <feed> closed by </item>`, `invalid character
// entity &bogus;`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { opensXmlSyntaxAccount } from '../../../src/core/fingerprint/xml-syntax-error.js';

interface Row { failure: string; build: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-12.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const slog = (msg: string, err: string) => JSON.stringify({ time: '2026-12-06T07:20:00Z', level: 'ERROR', msg, route: 'POST /feeds', err });
const printsOf = (bodies: string[]) => {
  const fp = createFingerprinter();
  return bodies.map((body) => fp.fingerprint({ source: 'log', service: 'shop', body, severityText: 'ERROR', runtime: 'go' }).fingerprint);
};

describe("Go's XML syntax error in a log line", () => {
  it("is one signature for one statement's two malformed feeds, in both builds", () => {
    const logged = rows.filter((r) => r.failure === 'importFeed malformed XML' && r.body !== undefined).map((r) => r.body!);
    expect(new Set(logged.map((b) => JSON.parse(b).err as string)).size).toBe(2);
    expect(new Set(printsOf(logged)).size).toBe(1);
  });

  it('opens its account after the line number only', () => {
    const tokens = 'import failed: XML syntax error on line <int>: unexpected EOF'.split(' ');
    expect(opensXmlSyntaxAccount(tokens, 8)).toBe(true);
    expect(opensXmlSyntaxAccount(tokens, 7)).toBe(false);
    expect(opensXmlSyntaxAccount('XML syntax error: unexpected EOF'.split(' '), 3)).toBe(false);
    expect(opensXmlSyntaxAccount('JSON syntax error on line <int>: unexpected EOF'.split(' '), 6)).toBe(false);
  });

  it('near miss: the words before it keep two statements apart', () => {
    const [feed, rates] = printsOf([slog('import feed failed', 'XML syntax error on line 1: unexpected EOF'), slog('sync rates failed', 'XML syntax error on line 1: unexpected EOF')]);
    expect(feed).not.toBe(rates);
    const [a, b] = printsOf([slog('import feed failed', 'XML syntax error on line 1: invalid character entity &bogus;'), slog('sync rates failed', 'XML syntax error on line 4: element <feed> closed by </item>')]);
    expect(a).not.toBe(b);
  });

  it("near miss: another parser's errors keep their words", () => {
    const [x, y] = printsOf([slog('load config failed', 'yaml: line 3: did not find expected key'), slog('load config failed', 'yaml: line 3: mapping values are not allowed in this context')]);
    expect(x).not.toBe(y);
  });
});
