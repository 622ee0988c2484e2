// An Express app whose routes are inline anonymous handlers (test/fixtures/fingerprint/programs/
// express-app: Express 4.21.2, Node 24). V8 prints such a handler's frame with no name
// (`at /app/express-app/app.js:18:25`), then Express's router (Layer.handle, Route.dispatch,
// router/index.js). 6 failures, each met three times with other data, labelled by the statement
// that failed; read as the OpenTelemetry JS SDK's recordException writes it (type, message,
// err.stack) and as Express's final handler prints it to stderr (err.stack).
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('express-app', 'nodejs');
const { rows, spans, logs } = program;
type Form = 'exception' | 'logging';
const fingerprinted = (form: Form) => program.fingerprinted(form);

describe('an Express app with anonymous route handlers', () => {
  it('is what the program says: 6 failures, each met three times', () => {
    program.expectFailures(6);
    for (const r of spans) expect(r.stacktrace, r.failure).toContain('node_modules/express/lib/router/layer.js');
  });

  // Measured with rounds-fp/19: 3 signatures in both forms. Four anonymous handlers' TypeErrors
  // were one: the crash site of an anonymous function is its file alone (`app/app.js:`), line
  // numbers never contribute, and a TypeError's message is ignored. With the server span's route
  // read for an anonymous crash site (anonymous-crash-site.test.ts) the exception event makes 6
  // signatures of 6. Express's stderr has no route: its merge is left. (The message would not
  // do: `user.profile.city` fails reading 'profile' or 'city' by the data.)
  const KNOWN_MERGES: Record<Form, string[][]> = {
    exception: [],
    logging: [['GET /orders/:id order.lines', 'GET /orders/:id/first order.lines[0]', 'GET /users/:id user.profile', 'GET /users/:id/city user.profile.city']],
  };

  for (const form of ['exception', 'logging'] as const) {
    describe(`read as ${form === 'exception' ? "the SDK's exception event" : "Express's stderr"}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it('makes one signature of two failures only where the record does not tell them apart', () => {
        expect(mergedFailures(results).map((m) => [...m].sort()).sort()).toEqual(KNOWN_MERGES[form]);
      });
    });
  }
});
