// Code run from a directory made for one run — Python's tempfile (`/tmp/tmpa1b2c3d4/job.py`,
// `tmp` and eight characters of [a-z0-9_]) and pip's build directories (`pip-install-…`,
// `pip-req-build-…`) — was keyed with that directory's random name, as every path is by its
// last two segments: the same failure was a signature per run. The random part is dropped.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { normalizePath } from '../../../src/core/fingerprint/normalize.js';

const trace = (dir: string, file = 'job.py') => [
  'Traceback (most recent call last):',
  `  File "${dir}/${file}", line 12, in run`,
  '    total = sum(x.price for x in items)',
  "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'",
].join('\n');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

describe('a directory made for one run', () => {
  it('loses its random part', () => {
    expect(normalizePath('/tmp/tmpa1b2c3d4/job.py')).toBe('tmp/job.py');
    expect(normalizePath('/tmp/pip-req-build-k2j3h4g5/setup.py')).toBe('pip-req-build-/setup.py');
  });

  it('two runs are one signature', () => {
    expect(fp(trace('/tmp/tmpa1b2c3d4'))).toBe(fp(trace('/tmp/tmpz9y8x7w_')));
  });

  it('near miss: another file of the run, and directories that are names, stay apart', () => {
    expect(fp(trace('/tmp/tmpa1b2c3d4', 'load.py'))).not.toBe(fp(trace('/tmp/tmpa1b2c3d4')));
    expect(normalizePath('/srv/tmpfiles1/job.py')).toBe('tmpfiles1/job.py');
    expect(normalizePath('/srv/tmpabcdefgh/job.py')).toBe('tmp/job.py');
    expect(normalizePath('/srv/templates/job.py')).toBe('templates/job.py');
  });
});
