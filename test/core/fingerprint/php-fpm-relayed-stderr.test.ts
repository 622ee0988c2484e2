// PHP-FPM's relayed stderr lines (`WARNING: [pool www] child 35 said into stderr: "…"`) are read as
// the lines PHP wrote (php-fpm-relayed-stderr.ts): Nextcloud's `Class 'OC' not found` relayed so
// (nextcloud/server#1353, threads-58) is the signature of the same error in PHP's own log. Near
// misses: another class or another file stays apart, and a text with any line FPM did not relay
// stays as it is.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutFpmStderrRelay } from '../../../src/core/fingerprint/php-fpm-relayed-stderr.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const PREFIX = '[10-Sep-2016 08:36:17] WARNING: [pool www] child 35 said into stderr: ';
const phpLines = (cls: string, file: string) => [`PHP Fatal error:  Uncaught Error: Class '${cls}' not found in ${file}:37`, 'Stack trace:', '#0 {main}', `  thrown in ${file} on line 37`];
const relayed = (cls: string, file: string) => phpLines(cls, file).map((l, i) => `${PREFIX}"${i === 0 ? 'NOTICE: PHP message: ' : ''}${l}"`).join('\n');
const UPLOAD = '/var/www/html/nextcloud/apps/files/ajax/upload.php';

describe("PHP-FPM's relayed stderr lines", () => {
  it('real: the relayed error has its type, message and crash site (nextcloud/server#1353, threads-58)', () => {
    const row = loadThreadTraces('threads-58', 'php').find((r) => r.source.endsWith('/nextcloud/server/issues/1353'))!;
    const r = fp(row.stacktrace!);
    expect(r.message).toBe("Class 'OC' not found");
    expect(r.explain.join('\n')).toContain('php format');
    expect(r.fingerprint).toBe(fp(relayed('OC', UPLOAD)).fingerprint);
  });

  it("the relayed error is the signature of the same error in PHP's own log", () => {
    expect(fp(relayed('OC', UPLOAD)).fingerprint).toBe(fp(phpLines('OC', UPLOAD).join('\n')).fingerprint);
  });

  it('near miss: another class, or the same class missing in another file, stays apart', () => {
    const a = fp(relayed('OC', UPLOAD)).fingerprint;
    expect(fp(relayed('OCP\\Util', UPLOAD)).fingerprint).not.toBe(a);
    expect(fp(relayed('OC', '/var/www/html/nextcloud/apps/files/ajax/download.php')).fingerprint).not.toBe(a);
  });

  it('near miss: a text with a line FPM did not relay stays as it is; the last line of a closed pipe is read', () => {
    const mixed = `${relayed('OC', UPLOAD)}\n[10-Sep-2016 08:36:18] NOTICE: [pool www] child 36 started`;
    expect(withoutFpmStderrRelay(mixed)).toBe(mixed);
    expect(withoutFpmStderrRelay(`${PREFIX}"#0 {main}", pipe is closed`)).toBe('#0 {main}');
  });
});
