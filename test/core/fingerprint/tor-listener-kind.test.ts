// A Tor listener's kind before `listener` is a value (tor-listener-kind.ts). Real lines: Debian
// 12's tor 0.4.9.11 with a Socks and an HTTP tunnel port (programs/tor, server-logs-19.test.ts),
// where connection_listener_new's `Opening %s on %s` and `Opened %s` were a signature per kind.
// Near misses: syncthing 1.19's `TCP listener (%v) starting` and `QUIC listener (%v) starting`
// (programs/syncthing, server-logs-60.test.ts), two format strings, and Tor's names elsewhere.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a Tor listener’s kind', () => {
  it("tor's listeners of every kind are one signature per statement", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'tor', body }).fingerprint;
    const opening = t('Dec 06 02:44:43.211 [notice] Opening Socks listener on 127.0.0.1:47301');
    expect(t('Dec 06 02:44:43.211 [notice] Opening HTTP tunnel listener on 127.0.0.1:47302')).toBe(opening);
    expect(t('Dec 06 02:44:43.211 [notice] Opening Control listener on 127.0.0.1:9051')).toBe(opening);
    expect(t('Dec 06 02:44:43.211 [notice] Opening Transparent pf/netfilter listener on 127.0.0.1:9040')).toBe(opening);
    const opened = t('Dec 06 02:44:43.211 [notice] Opened Socks listener connection (ready) on 127.0.0.1:47301');
    expect(t('Dec 06 02:44:43.211 [notice] Opened HTTP tunnel listener connection (ready) on 127.0.0.1:47302')).toBe(opened);
    expect(t('Dec 06 02:44:43.211 [notice] Opened Extended OR listener connection (ready) on 127.0.0.1:47303')).toBe(opened);
    expect(opened).not.toBe(opening);
    const closing = t('Dec 06 02:44:49.883 [notice] Closing partially-constructed Socks listener connection (ready) on 127.0.0.1:47311');
    expect(t('Dec 06 02:44:49.883 [notice] Closing partially-constructed HTTP tunnel listener connection (ready) on 127.0.0.1:47312')).toBe(closing);
    expect(closing).not.toBe(opened);
  });

  it('near misses: another program’s listeners, Tor’s names elsewhere', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'syncthing', body }).fingerprint;
    expect(t('[BQ6OK] INFO: TCP listener (127.0.0.1:46880) starting')).not.toBe(t('[BQ6OK] INFO: QUIC listener (127.0.0.1:46880) starting'));
    expect(tokens('TCP listener on 127.0.0.1:80')).toContain('TCP');
    expect(tokens('Socks listener failed')).toContain('Socks');
    expect(tokens('Invalid Socks port on 127.0.0.1:80')).toContain('Socks');
    expect(tokens('Opening tunnel listener on 127.0.0.1:80')).toContain('tunnel');
    expect(tokens('Opening HTTP listener on 127.0.0.1:80')).toContain('HTTP');
    expect(tokens('Opening HTTP tunnel listener on 127.0.0.1:80')).not.toContain('HTTP');
  });
});
