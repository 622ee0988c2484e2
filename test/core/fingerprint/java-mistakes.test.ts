// Several different failures of a Java service's methods, each met twice or more with other
// data, some from two callers, in lambdas and behind a wrapping IllegalStateException (Java 17:
// test/fixtures/fingerprint/programs/java-mistakes, printStackTrace() with its `Caused by:`
// chains). `failure` names the statement that failed, read from the program.
// Integer.parseInt and Double.parseDouble in one method raise one NumberFormatException with one
// message (`For input string: "…"`) below one crash site: one signature, and the same for the
// two under an import that wraps them. The JVM's trace holds the method the crash site called
// (`java.lang.Integer.parseInt`), whatever the runtime raised the exception in below it, and its
// name now contributes (exception.ts `calls`). Two throws of the service's own OrderException in
// one method are two signatures by their message (own-exception-types.test.ts); its
// UserNotFoundException, thrown with the name it did not find as its whole message (`alice`,
// `Mary Ann`, `user-42`), stays one: a message that is only a value is not read
// (exception.ts `readsAsSentence`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/java-mistakes.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'java' }) }));
}

// Left as it is: two Optional.get() calls in one method raise one NoSuchElementException with one
// message ("No value present") from one method of the JDK: only the line tells them apart.
const MERGED = [['discount customer', 'discount coupon']];

describe('the failures of a Java service', () => {
  const results = fingerprinted();

  it('are what the program says: 10 failures, each met twice or more, two conversions in one method', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(10);
    for (const f of failures) expect(rows.filter((r) => r.failure === f).length, f).toBeGreaterThan(1);
    const parse = results.filter((r) => r.failure.startsWith('parseLine'));
    expect(new Set(parse.map((r) => `${r.type} ${r.result.culprit}`)).size).toBe(1);
  });

  it('makes one signature of each failure, whatever its data, caller or the link of a chain its data left null', () => {
    expect(splitFailures(results)).toEqual([]);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual(MERGED);
  });

  it("does not read a message that is only a value, though the type is the application's own", () => {
    const r = results.find((x) => x.failure === 'profile unknown user')!;
    expect(r.result.explain.join('\n')).toContain('message: ignored: type com.shop.orders.Mistakes$UserNotFoundException');
  });

  it('names the method of the JDK the crash site called', () => {
    const explain = (failure: string) => results.find((r) => r.failure === failure)!.result.explain.join('\n');
    expect(explain('parseLine qty')).toContain('calls: parseInt — contributes');
    expect(explain('import price')).toContain('calls: parseDouble — contributes');
  });
});
