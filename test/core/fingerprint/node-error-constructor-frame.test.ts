// Node's own error constructor frame (`at new NodeError (node:internal/errors:406:5)`) on top of a
// trace of Node's code alone: found in threads-55 (issue-thread-traces-55.test.ts), Node 20.9's and
// 20.11's copies of one internal assertion (src/core/fingerprint/node-error-constructor-frame.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const fp = (stacktrace: string, type = 'Error') => createFingerprinter().fingerprint({ source: 'span', service: 'app', type, message: 'boom', stacktrace }).fingerprint;
const WITHOUT = 'Error: boom\n    at assert (node:internal/assert:14:11)\n    at internalConnectMultiple (node:net:1118:3)\n    at Timeout.internalConnectMultipleTimeout (node:net:1687:3)\n    at listOnTimeout (node:internal/timers:575:11)';
const WITH = 'Error: boom\n    at new NodeError (node:internal/errors:406:5)\n' + WITHOUT.split('\n').slice(1).join('\n');

describe("Node's error constructor on top of Node's own frames", () => {
  it('does not contribute: the frames below it say where the error was raised', () => {
    expect(fp(WITH)).toBe(fp(WITHOUT));
    const oldNode = 'Error: boom\n    at new NodeError (internal/errors.js:322:7)\n' + WITHOUT.split('\n').slice(1).join('\n');
    expect(fp(oldNode)).toBe(fp(WITHOUT));
  });

  it('near misses: another raising function below the constructor stays apart; a trace of the errors module alone keeps it', () => {
    const other = 'Error: boom\n    at new NodeError (node:internal/errors:406:5)\n    at validateString (node:internal/validators:162:11)\n    at Object.join (node:path:1172:7)';
    expect(fp(other)).not.toBe(fp(WITH));
    const only = 'Error: boom\n    at new NodeError (node:internal/errors:406:5)';
    const onlyOther = 'Error: boom\n    at new SystemError (node:internal/errors:250:5)';
    expect(fp(only)).not.toBe(fp(onlyOther));
    // Not JavaScript's: a Python file named errors is not Node's module.
    const py = 'Traceback (most recent call last):\n  File "/app/internal/errors.py", line 3, in make\n    raise ValueError("boom")\nValueError: boom';
    const py2 = py.replace('/app/internal/errors.py', '/app/internal/other.py');
    expect(fp(py, 'ValueError')).not.toBe(fp(py2, 'ValueError'));
  });
});
