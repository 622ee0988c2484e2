// Hex numbers joined by dots are one value (parameterize.ts, hex). Real lines: OpenLDAP slapd
// 2.5.13 in the foreground (test/fixtures/fingerprint/programs/slapd) opens each line with its
// time as `%08x.%08x` (seconds and nanoseconds in hex) and the thread's address; masked piece by
// piece, a half with no letter in it (`.17017130`) was left as text and one statement became two
// templates.
import { describe, expect, it } from 'vitest';
import { createFingerprinter, parameterize } from '../../../src/core/fingerprint/index.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'slapd', body, severityText: 'INFO' });

describe('hex numbers joined by dots', () => {
  it("slapd's lines are one template whatever digits their time has", () => {
    const f = createFingerprinter();
    const a = log(f, '6b13b226.214305e3 0x7f5800dfe6c0 conn=1000 op=1 UNBIND');
    const b = log(f, '6b13b227.17017130 0x7f5800dfe6c0 conn=1034 op=2 UNBIND');
    const c = log(f, '6b13b226.29933124 0x7f57fbfff6c0 conn=1007 fd=11 closed');
    const d = log(f, '6b13b226.214558a2 0x7f5800dfe6c0 conn=1000 fd=11 closed');
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(d.fingerprint).toBe(c.fingerprint);
    expect(parameterize('6b13b227.17017130 0x7f5800dfe6c0 conn=1034 op=2 UNBIND')).toBe('<hex> <hex> conn=<int> op=<int> UNBIND');
  });

  it('near misses: decimals, versions, addresses, short hex and words with a dot keep their own masks', () => {
    expect(parameterize('took 12345678.12345678 s')).toBe('took <float> s');
    expect(parameterize('running v1.2.3 on 10.0.0.7')).toBe('running <version> on <ip>');
    expect(parameterize('build 3f9a2b1 of deadbeef.cafebabe')).toBe('build <hex> of deadbeef.cafebabe');
    expect(parameterize('reading 0a1b2c3d.dat')).toBe('reading <hex>.dat');
    expect(parameterize('segment ab12.cd34 moved')).toBe('segment ab12.cd34 moved');
  });
});
