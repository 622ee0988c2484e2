// Chrome DevTools' console shows an uncaught error's stack as `function @ file:line` rows, and
// that is what people copy from it (threads-9: litdevelopers/tinder#40, a webpack bundle's
// `fn @ main.js:103`). Read as no frame, its `Cannot read property '0' of undefined` was mined
// with other programs' null reads into one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

const devtools = (top: string, line: number) =>
  `Uncaught TypeError: Cannot read property '0' of undefined\n${top} @ main.js:${line}\n(anonymous) @ main.js:2656\n__webpack_require__ @ main.js:620\n(anonymous) @ main.js:699\n(anonymous) @ main.js:702`;

describe("DevTools' `function @ file:line` rows", () => {
  it('are JavaScript frames: the function, the file and the line; `(anonymous)` has no name', () => {
    const parsed = parseStacktrace(devtools('fn', 103));
    expect(parsed.runtime).toBe('javascript');
    const [e] = parsed.exceptions;
    expect(e.type).toBe('TypeError');
    expect(e.frames[0]).toMatchObject({ function: 'fn', file: 'main.js', line: 103 });
    expect(e.frames[1]).toMatchObject({ function: undefined, file: 'main.js', line: 2656 });
  });

  it('name the crash site: two functions failing alike are two signatures, one function in two builds one', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'span', service: 'web', stacktrace: devtools('fn', 103) });
    const moved = fp.fingerprint({ source: 'span', service: 'web', stacktrace: devtools('fn', 131) });
    const other = fp.fingerprint({ source: 'span', service: 'web', stacktrace: devtools('renderMatches', 88) });
    expect(moved.fingerprint).toBe(a.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });

  it('near misses: one `x @ host:port` line is not a trace, and Firefox\'s `fn@file:line:col` reads as before', () => {
    expect(parseStacktrace('deploy failed: admin @ db.internal:5432 refused the login').runtime).not.toBe('javascript');
    const gecko = parseStacktrace('render@https://app.example.com/main.js:10:5\n@https://app.example.com/main.js:20:3');
    expect(gecko.runtime).toBe('javascript');
    expect(gecko.exceptions[0].frames[0]).toMatchObject({ function: 'render', line: 10, column: 5 });
  });
});
