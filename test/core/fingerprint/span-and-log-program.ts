// A labelled program's records (test/fixtures/fingerprint/<name>.ndjson, written by
// programs/<name>/generate.sh): each failure the program meets, as the OpenTelemetry SDK's
// exception event on the server span (`form: 'span'`, its status message beside it where the
// program recorded one) and as its logger's line (the form its logger is named by: `logging`,
// `slog`, `pino`), labelled by the statement that failed. The library programs' tests (Go, Node,
// Python) and the web-framework programs' (Spring Boot, Django, NestJS, Express) read them alike.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { fingerprintLabelled } from './failure-groups.js';

export interface ProgramRow { failure: string; form: string; span?: string; type?: string; message?: string | null; stacktrace?: string; status?: string; body?: string }
/** The exception event, the span's status message, the log line. */
export type Form = 'exception' | 'status' | 'logging';

const SERVER = 2;

export function spanAndLogProgram(name: string, runtime: string, logForm = 'logging') {
  const rows = readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ProgramRow);
  const spans = rows.filter((r) => r.form === 'span');
  const logs = rows.filter((r) => r.form === logForm);
  return {
    rows,
    spans,
    logs,
    /** One form's records, fingerprinted in order by a fingerprinter of their own. */
    fingerprinted(form: Form): (ProgramRow & { result: FingerprintResult })[] {
      return fingerprintLabelled(form === 'logging' ? logs : spans, (r) => {
        if (form === 'exception') return { source: 'span', service: 'shop', type: r.type, message: r.message ?? undefined, stacktrace: r.stacktrace, spanName: r.span, spanKind: SERVER, runtime };
        if (form === 'status') return { source: 'span', service: 'shop', message: r.status, spanName: r.span, spanKind: SERVER, runtime };
        return { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR' };
      });
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
