// A Django shop failing in its own views and services (test/fixtures/fingerprint/programs/
// django-app: Django 5.2.19, Python 3.11, SQLite, opentelemetry-sdk 1.39.1). Every request runs
// through Django's handler: the middleware chain, URL resolution and `_get_response`'s call of the
// view, so each traceback starts in django/core/handlers/base.py before reaching the app. 12
// failures, each met three times with other data, labelled by the statement that failed. Each is
// read in two forms: the exception event the SDK's span records from a middleware's
// process_exception (as opentelemetry-instrumentation-django does), and the `django.request`
// record (`Internal Server Error: <path>` and the traceback) as logging's default Formatter
// prints it.
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('django-app', 'python');
const { rows, spans, logs } = program;
type Form = 'exception' | 'logging';
const fingerprinted = (form: Form) => program.fingerprinted(form);

describe('a Django shop failing in its own views and services', () => {
  it('is what the program says: 12 failures, each met three times, through Django\'s handler', () => {
    program.expectFailures(12);
    for (const r of spans) expect(r.stacktrace, r.failure).toContain('django/core/handlers/base.py');
    for (const r of logs) expect(r.body, r.failure).toMatch(/^Internal Server Error: \/\S*\nTraceback \(most recent call last\):/);
  });

  // Measured with rounds-fp/19: no merge, no split in either form. The two ValueErrors of
  // parse_quantity differ by their message and by the source line the traceback prints, as do
  // the two AttributeErrors of LabelService's methods by their crash sites.
  for (const form of ['exception', 'logging'] as const) {
    describe(`read as ${form === 'exception' ? "the SDK's exception event" : "django.request's record"}`, () => {
      const results = fingerprinted(form);

      it('makes one signature of each failure, whatever its data', () => {
        expect(splitFailures(results)).toEqual([]);
      });

      it('never makes one signature of two failures', () => {
        expect(mergedFailures(results)).toEqual([]);
        expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(12);
      });

      it("names the app's own function as the crash site, never Django's handler", () => {
        for (const r of results) {
          const site = r.result.explain.find((e) => e.startsWith('crash site:'));
          expect(site, r.failure).toMatch(/^crash site: shop\/(views|services)\.py:\S+ — contributes/);
        }
      });
    });
  }
});
