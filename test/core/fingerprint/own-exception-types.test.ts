// An application throws its own exception type for several failures — `OrderException("order
// o-17 is not paid")` and `OrderException("order o-18 has no shipping address")` in one method —
// and neither the type, the crash site nor a line number (which never contributes) tells them
// apart: one signature. The message, which the application's throw wrote, now contributes as a
// generic type's does, its template mined (exception.ts `ownType`: a type declared in a module
// the in-app rules call the application's). Real programs, each failure met twice or more with
// other data, some from two callers, in async methods and lambdas: a .NET service on Mono 6.8
// (programs/dotnet-mistakes/Mistakes.cs, Exception.ToString()) and a PHP 8.2 one
// (programs/php-own-exceptions/checkout.php, `(string) $e`). `failure` names the statement that
// failed, read from the program.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type: string; message: string; stacktrace: string }
const rowsOf = (file: string) => readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

const PROGRAMS = [
  // Left as it is: int.Parse and decimal.Parse in one method raise one FormatException with one
  // message, below one crash site, and .NET's JIT may inline either call away from the trace.
  { name: '.NET', file: 'dotnet-mistakes.ndjson', runtime: 'dotnet', failures: 10, own: ['Ship not paid', 'Ship no address'], merged: [['ParseLine qty', 'ParseLine price']] },
  { name: 'PHP', file: 'php-own-exceptions.ndjson', runtime: 'php', failures: 3, own: ['place empty cart', 'place no address'], merged: [] },
] as const;

function fingerprinted(file: string, runtime: string): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rowsOf(file).map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime }) }));
}

describe.each(PROGRAMS)('the failures of a $name service', ({ file, runtime, failures, own, merged }) => {
  const results = fingerprinted(file, runtime);

  it('are what the program says: each met twice or more, two throws of its own type in one method', () => {
    const names = new Set(results.map((r) => r.failure));
    expect(names.size).toBe(failures);
    for (const f of names) expect(results.filter((r) => r.failure === f).length, f).toBeGreaterThan(1);
    const two = results.filter((r) => (own as readonly string[]).includes(r.failure));
    expect(new Set(two.map((r) => `${r.type} ${r.result.culprit}`)).size).toBe(1);
  });

  it('makes one signature of each failure, whatever its data or caller', () => {
    expect(splitFailures(results)).toEqual([]);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual(merged);
  });

  it("reads the message of the application's own type", () => {
    const r = results.find((x) => x.failure === own[1])!;
    expect(r.result.explain.join('\n')).toMatch(/message: ".*" — contributes \(type \S+ is the application's own/);
  });
});

describe("a type that is not the application's", () => {
  it("keeps its message out: the runtime's KeyNotFoundException describes the key", () => {
    const r = fingerprinted('dotnet-mistakes.ndjson', 'dotnet').find((x) => x.failure === 'Channel missing')!;
    expect(r.result.explain.join('\n')).toContain('message: ignored: type System.Collections.Generic.KeyNotFoundException');
  });

  it('is not the application\'s when the in-app rules say its module is a library\'s', () => {
    const rows = rowsOf('dotnet-mistakes.ndjson').filter((r) => r.failure.startsWith('Ship'));
    const fp = createFingerprinter({ inAppExclude: ['Shop.Orders.OrderException'] });
    expect(new Set(rows.map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }).fingerprint)).size).toBe(1);
  });
});

// The same PHP calls logged through Monolog (programs/php-own-exceptions/log.php): its
// LineFormatter's one line, `[object] (App\Exceptions\CheckoutException(code: 0): … at path:line)`,
// whose only frame is the file, so every throw of the type in one file was one signature before
// the message was read; and its JsonFormatter's record with the stack, whose class is namespaced:
// it was not taken for an exception's type (embedded-trace.ts TYPE_NAME), so the record was mined
// as a plain line and one failure split by the SKU it named.
describe('the exceptions of a PHP service logged through Monolog', () => {
  const rows = readFileSync(new URL('../../fixtures/fingerprint/php-own-exceptions-logs.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { failure: string; body: string });
  const fp = createFingerprinter();
  const results = rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body }) }));

  it('are one signature per failure, in either layout, and never one for two', () => {
    expect(rows.length).toBe(12);
    const byFailure = new Map<string, Set<string>>();
    const byPrint = new Map<string, Set<string>>();
    for (const r of results) {
      byFailure.set(r.failure, (byFailure.get(r.failure) ?? new Set()).add(r.result.fingerprint));
      byPrint.set(r.result.fingerprint, (byPrint.get(r.result.fingerprint) ?? new Set()).add(r.failure));
    }
    expect(byFailure.size).toBe(3);
    for (const [failure, prints] of byFailure) expect(prints.size, failure).toBe(1);
    for (const failures of byPrint.values()) expect(failures.size).toBe(1);
  });

  it('read the JSON record as the exception it holds', () => {
    const json = results.find((r) => r.body.startsWith('{'))!;
    expect(json.result.type).toBe('App\\Exceptions\\CheckoutException');
  });
});
