// A .NET trace pasted into Markdown loses an async method's name (`ReadBuffer.<Ensure>d__27.MoveNext`
// becomes `ReadBuffer.d__27.MoveNext`, the `<Ensure>` taken for an HTML tag). Without an in-app
// frame the top library frames name the failure; a caller among them that is an async step
// contributes the type declaring its method (profile asyncStepOwner, exception.ts), so the
// issue's paste and a second report of Npgsql 3.2.5's Cleanup NullReferenceException are one
// signature (npgsql/npgsql#1667, threads-34, issue-thread-traces-34.test.ts). The first library
// frame keeps its method, and an in-app crash site is keyed as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { dotnetProfile } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const cleanup = loadThreadTraces('threads-34', 'dotnet').filter((r) => r.group === 'dotnet:t34:npgsql-connector-cleanup-nre');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const header = 'System.IO.EndOfStreamException: Attempted to read past the end of the stream.\n';
const library = (third: string, first = 'Npgsql.NpgsqlConnector.Cleanup()') => `${header}   at ${first}\n   at Npgsql.NpgsqlConnector.Break()\n   at ${third}\n--- End of stack trace from previous location where exception was thrown ---\n   at System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw()`;

describe('an async step among the library frames that name a failure', () => {
  it('real: the paste whose `<Ensure>` Markdown ate and the one that kept it are one signature (npgsql/npgsql#1667)', () => {
    expect(cleanup).toHaveLength(2);
    expect(new Set(signaturesInOrder(cleanup)).size).toBe(1);
  });

  it('the step with its method, without it, and in the older `+` form contributes its type', () => {
    const named = fp(library('Npgsql.ReadBuffer.<Ensure>d__27.MoveNext()')).fingerprint;
    expect(fp(library('Npgsql.ReadBuffer.d__27.MoveNext()')).fingerprint).toBe(named);
    expect(fp(library('Npgsql.ReadBuffer+<Ensure>d__27.MoveNext()')).fingerprint).toBe(named);
    expect(dotnetProfile.asyncStepOwner?.({ module: 'Npgsql.NpgsqlConnector.<ReadExpecting>d__154`1', function: 'MoveNext' })).toBe('Npgsql.NpgsqlConnector');
  });

  it('near miss: steps of two library types are two signatures', () => {
    expect(fp(library('Npgsql.ReadBuffer.<Ensure>d__27.MoveNext()')).fingerprint).not.toBe(fp(library('Npgsql.WriteBuffer.<Flush>d__27.MoveNext()')).fingerprint);
  });

  it('near miss: a caller that is no async step keeps its method', () => {
    expect(fp(library('Npgsql.ReadBuffer.Ensure(Int32 count)')).fingerprint).not.toBe(fp(library('Npgsql.ReadBuffer.Skip(Int32 count)')).fingerprint);
    for (const module of ['Npgsql.ReadBuffer', 'Npgsql.ReadBuffer.<>c__DisplayClass31_0', 'Npgsql.NpgsqlConnector.<<ReadMessage>g__ReadMessageLong|0>d']) expect(dotnetProfile.asyncStepOwner?.({ module, function: 'MoveNext' })).toBeUndefined();
    expect(dotnetProfile.asyncStepOwner?.({ module: 'Npgsql.ReadBuffer.<Ensure>d__27', function: 'Run' })).toBeUndefined();
  });

  it('near miss: the first library frame keeps its method: two steps raising there are two signatures', () => {
    const below = 'Npgsql.NpgsqlConnector.Open()';
    expect(fp(library(below, 'Npgsql.ReadBuffer.<Ensure>d__27.MoveNext()')).fingerprint).not.toBe(fp(library(below, 'Npgsql.ReadBuffer.<Skip>d__28.MoveNext()')).fingerprint);
  });

  it('near miss: an in-app async crash site keeps its method', () => {
    const app = (machine: string) => `System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Shop.Orders.${machine}.MoveNext() in /src/Shop/Orders.cs:line 40`;
    expect(fp(app('<LatestAsync>d__3')).fingerprint).not.toBe(fp(app('<OldestAsync>d__4')).fingerprint);
  });
});
