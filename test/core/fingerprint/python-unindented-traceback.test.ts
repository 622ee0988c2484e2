// A Python traceback pasted outside a Markdown code block: every line at column 0 (the renderer
// drops leading spaces) and `in <module>` cut to `in` (it takes `<module>` for an HTML tag).
// Found in threads-6 (issue-thread-traces-6.test.ts): one user's ValueError pasted in two
// trackers, once in a code block and once not, was two signatures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/python.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (source: string) => {
  const r = rows.find((x) => x.source.endsWith(source))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('a Python traceback that lost its indentation', () => {
  it('reads the line under each frame as its source line, and a frame whose `<module>` was eaten', () => {
    const text = 'Traceback (most recent call last):\nFile "app.py", line 9, in\nmain()\nFile "app.py", line 5, in main\nreturn int(raw)\nValueError: invalid literal for int() with base 10: \'\'\n';
    const [e] = parseStacktrace(text).exceptions;
    expect(e).toMatchObject({ type: 'ValueError', message: "invalid literal for int() with base 10: ''" });
    expect(e.frames.map((f) => [f.function, f.code])).toEqual([['main', 'return int(raw)'], ['<module>', 'main()']]);
  });

  it('near misses: a frame without a source line keeps the exception line as the exception, also a bare one; an indented traceback is read as before', () => {
    const frozen = parseStacktrace('Traceback (most recent call last):\nFile "core/app.pyc", line 210, in ref_path\nAttributeError: \'NoneType\' object has no attribute \'path\'\n').exceptions[0];
    expect(frozen).toMatchObject({ type: 'AttributeError', message: "'NoneType' object has no attribute 'path'" });
    expect(frozen.frames[0].code).toBeUndefined();
    const bare = parseStacktrace('Traceback (most recent call last):\nFile "app.py", line 3, in stop\nKeyboardInterrupt\n').exceptions[0];
    expect(bare.type).toBe('KeyboardInterrupt');
    const reraise = parseStacktrace('Traceback (most recent call last):\nFile "app.py", line 3, in load\nraise\nFile "app.py", line 9, in parse\nreturn int(s)\nValueError: bad\n').exceptions[0];
    expect(reraise.frames.map((f) => f.code)).toEqual(['return int(s)', 'raise']);
    const indented = parseStacktrace('Traceback (most recent call last):\n  File "app.py", line 5, in main\n    return int(raw)\nValueError: bad\n').exceptions[0];
    expect(indented.frames[0].code).toBe('return int(raw)');
  });

  it('real: the same traceback pasted in a code block and outside one is one signature (moonshawdo/checkgoogleip#47, xyuanmu/checkiptools#12)', () => {
    const a = fingerprintOf('checkgoogleip/issues/47');
    const b = fingerprintOf('checkiptools/issues/12');
    expect(b.culprit).toContain('from_string');
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});
