// Guard clause libraries' extension classes are throw helpers. Ardalis.GuardClauses' clause
// `Guard.Against.Null(email, "email")` runs in `GuardClauseExtensions.Null[T]`, and
// `Guard.Against.NullOrEmpty(name, "name")` in `GuardClauseExtensions.NullOrEmpty`, on top of
// every refused argument whichever caller passed it. A real .NET program (programs/dotnet-bugs-26)
// whose Customers.Rename and Products.Rename both refuse an empty name had NullOrEmpty as the
// crash site of both, one signature (`Required input name was empty.` word for word); its two
// Register methods were apart only because Null[T] is generic, so its caller contributed. The
// caller is now the crash site. Near misses: classes that begin with other words (an auth
// `SessionGuard`) or are not guard clauses (`Guardian`, `GuardRail`) stay crash sites.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isErrorMachinery } from '../../../src/core/fingerprint/error-machinery.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { fingerprintLabelled, mergedFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-26.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

const frame = (cls: string, fn = 'Null') => ({ function: fn, module: `Depot.Guards.${cls}`, file: '/_/Guards.cs', line: 12 });

describe('guard clause extension classes', () => {
  it('give the crash site to the caller: four callers refused through them are four crash sites, in span and log form', () => {
    const mine = rows.filter((r) => r.failure.includes(' guards the '));
    expect(new Set(mine.map((r) => r.failure)).size).toBe(4);
    const results = fingerprintLabelled(mine, (r) => (r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'dotnet' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
    expect(mergedFailures(results)).toEqual([]);
    const culprits = new Set(results.filter((r) => r.body === undefined).map((r) => r.result.culprit?.split(' ')[0]));
    expect(culprits).toEqual(new Set(['Depot.Stock.Customers.Register', 'Depot.Stock.Suppliers.Register', 'Depot.Stock.Customers.Rename', 'Depot.Stock.Products.Rename']));
  });

  it('in .NET (Core) form, from the package itself: two callers refusing one parameter name are two signatures', () => {
    // The frames as .NET prints them for Ardalis.GuardClauses' Null (its SourceLink path, /_/src/…).
    const trace = (caller: string) => `System.ArgumentNullException: Value cannot be null. (Parameter 'email')\n   at Ardalis.GuardClauses.GuardClauseExtensions.Null[T](IGuardClause guardClause, T input, String parameterName, String message) in /_/src/GuardClauses/GuardAgainstNullExtensions.cs:line 37\n   at Shop.Accounts.${caller}(String name, String email) in /src/Shop/Accounts.cs:line 21\n   at Shop.Api.Program.Main(String[] args) in /src/Shop/Program.cs:line 9`;
    const fp = createFingerprinter();
    const input = (caller: string) => ({ source: 'span' as const, service: 'shop', type: 'System.ArgumentNullException', message: "Value cannot be null. (Parameter 'email')", stacktrace: trace(caller), runtime: 'dotnet' as const });
    const a = fp.fingerprint(input('Customers.Register'));
    const b = fp.fingerprint(input('Suppliers.Register'));
    expect(a.culprit?.split(' ')[0]).toBe('Shop.Accounts.Customers.Register');
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(fp.fingerprint(input('Customers.Register')).fingerprint).toBe(a.fingerprint);
  });

  it('are known by their whole class name', () => {
    for (const cls of ['GuardClauseExtensions', 'GuardClausesExtensions', 'GuardAgainstNullExtensions', 'GuardExtensions', 'GuardClauses', 'EnsureArg', 'EnsureArgument']) expect(isErrorMachinery(frame(cls), 'dotnet'), cls).toBe(true);
    // Near misses: a guard that authenticates, a person, a rail, a queue, a parser of arguments.
    for (const cls of ['SessionGuard', 'Guardian', 'GuardianExtensions', 'GuardRail', 'GuardedQueue', 'EnsureArgsParser', 'SafeguardExtensions']) expect(isErrorMachinery(frame(cls, 'Approve'), 'dotnet'), cls).toBe(false);
  });

  it('a Guardian class that throws keeps its own frame: two callers reaching its one throw are one signature', () => {
    const trace = (caller: string) => `System.InvalidOperationException: Consent is missing.\n  at School.People.Guardian.Approve (System.String trip) [0x00012] in /_/People.cs:40 \n  at School.Trips.${caller} (System.String trip) [0x00004] in /_/Trips.cs:12 `;
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'span', service: 'school', type: 'System.InvalidOperationException', message: 'Consent is missing.', stacktrace: trace('Booking.Confirm'), runtime: 'dotnet' });
    const b = fp.fingerprint({ source: 'span', service: 'school', type: 'System.InvalidOperationException', message: 'Consent is missing.', stacktrace: trace('Roster.Close'), runtime: 'dotnet' });
    expect(a.culprit?.split(' ')[0]).toBe('School.People.Guardian.Approve');
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});
