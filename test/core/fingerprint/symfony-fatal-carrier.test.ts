// Symfony's carriers of a PHP engine error (symfony-fatal-carrier.ts): a FatalThrowableError is
// the Error it carries (`Type error: ` and `Parse error: ` naming TypeError and ParseError), and a
// FatalErrorException or FatalError whose message is PHP's `Uncaught <Class>: … in <file>:<line>`
// is that throwable, its frames PHP's trace in the message. Found in threads-48
// (issue-thread-traces-48.test.ts): Faveo's Bugsnag issues of one `Class 'Logger' not found`
// in Handler::report as a FatalThrowableError and as a FatalErrorException were two signatures,
// and the handler's `Logger` and `Monolog\Handler\StreamHandler` one; and (template-tokens.ts)
// two classes PHP's `Class '…' not found` names at one crash site were mined as one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-48', 'php');
const row = (source: string, nth = 0) => rows.filter((r) => r.source.endsWith(source))[nth];
type Input = { type?: string; message?: string; stacktrace?: string };
/** Signatures of `inputs` from one fingerprinter, in order, so the miner sees them all. */
const sigs = (...inputs: Input[]) => {
  const fp = createFingerprinter();
  return inputs.map((i) => fp.fingerprint({ source: 'span', service: 'app', ...i }).fingerprint);
};
const FTE = 'Symfony\\Component\\Debug\\Exception\\FatalThrowableError';
const FEE = 'Symfony\\Component\\Debug\\Exception\\FatalErrorException';

describe("Symfony's carriers of a PHP engine error", () => {
  it("real: Bugsnag's FatalThrowableError and FatalErrorException of one request, on two releases, are one signature (faveo-helpdesk#2347, #2348, #2710, #2711)", () => {
    const [a, b, c, d] = sigs(row('issues/2347'), row('issues/2348'), row('issues/2710'), row('issues/2711'));
    expect(new Set([a, b, c, d]).size).toBe(1);
  });

  it("real: the carried Error is the same failure as PHP's own `PHP Fatal error:  Uncaught Error: …` line of it", () => {
    const php = "PHP Fatal error:  Uncaught Error: Class 'Logger' not found in /var/www/faveo/app/Exceptions/Handler.php:59\nStack trace:\n#0 /var/www/faveo/vendor/laravel/framework/src/Illuminate/Foundation/Bootstrap/HandleExceptions.php(81): App\\Exceptions\\Handler->report(Object(Symfony\\Component\\Debug\\Exception\\FatalThrowableError))\n#1 [internal function]: Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleException(Object(Symfony\\Component\\Debug\\Exception\\FatalThrowableError))\n#2 {main}\n  thrown in /var/www/faveo/app/Exceptions/Handler.php on line 59";
    const [bugsnag, own] = sigs(row('issues/2347'), { stacktrace: php });
    expect(own).toBe(bugsnag);
  });

  it("real: Symfony ErrorHandler's FatalError header is read past to the uncaught Error PHP names (laravel/framework#41035)", () => {
    const t = parseStacktrace(row('laravel/framework/issues/41035').stacktrace!);
    expect(t.exceptions[0]).toMatchObject({ type: 'Error', message: 'Class "Illuminate\\Log\\Logger" not found' });
    expect(t.exceptions[0].frames[0]).toMatchObject({ function: 'createEmergencyLogger', file: '/srv/app/vendor/laravel/framework/src/Illuminate/Log/LogManager.php', line: 180 });
  });

  it("near miss: one method's two missing classes (two statements) stay apart, as FatalThrowableErrors and as Errors (faveo-helpdesk#2347, #4199, #6732, #552)", () => {
    const [logger, streamHandler] = sigs(row('issues/2347'), row('issues/4199'));
    expect(logger).not.toBe(streamHandler);
    const [bugsnag, config] = sigs(row('issues/6732'), row('issues/552'));
    expect(bugsnag).not.toBe(config);
  });

  it('near miss: one missing class at three statements (the handler, a helper, the framework) stays three failures (faveo-helpdesk#4198, #4199, #4200)', () => {
    expect(new Set(sigs(row('issues/4199'), row('issues/4198'), row('issues/4200'))).size).toBe(3);
  });

  it("near miss: a FatalErrorException that carries no uncaught throwable (PHP's compile-time fatal) keeps its class (faveo-helpdesk#1718)", () => {
    const fp = createFingerprinter();
    const r = row('issues/1718');
    expect(fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).type).toBe(FEE);
  });

  it("a FatalThrowableError's `Type error: ` is the TypeError it carries, its message without the prefix; a TypeError and an Error with one text stay apart", () => {
    const message = 'Argument 1 passed to App\\Cart::add() must be an instance of App\\Item, null given, called in /app/src/Shop.php on line 30';
    const frames = 'app/src/Cart.php:12 - App\\Cart::add\napp/src/Shop.php:30 - App\\Shop::checkout';
    const fp = createFingerprinter();
    const carried = fp.fingerprint({ source: 'span', service: 'app', type: FTE, message: `Type error: ${message}`, stacktrace: frames });
    const own = fp.fingerprint({ source: 'span', service: 'app', type: 'TypeError', message, stacktrace: frames });
    expect(carried.type).toBe('TypeError');
    expect(carried.fingerprint).toBe(own.fingerprint);
    const untyped = fp.fingerprint({ source: 'span', service: 'app', type: FTE, message: 'Call to a member function add() on null', stacktrace: frames });
    expect(untyped.type).toBe('Error');
    expect(untyped.fingerprint).not.toBe(own.fingerprint);
  });

  it("a message quoting a value after `order` at one crash site is still a value: only a type-kind word's quoted name is kept", () => {
    const frames = 'app/src/Orders.php:12 - App\\Orders::find';
    const [a, b] = sigs({ type: 'RuntimeException', message: "Order 'A-1001' not found", stacktrace: frames }, { type: 'RuntimeException', message: "Order 'B-2002' not found", stacktrace: frames });
    expect(a).toBe(b);
    const [c, d] = sigs({ type: 'Error', message: "Class 'Logger' not found", stacktrace: frames }, { type: 'Error', message: "Class 'Config' not found", stacktrace: frames });
    expect(c).not.toBe(d);
    // near miss: the names one factory builds from its input (same namespace, same last word) are one statement (programs/php-bugs-8).
    const [e, f] = sigs({ type: 'Error', message: 'Class "App\\Export\\OdsExporter" not found', stacktrace: frames }, { type: 'Error', message: 'Class "App\\Export\\XlsxExporter" not found', stacktrace: frames });
    expect(e).toBe(f);
  });
});
