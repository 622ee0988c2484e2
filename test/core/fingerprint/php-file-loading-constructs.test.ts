// PHP's `include`/`require` (and `_once`) frames are the included file's top-level code, keyed by
// the file: WP2Static's Controller not autoloaded, included on activation (`include()`) and on
// every request once active (`include_once()`), is one signature (elementor/wp2static#676, #639;
// threads-28, issue-thread-traces-28.test.ts); another file, or a real function of that name in a
// class, stays apart.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const wp2static = loadThreadTraces('threads-28', 'php').filter((r) => r.group === 'php:t28:wp2static-controller-not-autoloaded');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

// PHP 8's uncaught-error layout, as php-cli prints it; `loader` is how the caller loaded the file.
const uncaught = (file: string, loader: string) =>
  [
    `PHP Fatal error:  Uncaught Error: Class "App\\Kernel" not found in /srv/app/${file}:12`,
    'Stack trace:',
    `#0 /srv/app/public/index.php(5): ${loader}`,
    '#1 {main}',
    `  thrown in /srv/app/${file} on line 12`,
  ].join('\n');

describe('PHP\'s file-loading constructs in a trace', () => {
  it('real: WP2Static\'s Controller loaded by include() on activation and by include_once() from wp-settings.php is one signature (elementor/wp2static#676, #639)', () => {
    const [bedrock, , , , fromSettings] = wp2static;
    expect(bedrock.source).toMatch(/676$/);
    expect(fromSettings.source).toMatch(/639$/);
    expect(new Set(signaturesInOrder([bedrock, fromSettings])).size).toBe(1);
  });

  it('the four constructs are one crash site: the file\'s top-level code', () => {
    const sigs = ['include()', 'include_once()', "require('/srv/app/boot...')", "require_once('/srv/app/boot...')"].map((l) => fp(uncaught('bootstrap/app.php', l)).fingerprint);
    expect(new Set(sigs).size).toBe(1);
  });

  it('near miss: the same error in the top-level code of another file stays apart', () => {
    expect(fp(uncaught('bootstrap/app.php', 'include()')).fingerprint).not.toBe(fp(uncaught('bootstrap/cache.php', 'include()')).fingerprint);
  });

  it('near miss: a method named include (a class\'s own function, not the construct) keeps its name', () => {
    const method = fp(uncaught('bootstrap/app.php', 'App\\Loader->include()'));
    expect(method.frames[0].function).toBe('include');
    expect(method.fingerprint).not.toBe(fp(uncaught('bootstrap/app.php', 'include()')).fingerprint);
  });
});
