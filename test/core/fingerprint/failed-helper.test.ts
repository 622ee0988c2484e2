// A service's one helper named for the outcome it reports, `failed(span, route, err)`: it logs the
// error with debug.Stack() and records it on the span, so every error a handler returns has the
// helper on top of its stack. A real Go service (programs/go-bugs-16) whose two handlers record
// json.Marshal's UnsupportedValueError through it had `main.failed` as the crash site of both,
// and one signature in each form; the handler below it is now the crash site.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isErrorMachinery } from '../../../src/core/fingerprint/error-machinery.js';
import { fingerprintLabelled, mergedFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-16.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('a helper named for the failure it reports', () => {
  it('is not the crash site: two handlers recording through it are two signatures, in span and log form', () => {
    const mine = rows.filter((r) => (r.stacktrace ?? r.body ?? '').includes('main.failed('));
    expect(new Set(mine.map((r) => r.failure)).size).toBe(2);
    const results = fingerprintLabelled(mine, (r) => (r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }));
    expect(mergedFailures(results)).toEqual([]);
    const culprits = new Set(results.filter((r) => r.failure.startsWith('margins')).map((r) => r.result.culprit?.split(' ')[0]));
    expect(culprits).toEqual(new Set(['main.margins']));
  });

  it('is known by its whole name', () => {
    const go = (fn: string) => isErrorMachinery({ function: fn, module: 'main', file: '/src/shop/handlers.go', line: 9 }, 'go');
    for (const fn of ['failed', 'Failed', 'fail']) expect(go(fn), fn).toBe(true);
    // Near misses: functions about failed things, not reporting one.
    for (const fn of ['failedOrders', 'retryFailed', 'countFailed', 'failover', 'failing']) expect(go(fn), fn).toBe(false);
    expect(isErrorMachinery({ function: 'failed_jobs', module: 'app.queue', file: 'app/queue.py', line: 4 }, 'python')).toBe(false);
  });
});
