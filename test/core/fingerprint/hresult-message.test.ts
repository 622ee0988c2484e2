// A .NET exception made from a Windows error code carries the system's description of the code in
// the machine's language, then `(Exception from HRESULT: 0x…)` (src/core/fingerprint/
// hresult-message.ts). Found in threads-11 (issue-thread-traces-11.test.ts): Fluff's
// SetSettingsUI FileNotFoundException, one App Center crash group, from a Portuguese and a Spanish
// Windows was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { hresultOf } from '../../../src/core/fingerprint/hresult-message.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-11', 'dotnet');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'fluff', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("a Windows error code's message", () => {
  it('real: one failure from a Portuguese and a Spanish Windows, and from a build with symbols, is one signature (EpsiRho/Fluff#68, #65, #43)', () => {
    const pt = fingerprintOf(row('Fluff/issues/68'));
    expect(pt.explain.join('\n')).toContain('Windows error code: 0x80070002');
    expect(fingerprintOf(row('Fluff/issues/65')).fingerprint).toBe(pt.fingerprint);
    expect(fingerprintOf(row('Fluff/issues/43')).fingerprint).toBe(pt.fingerprint);
  });

  it('another code at the same crash site is another failure (a sharing violation beside a full disk, both IOException)', () => {
    const r = row('Fluff/issues/68');
    const io = (message: string) => fingerprintOf({ ...r, type: 'System.IO.IOException', message });
    // Windows' own texts for ERROR_SHARING_VIOLATION and ERROR_DISK_FULL.
    const busy = io('The process cannot access the file because it is being used by another process. (Exception from HRESULT: 0x80070020)');
    expect(busy.explain.join('\n')).toContain('Windows error code: 0x80070020');
    expect(io('There is not enough space on the disk. (Exception from HRESULT: 0x80070070)').fingerprint).not.toBe(busy.fingerprint);
  });

  it('near misses: a code elsewhere in the message, another wording, and a message without one are read as before', () => {
    expect(hresultOf('The system cannot find the file specified. (Exception from HRESULT: 0x80070002)')).toBe('0x80070002');
    expect(hresultOf('Creating an instance failed due to the following error: 80040154 Class not registered (Exception from HRESULT: 0x80040154 (REGDB_E_CLASSNOTREG)).')).toBeUndefined();
    expect(hresultOf('COM call returned HRESULT 0x80004005 while saving')).toBeUndefined();
    expect(hresultOf('Could not find file \'C:\\app\\modules.json\'.')).toBeUndefined();
    const r = row('PSAttack/issues/27');
    const before = fingerprintOf(r);
    expect(before.explain.join('\n')).not.toContain('Windows error code');
  });
});
