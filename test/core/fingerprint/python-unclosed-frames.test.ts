// Two ways a Python traceback reaches an issue thread with no exception line below its frames,
// found in threads-5 (issue-thread-traces-5.test.ts): a paste cut after the crash line (a comment
// quoting "the same traceback" up to the `~~~^^^` markers), and Sentry's text export, which prints
// the exception line above the frames. Both were read without a frame, so the failure fell to its
// message, and `KeyError: 'miele'` and `KeyError: 373362` (two programs) were one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-5/python.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprints = (group: string) =>
  rows.filter((x) => x.group.endsWith(group)).map((r) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);

const CUT = 'Traceback (most recent call last):\n  File "/srv/app/jobs.py", line 12, in run\n    load(cfg)\n  File "/srv/app/config.py", line 40, in load\n    return cfg["db"]["host"]\n';

describe('a Python traceback whose frames no exception line closes', () => {
  it('cut after its frames: the frames are the reported exception\'s, crash site first', () => {
    const [e] = parseStacktrace(CUT).exceptions;
    expect(e.frames.map((f) => f.function)).toEqual(['load', 'run']);
    expect(e.frames[0].code).toBe('return cfg["db"]["host"]');
  });

  it("Sentry's order (exception line, then frames): the type and message come from the line above", () => {
    const [e] = parseStacktrace('KeyError: 373362\n  File "app/views.py", line 288, in symbolicate\n    maps[key]\n').exceptions;
    expect(e).toMatchObject({ type: 'KeyError', message: '373362' });
    expect(e.frames[0]).toMatchObject({ file: 'app/views.py', line: 288 });
  });

  it('near misses: a complete traceback keeps its one exception, a chain its order, and a line above a Traceback header is no exception', () => {
    const whole = parseStacktrace(`${CUT}KeyError: 'host'\n`).exceptions;
    expect(whole).toHaveLength(1);
    expect(whole[0]).toMatchObject({ type: 'KeyError', message: "'host'" });
    const chain = parseStacktrace(`${CUT}KeyError: 'host'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "/srv/app/jobs.py", line 14, in run\n    raise ConfigError()\nConfigError\n`).exceptions;
    expect(chain.map((e) => e.type)).toEqual(['ConfigError', 'KeyError']);
    const logged = parseStacktrace(`Error during setup of component miele: 'miele'\n${CUT}`).exceptions;
    expect(logged).toHaveLength(1);
    expect(logged[0].type).toBe('');
    expect(logged[0].frames).toHaveLength(2);
  });

  it('real: the three pastes of miele\'s KeyError are one failure, and not tecken\'s (home-assistant-miele#176, tecken#948)', () => {
    const miele = fingerprints('miele-domain-missing');
    expect(new Set(miele).size).toBe(1);
    expect(fingerprints('tecken-symbol-map-key')[0]).not.toBe(miele[0]);
  });
});
