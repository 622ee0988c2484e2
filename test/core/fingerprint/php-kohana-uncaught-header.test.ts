// Kohana's and Koseven's error page and log print PHP's fatal error for an uncaught throwable as
// `ErrorException [ Fatal Error ]: Uncaught TypeError: … in <file>:<line> Stack trace: …`
// (stacktrace/php.ts HEADER_PREFIX): the throwable PHP names is the failure. Found in threads-30
// (issue-thread-traces-30.test.ts): kohana/core#704 read as a typeless Throwable with no message,
// apart from HUSTOJ's paste of the same TypeError.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-30', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

describe("Kohana's `ErrorException [ Fatal Error ]:` before an uncaught throwable", () => {
  it("real: Kohana's page and HUSTOJ's paste of the handler's TypeError are one signature (kohana/core#704, freefcw/hustoj#54)", () => {
    const t = parseStacktrace(row('kohana/core/issues/704').stacktrace!);
    expect(t.exceptions[0].type).toBe('TypeError');
    expect(t.exceptions[0].message).toMatch(/^Argument 1 passed to Kohana_Kohana_Exception::handler\(\)/);
    expect(sig(row('kohana/core/issues/704').stacktrace!)).toBe(sig(row('freefcw/hustoj/issues/54').stacktrace!));
  });

  it("near miss: the application's own override of the handler (Koseven) stays its own signature (koseven/koseven#87)", () => {
    expect(sig(row('koseven/koseven/issues/87').stacktrace!)).not.toBe(sig(row('kohana/core/issues/704').stacktrace!));
  });

  it('near miss: a Kohana ErrorException that carries no uncaught throwable is read as before (no header, its frames only)', () => {
    const page = 'ErrorException [ Warning ]: Undefined variable $user in /srv/app/classes/Controller/Home.php:12 Stack trace: #0 /srv/app/classes/Controller/Home.php(12): Kohana_Core::error_handler(2, \'Undefined varia...\') #1 {main} thrown';
    expect(parseStacktrace(page).exceptions[0]).toMatchObject({ type: 'Throwable', message: '' });
  });
});
