// An error header behind an `uncaught exception:` lead, its code unspaced (`Error[ERR_X]: …`):
// found in threads-55 (issue-thread-traces-55.test.ts), Electron's main-process dialog over one of
// Node's internal assertions (src/core/fingerprint/uncaught-exception-lead.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

const FRAMES = '    at readConfig (/app/src/config.js:12:9)\n    at main (/app/src/index.js:3:1)';
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

describe('an error header behind an uncaught-exception lead', () => {
  it('is the header: type and message read from it, not the text above', () => {
    const t = parseStacktrace(`A JavaScript error occurred in the main process\n\nuncaught exception: Error[ERR_BAD_CONFIG]: config file is empty\n${FRAMES}`);
    expect(t.exceptions[0]).toMatchObject({ type: 'Error', message: 'config file is empty' });
    const spaced = parseStacktrace(`A JavaScript error occurred in the main process\nUncaught Exception: TypeError: config is not a function\n${FRAMES}`);
    expect(spaced.exceptions[0]).toMatchObject({ type: 'TypeError', message: 'config is not a function' });
  });

  it('is one signature with the error logged without the lead', () => {
    expect(fp(`A JavaScript error occurred in the main process\n\nuncaught exception: Error[ERR_BAD_CONFIG]: config file is empty\n${FRAMES}`)).toBe(fp(`Error [ERR_BAD_CONFIG]: config file is empty\n${FRAMES}`));
  });

  it('near misses: another message behind the lead stays apart; a lead before words that name no error type is not a header', () => {
    const a = fp(`A JavaScript error occurred in the main process\n\nuncaught exception: Error[ERR_BAD_CONFIG]: config file is empty\n${FRAMES}`);
    const b = fp(`A JavaScript error occurred in the main process\n\nuncaught exception: Error[ERR_BAD_CONFIG]: config file is not JSON\n${FRAMES}`);
    expect(a).not.toBe(b);
    const t = parseStacktrace(`Something went wrong\nuncaught exception: the worker stopped\n${FRAMES}`);
    expect(t.exceptions[0].type).toBe('Error');
    expect(t.exceptions[0].message.startsWith('Something went wrong')).toBe(true);
  });
});
