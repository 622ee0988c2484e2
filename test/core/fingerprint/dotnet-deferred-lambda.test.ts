// A Mono lambda (`<UnitPrices>m__0`, keyed by its method alone) handed to a deferred LINQ query
// runs where the query is enumerated, after the method that wrote it returned: under a foreach's
// MoveNext, under Sum, under ToList, whichever consumer walks it. The type of the library code
// that called the lambda (`System.Linq.Enumerable+SelectListIterator`) goes with the query, so it
// says which lambda it was (exception.ts, stacktrace/dotnet.ts `lambdaWrittenIn`). A lambda its
// own method ran (the method called Select(…).ToList() itself) keeps the library function that
// method called. Real Mono 6.8 runs: programs/dotnet-bugs-18 (deferred), programs/dotnet-bugs-12
// and programs/dotnet-bugs-15 (run by their own method, a static constructor's among them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = (set: string, failures: RegExp): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${set}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row).filter((r) => failures.test(r.failure));
const fingerprinted = (rs: Row[]) => fingerprintLabelled(rs, (r) => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
const crashSites = (rs: ReturnType<typeof fingerprinted>) => new Set(rs.map((r) => r.result.explain.find((e) => e.startsWith('crash site:'))!.replace(/ — .*/, '')));

describe('a .NET lambda run by a deferred LINQ query', () => {
  it('is one failure under every consumer that enumerates it, and two lambdas of one query stay two', () => {
    const results = fingerprinted(rows('dotnet-bugs-18', /^Queries\./));
    expect(new Set(results.map((r) => r.failure)).size).toBe(4);
    expect(results.filter((r) => r.failure.startsWith('Queries.UnitPrices')).some((r) => r.stacktrace.includes('Enumerable.Sum'))).toBe(true);
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
    expect(crashSites(results.filter((r) => r.failure.startsWith('Queries.UnitPrices')))).toEqual(new Set(['crash site: Shop.Catalog.Queries.UnitPrices.lambda run by System.Linq.Enumerable+SelectListIterator']));
  });

  it('keeps the library function its own method called where that method ran it', () => {
    const weekly = fingerprinted(rows('dotnet-bugs-12', /^Weekly\.Build/));
    expect(mergedFailures(weekly)).toEqual([]);
    expect(crashSites(weekly)).toEqual(new Set(['crash site: Shop.Digests.Weekly.Build.lambda run by System.Linq.Enumerable.ToList', 'crash site: Shop.Digests.Weekly.Build.lambda run by System.Linq.Enumerable.Count']));
    const zones = fingerprinted(rows('dotnet-bugs-15', /^ZoneTable/));
    expect(crashSites(zones)).toEqual(new Set(['crash site: Shop.Config.ZoneTable.ZoneTable.lambda run by System.Linq.Enumerable.ToArray']));
  });

  // Near misses found at the merge, real pastes from the corpus (corpus/threads-dotnet.ndjson):
  // a closure class's lambda (`PlexUserImporter.<>c__DisplayClass9_0.<ImportAdmin>b__0`) run by an
  // eager operator in the method that wrote it, and one in an async method's state machine
  // (`RepositoryHelper.<GetReleaseInfoAsync>d__4.MoveNext`) run through a query it enumerated itself,
  // are their own method's: each keeps the library function that method called.
  it('reads a closure class and an async state machine as the method that wrote the lambda', () => {
    const corpus = readFileSync(new URL('../../fixtures/fingerprint/corpus/threads-dotnet.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { stacktrace: string; type?: string; message?: string });
    const site = (needle: string) => {
      const row = corpus.find((r) => r.stacktrace.includes(needle))!;
      const [result] = fingerprintLabelled([{ ...row, failure: needle }], (r) => ({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
      return result.result.explain.find((e) => e.startsWith('crash site:'))!.replace(/ — .*/, '');
    };
    expect(site('<ImportAdmin>b__0')).toBe('crash site: Ombi.Schedule.Jobs.Plex.PlexUserImporter.<>c.ImportAdmin.lambda run by System.Linq.Enumerable.FirstOrDefault');
    expect(site('<GetReleaseInfoAsync>b__10')).toBe('crash site: GitHubReleaseNotes.Logic.RepositoryHelper.<>c.GetReleaseInfoAsync.lambda run by System.Linq.Enumerable.ToList');
  });
});
