// Visual Studio's Exception Assistant before 2017 copied its details with the type line saying how
// the debugger stopped: `System.NullReferenceException was unhandled by user code` (or `was
// unhandled`), then the same `HResult=`, `Message=`, `Source=`, `StackTrace:` lines the later
// Exception Helper writes under the type alone (visual-studio-exception-details.ts). Found in
// threads-36 (issue-thread-traces-36.test.ts): StackExchange/StackExchange.Redis#424's
// ServerEndPoint.get_LastException was typed `System.NullReferenceException was unhandled by user
// code` with no message.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { exceptionDetailsAsToString } from '../../../src/core/fingerprint/visual-studio-exception-details.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-36', 'dotnet');
const lastException = rows.find((r) => r.source.endsWith('StackExchange.Redis/issues/424'))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const properties = ['  HResult=-2147467261', '  Message=Object reference not set to an instance of an object.', '  Source=Shop', '  StackTrace:', '       at Shop.Cart.Total() in C:\\src\\Shop\\Cart.cs:line 40', '       at Shop.CartController.Get() in C:\\src\\Shop\\CartController.cs:line 12'];

describe('Visual Studio\'s older exception details, `<type> was unhandled by user code`', () => {
  it('real: the type is the exception\'s and the message is read (StackExchange/StackExchange.Redis#424)', () => {
    const x = fp(lastException.stacktrace!);
    expect(x.type).toBe('System.NullReferenceException');
    expect(x.message).toContain('Object reference not set');
  });

  it('the same break copied from the older and the newer helper is one signature', () => {
    const older = fp(['System.NullReferenceException was unhandled by user code', ...properties].join('\n'));
    const unhandled = fp(['System.NullReferenceException was unhandled', ...properties].join('\n'));
    const newer = fp(['System.NullReferenceException', ...properties].join('\n'));
    expect(older.fingerprint).toBe(newer.fingerprint);
    expect(unhandled.fingerprint).toBe(newer.fingerprint);
  });

  it('two types stopped at the same frames stay apart', () => {
    const nre = fp(['System.NullReferenceException was unhandled by user code', ...properties].join('\n'));
    const ioe = fp(['System.InvalidOperationException was unhandled by user code', ...properties].join('\n'));
    expect(nre.fingerprint).not.toBe(ioe.fingerprint);
  });

  it('near misses: the words without the helper\'s properties, and other words after a type, are left as they are', () => {
    const sentence = ['System.NullReferenceException was unhandled by user code', '   at Shop.Cart.Total()'];
    expect(exceptionDetailsAsToString(sentence)).toEqual(sentence);
    const other = ['System.NullReferenceException was thrown in Total', ...properties];
    expect(exceptionDetailsAsToString(other)).toEqual(other);
  });
});
