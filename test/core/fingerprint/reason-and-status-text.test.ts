// A reason key's quoted value (in a line with no status code) and a status key's quoted text of
// several words are the failure a log line reports, read word by word as an error key's message
// is (src/core/fingerprint/failure-field.ts). The OpenSMTPD lines are real: Debian 12's OpenSMTPD
// 6.8.0p2 (programs/opensmtpd, server-logs-40.test.ts), smtp_session.c's `smtp disconnected
// reason=…` and mta.c's `mta delivery … result="%s" stat="%s"`; the structlog line is structlog's
// ConsoleRenderer under a feed reader (programs/structlog, server-logs-12.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { errorMessageField } from '../../../src/core/fingerprint/failure-field.js';

function signatures(service: string, bodies: string[]): string[] {
  const f = createFingerprinter();
  return bodies.map((body) => f.fingerprint({ source: 'log', service, body }).fingerprint);
}

describe('reason and status texts', () => {
  it("keeps apart the ends OpenSMTPD logs for a session: quit, timeout, hang-up and each TLS error OpenSSL gave", () => {
    const s = signatures('smtpd', [
      'Dec  6 16:22:11 smtpd[29413]: 50997ea594e22194 smtp disconnected reason="io-error: error:0A080006:SSL routines::EVP lib"',
      'Dec  6 16:22:11 smtpd[29413]: 50997ea66c249114 smtp disconnected reason="io-error: error:0A080006:SSL routines::EVP lib"',
      'Dec  6 16:22:11 smtpd[29413]: 50997ea738e28fa1 smtp disconnected reason="io-error: error:0A00009C:SSL routines::http request"',
      'Dec  6 16:22:12 smtpd[29413]: 50997ead2ed60380 smtp disconnected reason="io-error: error:0A000093:SSL routines::decryption failed"',
      'Dec  6 16:22:09 smtpd[29413]: 50997e8a44a6b978 smtp disconnected reason=quit',
      'Dec  6 16:22:13 smtpd[29413]: 50997eb0ff98e7a0 smtp disconnected reason=disconnect',
      'Dec  6 16:27:10 smtpd[29413]: 50997e92544de000 smtp disconnected reason=timeout',
      'Dec  6 16:22:10 smtpd[29413]: 50997e9001d8ac47 smtp disconnected reason=quit',
    ]);
    expect(s[0]).toBe(s[1]);
    expect(s[4]).toBe(s[7]);
    expect(new Set(s).size).toBe(6);
  });

  it("keeps apart a deferred delivery's failures: an MX that does not resolve, a relay host that refuses connections", () => {
    const [mx1, mx2, net1, net2] = signatures('smtpd', [
      'Dec  6 16:22:10 smtpd[29413]: 0000000000000000 mta delivery evpid=27534384d35aa870 from=<alice@example.test> to=<erin@nodns.test> rcpt=<-> source="-" relay="nodns.test" delay=0s result="TempFail" stat="Temporary failure in MX lookup"',
      'Dec  6 16:22:39 smtpd[29413]: 0000000000000000 mta delivery evpid=27534384d35aa870 from=<alice@example.test> to=<erin@nodns.test> rcpt=<-> source="-" relay="nodns.test" delay=29s result="TempFail" stat="Temporary failure in MX lookup"',
      'Dec  6 16:22:21 smtpd[29413]: 0000000000000000 mta delivery evpid=89688d001c55a1c7 from=<alice@example.test> to=<carol@remote.test> rcpt=<-> source="-" relay="127.0.0.9" delay=11s result="TempFail" stat="Network error on destination MXs"',
      'Dec  6 16:22:22 smtpd[29413]: 0000000000000000 mta delivery evpid=3a88467c6ec34119 from=<alice@example.test> to=<heidi@closed.test> rcpt=<-> source="-" relay="127.0.0.11" delay=11s result="TempFail" stat="Network error on destination MXs"',
    ]);
    expect(mx1).toBe(mx2);
    expect(net1).toBe(net2);
    expect(mx1).not.toBe(net1);
  });

  it("leaves a reason's quoted phrase a value in a line with a status code, `status=` or `code=`", () => {
    const s = signatures('feeds', [
      "2026-12-05 18:35:07 [warning  ] feed answered an error status  attempt=1 reason='Not Found' status=404 url=http://127.0.0.1:8796/gone",
      "2026-12-05 18:35:07 [warning  ] feed answered an error status  attempt=1 reason='Internal Server Error' status=500 url=http://127.0.0.1:8796/crash",
    ]);
    expect(s[0]).toBe(s[1]);
    const t = signatures('feeds', [
      'upstream answered code=503 reason="Service Unavailable" attempt=1',
      'upstream answered code=502 reason="Bad Gateway" attempt=2',
    ]);
    expect(t[0]).toBe(t[1]);
  });

  it("leaves a status key's one quoted word a value: a state among many", () => {
    const [running, pending] = signatures('jobs', [
      'job 4411 checked status="Running" node=worker-3',
      'job 4412 checked status="Pending" node=worker-1',
    ]);
    expect(running).toBe(pending);
  });

  it('reads a reason unless a status code stands in its line, and a status only with several words', () => {
    expect(errorMessageField(['reason="io-error:', 'bad', 'record"'], 0)).toEqual({ key: 'reason=', words: ['io-error:', 'bad', 'record'], end: 2 });
    expect(errorMessageField(["reason='Not", "Found'", 'status=404'], 0)).toBeUndefined();
    expect(errorMessageField(['code=503', 'reason="Service', 'Unavailable"'], 1)).toBeUndefined();
    expect(errorMessageField(['stat="Network', 'error"'], 0)).toEqual({ key: 'stat=', words: ['Network', 'error'], end: 1 });
    expect(errorMessageField(['status="Running"'], 0)).toBeUndefined();
    expect(errorMessageField(['lastreason="two', 'words"'], 0)).toBeUndefined();
  });
});
