// A span whose only text is a PHP error printed without a trace (`Fatal error: … in <file> on line
// <n>`, php_error_cb's form) is that error, as a log body holding it already was: the file is its
// crash site. Found in threads-17 (issue-thread-traces-17.test.ts): Mzax Emarketing's three PHP 5
// fatals `Call to a member function toHtml()/send()/setMediumData() on a non-object in <file> on
// line <n>`, three statements of three files, were one signature, the files masked as `<path>`
// and the miner then joining the method names.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const php = loadThreadTraces('threads-17', 'php');
const mzax = php.filter((r) => r.group.startsWith('php:t17:mzax-'));
const bySource = (url: string) => php.find((r) => r.source === url)!;

describe('a span message that is a PHP error line', () => {
  it('real: Mzax Emarketing three fatals at three statements are three signatures (mage-mzax/emarketing#9)', () => {
    expect(mzax).toHaveLength(3);
    expect(new Set(signaturesInOrder(mzax)).size).toBe(3);
  });

  it('names its file as the crash site, as the same line in a log body does', () => {
    const fp = createFingerprinter();
    const line = mzax[0].message!;
    const span = fp.fingerprint({ source: 'span', service: 'app', message: line });
    const log = fp.fingerprint({ source: 'log', service: 'app', body: line });
    expect(span.culprit).toBe(log.culprit);
    expect(span.culprit).toContain('single.phtml');
    expect(span.type).toBe('PHP Fatal error');
  });

  it('real: get_plugins() undefined in three plugins stays three signatures (send-system-info#24, wp-envato-market#69, laterpay#523)', () => {
    const rows = [
      bySource('https://github.com/mathetos/send-system-info/issues/24'),
      bySource('https://github.com/envato/wp-envato-market/issues/69'),
      bySource('https://github.com/laterpay/laterpay-wordpress-plugin/issues/523'),
    ];
    expect(new Set(signaturesInOrder(rows)).size).toBe(3);
  });

  it('near misses: a quoted error (LaterPay debugger) and a plain sentence stay text bodies', () => {
    const fp = createFingerprinter();
    const quoted = fp.fingerprint({ source: 'span', service: 'app', message: bySource('https://github.com/laterpay/laterpay-wordpress-plugin/issues/523').message });
    expect(quoted.type).toBe('span');
    const sentence = fp.fingerprint({ source: 'span', service: 'app', message: 'checkout failed on line 3 of the basket' });
    expect(sentence.type).toBe('span');
  });
});
