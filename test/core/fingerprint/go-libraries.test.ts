// A Go service failing through popular libraries (test/fixtures/fingerprint/programs/go-libraries,
// Go 1.26, the OpenTelemetry Go SDK v1.47.0): database/sql with pgx against a real PostgreSQL
// (a unique, a foreign-key and a not-null violation of one INSERT; sql.ErrNoRows wrapped with %w
// by two queries of one function), a gRPC client's status errors from one call (NotFound,
// Unavailable, DeadlineExceeded), the net/http client (a refused connection, its timeout, a 404
// turned into an error), go-redis against a real Redis (`redis: nil` and WRONGTYPE from one HGET)
// and errors.Join of two strconv errors. 14 failures, each met three times with other data.
// The service's one middleware records every error: RecordError with the stack and SetStatus
// on a server span named by its route, and a log/slog JSON line. Each failure is read here in
// three forms: the exception event (with the span's name and kind), the span's status alone (as
// a service that only sets the status exports it), and slog's line.
// A Go error carries no stack: the stack the SDK records is the middleware's, one crash site for
// every failure, so the type and the message are all that tell them apart.
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('go-libraries', 'go', 'slog');
const { rows, spans, logs } = program;

type Form = 'exception' | 'status' | 'slog';

/** Each form fingerprinted by a fingerprinter of its own, a log's mined aliases followed. */
const fingerprinted = (form: Form) => program.fingerprinted(form === 'slog' ? 'logging' : form);

// rounds-fp/12 made 13 signatures of the exception events' 14 failures: the two queries of
// invoiceSummary wrap sql.ErrNoRows with %w (`load customer 12: sql: no rows in result set` /
// `load invoice 3: …`), one type (*fmt.wrapError) at one crash site, where a differing plain word
// of a generic type's message is taken for an echoed value, and they were mined into one
// template, `load <*> <int>: …`. A word right before a value is that value's label now, and two
// labels keep two messages apart (template-tokens.ts `differentFailureWords`). The span's status
// and slog's line were 14 already.
describe('a Go service failing through popular libraries', () => {
  it('is what the program says: 14 failures, each met three times, recorded at one crash site', () => {
    program.expectFailures(14);
    for (const r of spans) expect(r.status, r.failure).toBe(r.message);
    const sites = new Set(fingerprinted('exception').map((r) => r.result.explain.find((e) => e.startsWith('crash site:'))!.split(' — ')[0]));
    expect(sites).toEqual(new Set(['crash site: main.main']));
    // What the SDK writes as exception.type: Go's type of the error value, a named non-pointer type with its package path.
    expect(new Set(spans.map((r) => r.type))).toEqual(new Set(['*pgconn.PgError', '*fmt.wrapError', '*status.Error', '*url.Error', '*errors.errorString', 'github.com/redis/go-redis/v9/internal/proto.RedisError', '*errors.joinError']));
  });

  for (const form of ['exception', 'status', 'slog'] as const) {
    describe(`read as ${form === 'exception' ? 'the exception event' : form === 'status' ? "the span's status" : "slog's line"}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it('never makes one signature of two failures', () => {
        expect(mergedFailures(results)).toEqual([]);
      });
    });
  }

  it("tells the gRPC codes of one call apart, the pgx constraint violations of one INSERT, and the labels of two lookups", () => {
    const results = fingerprinted('exception');
    const shown = (failure: string) => results.find((r) => r.failure === failure)!.result.message;
    expect(new Set(results.filter((r) => r.failure.startsWith('invoiceSummary')).map((r) => r.result.message))).toEqual(new Set(['load customer <int>: sql: no rows in result set', 'load invoice <int>: sql: no rows in result set']));
    expect(shown('stockCount too slow')).toBe('rpc error: code = DeadlineExceeded desc = context deadline exceeded');
    expect(shown('stockCount not stocked')).toMatch(/^rpc error: code = NotFound desc = sku /);
    expect(shown('createUser unknown org')).toMatch(/violates foreign key constraint "users_org_id_fkey" \(SQLSTATE <int>\)$/);
  });
});
