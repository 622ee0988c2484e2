// A web-framework program's records (test/fixtures/fingerprint/<name>.ndjson, written by
// programs/<name>/generate.sh): each failure the program meets, as the OpenTelemetry SDK's
// exception event on the server span (`form: 'span'`) and as the framework's own log line
// (`form: 'logging'`), labelled by the statement that failed. The four framework tests
// (spring-boot-app, django-app, nestjs-app, express-app) read them alike.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { fingerprintLabelled } from './failure-groups.js';

export interface ProgramRow { failure: string; form: 'span' | 'logging'; span?: string; type?: string; message?: string | null; stacktrace?: string; body?: string }
export type Form = 'exception' | 'logging';

const SERVER = 2;

export function frameworkProgram(name: string, runtime: string) {
  const rows = readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ProgramRow);
  const spans = rows.filter((r) => r.form === 'span');
  const logs = rows.filter((r) => r.form === 'logging');
  return {
    rows,
    spans,
    logs,
    /** One form's records, fingerprinted in order by a fingerprinter of their own. */
    fingerprinted(form: Form): (ProgramRow & { result: FingerprintResult })[] {
      return fingerprintLabelled(form === 'logging' ? logs : spans, (r) =>
        form === 'exception'
          ? { source: 'span', service: 'shop', type: r.type, message: r.message ?? undefined, stacktrace: r.stacktrace, spanName: r.span, spanKind: SERVER, runtime }
          : { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR' });
    },
    /** The program met `failures` failures, each three times in each form. */
    expectFailures(failures: number): void {
      const seen = new Set(rows.map((r) => r.failure));
      expect(seen.size).toBe(failures);
      for (const f of seen) {
        expect(spans.filter((r) => r.failure === f).length, f).toBe(3);
        expect(logs.filter((r) => r.failure === f).length, f).toBe(3);
      }
    },
  };
}
