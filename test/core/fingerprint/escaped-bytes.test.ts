// Bytes a program could not print, written as `\xHH` escapes, are one value (`<bytes>`,
// parameterize.ts), and a quoted text holding them is still free text (template-tokens.ts
// `holdsFoundValue`). Found in the round-76 incident's MySQL error 1366 (openaustralia/
// planningalerts#1064, steemnova/steemnova#102): MySQL quotes the first bytes a utf8mb3 column
// refused and a few characters after them (`Incorrect string value: '\xF0\x9F\x98\x82 s...' for
// column 'body' at row 1`), and the path pattern read a run of escapes as a Windows path, so an
// emoji quoted alone and one quoted with the text after it were two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';

const refused = (value: string, column = 'body') => `Mysql2::Error: Incorrect string value: ${value} for column '${column}' at row 1`;

describe('bytes written as escapes', () => {
  it('are one value wherever they stand, in a log line and a message alike', () => {
    expect(parameterize("b'\\xf0\\x9f\\x98' is not valid", true)).toBe("b'<bytes>' is not valid");
    expect(parameterize("value: '\\xF0\\x9F\\x98\\x82 s...'", false)).toBe("value: '<bytes> s...'");
  });

  it('make no path, while a path that begins with a drive or holds other words stays one', () => {
    expect(parameterize('cannot open C:\\x64\\bin\\tool.exe', true)).toBe('cannot open <path>');
    expect(parameterize('cannot open \\Windows\\System32\\x.dll', true)).toBe('cannot open <path>');
    // An escaped backslash before `x` is a backslash and a letter, not a byte.
    expect(parameterize('pattern \\\\x41 not found', true)).toBe('pattern \\\\x41 not found');
  });

  it('leave MySQL refusals of one column one signature, whatever the refused input was', () => {
    const values = ["'\\xF0\\x9F\\x98\\x82 s...'", "'\\xF0\\x9F\\x8E\\x89\\xF0\\x9F...'", "'\\xF0\\x9F\\x91\\x8D'", "'\\xF0\\x9F\\x99\\x8F th...'", "'Caf\\xE9 s...'"];
    const fp = createFingerprinter();
    const ids = values.map((v) => fp.fingerprint({ source: 'log', service: 'board', body: refused(v), severityText: 'ERROR' }).fingerprint);
    expect(new Set(ids).size).toBe(1);
    const messages = values.map((v) => fp.fingerprint({ source: 'span', service: 'board', type: 'ActiveRecord::StatementInvalid', message: refused(v) }).fingerprint);
    expect(new Set(messages).size).toBe(1);
  });

  it('near misses: another column, another error, and a quoted request line stay apart', () => {
    const fp = createFingerprinter();
    const body = fp.fingerprint({ source: 'log', service: 'board', body: refused("'\\xF0\\x9F\\x98\\x82 s...'"), severityText: 'ERROR' }).fingerprint;
    const title = fp.fingerprint({ source: 'log', service: 'board', body: refused("'\\xF0\\x9F\\x98\\x82 s...'", 'title'), severityText: 'ERROR' }).fingerprint;
    expect(title).not.toBe(body);
    const integer = fp.fingerprint({ source: 'log', service: 'board', body: "Mysql2::Error: Incorrect integer value: 'abc' for column 'votes' at row 1", severityText: 'ERROR' }).fingerprint;
    expect(integer).not.toBe(body);
    // Quotes around values the parameteriser found are still a structure of constants.
    const get = fp.fingerprint({ source: 'log', service: 'web', body: 'rejected "GET /a/b HTTP/1.1" from peer', severityText: 'ERROR' }).fingerprint;
    const post = fp.fingerprint({ source: 'log', service: 'web', body: 'rejected "POST /a/b HTTP/1.1" from peer', severityText: 'ERROR' }).fingerprint;
    expect(post).not.toBe(get);
  });
});
