// xUnit.net's runners print a failed test's frames as `<file>(<line>,<col>): at <method>(…)`:
// found in threads-16 (issue-thread-traces-16.test.ts), where xunit/xunit#2351's two outcomes of
// one Assert.Throws (the wrong exception thrown in DoSomething; nothing thrown, failing in
// Test1) were one signature, no frame read.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { looksLikeXunitRunner, xunitRowAsToString } from '../../../src/core/fingerprint/xunit-runner.js';
import { loadThreadTraces } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-16', 'dotnet');
const fingerprintOf = (group: string) => {
  const r = dotnet.find((x) => x.group === group)!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe("xUnit runner rows `file(line,col): at method()`", () => {
  it('are read as .NET frames', () => {
    expect(xunitRowAsToString('          C:\\src\\Tests\\ClockTest.cs(14,0): at MyTests.MyTestClass.DoSomething()')).toBe('   at MyTests.MyTestClass.DoSomething() in C:\\src\\Tests\\ClockTest.cs:line 14');
    expect(looksLikeXunitRunner('Stack Trace:\n  /src/T.cs(19,0): at MyTests.MyTestClass.Test1()')).toBe(true);
  });

  it('near misses: a compiler diagnostic, a bare method or a sentence stay as they are', () => {
    for (const line of ['Program.cs(12,5): error CS1002: ; expected', 'C:\\src\\T.cs(14,0): at the end of input', '   at MyTests.MyTestClass.Test1()']) {
      expect(xunitRowAsToString(line)).toBe(line);
    }
    expect(looksLikeXunitRunner('Program.cs(12,5): error CS1002: ; expected')).toBe(false);
  });

  it('real: Assert.Throws failing in DoSomething and in Test1 are two signatures, each at its method (xunit/xunit#2351)', () => {
    const thrown = fingerprintOf('dotnet:t16:xunit-assert-throws-wrong-exception');
    const none = fingerprintOf('dotnet:t16:xunit-assert-throws-nothing-thrown');
    expect(thrown.fingerprint).not.toBe(none.fingerprint);
    expect(thrown.culprit).toContain('MyTests.MyTestClass.DoSomething');
    expect(none.culprit).toContain('MyTests.MyTestClass.Test1');
  });
});
