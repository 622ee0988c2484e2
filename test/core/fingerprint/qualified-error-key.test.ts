// A key that qualifies the error word (`tls_error`, `error_str`, `error_message`) holds an error's
// message as `error` does, read word by word (src/core/fingerprint/failure-field.ts ERROR_KEY):
// masked as one quoted value, the failures one statement logs were one signature. The lines are
// real: Debian 12's syslog-ng 3.38.1 on stderr (`syslog-ng -Fe -v`), driven by
// test/fixtures/fingerprint/programs/syslog-ng/generate.sh (server-logs-41.test.ts); the first
// `wrong version number` line and the `no-such-host.invalid` one are from earlier runs of the
// same syslog-ng while that script was written.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { errorMessageField } from '../../../src/core/fingerprint/failure-field.js';

function signatures(service: string, bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service, body }).fingerprint);
}

describe('qualified error keys', () => {
  it("keeps apart OpenSSL's reasons in syslog-ng's tls_error: a plain-text client, a client without a certificate", () => {
    const [plain1, plain2, noCert] = signatures('syslog-ng', [
      "[2026-12-06T16:15:20.272653] SSL error while reading stream; tls_error='error:0A00010B:SSL routines::wrong version number', location='main.conf:5:3'",
      "[2026-12-06T16:18:48.878888] SSL error while reading stream; tls_error='error:0A00010B:SSL routines::wrong version number', location='main.conf:5:3'",
      "[2026-12-06T16:15:20.927761] SSL error while reading stream; tls_error='error:0A0000C7:SSL routines::peer did not return a certificate', location='main.conf:5:3'",
    ]);
    expect(plain1).toBe(plain2);
    expect(noCert).not.toBe(plain1);
  });

  it("keeps apart PCRE's messages in error_message, and leaves error_at, where the parse stopped, a value", () => {
    const [unterminated, unmatched1, unmatched2, unclosed] = signatures('syslog-ng', [
      "[2026-12-06T16:19:03.318910] Error while compiling regular expression; regular_expression='(ab[c', error_at='', error_offset='5', error_message='missing terminating ] for character class', error_code='6'",
      "[2026-12-06T16:19:03.318922] Error while compiling regular expression; regular_expression='[0-9]+)', error_at=')', error_offset='6', error_message='unmatched parentheses', error_code='22'",
      "[2026-12-06T16:19:03.318927] Error while compiling regular expression; regular_expression='z)q', error_at=')q', error_offset='1', error_message='unmatched parentheses', error_code='22'",
      "[2026-12-06T16:19:03.318932] Error while compiling regular expression; regular_expression='(x|y', error_at='', error_offset='4', error_message='missing )', error_code='14'",
    ]);
    expect(unmatched1).toBe(unmatched2);
    expect(new Set([unterminated, unmatched1, unclosed]).size).toBe(3);
  });

  it("reads getaddrinfo's text in error_str with the host beside it a value: one name that does not resolve, one signature", () => {
    const s = signatures('syslog-ng', [
      "[2026-12-06T16:18:45.205025] Error resolving hostname with getaddrinfo(); host='logs.example.invalid', error='-2', error_str='Name or service not known'",
      "[2026-12-06T16:18:54.360185] Error resolving hostname with getaddrinfo(); host='logs.example.invalid', error='-2', error_str='Name or service not known'",
      "[2026-12-06T16:13:06.212119] Error resolving hostname with getaddrinfo(); host='no-such-host.invalid', error='-2', error_str='Name or service not known'",
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it('reads a key qualifying the error word, and not one naming a code, a position, a count, or another word ending in err', () => {
    expect(errorMessageField(["tls_error='wrong", "version'"], 0)).toEqual({ key: 'tls_error=', words: ['wrong', 'version'], end: 1 });
    expect(errorMessageField(['gai_error="Name', 'or', 'service', 'not', 'known"'], 0)?.key).toBe('gai_error=');
    expect(errorMessageField(["error_str='Name", "unknown'"], 0)?.key).toBe('error_str=');
    expect(errorMessageField(["error_message='missing", ")'"], 0)?.key).toBe('error_message=');
    expect(errorMessageField(['errmsg="disk', 'full"'], 0)?.key).toBe('errmsg=');
    expect(errorMessageField(['errorMessage="disk', 'full"'], 0)?.key).toBe('errorMessage=');
    expect(errorMessageField(['lastError="disk', 'full"'], 0)?.key).toBe('lastError=');
    expect(errorMessageField(["error_at=')q'"], 0)).toBeUndefined();
    expect(errorMessageField(["error_code='22'"], 0)).toBeUndefined();
    expect(errorMessageField(["error_offset='6'"], 0)).toBeUndefined();
    expect(errorMessageField(['error_count="3', 'retries"'], 0)).toBeUndefined();
    expect(errorMessageField(['stderr="two', 'words"'], 0)).toBeUndefined();
    expect(errorMessageField(['mirror="two', 'words"'], 0)).toBeUndefined();
    expect(errorMessageField(['lasterror="two', 'words"'], 0)).toBeUndefined();
  });
});
