// A result key's quoted value (`result="…"`) is the outcome a log line reports, read word by word
// as an error key's message is (src/core/fingerprint/failure-field.ts REPORTED_TEXT_KEY): masked
// as one quoted value, the outcomes one statement logs were one signature. The opendkim lines are
// real: Debian 12's opendkim 2.11.0~beta2 verifying signatures (programs/opendkim,
// server-logs-27.test.ts); the structlog lines are structlog's ConsoleRenderer under a feed
// reader (programs/structlog, server-logs-12.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { errorMessageField } from '../../../src/core/fingerprint/failure-field.js';

function signatures(service: string, bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service, body }).fingerprint);
}

describe('result fields', () => {
  it("keeps apart the results opendkim's mlfi_eom logs for a signature: good, forged, key not found, key revoked", () => {
    const [good1, good2, forged, noKey, revoked] = signatures('opendkim', [
      'Dec  6 09:29:13 opendkim[15941]: 347C29C50E: signature=1w9Orzf+ domain=example.test selector=mail result="no signature error"',
      'Dec  6 09:29:13 opendkim[15941]: 61994A800F: signature=ndOGOOYI domain=shop.test selector=s2026 result="no signature error"',
      'Dec  6 09:29:13 opendkim[15941]: 01E96C6210: signature=1w9Orzf+ domain=example.test selector=mail result="signature verification failed"',
      'Dec  6 09:29:14 opendkim[15941]: 749363BA11: signature=ndOGOOYI domain=shop.test selector=s2019 result="key DNS query failed"',
      'Dec  6 09:29:14 opendkim[15941]: 36D11E1E12: signature=1w9Orzf+ domain=partner.test selector=p1 result="key revoked"',
    ]);
    expect(good1).toBe(good2);
    expect(new Set([good1, forged, noKey, revoked]).size).toBe(4);
  });

  it("leaves a reason key's quoted phrase a value: the status beside it says it (structlog's HTTP reason)", () => {
    const s = signatures('feeds', [
      "2026-12-05 18:35:07 [warning  ] feed answered an error status  attempt=1 reason='Not Found' status=404 url=http://127.0.0.1:8796/gone",
      "2026-12-05 18:35:07 [warning  ] feed answered an error status  attempt=1 reason='Internal Server Error' status=500 url=http://127.0.0.1:8796/crash",
      "2026-12-05 18:35:07 [warning  ] feed answered an error status  attempt=2 reason='Service Unavailable' status=503 url=http://127.0.0.1:8796/busy",
    ]);
    expect(new Set(s).size).toBe(1);
  });

  it('reads only a key that is `result` itself, and only a value that closes', () => {
    expect(errorMessageField(['result="key', 'revoked"'], 0)).toEqual({ key: 'result=', words: ['key', 'revoked'], end: 1 });
    expect(errorMessageField(['RESULT="FAILED"'], 0)).toEqual({ key: 'RESULT=', words: ['FAILED'], end: 0 });
    expect(errorMessageField(['search_result="two', 'words"'], 0)).toBeUndefined();
    expect(errorMessageField(["reason='Not", "Found'", 'status=404'], 0)).toBeUndefined();
    expect(errorMessageField(['result=ok'], 0)).toBeUndefined();
    expect(errorMessageField(['result="no', 'signature', 'error'], 0)).toBeUndefined();
  });
});
