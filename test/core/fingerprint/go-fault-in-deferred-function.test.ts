// A Go program that dies of a fault the runtime raised in a deferred function while an earlier
// panic unwound prints the chain, the earlier panic marked `[recovered]` and the fatal one on a
// tab-indented `panic:` line below it, and its goroutine's stack from that deferred function down
// through the earlier panic's `panic(…)` frame (stacktrace/go.ts). Real Go 1.26 runs:
// programs/go-bugs-17's crasher (exportRows's and transfer's deferred cleanups writing through a
// nil pointer after recovering an index out of range; with a sheet to clean, exportRows's closure
// raising the index out of range again, `[recovered, repanicked]`), and the datadog-agent test
// whose tRunner re-raises the panic it recovered (threads-16).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGo } from '../../../src/core/fingerprint/stacktrace/go.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; body: string }
const nearMisses = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-17-near-misses.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row).filter((r) => r.failure.startsWith('exportRows'));
const fingerprinted = (rows: Row[]) => fingerprintLabelled(rows, (r) => ({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' }));

describe('a Go crash in a deferred function while another panic unwinds', () => {
  it("is the deferred function's fault with the fatal panic's message, and the recovered panic raised again stays its own statement's", () => {
    const results = fingerprinted(nearMisses);
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    const cleanup = results.find((r) => r.failure.includes('deferred cleanup'))!.result;
    expect(cleanup.culprit).toMatch(/^main\.exportRows\.func/);
    expect(cleanup.message).toContain('nil pointer dereference');
    const repanicked = results.find((r) => r.failure === 'exportRows reads past its rows')!.result;
    expect(repanicked.culprit).toMatch(/^main\.exportRows /);
    expect(repanicked.message).toContain('index out of range');
  });

  it('leaves a chain whose last panic repeats the recovered one at the frame below the panic', () => {
    const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-16/go.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { source: string; stacktrace: string });
    const tRunner = rows.find((r) => r.source === 'https://github.com/DataDog/datadog-agent/pull/38058' && r.stacktrace.includes('[recovered]\n\tpanic: runtime error'))!;
    const [e] = parseGo(tRunner.stacktrace).exceptions;
    expect(e.recovered).toBe(true);
    expect(e.frames[0].function).toBe('TestEbpfConntrackerEnsureMapType.func1');
    expect(e.message).toBe('runtime error: invalid memory address or nil pointer dereference');
  });
});
