// PHP's fatal error for an uncaught throwable quoted by another program as the output it got
// (stacktrace/php.ts relayedHeader): Matomo for WordPress's archive warning `… Response was
// \'PHP Fatal error: Uncaught TypeError: …` over the trace. Found in threads-33
// (issue-thread-traces-33.test.ts): the header was unread, the type `Throwable` and the message
// lost (matomo-org/matomo-for-wordpress#677).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const warning = loadThreadTraces('threads-33', 'php').find((r) => r.source.endsWith('/issues/677'))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const trace = '\nStack trace:\n#0 /app/wp-includes/class-wp-hook.php(308): shop_migrate()\n#1 /app/wp-includes/plugin.php(517): WP_Hook->do_action()\n#2 {main}\n  thrown in /app/wp-content/plugins/shop/shop.php on line 40';
const fatal = 'PHP Fatal error:  Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in /app/wp-content/plugins/shop/shop.php:40';

describe("an uncaught throwable's fatal error quoted by another program", () => {
  it('real: the archive warning has the TypeError and its message (matomo-org/matomo-for-wordpress#677)', () => {
    const x = fp(warning.stacktrace!);
    expect(x.type).toBe('TypeError');
    expect(x.message).toMatch(/^count\(\): Argument/);
  });

  it('quoted after an escaped or a plain quote, it is the error PHP printed', () => {
    const printed = fp(`${fatal}${trace}`);
    expect(fp(`Archive Warnings: 'Got invalid response. Response was \\'${fatal}${trace}`).fingerprint).toBe(printed.fingerprint);
    expect(fp(`worker said "${fatal}${trace}`).fingerprint).toBe(printed.fingerprint);
  });

  it('near miss: a quoted fatal error that is no uncaught throwable is not read as one', () => {
    const x = fp(`Response was 'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)'${trace}`);
    expect(x.type).not.toBe('TypeError');
    expect(x.type).not.toMatch(/Allowed/);
  });
});
