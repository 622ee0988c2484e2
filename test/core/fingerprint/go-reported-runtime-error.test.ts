// hub's crash report states the panic's value in its own words above the stack (`Error
// (runtime.errorString): \`runtime error: index out of range\``, no `panic:` line): read as the
// message (go-reported-runtime-error.ts), the report and the same crash given as type, message
// and stack (mislav/hub#1510, #2101; threads-22, issue-thread-traces-22.test.ts) are one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { reportedRuntimeError } from '../../../src/core/fingerprint/go-reported-runtime-error.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const go = loadThreadTraces('threads-22', 'go');
const row = (url: string) => go.find((r) => r.source === url)!;
const report = row('https://github.com/mislav/hub/issues/1510');
const recorded = row('https://github.com/mislav/hub/issues/2101');

describe("a Go crash reporter's own statement of the runtime error", () => {
  it('real: the crash report and the recorded crash are one signature (mislav/hub#1510, #2101)', () => {
    expect(new Set(signaturesInOrder([report, recorded])).size).toBe(1);
  });

  it('real: the report reads its runtime error as the message', () => {
    const r = createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace: report.stacktrace });
    expect(r.message).toContain('runtime error: index out of range');
  });

  it('near miss: another runtime error stated above the same stack stays apart', () => {
    const nil = report.stacktrace!.replace('runtime error: index out of range', 'runtime error: invalid memory address or nil pointer dereference');
    expect(new Set(signaturesInOrder([report, { ...report, stacktrace: nil }])).size).toBe(2);
  });

  it('near miss: lines without a runtime error state nothing', () => {
    expect(reportedRuntimeError(['Error (main.ConfigError): `no token`', '', 'Stack:'])).toBeUndefined();
    expect(reportedRuntimeError(['2016/04/04 11:35:02 panic: runtime error: slice bounds out of range'])).toBe('runtime error: slice bounds out of range');
  });
});
