// A Java service failing through the libraries a real one uses
// (test/fixtures/fingerprint/programs/java-libraries, OpenJDK 17): the PostgreSQL JDBC driver
// against a real PostgreSQL 15 (a unique, a foreign-key and a not-null violation of one INSERT,
// each a PSQLException whose message names the constraint or column, with a `Detail:` line of
// data), Jackson's readValue of one request body (JsonParseException, MismatchedInputException,
// UnrecognizedPropertyException), java.net.http.HttpClient from one call (a refused connection
// and a timeout, both wrapped in the service's own RatesException with one message, and a 404
// turned into a RatesException of its own message), one method's two IllegalStateException
// checks and LocalDate.parse, and CompletableFuture.join() over a price worked out on the common
// pool (a CompletionException around an ArithmeticException or the service's
// IllegalArgumentException). 14 failures, each met by three requests with other data. The
// service's one error handler records every exception in three forms: as the OpenTelemetry Java
// agent's exception event (exception.type the class name, exception.message getMessage(),
// exception.stacktrace printStackTrace()) on a server span named by its route, as Logback's
// default console line (`... N common frames omitted` where the JVM prints `... N more`) and as
// Log4j 2's default console line, both printed by the libraries themselves. `failure` names the
// statement that failed and why, read from the program. What java-mistakes.test.ts covers
// (parseInt beside parseDouble, two Optional.get() in one method, helpful NullPointerExceptions)
// is not repeated here.
//
// rounds-fp/15 makes 15 signatures of the 14 failures in every form, no two failures merged:
//   - the INSERT's violations are told apart by PSQLException's first message line (the type is
//     too generic: the message is read), the `Detail:` line of data left out;
//   - the refused connection and the timeout are told apart by the causes under the one
//     RatesException message (the type chain is read through `Caused by:`);
//   - the CompletionException's two causes likewise, and its crash site is the innermost cause's
//     first in-app frame (Pricing.unitPrice), though the outer trace is all the common pool's.
// One failure is split, left as it is:
//   - LocalDate.parse of a text that is no date (`31/12/2025`, `tomorrow`) raises a
//     DateTimeParseException alone, of an out-of-range one (`2025-13-01`) a DateTimeParseException
//     caused by the JDK's DateTimeException: two type chains. Dropping a cause the runtime raised
//     inside the call would merge what only the cause tells apart: HttpClient's ConnectException
//     has no message, and its cause is ClosedChannelException for a refused connection but
//     UnresolvedAddressException for an unknown host (both checked on OpenJDK 17 this session).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FingerprintInput, FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; span: string; type: string; message: string; stacktrace: string; logback: string; log4j: string }
// The file's first lines are comments saying how it was recorded.
const rows = readFileSync(new URL('../../fixtures/fingerprint/java-libraries.ndjson', import.meta.url), 'utf8').trim().split('\n').filter((l) => !l.startsWith('//')).map((l) => JSON.parse(l) as Row);

type Form = 'exception' | 'logback' | 'log4j';
const FORMS: { form: Form; name: string }[] = [
  { form: 'exception', name: "the OpenTelemetry Java agent's exception event" },
  { form: 'logback', name: "Logback's default console line" },
  { form: 'log4j', name: "Log4j 2's default console line" },
];
// Left as it is: a syntax error and an out-of-range field are two type chains (see above).
const SPLIT = ['schedule bad date'];

/** Each form fingerprinted by a fingerprinter of its own, a log's mined aliases followed. */
function fingerprinted(form: Form): (Row & { result: FingerprintResult })[] {
  const SERVER = 2;
  return fingerprintLabelled(rows, (r): FingerprintInput => {
    if (form === 'exception') return { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, spanName: r.span, spanKind: SERVER, runtime: 'java' };
    return { source: 'log', service: 'shop', body: r[form], severityText: 'ERROR' };
  });
}

describe('a Java service failing through PostgreSQL JDBC, Jackson, HttpClient, java.time and CompletableFuture', () => {
  it('is what the program says: 14 failures, each met three times, several in one method', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(14);
    for (const f of failures) expect(rows.filter((r) => r.failure === f).length, f).toBe(3);
    const sites = new Map<string, Set<string>>();
    for (const r of fingerprinted('exception')) sites.set(r.result.culprit ?? '', (sites.get(r.result.culprit ?? '') ?? new Set()).add(r.failure));
    expect(sites.get('com.shop.api.UserRepository.register (Service.java)')?.size).toBe(3);
    expect(sites.get('com.shop.api.OrderApi.parse (Service.java)')?.size).toBe(3);
    expect(sites.get('com.shop.api.RatesClient.rate (Service.java)')?.size).toBe(3);
    expect(sites.get('com.shop.api.Carts.schedule (Service.java)')?.size).toBe(3);
    expect(sites.get('com.shop.api.Pricing.unitPrice (Service.java)')?.size).toBe(2);
    // What the agent records: printStackTrace(), its causes and their `... N more` included.
    const refused = rows.find((r) => r.failure === 'rates refused')!;
    expect(refused.stacktrace).toContain('\nCaused by: java.net.ConnectException\n');
    expect(refused.stacktrace).toContain('\nCaused by: java.nio.channels.ClosedChannelException\n');
    expect(refused.stacktrace).toMatch(/\n\t\.\.\. \d+ more\n/);
    expect(refused.logback).toMatch(/\n\t\.\.\. \d+ common frames omitted\n/);
  });

  for (const { form, name } of FORMS) {
    describe(`read as ${name}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data, but for the one known split', () => {
        expect(splitFailures(results)).toEqual(SPLIT);
      });

      it('never makes one signature of two failures', () => {
        expect(mergedFailures(results)).toEqual([]);
      });
    });
  }

  it("reads PSQLException's first message line, the constraint it names, without the Detail line's data", () => {
    const results = fingerprinted('exception');
    const shown = (failure: string) => results.filter((r) => r.failure === failure).map((r) => r.result.explain.join('\n'));
    for (const e of shown('register email taken')) expect(e).toContain('violates unique constraint "users_email_key"" — contributes');
    for (const e of shown('register unknown org')) expect(e).toContain('violates foreign key constraint "users_org_id_fkey"" — contributes');
    for (const e of [...shown('register email taken'), ...shown('register unknown org'), ...shown('register no name')]) expect(e).not.toContain('Detail');
  });

  it('tells one wrapper with one message apart by its causes', () => {
    const results = fingerprinted('exception');
    const chain = (failure: string) => results.find((r) => r.failure === failure)!.result.explain.find((l) => l.startsWith('type chain:'));
    expect(chain('rates refused')).toContain('com.shop.api.RatesException ← java.net.ConnectException ← java.nio.channels.ClosedChannelException');
    expect(chain('rates timeout')).toContain('com.shop.api.RatesException ← java.net.http.HttpTimeoutException');
    expect(chain('quote pack of zero')).toContain('java.util.concurrent.CompletionException ← java.lang.ArithmeticException');
    expect(chain('quote negative total')).toContain('java.util.concurrent.CompletionException ← java.lang.IllegalArgumentException');
  });
});
