// A PHP service failing through the libraries and runtime functions a real one calls
// (test/fixtures/fingerprint/programs/php-libraries, PHP 8.2 with Debian's php-sqlite3, php-curl,
// php-guzzlehttp-guzzle 7.4 and php-monolog 2.9): PDO against SQLite (a unique, a not-null and a
// foreign-key violation of one INSERT, and `no such table` from a second query of the same
// method), array_combine's TypeError and ValueError and DateTimeImmutable's Exception from one
// method, json_decode's JsonException (a syntax error, the depth limit) from one statement,
// intdiv's DivisionByZeroError beside a negative shift's ArithmeticError in one method, and
// Guzzle's 404 (ClientException), refused connection and timeout (ConnectException) from one
// call. 14 failures, each met by three requests with other data. The service's one error
// middleware records every exception in five forms: the OpenTelemetry PHP SDK's exception event
// (exception.stacktrace in the SDK's Java-like layout, on a server span named by its route),
// PHP's own print of it, and Monolog's LineFormatter without and with the stack and its
// JsonFormatter. `failure` names the statement that failed and why, read from the program.
//
// rounds-fp/13 made one signature of:
//   - json_decode's `Syntax error` and `Maximum stack depth exceeded` (every form): JsonException
//     was a specific type whose message was dropped; it is PHP's one type for every reason
//     json_decode fails, its message the reason (exception.ts QUALIFIED_REASON_TYPES);
//   - Guzzle's refused and timed-out calls (every form): its ConnectException is one type for
//     every call that got no response, as node-fetch's FetchError;
//   - the INSERT's three constraint violations, in PHP's print and Monolog's line with the stack:
//     PDOException was raised by PDOStatement::execute(), a function of PHP's own, whose name was
//     taken to name the failure and the message to describe the input; a type raised for every
//     reason its operation fails keeps its message then. The SDK's event kept them apart only
//     because its layout put the internal function at its caller's place, where it was read as
//     the application's code and the crash site; it is native now (stacktrace/java.ts).
// 13, 10, 13, 10 and 13 signatures of the five forms then; 14, 14, 15, 14, 15 now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FingerprintInput, FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; span: string; type: string; message: string; stacktrace: string; print: string; line: string; line_stack: string; json: string }
// The file's first lines are comments saying how it was recorded.
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-libraries.ndjson', import.meta.url), 'utf8').trim().split('\n').filter((l) => !l.startsWith('//')).map((l) => JSON.parse(l) as Row);

type Form = 'exception' | 'print' | 'line' | 'line_stack' | 'json';
const FORMS: { form: Form; name: string; split: string[] }[] = [
  { form: 'exception', name: "the OpenTelemetry PHP SDK's exception event", split: [] },
  { form: 'print', name: "PHP's own print of the exception", split: [] },
  // Left as it is: Monolog's line and JSON record locate an exception by file only, so nothing
  // says that DateTimeImmutable's constructor, a function of PHP's own, raised the Exception, and
  // its message, the input echoed with the parser's reason for refusing it (`Unexpected
  // character` for `31/12/2026`, `The timezone could not be found in the database` for `next
  // blursday`), contributes as a generic type's: one statement, two signatures. Where the trace
  // names the function (the SDK's event, PHP's print, the line with the stack) it is `thrown-by`.
  { form: 'line', name: "Monolog's LineFormatter line", split: ['import bad date'] },
  { form: 'line_stack', name: "Monolog's LineFormatter line with the stack", split: [] },
  { form: 'json', name: "Monolog's JsonFormatter record with the stack", split: ['import bad date'] },
];

/** Each form fingerprinted by a fingerprinter of its own, a log's mined aliases followed. */
function fingerprinted(form: Form): (Row & { result: FingerprintResult })[] {
  const SERVER = 2;
  return fingerprintLabelled(rows, (r): FingerprintInput => {
    if (form === 'exception') return { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, spanName: r.span, spanKind: SERVER, runtime: 'php' };
    if (form === 'print') return { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.print, runtime: 'php' };
    return { source: 'log', service: 'shop', body: r[form], severityText: 'ERROR' };
  });
}

