// A .NET throw helper on top of a trace with no frame of the application's is left out of the top
// library frames (src/core/fingerprint/dotnet-throw-helper-frame.ts). Found in threads-47
// (issue-thread-traces-47.test.ts): Kavita's `database is locked` on saving its DataContext printed
// Microsoft.Data.Sqlite's SqliteException.ThrowExceptionForRC over SqliteDataRecord.Dispose in one
// release and Dispose alone in the next (Kareadita/Kavita#2289, #2985), two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isDotnetThrowHelper, withoutLeadingThrowHelpers } from '../../../src/core/fingerprint/dotnet-throw-helper-frame.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-47', 'dotnet');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'reader', stacktrace });
const trace = (header: string, frames: string[]) => [header, ...frames.map((f) => `   at ${f}`)].join('\n');

describe('.NET throw helpers on top of library frames', () => {
  it('real: Kavita\'s save with and without ThrowExceptionForRC on top is one signature (Kareadita/Kavita#2289, #2985, #1138)', () => {
    const a = fingerprintOf(row('Kavita/issues/2289'));
    expect(a.fingerprint).toBe(fingerprintOf(row('Kavita/issues/2985')).fingerprint);
    expect(a.fingerprint).toBe(fingerprintOf(row('Kavita/issues/1138')).fingerprint);
    expect(a.explain.join('\n')).toContain('top library frames contribute: Microsoft.Data.Sqlite.SqliteDataRecord.Dispose');
  });

  it('names: a method whose name opens with the word Throw, or a ThrowHelper class\'s', () => {
    expect(isDotnetThrowHelper({ function: 'ThrowExceptionForRC', module: 'Microsoft.Data.Sqlite.SqliteException' })).toBe(true);
    expect(isDotnetThrowHelper({ function: 'ThrowObjectDisposedException', module: 'System.Threading.CancellationTokenSource' })).toBe(true);
    expect(isDotnetThrowHelper({ function: 'Throw', module: 'System.Runtime.ExceptionServices.ExceptionDispatchInfo' })).toBe(true);
    expect(isDotnetThrowHelper({ function: 'KeyNotFound', module: 'System.ThrowHelper' })).toBe(true);
    // Words that only begin with the letters: a throttle, a thrower's own work, a method named for throughput.
    expect(isDotnetThrowHelper({ function: 'Throttle', module: 'Vendor.Http.RateLimiter' })).toBe(false);
    expect(isDotnetThrowHelper({ function: 'Throughput', module: 'Vendor.Metrics.Meter' })).toBe(false);
    expect(isDotnetThrowHelper({ function: 'ThrownAt', module: 'Vendor.Diagnostics.Frame' })).toBe(false);
    expect(isDotnetThrowHelper({ function: 'Dispose', module: 'Microsoft.Data.Sqlite.SqliteDataRecord' })).toBe(false);
  });

  it('the leading run only, and kept where nothing else is left', () => {
    const f = (name: string) => ({ function: name });
    expect(withoutLeadingThrowHelpers([f('ThrowIfDisposed'), f('Read'), f('ThrowIfCancelled')]).map((x) => x.function)).toEqual(['Read', 'ThrowIfCancelled']);
    expect(withoutLeadingThrowHelpers([f('ThrowExceptionForRC')]).map((x) => x.function)).toEqual(['ThrowExceptionForRC']);
    expect(withoutLeadingThrowHelpers([f('Read'), f('ThrowIfDisposed')]).map((x) => x.function)).toEqual(['Read', 'ThrowIfDisposed']);
  });

  it('near misses: one helper over two library callers stays two signatures', () => {
    const header = 'System.ObjectDisposedException: The CancellationTokenSource has been disposed.';
    const a = fingerprintOf(trace(header, ['System.Threading.CancellationTokenSource.ThrowObjectDisposedException()', 'Vendor.Cache.Lock.Refresh(Int32 ms)', 'Vendor.Cache.Lock.Loop()']));
    const b = fingerprintOf(trace(header, ['System.Threading.CancellationTokenSource.ThrowObjectDisposedException()', 'Vendor.Bus.Listener.Receive()', 'Vendor.Bus.Listener.Loop()']));
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('near misses: two helpers of one generic type under one caller stay apart by the messages they throw', () => {
    const modified = fingerprintOf(trace('System.InvalidOperationException: Collection was modified; enumeration operation may not execute.', ['System.ThrowHelper.ThrowInvalidOperationException_InvalidOperation_EnumFailedVersion()', 'System.Collections.Generic.List`1.Enumerator.MoveNextRare()', 'Vendor.Feed.Reader.Drain()']));
    const finished = fingerprintOf(trace('System.InvalidOperationException: Enumeration has either not started or has already finished.', ['System.ThrowHelper.ThrowInvalidOperationException_InvalidOperation_EnumOpCantHappen()', 'System.Collections.Generic.List`1.Enumerator.MoveNextRare()', 'Vendor.Feed.Reader.Drain()']));
    expect(modified.fingerprint).not.toBe(finished.fingerprint);
  });

  it('near misses: an application frame under a helper is the crash site as before', () => {
    const a = fingerprintOf(trace('System.ObjectDisposedException: Cannot access a disposed object.', ['System.ThrowHelper.ThrowObjectDisposedException(Object instance)', 'Shop.Orders.Basket.Add(Item item) in /src/Shop/Orders/Basket.cs:line 41']));
    expect(a.culprit).toContain('Shop.Orders.Basket.Add');
  });
});
