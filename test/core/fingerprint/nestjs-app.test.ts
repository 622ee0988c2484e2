// A NestJS app failing in its own services (test/fixtures/fingerprint/programs/nestjs-app:
// NestJS 11.2.12 over Express 5.2.1, Node 24). Nest calls a handler from its router's execution
// context, through a global interceptor, and catches what it throws in an exception filter; the
// stack is V8's, cut at the task queue where Nest's async router resumed. 11 failures, each met
// three times with other data, labelled by the statement that failed. Each is read in two forms:
// the exception as the OpenTelemetry JS SDK's recordException writes it (type the error's name,
// message, err.stack), and the ERROR record Nest's default ConsoleLogger prints
// (`[Nest] <pid>  - <date>   ERROR [ExceptionsHandler] ` and util.inspect of the error, its
// [cause] included).
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('nestjs-app', 'nodejs');
const { rows, spans, logs } = program;
type Form = 'exception' | 'logging';
const fingerprinted = (form: Form) => program.fingerprinted(form);

describe('a NestJS app failing in its own services', () => {
  it('is what the program says: 11 failures, each met three times', () => {
    program.expectFailures(11);
    for (const r of spans) expect(r.stacktrace, r.failure).toContain('node_modules/@nestjs/core/router/router-execution-context.js');
    for (const r of logs) expect(r.body, r.failure).toMatch(/^\[Nest\] \d+ {2}- [^\n]* ERROR \[ExceptionsHandler\] /);
  });

  // Measured with rounds-fp/19 and the rule after it. No split; one merge in each form:
  // OrderService.place's two lookups (`customers.get(id).id`, `products.get(sku).id`, one line
  // each) fail with one TypeError, `Cannot read properties of undefined (reading 'id')`, at one
  // crash site: only the line differs, and line numbers never contribute. (rounds-fp/19 merged
  // parseQuantity's two `throw new RangeError(...)` as well, their messages ignored; the message
  // of a language type the application's own throw made now contributes,
  // language-type-own-throw.test.ts.)
  const KNOWN_MERGES: Record<Form, string[][]> = {
    exception: [['place customers.get(id).id', 'place products.get(sku).id']],
    logging: [['place customers.get(id).id', 'place products.get(sku).id']],
  };

  for (const form of ['exception', 'logging'] as const) {
    describe(`read as ${form === 'exception' ? "the SDK's exception event" : "Nest's ERROR record"}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it('makes one signature of two failures only where the record does not tell them apart', () => {
        expect(mergedFailures(results).map((m) => [...m].sort()).sort()).toEqual(KNOWN_MERGES[form]);
      });

      it("names the app's own code as the crash site, never Nest's router", () => {
        for (const r of results) {
          const site = r.result.explain.find((e) => e.startsWith('crash site:'));
          expect(site, r.failure).toMatch(/^crash site: src\/services\.cjs:\S* — contributes/);
        }
      });
    });
  }
});
