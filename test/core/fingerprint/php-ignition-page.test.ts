// Laravel's error page (Ignition) copied as text — the exception's class alone on its first line,
// an optional `file:line`, then the message — is read as that PHP exception
// (src/core/fingerprint/ignition-page.ts). Found in threads-19 (issue-thread-traces-19.test.ts):
// read as no trace, the class was taken for the message, and lav_sms's and admixcentral's
// `Attempt to read property "…" on null` (two apps, two views) were one signature, as were
// Livewire's ComponentNotFoundException pages for filament-breezy and laravel-modules-livewire.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { ignitionPage } from '../../../src/core/fingerprint/ignition-page.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-19', 'php').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("Laravel's error page copied as text", () => {
  it('real: the class, the location and the message are read (a-d-m-x/admixcentral#54, 4jean/lav_sms#58)', () => {
    const admix = parseStacktrace(row('a-d-m-x/admixcentral/issues/54').stacktrace!);
    expect(admix.runtime).toBe('php');
    expect(admix.exceptions[0]).toMatchObject({ type: 'ErrorException', message: 'Attempt to read property "name" on null' });
    expect(admix.exceptions[0].frames[0]).toMatchObject({ file: 'resources/views/firewalls/index.blade.php', line: 338 });
    const lav = parseStacktrace(row('4jean/lav_sms/issues/58').stacktrace!);
    expect(lav.exceptions[0]).toMatchObject({ type: 'ErrorException' });
    expect(lav.exceptions[0].message).toMatch(/^Attempt to read property "description" on null \(View: /);
    expect(fingerprintOf(row('a-d-m-x/admixcentral/issues/54')).fingerprint).not.toBe(fingerprintOf(row('4jean/lav_sms/issues/58')).fingerprint);
  });

  it("real: a namespaced class over its message is that exception (Jacobtims/filament-breezy#507, mhmiton/laravel-modules-livewire#65)", () => {
    const breezy = fingerprintOf(row('Jacobtims/filament-breezy/issues/507'));
    const modules = fingerprintOf(row('mhmiton/laravel-modules-livewire/issues/65'));
    expect(breezy.type).toBe('Livewire\\Exceptions\\ComponentNotFoundException');
    expect(modules.type).toBe('Livewire\\Exceptions\\ComponentNotFoundException');
    expect(breezy.fingerprint).not.toBe(modules.fingerprint);
  });

  it('near misses: other runtimes, a longer text and a bare class over plain text are no page', () => {
    // A bare class and a line of text: nothing says PHP.
    expect(ignitionPage('ValidationError\nname is required')).toBeUndefined();
    // Four lines: not the page's lines alone.
    expect(ignitionPage('ErrorException\nresources/views/a.blade.php:3\nAttempt to read property "x" on null\nmore')).toBeUndefined();
    // PHP's own trace and a Java header read as before.
    expect(parseStacktrace('Exception: boom in /app/a.php:3\nStack trace:\n#0 {main}').exceptions[0]).toMatchObject({ type: 'Exception', message: 'boom' });
    expect(parseStacktrace('java.lang.IllegalStateException: boom\n\tat com.shop.A.b(A.java:3)').runtime).toBe('java');
    // A class and a location without a message is no page.
    expect(ignitionPage('ErrorException\nresources/views/a.blade.php:3')).toBeUndefined();
  });
});