describe('a PHP service failing through PDO, internal functions and Guzzle', () => {
  it('is what the program says: 14 failures, each met three times, several in one method', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(14);
    for (const f of failures) expect(rows.filter((r) => r.failure === f).length, f).toBe(3);
    // The methods that fail several ways, by the crash site of PHP's print.
    const sites = new Map<string, Set<string>>();
    for (const r of fingerprinted('print')) sites.set(r.result.culprit ?? '', (sites.get(r.result.culprit ?? '') ?? new Set()).add(r.failure));
    expect(sites.get('App\\Users\\UserRepository.register (app/Users.php)')?.size).toBe(4);
    expect(sites.get('App\\Import\\RowImporter.row (app/Import.php)')?.size).toBe(3);
    expect(sites.get('App\\Import\\WebhookDecoder.decode (app/Import.php)')?.size).toBe(2);
    expect(sites.get('App\\Billing\\InstalmentPlan.split (app/Billing.php)')?.size).toBe(2);
    expect(sites.get('App\\Rates\\RatesClient.rate (app/Rates.php)')?.size).toBe(3);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['PDOException', 'TypeError', 'ValueError', 'Exception', 'JsonException', 'DivisionByZeroError', 'ArithmeticError', 'GuzzleHttp\\Exception\\ClientException', 'GuzzleHttp\\Exception\\ConnectException']));
  });

  for (const { form, name, split } of FORMS) {
    describe(`read as ${name}`, () => {
      const results = fingerprinted(form);

      it(split.length ? `makes one signature of each failure but ${split.join(', ')}` : 'makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual(split);
      });

      it('never makes one signature of two failures', () => {
        expect(mergedFailures(results)).toEqual([]);
      });
    });
  }

  it("finds the crash site under PHP's own functions in the SDK's layout, as in PHP's print", () => {
    const sdk = fingerprinted('exception');
    const culprit = (failure: string) => sdk.find((r) => r.failure === failure)!.result.culprit;
    // `PDOStatement.execute(Users.php:30)`, `intdiv(Billing.php:14)`: written at their caller's place.
    expect(culprit('register email taken')).toBe('App.Users.UserRepository.register (Users.php)');
    expect(culprit('register audit table missing')).toBe('App.Users.UserRepository.register (Users.php)');
    expect(culprit('import wrong width')).toBe('App.Import.RowImporter.row (Import.php)');
    expect(culprit('webhook too deep')).toBe('App.Import.WebhookDecoder.decode (Import.php)');
    expect(culprit('split zero parts')).toBe('App.Billing.InstalmentPlan.split (Billing.php)');
    const date = sdk.find((r) => r.failure === 'import bad date')!.result.explain.join('\n');
    expect(date).toContain('raised by: ');
    expect(date).toMatch(/message: ignored: raised by the runtime's .*DateTimeImmutable.__construct/);
  });

  it("keeps the message of a type raised for every reason its operation fails, whoever raised it", () => {
    for (const form of ['exception', 'print'] as const) {
      const results = fingerprinted(form);
      const shown = (failure: string) => results.find((r) => r.failure === failure)!.result;
      expect(shown('register no name').message, form).toBe('SQLSTATE[<int>]: Integrity constraint violation: <int> NOT NULL constraint failed: users.name');
      expect(shown('register unknown org').explain.join('\n'), form).toMatch(/message: ".*FOREIGN KEY constraint failed" — contributes \(type PDOException is raised for every reason/);
      expect(shown('webhook too deep').message, form).toBe('Maximum stack depth exceeded');
      expect(shown('rates timeout').message, form).toMatch(/^cURL error <int>: Operation timed out after /);
    }
  });

  it("reads Monolog's line of a PDOException, whose code is its SQLSTATE", () => {
    const r = fingerprinted('line').find((x) => x.failure === 'register audit table missing')!;
    expect(r.line).toContain('(PDOException(code: HY000): ');
    expect(r.result).toMatchObject({ type: 'PDOException', culprit: 'app/Users.php' });
  });
});
