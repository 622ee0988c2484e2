// A label whose value was printed empty (`oid=`) is still its label (template-tokens.ts,
// differentLabels). Real lines: OpenLDAP slapd 2.5.13 at loglevel stats
// (test/fixtures/fingerprint/programs/slapd), where servers/slapd/result.c logs an operation's
// result as `RESULT tag=%lu err=%d … text=%s` and an extended operation's as
// `RESULT oid=%s err=%d … text=%s`, its oid most often empty; the two were one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'slapd', body, severityText: 'INFO' });

describe('a labelled value printed empty', () => {
  it("slapd's RESULT tag=… and RESULT oid= … are two statements", () => {
    const f = createFingerprinter();
    const result = log(f, '6b13b226.27ca7ef5 0x7f57fbfff6c0 conn=1005 op=0 RESULT tag=97 err=0 qtime=0.000014 etime=0.000149 text=');
    log(f, '6b13b226.288ad326 0x7f57fbfff6c0 conn=1006 op=0 RESULT tag=97 err=49 qtime=0.000015 etime=0.000134 text=');
    const extended = log(f, '6b13b227.20e2d2b5 0x7f5800dfe6c0 conn=1037 op=1 RESULT oid= err=50 qtime=0.000017 etime=0.000176 text=');
    expect(extended.fingerprint).not.toBe(result.fingerprint);
    expect(extended.message).toContain('oid=');
    // two different labels, both empty, are two statements too
    expect(log(f, 'job done reason= retries=1').fingerprint).not.toBe(log(f, 'job done region= retries=1').fingerprint);
  });

  it('near misses: one label with a value or none, labels that differ in digits, are one statement', () => {
    const f = createFingerprinter();
    const same = (a: string, b: string) => expect(log(f, b).fingerprint).toBe(log(f, a).fingerprint);
    // slapd's own `text=` empty and with a reason's value in one token
    same('conn=1005 op=0 RESULT tag=97 err=0 qtime=0.000014 etime=0.000149 text=', 'conn=1022 op=1 RESULT tag=105 err=17 qtime=0.000018 etime=0.000125 text=shoeSize');
    same('RESULT oid= err=50 qtime=0.000017 etime=0.000176 text=', 'RESULT oid=1.3.6.1.4.1.4203.1.11.3 err=0 qtime=0.000011 etime=0.000093 text=');
    same('job done queue=fast worker0= retries=1', 'job done queue=slow worker1=7 retries=2');
  });
});
