// A PHP throwable's message quoted with the place PHP names after it, `… in <file> on line <n>`,
// without a level or a trace (Query Monitor's strpos() error in a PR description), or retyped
// from an error screen with the place on the next line. Found in threads-15
// (issue-thread-traces-15.test.ts): Query Monitor's strpos() at Html.php line 505 read no frame
// and was one signature with WooCommerce's BlockPatterns strpos() error.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-15', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'wordpress', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('a PHP message with its place and no trace', () => {
  it('real: the place is the frame, so one message in two plugins is two signatures (johnbillion/query-monitor#1055)', () => {
    const qm = row('query-monitor/pull/1055');
    expect(parseStacktrace(qm.stacktrace!).exceptions[0].frames[0].file).toBe('/query-monitor/output/Html.php');
    const woo = row('woocommerce/issues/57762');
    expect(fingerprintOf(qm).fingerprint).not.toBe(fingerprintOf(woo).fingerprint);
  });

  it('real: the place on a line of its own is read too, with the type the message names (woocommerce/woocommerce#57766)', () => {
    const parsed = parseStacktrace(row('woocommerce/issues/57766').stacktrace!).exceptions[0];
    expect(parsed.type).toBe('Error');
    expect(parsed.frames[0].file).toContain('BlockPatterns.php');
    // The same message at the same place from two callers' pastes is one signature.
    const moved = { ...row('query-monitor/pull/1055') };
    expect(fingerprintOf(moved).fingerprint).toBe(fingerprintOf({ ...moved, stacktrace: moved.stacktrace!.replace('on line 505', 'on line 507') }).fingerprint);
  });

  it('near misses: a trace, a third line, a place that is no PHP file, and prose are not read so', () => {
    expect(parseStacktrace('strpos(): x in /a/b.php on line 5\nStack trace:\n#0 /a/c.php(3): f()\n#1 {main}').exceptions[0].frames.length).toBeGreaterThan(1);
    expect(parseStacktrace('Uncaught Error: x\nin /a/b.php on line 5\nsee the log').runtime).not.toBe('php');
    expect(parseStacktrace('Build failed in /src/main.c on line 12').runtime).not.toBe('php');
    expect(parseStacktrace('the error is in the file on line 3').runtime).not.toBe('php');
  });
});
