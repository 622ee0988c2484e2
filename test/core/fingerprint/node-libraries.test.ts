// A Node.js service failing through common libraries (test/fixtures/fingerprint/programs/node-libraries,
// Node 24, the OpenTelemetry JS SDK @opentelemetry/sdk-trace 3.1.0, pino 10.4.0): node-postgres
// against a real PostgreSQL (a unique, a foreign-key and a not-null violation of one INSERT; the
// code's own NotFoundError from two queries of one function), undici's fetch (a refused
// connection and the agent's header timeout, both `fetch failed`; the request's AbortSignal
// deadline; a 404 turned into an Error), JSON.parse at two call sites of one function, zod (two
// fields of one schema), and node:fs's ENOENT from readFile. 14 failures, each met
// three times with other data. The service's one middleware records every error:
// span.recordException and setStatus on a server span named by its route, and pino's error line.
// Each failure is read here in three forms: the exception event (with the span's name and kind),
// the span's status alone, and pino's JSON line.
// The SDK writes exception.type from err.code when there is one: pg's SQLSTATE ('23505'), the
// errno code ('ENOENT'), and a DOMException's legacy code ('23' for TimeoutError).
import { describe, expect, it } from 'vitest';
import { mergedFailures, splitFailures } from './failure-groups.js';
import { spanAndLogProgram } from './span-and-log-program.js';

const program = spanAndLogProgram('node-libraries', 'nodejs', 'pino');
const { rows, spans, logs } = program;

type Form = 'exception' | 'status' | 'pino';

/** Each form fingerprinted by a fingerprinter of its own, a log's mined aliases followed. */
const fingerprinted = (form: Form) => program.fingerprinted(form === 'pino' ? 'logging' : form);

describe('a Node.js service failing through common libraries', () => {
  it('is what the program says: 14 failures, each met three times', () => {
    program.expectFailures(14);
    for (const r of spans) expect(r.status, r.failure).toBe(r.message);
    expect(new Set(spans.map((r) => r.type))).toEqual(new Set(['23505', '23503', '23502', 'NotFoundError', 'TypeError', '23', 'Error', 'SyntaxError', 'ZodError', 'ENOENT']));
  });

  // What rounds-fp/16 makes of them. Merged, in the exception event and pino's line:
  //  - readSettings's two JSON.parse calls: one type, one crash site (lines never contribute),
  //    and V8's message describes the input, not the call;
  //  - parseOrder's two zod issues: ZodError's message is its issues as indented JSON, whose
  //    first line is `[`.
  // rounds-fp/15 merged invoiceSummary's two NotFoundError throws (`customer 12 not found` /
  // `invoice 3 not found`) as well: a type that is not generic at an in-app crash site kept its
  // message out, and a JavaScript type's name carries no module that would call it the
  // application's own. A class that is not the language's, made at an in-app frame, is the
  // application's own now (exception.ts, rounds-fp/16).
  // Merged in the exception event and the status, apart in pino's line: undici's `fetch failed`
  // for a refused connection and for the agent's header timeout; only the error's `cause` tells
  // them apart, which recordException does not record and pino's serializer appends.
  // Split where no stack groups them: the 404's message names the currency
  // (`rates service answered 404 for XAU`), and V8's JSON.parse messages quote the input
  // (in pino's line the stack groups them since rounds-fp/18).
  const expected: Record<Form, { signatures: number; merged: string[][]; split: string[] }> = {
    exception: {
      signatures: 11, // rounds-fp/15: 10
      merged: [['fetchRates refused', 'fetchRates headers timeout'], ['readSettings bad head', 'readSettings bad body'], ['parseOrder bad email', 'parseOrder bad quantity']],
      split: [],
    },
    status: {
      signatures: 17, // rounds-fp/15: 17
      merged: [['fetchRates refused', 'fetchRates headers timeout'], ['readSettings bad head', 'readSettings bad body'], ['parseOrder bad email', 'parseOrder bad quantity']],
      split: ['fetchRates not found', 'readSettings bad head', 'readSettings bad body'],
    },
    pino: {
      // rounds-fp/15: 13; rounds-fp/17: 14. rounds-fp/18 reads a logged `Error: …` over V8's
      // frames as that exception (it was taken for a logger's level and the line mined), so the
      // 404's `new Error` is one signature at fetchRates whatever the currency.
      signatures: 12,
      merged: [['readSettings bad head', 'readSettings bad body'], ['parseOrder bad email', 'parseOrder bad quantity']],
      split: [],
    },
  };

  for (const form of ['exception', 'status', 'pino'] as const) {
    describe(`read as ${form === 'exception' ? 'the exception event' : form === 'status' ? "the span's status" : "pino's line"}`, () => {
      const results = fingerprinted(form);

      it(`makes ${expected[form].signatures} signatures`, () => {
        expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(expected[form].signatures);
      });

      it('splits only the failures listed above', () => {
        expect(splitFailures(results)).toEqual(expected[form].split);
      });

      it('merges only the failures listed above', () => {
        expect(mergedFailures(results)).toEqual(expected[form].merged);
      });
    });
  }

  it('tells the constraint violations of one INSERT apart by the SQLSTATE the SDK takes as the type', () => {
    const results = fingerprinted('exception');
    const prints = new Set(results.filter((r) => r.failure.startsWith('createUser')).map((r) => r.result.fingerprint));
    expect(prints.size).toBe(3);
    expect(results.find((r) => r.failure === 'createUser unknown org')!.result.message).toBe('insert or update on table "users" violates foreign key constraint "users_org_id_fkey"');
  });
});
