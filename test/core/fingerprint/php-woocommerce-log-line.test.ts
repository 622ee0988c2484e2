// WooCommerce's file logger (WC_Log_Handler_File: `<ISO 8601 time> <LEVEL> <message>`) writing an
// uncaught throwable. Found in threads-39 (issue-thread-traces-39.test.ts):
// woocommerce/woocommerce#36616's `2023-01-26T09:32:06+00:00 CRITICAL Uncaught TypeError: explode():
// … in …/class-wc-coupon-data-store-cpt.php:135` read as no header, a typeless Throwable with no
// message.
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = loadThreadTraces('threads-39', 'php').find((r) => r.source.endsWith('woocommerce/issues/36616'))!;
const header = (text: string) => {
  const e = parseStacktrace(text).exceptions[0];
  return e ? { type: e.type, message: e.message } : undefined;
};
const frames = '\nStack trace:\n#0 /srv/wp/wp-content/plugins/shop/a.php(135): explode(\',\', Array)\n#1 {main}';

describe("WooCommerce's log line of an uncaught throwable", () => {
  it("real: the CRITICAL line reads PHP's TypeError and message (woocommerce/woocommerce#36616)", () => {
    expect(header(row.stacktrace!)).toEqual({ type: 'TypeError', message: 'explode(): Argument #2 ($string) must be of type string, array given' });
  });

  it('made-up: every PSR-3 level, a fraction of a second and a Z zone read alike', () => {
    for (const stamp of ['2024-05-01T10:00:00Z ERROR', '2024-05-01T10:00:00.123+02:00 EMERGENCY', '2024-05-01T10:00:00+0000 DEBUG']) {
      expect(header(`${stamp} Uncaught Error: Call to undefined function wc_x() in /srv/wp/a.php:3${frames}`)).toEqual({ type: 'Error', message: 'Call to undefined function wc_x()' });
    }
  });

  it('near misses: the stamp before words that are no uncaught throwable, and a lower-case or unknown level, take no header from it', () => {
    expect(header(`2024-05-01T10:00:00+00:00 CRITICAL Payment failed: card declined in /srv/wp/a.php:3${frames}`)?.type).not.toBe('Payment failed');
    for (const stamp of ['2024-05-01T10:00:00+00:00 critical', '2024-05-01T10:00:00+00:00 SEVERE']) {
      expect(header(`${stamp} Uncaught Error: boom in /srv/wp/a.php:3${frames}`)?.type).not.toBe('Error');
    }
  });
});
