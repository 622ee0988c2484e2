// A configured name in a bracketed label is a name (bracketed-label.ts). Real lines: Debian 12's
// PHP-FPM 8.2.36 with two pools, `www` and `api` (programs/php-fpm, server-logs-14.test.ts): one
// zlog statement's lines were a template per pool.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'php-fpm', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a name in a bracketed label', () => {
  it("PHP-FPM's lines about two pools' workers are one signature per statement", () => {
    const f = createFingerprinter();
    const www = log(f, '[05-Dec-2026 21:38:33] NOTICE: [pool www] child 11990 started');
    const api = log(f, '[05-Dec-2026 21:38:38] NOTICE: [pool api] child 12012 started');
    expect(api).toBe(www);
    const timedOut = log(f, `[05-Dec-2026 21:38:33] WARNING: [pool www] child 11890, script '/work/wt-fp-logs14/test/fixtures/fingerprint/programs/php-fpm/www/sleep.php' (request: "GET /sleep.php?ms=2600") execution timed out (2.039863 sec), terminating`);
    const apiTimedOut = log(f, `[05-Dec-2026 21:38:38] WARNING: [pool api] child 11892, script '/work/wt-fp-logs14/test/fixtures/fingerprint/programs/php-fpm/www/sleep.php' (request: "GET /sleep.php?ms=3500") execution timed out (3.333205 sec), terminating`);
    expect(apiTimedOut).toBe(timedOut);
    expect(timedOut).not.toBe(www);
  });

  it('near misses: a bracketed phrase, a longer bracket, a label that names nothing, the words after the label', () => {
    // two words in brackets that say what failed stay words
    expect(tokens('upload failed [connection refused]')).toEqual(['upload', 'failed', '[connection', 'refused]']);
    // a bracket that does not close on the second word is text
    expect(tokens('[pool www extra] child <int> started')[1]).toBe('www');
    // a word not known to introduce a name
    expect(tokens('[worker www] child 1 started')[1]).toBe('www]');
    // the name is the bracket's: what follows stays words and tells statements apart
    const f = createFingerprinter();
    const started = log(f, '[05-Dec-2026 21:38:33] NOTICE: [pool www] child 11990 started');
    const tracing = log(f, '[05-Dec-2026 21:38:29] NOTICE: child 11890 stopped for tracing');
    expect(tracing).not.toBe(started);
    expect(tokens('[pool www] child 11990 started')).toEqual(['[pool', '<name>', 'child', '<int>', 'started']);
  });
});
