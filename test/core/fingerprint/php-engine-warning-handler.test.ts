// Laravel's error handler, called by the engine at a warning's own line, is not a built-in that
// raised it (php-error-handler-frame.ts isEngineCalledErrorHandler), and Laravel's record with
// the signed-in user's id before `"exception"` is unescaped as any other (stacktrace/php.ts
// CONTEXT_MEMBERS_BEFORE). Found in threads-41 (issue-thread-traces-41.test.ts): Snipe-IT's
// AssetsTransformer read of `eol` on null at line 41 (grokability/snipe-it#13198) and its array
// offset on null at line 121 (#11304) were one signature, the handler's frame read as a built-in
// whose message describes its input; the `eol` record with `{"userId":97,"exception":…` (#13145)
// kept `\"eol\"`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-41', 'php');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace, runtime: 'php' });

// One method's two statements as Laravel's handler promotes their warnings (PHP 8's words).
const promoted = (message: string, line: number) =>
  `ErrorException: ${message} in /var/www/shop/app/Http/Transformers/OrdersTransformer.php:${line}\nStack trace:\n` +
  `#0 /var/www/shop/app/Http/Transformers/OrdersTransformer.php(${line}): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Attempt to read...', '/var/www/shop/a...', ${line})\n` +
  `#1 /var/www/shop/app/Http/Transformers/OrdersTransformer.php(18): App\\Http\\Transformers\\OrdersTransformer->transformOrder(Object(App\\Models\\Order))\n` +
  `#2 /var/www/shop/app/Http/Controllers/Api/OrdersController.php(52): App\\Http\\Transformers\\OrdersTransformer->transformOrders(Object(Illuminate\\Database\\Eloquent\\Collection), 12)\n#3 {main}`;
// The same as Laravel's daily log writes it, the signed-in user's id first in the context.
const logged = (message: string, line: number, user: string) =>
  `[2023-06-09 17:02:16] production.ERROR: ${message} {${user}"exception":"[object] (ErrorException(code: 0): ${message.replace(/"/g, '\\"')} at /var/www/shop/app/Http/Transformers/OrdersTransformer.php:${line})\n[stacktrace]\n` +
  `#0 /var/www/shop/app/Http/Transformers/OrdersTransformer.php(${line}): Illuminate\\\\Foundation\\\\Bootstrap\\\\HandleExceptions->handleError()\n` +
  `#1 /var/www/shop/app/Http/Transformers/OrdersTransformer.php(18): App\\\\Http\\\\Transformers\\\\OrdersTransformer->transformOrder()\n` +
  `#2 /var/www/shop/app/Http/Controllers/Api/OrdersController.php(52): App\\\\Http\\\\Transformers\\\\OrdersTransformer->transformOrders()\n#3 {main}\n"} []`;

describe("the error handler the engine called at a warning's own line", () => {
  it('real: Snipe-IT\'s transformer, `eol` on null at line 41 and an array offset on null at line 121, are two signatures (snipe-it#13198, #11304)', () => {
    const eol = fp(row('https://github.com/grokability/snipe-it/issues/13198').stacktrace!);
    const offset = fp(row('https://github.com/grokability/snipe-it/issues/11304').stacktrace!);
    expect(eol.culprit).toMatch(/AssetsTransformer\.transformAsset/);
    expect(offset.culprit).toMatch(/AssetsTransformer\.transformAsset/);
    expect(eol.fingerprint).not.toBe(offset.fingerprint);
  });

  it("keeps one method's two warnings apart, and one warning one signature at any line", () => {
    const a = fp(promoted('Attempt to read property "total" on null', 41));
    const b = fp(promoted('Trying to access array offset on value of type null', 121));
    const aMoved = fp(promoted('Attempt to read property "total" on null', 44));
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.fingerprint).toBe(aMoved.fingerprint);
  });

  it('near miss: a built-in that raised an Error at the crash site still names it, its message the input\'s', () => {
    const built = (value: string) =>
      `Exception: DateTimeImmutable::__construct(): Failed to parse time string (${value}) at position 0 (${value[0]}): The timezone could not be found in the database in /var/www/shop/app/Reports.php:9\nStack trace:\n` +
      `#0 /var/www/shop/app/Reports.php(9): DateTimeImmutable->__construct('${value}')\n#1 /var/www/shop/app/Http/Controllers/ReportsController.php(20): App\\Reports->since('${value}')\n#2 {main}`;
    expect(fp(built('yesterdy')).fingerprint).toBe(fp(built('lastweek')).fingerprint);
  });
});

describe("Laravel's context with members before the exception", () => {
  it('real: the `eol` record with `{"userId":97,…` reads PHP\'s own words (snipe-it#13145)', () => {
    const r = fp(row('https://github.com/grokability/snipe-it/issues/13145').stacktrace!);
    expect(r.message).toBe('Attempt to read property "eol" on null');
  });

  it('is one signature with the record of no signed-in user and with PHP\'s own text; another warning stays apart', () => {
    const user = fp(logged('Attempt to read property "total" on null', 41, '"userId":97,'));
    const guest = fp(logged('Attempt to read property "total" on null', 41, ''));
    const plain = fp(promoted('Attempt to read property "total" on null', 41));
    const other = fp(logged('Trying to access array offset on value of type null', 121, '"userId":97,'));
    expect(user.message).not.toContain('\\');
    expect(user.fingerprint).toBe(guest.fingerprint);
    expect(user.fingerprint).toBe(plain.fingerprint);
    expect(other.fingerprint).not.toBe(user.fingerprint);
  });
});
