// A Go HTTP service's log (test/fixtures/fingerprint/programs/go-logs/main.go, Go 1.26, the
// standard library's log and net/http): panics net/http recovered and logged with the
// goroutine's stack (`http: panic serving <addr>: <value>`), and errors logged with %v, wrapped
// with %w, with values quoted by %q and durations. Each failure is met twice or more with other
// data, some from two handlers; `failure` names the statement that failed, read from the program.
//   - net/http writes the panic value on the logger's line before `goroutine N [running]:`, with
//     no `panic:` line: the value was not read, and every panic one handler recovered (an index
//     out of range and a nil map in two closures, an unknown plan) was one signature. It is read
//     as the panic's message now (stacktrace/go.ts LOGGED_PANIC).
//   - A quoted text of several words in an exception's message (`unknown plan "gold plus
//     yearly"`, Go's %q of a name) split the panic by its value, as a quoted word does not; it is
//     one value now, unless a word of it states a kind of failure or is grammar
//     (template-tokens.ts: Rust's `message: "No such file or directory"` keeps its words).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; body: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-logs.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body }) }));
}

// Left as it is: one statement logging two tables' names (`orders`, `order_lines`) at the same
// position is two signatures: the miner keeps two plain lowercase words of a log line apart (its
// word veto, docs/fingerprinting.md "Left out / limits").
const SPLIT = ['sync over budget'];

describe("a Go service's log", () => {
  const results = fingerprinted();

  it('is what the program says: 6 failures, each met twice or more, three panics in one handler', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(6);
    for (const f of failures) expect(rows.filter((r) => r.failure === f).length, f).toBeGreaterThan(1);
    const handler = results.filter((r) => r.failure.startsWith('orders') || r.failure.startsWith('plans'));
    // Two closures (`main.handler.func1`, `func2`) and the handler: one crash site, as closures' numbers shift.
    expect(new Set(handler.map((r) => r.result.explain.find((e) => e.startsWith('crash site:'))!.split(' — ')[0]))).toEqual(new Set(['crash site: main.handler']));
  });

  it('makes one signature of each failure, whatever its data or handler', () => {
    expect(splitFailures(results)).toEqual(SPLIT);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual([]);
  });

  it('reads the value net/http logged before the stack as the panic', () => {
    const shown = (failure: string) => results.find((r) => r.failure === failure)!.result.message;
    expect(shown('orders add nil map')).toBe('assignment to entry in nil map');
    expect(new Set(results.filter((r) => r.failure === 'plans unknown').map((r) => r.result.message))).toEqual(new Set(['unknown plan <*>']));
  });
});
