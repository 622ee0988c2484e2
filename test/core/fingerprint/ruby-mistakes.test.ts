// Several different failures of one Ruby service's methods, each met by three requests with
// other data, two in one method wherever the program could make them
// (test/fixtures/fingerprint/programs/ruby-mistakes/shop.rb, Ruby 3.1): two NoMethodErrors on nil
// in `checkout`, two KeyErrors in `line_total`, an `Integer()` conversion and a range check in
// `set_limit` (both ArgumentError), a ZeroDivisionError and an ArgumentError in `split_bill`,
// two raises of the service's own CouponError in `apply_coupon`, a JSON::ParserError. Each is
// recorded twice: as the opentelemetry-ruby SDK's span event (`exception.type`,
// `exception.message`, `exception.stacktrace` = full_message) and as Ruby's Logger writes it
// (`logger.error(e)`). `failure` names the statement that failed, read from the program.
//   - rounds-fp/11 made 7 signatures of the 11 failures' span events: the NoMethodErrors, the
//     ArgumentErrors, the KeyErrors and the CouponErrors of one method were one signature each;
//     and Logger's line of a NoMethodError (whose message error_highlight ends with the source
//     line, so `(NoMethodError)` closes its last line) was read as a RuntimeError without a
//     message, an eighth signature apart from the span events.
//   - rounds-fp/12: error_highlight's source line is the crash site's code and contributes
//     (stacktrace/ruby.ts), Logger's multi-line header is read, and ArgumentError is generic
//     (its message contributes; `Integer()` is the runtime's C method raising it, which names the
//     failure instead: exception.ts `thrown-by`). 9 signatures, a failure's span event and
//     Logger line alike.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

type Row = { failure: string; form: 'span'; type: string; message: string; stacktrace: string } | { failure: string; form: 'log'; body: string };
const rows = readFileSync(new URL('../../fixtures/fingerprint/ruby-mistakes.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rows.map((r) => ({
    ...r,
    result: r.form === 'span'
      ? fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'ruby' })
      : fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR' }),
  }));
}

// Left as they are. Hash#fetch's KeyError names the key, which is as often the request's value
// as a literal in the code (`key not found: "kiwi"`), and Ruby 3.1 prints no source line for it:
// two fetches in one method stay one signature (docs/fingerprinting.md, code-in-message.ts). A
// Ruby exception class says nothing of whose it is (no package, and the in-app rules read
// paths), so the service's own CouponError is read as a specific type and its two messages do
// not contribute.
const MERGED = [['line_total no qty', 'line_total unknown sku'], ['apply_coupon unknown', 'apply_coupon expired']];

describe('the failures of a Ruby service, as span events and as Logger lines', () => {
  const results = fingerprinted();

  it('are what the program says: 11 failures, each met three times in each form, two or more in one method', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(11);
    for (const f of failures) for (const form of ['span', 'log']) expect(rows.filter((r) => r.failure === f && r.form === form).length, `${form} ${f}`).toBe(3);
    const culprits = new Map<string, Set<string>>();
    for (const r of results) culprits.set(r.result.culprit ?? '', (culprits.get(r.result.culprit ?? '') ?? new Set()).add(r.failure));
    expect([...culprits.values()].filter((f) => f.size > 1).length).toBe(5);
  });

  it('makes one signature of each failure in each form, whatever its data', () => {
    expect(splitFailures(results, (r) => `${r.form} ${r.failure}`)).toEqual([]);
  });

  it('reads a span event and a Logger line of one failure alike', () => {
    expect(splitFailures(results)).toEqual([]);
  });

  it('never makes one signature of two failures, but for two fetches and two raises of its own type in one method', () => {
    expect(mergedFailures(results).map((m) => [...m].sort())).toEqual(MERGED.map((m) => [...m].sort()));
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(11 - MERGED.length);
  });

  it("reads error_highlight's source line as the crash site's code, in either form", () => {
    for (const form of ['span', 'log']) {
      const r = results.find((x) => x.failure === 'checkout no customer' && x.form === form)!.result;
      expect(r.type).toBe('NoMethodError');
      expect(r.explain.join('\n')).toContain("crash site's source line: name = payload['customer']['name'] — contributes");
    }
  });

  it("reads an ArgumentError's message, and the runtime's method that raised it", () => {
    const explain = (failure: string) => results.find((r) => r.failure === failure && r.form === 'span')!.result.explain.join('\n');
    expect(explain('set_limit out of range')).toMatch(/message: "limit must be between <\*> and <\*>, got <\*>" — contributes|message: "limit must be between <int> and <int>, got <int>" — contributes/);
    expect(explain('set_limit not a number')).toContain('raised by: ');
    expect(explain('set_limit not a number')).toContain('Integer');
  });
});
