// Several different failures of one Rust service's functions, each met by three requests with
// other data, two or more in one function (test/fixtures/fingerprint/programs/rust-mistakes,
// Rust 1.95, std only): `unwrap()` on a `None` and on an `Err` in `parse_line`; two `expect`s
// on a missing key and one on a parse error in `load_config`; an index past the end; a
// `panic!` with the request's data and an arithmetic overflow in `reserve`; a price list that
// cannot be read and a price that is not a number, one error type, in `import_prices`. Each
// request runs in a worker process with RUST_BACKTRACE=1, and its stderr is the log body: std's
// panic message and backtrace, or `Error: {:?}` of the error `main` returned; the service
// also logs the import errors itself, `{}` and the `source()` chain. `failure` names the
// statement that failed, read from the program.
//   - rounds-fp/11 made one signature of the two `expect("config has no host")` /
//     `expect("config has no port")`: one type (`panic`), one crash site, and their messages
//     mined to one template (`config has no <*>`), line numbers not contributing.
//   - rounds-fp/12: the text an `expect` was given contributes where the backtrace shows the
//     panic came from one (stacktrace/rust.ts `expectLiteral`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; form: 'panic' | 'main' | 'log'; body: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/rust-mistakes.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'orders', body: r.body, severityText: 'ERROR' }) }));
}

// Left as it is: a price that is not a number fails in std's `f64::from_str` with one of two
// errors by the text it met (`invalid float literal`, `cannot parse float from empty string`;
// `{:?}`: `kind: Invalid` / `kind: Empty`), and a log line without a stack is read as a line,
// whose words are the failure: one statement, two signatures, in both the forms that print
// the error (`Error: …` and the logged chain).
const SPLIT = ['main import price not a number', 'log import price not a number'];

describe("a Rust service's panics and logged errors", () => {
  const results = fingerprinted();

  it('are what the program says: 10 failures, each met three times in a form, several in one function', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(10);
    const forms = new Map<string, number>();
    for (const r of rows) forms.set(`${r.form} ${r.failure}`, (forms.get(`${r.form} ${r.failure}`) ?? 0) + 1);
    for (const [k, n] of forms) expect(n, k).toBe(3);
    const config = results.filter((r) => r.failure.startsWith('load_config'));
    expect(new Set(config.map((r) => r.result.culprit))).toEqual(new Set(['orders.load_config (src/main.rs)']));
  });

  it('makes one signature of each failure in each form, whatever its data, but for a float parse error', () => {
    expect(splitFailures(results, (r) => `${r.form} ${r.failure}`)).toEqual(SPLIT);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual([]);
  });

  it("tells two expects in one function apart by the text each was given, and not an Err's data", () => {
    const explain = (failure: string) => results.find((r) => r.failure === failure)!.result.explain.join('\n');
    expect(explain('load_config no port')).toContain('text the code gave the runtime: config has no port — contributes');
    expect(explain('load_config port not a number')).toContain('text the code gave the runtime: config port is not a number — contributes');
    expect(explain('parse_line no quantity')).not.toContain('text the code gave the runtime');
  });
});
