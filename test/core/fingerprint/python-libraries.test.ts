// A Python service failing through common libraries (test/fixtures/fingerprint/programs/
// python-libraries, Python 3.11, opentelemetry-sdk 1.39.1): SQLAlchemy 2.0 Core over psycopg2
// against a real PostgreSQL (a unique, a foreign-key and a not-null violation of one INSERT,
// each one sqlalchemy.exc.IntegrityError naming the driver's class in its message; NoResultFound
// from two `.one()` queries of one function), requests (a refused connection, a read timeout, a
// 404 and a 503 from raise_for_status, all from one call), pydantic 2 (two fields failing one
// model) and redis-py (the server down, WRONGTYPE from one HGETALL). 13 failures, each met three
// times with other data. The service's one middleware runs each request in a SERVER span named by
// its route with the SDK's start_as_current_span defaults, so the SDK itself writes the exception
// event (exception.type the class's module and qualified name, exception.message str(e),
// exception.stacktrace the formatted traceback with its chained cause) and the status
// (`<class name>: <str(e)>`); then it logs with logging's `logger.exception`, the traceback
// appended to the line. Each failure is read here in those three forms.
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('python-libraries', 'python', 'logging');
const { rows, spans, logs } = program;

type Form = 'exception' | 'status' | 'logging';

/** Each form fingerprinted by a fingerprinter of its own, a log's mined aliases followed. */
const fingerprinted = (form: Form) => program.fingerprinted(form);

describe('a Python service failing through common libraries', () => {
  it('is what the program says: 13 failures, each met three times', () => {
    program.expectFailures(13);
    // What the SDK writes as exception.type: the class's module and qualified name.
    expect(new Set(spans.map((r) => r.type))).toEqual(new Set(['sqlalchemy.exc.IntegrityError', 'sqlalchemy.exc.NoResultFound', 'requests.exceptions.ConnectionError', 'requests.exceptions.ReadTimeout', 'requests.exceptions.HTTPError', 'pydantic_core._pydantic_core.ValidationError', 'redis.exceptions.ConnectionError', 'redis.exceptions.ResponseError']));
    for (const r of spans) expect(r.status, r.failure).toBe(`${r.type!.split('.').pop()}: ${r.message}`);
  });

  // Measured with rounds-fp/16. Two merges, no split:
  //   - pydantic's ValidationError for a bad `quantity` and for a missing `sku` of one model, one
  //     statement (`Order.model_validate(raw)`), is one signature in every form. The exception
  //     event and logging's line are read as a library type at an in-app crash site, whose message
  //     does not contribute; the status is mined by its first line. Either way what differs — the
  //     field and pydantic's error type (`quantity` … `[type=int_parsing, …]`, `sku` …
  //     `[type=missing, …]`) — is on the lines after the first, `1 validation error for Order`.
  //   - the span's status alone (`NoResultFound: No row was found when one was required`, one
  //     route) cannot tell invoice_summary's two `.one()` queries apart: the text is the same and
  //     nothing else is recorded. The exception event and logging's line tell them apart by the
  //     crash site's source line the traceback prints.
  const KNOWN_MERGES: Record<Form, string[][]> = {
    exception: [['parse_order bad quantity', 'parse_order no sku']],
    status: [['invoice_summary no customer', 'invoice_summary no invoice'], ['parse_order bad quantity', 'parse_order no sku']],
    logging: [['parse_order bad quantity', 'parse_order no sku']],
  };

  for (const form of ['exception', 'status', 'logging'] as const) {
    describe(`read as ${form === 'exception' ? 'the exception event' : form === 'status' ? "the span's status" : "logging's line"}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it('makes one signature of two failures only where the record does not tell them apart', () => {
        expect(mergedFailures(results).map((m) => [...m].sort()).sort()).toEqual(KNOWN_MERGES[form]);
      });
    });
  }

  it("tells the driver's class SQLAlchemy names, requests' failures of one call and redis-py's apart", () => {
    const results = fingerprinted('exception');
    const signatures = (prefix: string) => new Set(results.filter((r) => r.failure.startsWith(prefix)).map((r) => r.result.fingerprint)).size;
    expect(signatures('create_user')).toBe(3);
    expect(signatures('invoice_summary')).toBe(2);
    expect(signatures('fetch_rate')).toBe(4);
    expect(signatures('cart_items')).toBe(2);
    const shown = (failure: string) => results.find((r) => r.failure === failure)!.result.message;
    expect(shown('create_user unknown org')).toMatch(/^\(psycopg2\.errors\.ForeignKeyViolation\) /);
    expect(shown('fetch_rate unavailable')).toBe('<int> Server Error: Service Unavailable for url: <url>');
  });
});
