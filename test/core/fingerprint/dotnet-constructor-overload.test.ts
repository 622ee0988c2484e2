// Every instance constructor of a .NET type is `.ctor`, so a type's constructor overloads print
// one callee and only their parameter lists tell them apart (dotnet-constructor-overload.ts); the
// overload goes with the crash site (exception.ts). Real Mono 6.8 runs: programs/dotnet-bugs-20
// (Box's two constructors, each parsing with int.Parse; Rates.Quote, a method). Frame lines as
// real traces print them: Mono's and CoreCLR's of one System.Data.SQLite constructor
// (Sonarr/Sonarr#1960 on Mono, SynoCommunity/spksrc#6070 on .NET 6, fixtures
// threads-24/dotnet.ndjson), an ahead-of-time build's list (Files' ConfirmDeleteDialog,
// threads-3/dotnet.ndjson).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { constructorOverload } from '../../../src/core/fingerprint/dotnet-constructor-overload.js';
import { parseDotnet } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = (failures: RegExp): Row[] =>
  readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-20.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row).filter((r) => failures.test(r.failure));
const fingerprinted = (rs: Row[]) => fingerprintLabelled(rs, (r) => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
const crashSites = (rs: ReturnType<typeof fingerprinted>) => new Set(rs.map((r) => r.result.explain.find((e) => e.startsWith('crash site:'))!.replace(/ — .*/, '')));
const overloads = (trace: string) => parseDotnet(trace).exceptions.flatMap((e) => e.frames.map((f) => f.overload));

describe('a .NET constructor overload', () => {
  it('tells two constructors of one type apart, each one failure in every build', () => {
    const results = fingerprinted(rows(/^Box\(/));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(new Set(results.map((r) => r.build))).toEqual(new Set(['1', '2', '3']));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(crashSites(results)).toEqual(new Set(['crash site: Shop.Packaging.Box..ctor(String)', 'crash site: Shop.Packaging.Box..ctor(String,String)']));
  });

  it('is its parameter types by simple name, however the runtime prints the list', () => {
    const mono = overloads('System.Data.SQLite.SQLiteException (0x80004005): database is locked\n  at System.Data.SQLite.SQLiteDataReader..ctor (System.Data.SQLite.SQLiteCommand cmd, System.Data.CommandBehavior behave) [0x00090] in <61a20cde294d4a3eb43b9d9f6284613b>:0 ');
    const coreclr = overloads('System.Data.SQLite.SQLiteException (0x80004005): database is locked\n   at System.Data.SQLite.SQLiteDataReader..ctor(SQLiteCommand cmd, CommandBehavior behave)');
    expect(mono).toEqual(['SQLiteCommand,CommandBehavior']);
    expect(coreclr).toEqual(mono);
    expect(constructorOverload('Boolean, StorageDeleteOption')).toBe('Boolean,StorageDeleteOption');
    // Mono prints a generic parameter's type parameters, CoreCLR its arity alone.
    expect(constructorOverload('System.Collections.Generic.Dictionary`2[TKey,TValue] groups, TKey key')).toBe(constructorOverload('Dictionary`2 groups, TKey key'));
    expect(constructorOverload('System.String[] args')).toBe('String[]');
    expect(constructorOverload('')).toBe('');
  });

  // Near misses: a static constructor (`.cctor`) has no overloads, and a method's overloads keep
  // their one key, as two statements of one method do (the line tells them apart, and lines never
  // contribute): Rates.Quote's two dictionary reads stay one signature. Library frames standing
  // in for a crash site never carry it: Sonarr's paste of a SQLite lock cut System.Data.SQLite's
  // constructor inside its list and stays one signature with Radarr's (doubled-line-breaks.test.ts).
  it('leaves static constructors and methods keyed by their name', () => {
    expect(overloads('System.FormatException: x\n  at Shop.Config.ZoneTable..cctor () [0x00000] in /_/Bugs.cs:10 ')).toEqual([undefined]);
    expect(overloads('System.FormatException: x\n  at Shop.Shipping.Rates.Quote (System.String region, System.String carrier, System.Int32 kilos) [0x00007] in /_/Bugs.cs:90 ')).toEqual([undefined]);
    expect(mergedFailures(fingerprinted(rows(/^Rates\.Quote/)))).toHaveLength(1);
  });
});
