// A reflection wrapper (.NET's TargetInvocationException, Java's InvocationTargetException) around
// another exception adds no failure to the type chain: it only says the failing method was called
// through reflection. Found in threads-17 (issue-thread-traces-17.test.ts): RatScanner 3.7.4's
// cancelled start-up, pasted through its Blazor UI's dependency injection (wrapped) and through its
// minimal UI (not), was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-17', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const throughDi = row('https://github.com/RatScanner/RatScanner/issues/663');
const throughDiAgain = row('https://github.com/RatScanner/RatScanner/issues/672');
const minimalUi = row('https://github.com/RatScanner/RatScanner/issues/667');

describe('a reflection wrapper in the type chain', () => {
  it('real: the same failure with and without TargetInvocationException is one signature (RatScanner#663, #672, #667)', () => {
    const sigs = signaturesInOrder([throughDi, throughDiAgain, minimalUi]);
    expect(new Set(sigs).size).toBe(1);
  });

  it('near miss: other cancelled tasks at other crash sites stay apart (SrvSurvey#121, rdt-client#886)', () => {
    const others = [row('https://github.com/njthomson/SrvSurvey/issues/121'), row('https://github.com/rogerfar/rdt-client/issues/886')];
    expect(new Set(signaturesInOrder([minimalUi, ...others])).size).toBe(3);
  });

  it('near miss: the wrapper with nothing inside it keeps its type', () => {
    const fp = createFingerprinter();
    const header = throughDi.stacktrace!.split('\n')[0];
    const r = fp.fingerprint({ source: 'span', service: 'app', stacktrace: `${header}\n   at RatScanner.RatScannerMain..ctor()` });
    expect(r.type).toBe('System.Reflection.TargetInvocationException');
    expect(r.explain.join('\n')).toContain('type chain: System.Reflection.TargetInvocationException —');
  });
});
