// A Go service answers a request's error through one helper (`respondError(w, err)`,
// `writeError`, `renderError`, `sendError`) that also records it: a Go error carries no stack,
// so the trace recorded with it is the helper's, above the handler. A real Go service
// (programs/go-bugs-2, the OpenTelemetry Go SDK's span.RecordError with its stack) whose two
// repositories return database/sql's ErrNoRows as it is had `main.respondError` as the crash
// site of both handlers, and one signature; the handler is now the crash site.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isErrorMachinery } from '../../../src/core/fingerprint/error-machinery.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-2.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a Go handler's error-responding helper", () => {
  it('is not the crash site: one error from two handlers is two signatures, each one across builds', () => {
    const mine = rows.filter((r) => r.stacktrace.includes('main.respondError('));
    expect(new Set(mine.map((r) => r.failure)).size).toBe(6);
    const fp = createFingerprinter();
    const results = mine.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results.find((r) => r.failure === 'OrderRepo.TrackingCode no rows')!.result.culprit).toBe('main.getTracking (go-bugs-2/shop.go)');
  });

  it('is known by its name in Go only', () => {
    const go = (fn: string) => isErrorMachinery({ function: fn, module: 'main', file: '/src/shop/handlers.go', line: 9 }, 'go');
    for (const fn of ['respondError', 'writeError', 'renderErr', 'sendError', 'respondWithError']) expect(go(fn), fn).toBe(true);
    // Near misses: helpers that answer without an error, and a Ruby helper whose own bug it is.
    for (const fn of ['respond', 'writeResponse', 'renderErrorPage', 'sendErrorsReport']) expect(go(fn), fn).toBe(false);
    expect(isErrorMachinery({ function: 'render_error', file: 'app/modules/include_controller.rb', line: 255 }, 'ruby')).toBe(false);
  });
});
