// Laravel's debug JSON rendering of an exception (`message`, `exception`, `file`, `line`, `trace`
// of calls), as a single-page app shows it. Found in threads-43 (issue-thread-traces-43.test.ts):
// Invoice Ninja's login failure pasted so (invoiceninja/invoiceninja#4177, cut inside its fifth
// call) read no frame, its message a brace, apart from the same statement in laravel.log (#7108).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withLaravelDebugJsonAsTrace } from '../../../src/core/fingerprint/laravel-debug-json.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-43', 'php');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'invoices', stacktrace });

const rendered = (exception: string, trace: string) =>
  `{"message":"Call to a member function total() on null","exception":${exception},"file":"\\/srv\\/app\\/Billing\\/Invoice.php","line":41,"trace":[${trace}]}`;
const CALLS = '{"file":"\\/srv\\/app\\/Http\\/InvoiceController.php","line":18,"function":"sum","class":"App\\\\Billing\\\\Invoice","type":"->"},{"function":"show","class":"App\\\\Http\\\\InvoiceController","type":"->"}';

describe("Laravel's debug JSON exception", () => {
  it('real: the rendered response reads its type, message and calls, one signature with the laravel.log record (invoiceninja/invoiceninja#4177, #7108)', () => {
    const r = fingerprintOf(row('invoiceninja/issues/4177'));
    expect(r.type).toBe('Error');
    expect(r.message).toBe('Call to a member function each() on null');
    expect(r.culprit).toBe('App\\Utils\\Statics.company (Utils/Statics.php)');
    expect(r.fingerprint).toBe(fingerprintOf(row('invoiceninja/issues/7108')).fingerprint);
  });

  it('made-up: escaped slashes and a call PHP made itself are read as PHP prints them', () => {
    expect(withLaravelDebugJsonAsTrace(rendered('"Error"', CALLS))).toBe(
      'Error: Call to a member function total() on null in /srv/app/Billing/Invoice.php:41\nStack trace:\n#0 /srv/app/Http/InvoiceController.php(18): App\\Billing\\Invoice->sum()\n#1 [internal function]: App\\Http\\InvoiceController->show()',
    );
  });

  it('near misses: an API error body, an object without a class, a class that is no PHP name and one without `line` are left as they are', () => {
    for (const text of [
      '{"message":"Unauthenticated."}',
      '{"message":"Server Error","file":"\\/srv\\/a.php","line":3,"trace":[]}',
      rendered('"Something went wrong"', CALLS),
      '{"message":"x","exception":"Error","file":"\\/srv\\/a.php","trace":[]}',
    ]) expect(withLaravelDebugJsonAsTrace(text)).toBe(text);
  });

  it('near misses: two statements rendered so stay apart, and so do two exception classes at one place', () => {
    const a = fingerprintOf(rendered('"Error"', CALLS));
    const other = fingerprintOf(rendered('"Error"', CALLS.replace('"function":"sum"', '"function":"tax"')));
    const typed = fingerprintOf(rendered('"TypeError"', CALLS));
    expect(new Set([a.fingerprint, other.fingerprint, typed.fingerprint]).size).toBe(3);
  });
});
