// A one-line PHP trace whose breaks and backslashes were both escaped: Apache httpd's error log as
// proxy_fcgi relays PHP-FPM's message (`AH01071: Got error 'PHP message: …\nStack trace:\n#0 …`,
// `Illuminate\\Support\\Str::contains()`). Found in threads-39 (issue-thread-traces-39.test.ts):
// laravel/framework#35854's line read its frames with the backslashes doubled, and the same
// Str::contains null haystack printed by `php artisan serve` (laravel/framework#35948) was another
// signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withLineBreaksUnescaped } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-39', 'php').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', stacktrace });

describe('a one-line trace escaped whole, its backslashes doubled with its breaks escaped', () => {
  it("real: Apache's proxy_fcgi line reads Laravel's namespaces as PHP printed them, one signature with the dev server's log (laravel/framework#35854, #35948)", () => {
    const plain = withLineBreaksUnescaped(row('laravel/framework/pull/35854').stacktrace!);
    expect(plain).toContain('#1 /var/www/test2.readforall.com/vendor/laravel/framework/src/Illuminate/Http/Concerns/InteractsWithContentTypes.php(34): Illuminate\\Support\\Str::contains()');
    expect(plain).not.toContain('\\\\');
    expect(fingerprintOf(row('laravel/framework/pull/35854').stacktrace!).fingerprint).toBe(fingerprintOf(row('laravel/framework/issues/35948').stacktrace!).fingerprint);
  });

  it('made-up: an escaped backslash before an `n` is a backslash and a letter, not a break', () => {
    const line = "AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught Error: Class \"App\\\\Models\\\\newItem\" not found in /srv/app/Http/C.php:12\\nStack trace:\\n#0 /srv/app/Http/C.php(30): App\\\\Http\\\\C->make()\\n#1 {main}'";
    const plain = withLineBreaksUnescaped(line);
    expect(plain).toContain('App\\Models\\newItem');
    expect(plain.split('\n')).toHaveLength(4);
  });

  it("near misses: single backslashes (mod_php's Windows paths) keep the old reading, and a line with no escaped trace break is left as it is", () => {
    const single = 'PHP Fatal error:  Uncaught Error: boom in C:\\xampp\\htdocs\\new\\a.php:3\\nStack trace:\\n#0 {main}';
    expect(withLineBreaksUnescaped(single)).toBe('PHP Fatal error:  Uncaught Error: boom in C:\\xampp\\htdocs\\new\\a.php:3\nStack trace:\n#0 {main}');
    const words = 'a message naming App\\\\Models\\\\Item and a literal \\n with no trace after it';
    expect(withLineBreaksUnescaped(words)).toBe(words);
  });
});
