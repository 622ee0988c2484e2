// A debugger's notice of a .NET exception above its frames (debugger-exception-notice.ts): VS
// Code's `Exception has occurred: CLR/<type>` and the first-chance `Exception thrown: '<type>' in
// <assembly>: '<message>'`. Found in threads-33 (issue-thread-traces-33.test.ts): AutoGen's
// Orleans grain pasted from the debugger had the title for its type and no message
// (dotnet/orleans#9354).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { debuggerNoticeAsToString } from '../../../src/core/fingerprint/debugger-exception-notice.js';
import { loadThreadTraces } from './thread-traces.js';

const orleans = loadThreadTraces('threads-33', 'dotnet').find((r) => r.source.endsWith('/issues/9354'))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const frames = '\n   at Shop.Store.Save(Order order) in /src/Shop/Store.cs:line 40\n   at Shop.Api.Checkout() in /src/Shop/Api.cs:line 12';

describe("a debugger's notice of a .NET exception above its frames", () => {
  it('real: the grain read off the scheduler has the exception\'s type and message (dotnet/orleans#9354)', () => {
    const x = fp(orleans.stacktrace!);
    expect(x.type).toBe('System.InvalidOperationException');
    expect(x.message).toBe('Activation access violation. A non-activation thread attempted to access activation services.');
  });

  it('the notice and Exception.ToString() of one exception are one signature; the title alone gives the type', () => {
    const printed = fp(`System.IO.IOException: The disk is full.${frames}`);
    const notice = fp(`Exception has occurred: CLR/System.IO.IOException\nException thrown: 'System.IO.IOException' in System.Private.CoreLib.dll: 'The disk is full.'${frames}`);
    expect(notice.fingerprint).toBe(printed.fingerprint);
    expect(fp(`Exception thrown: 'System.IO.IOException' in System.Private.CoreLib.dll: 'The disk is full.'${frames}`).fingerprint).toBe(printed.fingerprint);
    expect(debuggerNoticeAsToString(['Exception has occurred: CLR/System.IO.IOException', '   at Shop.Store.Save()'])).toEqual(['System.IO.IOException', '   at Shop.Store.Save()']);
  });

  it('near miss: a notice among the Output window\'s lines, or under a title naming another type, is left as it is', () => {
    const output = ["Exception thrown: 'System.IO.IOException' in System.Private.CoreLib.dll", "The thread 0x3a1c has exited with code 0 (0x0).", '   at Shop.Store.Save()'];
    expect(debuggerNoticeAsToString(output)).toEqual(output);
    const other = ['Exception has occurred: CLR/System.AggregateException', "Exception thrown: 'System.IO.IOException' in System.Private.CoreLib.dll: 'The disk is full.'", '   at Shop.Store.Save()'];
    expect(debuggerNoticeAsToString(other)).toEqual(other);
  });
});
