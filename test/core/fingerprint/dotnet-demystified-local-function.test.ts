// A local function in a Ben.Demystifier frame (`Method(args)+Local(?)`) is keyed as
// Exception.ToString() names it (`<Method>g__Local|N_M`): Npgsql 8's EnsureLong printed both ways in
// npgsql/npgsql#5430 (threads-58) is one frame (dotnet-demystified-local-function.ts). Near misses:
// the method around it, a lambda in that method and another local function of it stay apart.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { demystifiedLocalFunction } from '../../../src/core/fingerprint/dotnet-demystified-local-function.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const HEAD = 'Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n ---> System.TimeoutException: Timeout during reading attempt\n';
// The frames as Exception.ToString() prints them (niklasweimann's record in npgsql#5430)…
const raw = `${HEAD}   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|54_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)
   at Npgsql.Internal.NpgsqlReadBuffer.Skip(Int32 len, Boolean async)
   at Npgsql.NpgsqlDataReader.NextResult()`;
// …and as Ben.Demystifier prints them (yunfandev's record in the same thread), `suffix` after Ensure's parameters.
const demystified = (suffix: string) => `${HEAD}   at async ValueTask Npgsql.Internal.NpgsqlReadBuffer.Ensure(int count, bool async)${suffix}
   at async Task Npgsql.Internal.NpgsqlReadBuffer.Skip(int len, bool async)
   at async bool Npgsql.NpgsqlDataReader.NextResult()`;

describe('a local function in a demystified frame', () => {
  it('real: the demystified record of npgsql#5430 names EnsureLong as the raw record does (threads-58)', () => {
    const [, niklas, yunfan] = loadThreadTraces('threads-58', 'dotnet');
    expect(niklas.source).toBe(yunfan.source);
    expect(fp(yunfan.stacktrace!).frames[0].function).toBe('<Ensure>g__EnsureLong');
    expect(fp(yunfan.stacktrace!).explain.join('\n')).toContain('Npgsql.Internal.NpgsqlReadBuffer.Ensure.EnsureLong');
    expect(fp(niklas.stacktrace!).explain.join('\n')).toContain('Npgsql.Internal.NpgsqlReadBuffer.Ensure.EnsureLong');
  });

  it('the same frames printed raw and demystified are one signature', () => {
    expect(fp(demystified('+EnsureLong(?)')).fingerprint).toBe(fp(raw).fingerprint);
  });

  it('near miss: the method around it, a lambda in that method and another local function stay apart', () => {
    const local = fp(demystified('+EnsureLong(?)')).fingerprint;
    for (const suffix of ['', '+(?) => { }', '+EnsureShort(?)']) expect(fp(demystified(suffix)).fingerprint).not.toBe(local);
  });

  it('names the local function as the compiler does; a lambda or no suffix leaves the method', () => {
    expect(demystifiedLocalFunction('Npgsql.Internal.NpgsqlReadBuffer.Ensure', '+EnsureLong(?)')).toBe('Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong');
    expect(demystifiedLocalFunction('Orleans.Internal.OrleansTaskExtentions.ToTypedTask[T]', '+ConvertAsync(?)')).toBe('Orleans.Internal.OrleansTaskExtentions.<ToTypedTask>g__ConvertAsync[T]');
    expect(demystifiedLocalFunction('demo.Program.Main', '+(?) => { } in demo/Program.cs:line 22')).toBe('demo.Program.Main');
    expect(demystifiedLocalFunction('demo.Program.Main', ' in demo/Program.cs:line 22')).toBe('demo.Program.Main');
  });
});
