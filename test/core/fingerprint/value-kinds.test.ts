// A word the miner would take for a value at its third (miner.ts joinValuePosition) is not one
// where the values around it are of other kinds: the word names the field a line sets, and so the
// kind of value that follows. Real lines: CUPS 2.4.2's scheduler error_log
// (test/fixtures/fingerprint/programs/cups, server-logs-8.test.ts), scheduler/ipp.c add_printer's
// three statements `Setting %s device-uri to "%s" (was "%s".)`, `Setting %s
// printer-is-accepting-jobs to %d (was %d.)` and `Setting %s printer-state to %d (was %d.)`, one
// after the other for every queue lpadmin adds: the third attribute joined all three.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

describe('the values around a word that changes', () => {
  it("CUPS's add_printer Setting … device-uri / printer-is-accepting-jobs / printer-state stay three statements", () => {
    const f = createFingerprinter();
    const log = (body: string) => f.fingerprint({ source: 'log', service: 'cups', body }).fingerprint;
    const uri = log('I [05/Dec/2026:11:31:25 +0000] Setting sock1 device-uri to "socket://127.0.0.1:9" (was "file:///dev/null".)');
    const accepting = log('I [05/Dec/2026:11:31:25 +0000] Setting sock1 printer-is-accepting-jobs to 1 (was 0.)');
    const state = log('I [05/Dec/2026:11:31:25 +0000] Setting sock1 printer-state to 3 (was 5.)');
    expect(new Set([uri, accepting, state]).size).toBe(3);
    // the same statement again, another URI: its own signature
    expect(log('I [05/Dec/2026:11:31:26 +0000] Setting sock1 device-uri to "ipp://127.0.0.1:9/printers/q1" (was "socket://127.0.0.1:9".)')).toBe(uri);
    expect(log('I [05/Dec/2026:11:31:26 +0000] Setting sock1 printer-state to 5 (was 3.)')).toBe(state);
  });

  it('near miss: a value word among values of the same kinds still joins at its third', () => {
    // OpenSSH 9.2's sshd (test/fixtures/fingerprint/sshd-auth.ndjson, E7): one statement, three users
    const f = createFingerprinter();
    const log = (body: string) => f.fingerprint({ source: 'log', service: 'sshd', body });
    const alice = log('Failed password for alice from 127.0.0.1 port 34326 ssh2');
    log('Failed password for deploy from 127.0.0.1 port 34332 ssh2');
    const root = log('Failed password for root from 127.0.0.1 port 34342 ssh2');
    expect(root.aliases.includes(alice.fingerprint) || root.fingerprint === alice.fingerprint).toBe(true);
  });
});
