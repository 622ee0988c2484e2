// A Python traceback run onto one line (a reply's quote, a log that squeezes whitespace): found in
// threads-54 (issue-thread-traces-54.test.ts), where ha-switchbot-remote's maintainer quoted the
// reporter's `KeyError: 'host'` traceback with every line break lost, and it read as no frame
// (src/core/fingerprint/python-flattened-traceback.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isFlattenedTraceback, unflattenTraceback } from '../../../src/core/fingerprint/python-flattened-traceback.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-54/python.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (r: Row) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'KeyError', message: "'k'", stacktrace }).fingerprint;

const printed = (code: string) => `Traceback (most recent call last):\n  File "/srv/app/main.py", line 3, in <module>\n    main()\n  File "/srv/app/main.py", line 9, in main\n    ${code}\nKeyError: 'k'\n`;
const flat = (code: string, markers = '') => `Traceback (most recent call last): File "/srv/app/main.py", line 3, in <module> main() File "/srv/app/main.py", line 9, in main ${code}${markers ? ` ${markers}` : ''} KeyError: 'k'`;

describe('a Python traceback run onto one line', () => {
  it('is read as the lines it was printed on: frames, source lines without the markers, the exception line, a chain', () => {
    const t = parseStacktrace(flat('return d[k]', '~^^^')).exceptions[0];
    expect(t).toMatchObject({ type: 'KeyError', message: "'k'" });
    expect(t.frames.map((f) => [f.function, f.code])).toEqual([['main', 'return d[k]'], ['<module>', 'main()']]);
    const chain = parseStacktrace(`${flat('return d[k]')} During handling of the above exception, another exception occurred: Traceback (most recent call last): File "/srv/app/main.py", line 12, in main raise ValueError(k) ValueError: k`);
    expect(chain.exceptions.map((e) => e.type)).toEqual(['ValueError', 'KeyError']);
    expect(chain.exceptions[0].frames[0].code).toBe('raise ValueError(k)');
  });

  it('joins the printed form, with the markers of 3.11+ and without them (before 3.11)', () => {
    expect(fp(flat('return d[k]', '~^^^'))).toBe(fp(printed('return d[k]')));
    expect(fp(flat('return d[k]'))).toBe(fp(printed('return d[k]')));
  });

  it('near misses: another statement of the function stays apart; an operator in the code is code; the words without a frame after them are not a traceback', () => {
    expect(fp(flat('return e[k]', '~^^^'))).not.toBe(fp(printed('return d[k]')));
    expect(unflattenTraceback(flat('return d[a ^ b]', '~^^^^^^^'))).toContain('    return d[a ^ b]');
    expect(isFlattenedTraceback('see the Traceback (most recent call last): above for details')).toBe(false);
    expect(isFlattenedTraceback('Traceback (most recent call last):')).toBe(false);
  });

  it('real: the switchbot traceback as pasted and as quoted on one line is one signature, apart from config_flow.py\'s (ha-switchbot-remote#60)', () => {
    const [pasted, quoted] = rows.filter((r) => r.group === 'python:t54:switchbotremote-setup-entry-host-keyerror');
    const a = fingerprintOf(pasted);
    const b = fingerprintOf(quoted);
    expect(b.culprit).toContain('async_setup_entry');
    expect(a.fingerprint).toBe(b.fingerprint);
    const other = fingerprintOf(rows.find((r) => r.group === 'python:t54:switchbotremote-options-flow-host-keyerror')!);
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });
});
