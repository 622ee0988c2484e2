// An uncaught PHP throwable as Collision renders it for artisan (collision-report.ts): the class,
// the message, `at file:line`, the source excerpt and the frames it chose. Found in threads-31
// (issue-thread-traces-31.test.ts): Laravel's Command::run calling make() on a null container
// under two releases was two signatures, each taking a stray line for its message (Collision's
// title `Error`, Composer's `> Illuminate\Foundation\ComposerScripts::postAutoloadDump`).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { collisionReport } from '../../../src/core/fingerprint/collision-report.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-31', 'php');
const row = (issue: string) => rows.find((r) => r.source.endsWith(`/issues/${issue}`))!;
const sig = (input: { type?: string; message?: string; stacktrace?: string }) => createFingerprinter().fingerprint({ source: 'span', service: 'app', ...input });

const report = (title: string, message: string, at: string) =>
  `\n   ${title} \n\n  ${message}\n\n  at ${at}\n     41▕     {\n  ➜  42▕         return $this->orders->find($id)->total;\n     43▕     }\n\n      +3 vendor frames \n\n  4   artisan:35\n      Illuminate\\Foundation\\Console\\Kernel::handle(Object(Symfony\\Component\\Console\\Input\\ArgvInput))`;

describe('a PHP throwable in Collision\'s console report', () => {
  it('real: Command::run on a null container from two releases is one signature (laravel/framework#56085, #57955)', () => {
    const [a, b] = ['56085', '57955'].map((i) => sig(row(i)));
    expect(a.type).toBe('Error');
    expect(a.message).toBe('Call to a member function make() on null');
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('near miss: the same message thrown elsewhere stays apart (Laravel 5\'s exception handler, laravel-modules#405)', () => {
    expect(sig(row('405')).fingerprint).not.toBe(sig(row('56085')).fingerprint);
  });

  it('reads a namespaced class, and keeps two throw sites, and two messages at one site, apart', () => {
    const q = collisionReport(report('Illuminate\\Database\\QueryException', 'SQLSTATE[HY000] [2002] Connection refused', 'app/Services/Orders.php:42'));
    expect(q).toEqual({ type: 'Illuminate\\Database\\QueryException', message: 'SQLSTATE[HY000] [2002] Connection refused', file: 'app/Services/Orders.php', line: 42 });
    const here = sig({ stacktrace: report('Error', 'Call to a member function find() on null', 'app/Services/Orders.php:42') });
    const there = sig({ stacktrace: report('Error', 'Call to a member function find() on null', 'app/Services/Invoices.php:42') });
    const other = sig({ stacktrace: report('Error', 'Call to undefined method App\\Models\\Order::totals()', 'app/Services/Orders.php:42') });
    expect(there.fingerprint).not.toBe(here.fingerprint);
    expect(other.fingerprint).not.toBe(here.fingerprint);
  });

  it('near miss: an `at file:line` line without Collision\'s excerpt or frames after it, or without a class title, is no report', () => {
    expect(collisionReport('Error\n\nCall to a member function find() on null\n\nat app/Services/Orders.php:42\nsee the log for more')).toBeUndefined();
    expect(collisionReport('Deploy failed\n\nCall to a member function find() on null\n\nat app/Services/Orders.php:42\n  +3 vendor frames')).toBeUndefined();
  });
});
