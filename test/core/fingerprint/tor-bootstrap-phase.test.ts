// A Tor bootstrap line's phase (its tag and summary) is one value (tor-bootstrap-phase.ts). Real
// lines: Debian 12's tor 0.4.9.11 starting (programs/tor, server-logs-19.test.ts), where
// control_bootstrap.c's `Bootstrapped %d%% (%s): %s` was one signature per phase; the older form
// without the tag (`Bootstrapped %d%%: %s`, tor before 0.4.0) reads alike. Near misses: other
// lines with a percentage and a parenthesis, and Tor's own `Problem bootstrapping. Stuck at …`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a Tor bootstrap line’s phase', () => {
  it("tor's bootstrap phases are one signature, apart from its other lines", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'tor', body }).fingerprint;
    const bootstrapped = t('Dec 06 02:44:44.000 [notice] Bootstrapped 0% (starting): Starting');
    expect(t('Dec 06 02:44:45.000 [notice] Bootstrapped 5% (conn): Connecting to a relay')).toBe(bootstrapped);
    expect(t('Dec 06 02:44:45.000 [notice] Bootstrapped 10% (conn_done): Connected to a relay')).toBe(bootstrapped);
    expect(t('Dec 06 02:44:45.000 [notice] Bootstrapped 14% (handshake): Handshaking with a relay')).toBe(bootstrapped);
    expect(t('Dec 06 02:44:59.000 [notice] Bootstrapped 100% (done): Done')).toBe(bootstrapped);
    expect(t('Dec 06 02:44:45.000 [warn] Problem bootstrapping. Stuck at 5% (conn): Connecting to a relay. (Connection refused; CONNECTREFUSED; count 1; recommendation warn; host 0000 at 127.0.0.1:9001)')).not.toBe(bootstrapped);
    expect(t('Dec 06 02:44:43.000 [notice] Starting with guard context "default"')).not.toBe(bootstrapped);
    const old = t('Feb 01 10:00:00.000 [notice] Bootstrapped 80%: Connecting to the Tor network.');
    expect(t('Feb 01 10:00:01.000 [notice] Bootstrapped 100%: Done.')).toBe(old);
  });

  it('near misses: a percentage without the bootstrap, a parenthesis that is no tag, nothing after the tag', () => {
    expect(tokens('Downloaded 5% (of 10 MB): fetching rest')).toContain('fetching');
    expect(tokens('Completed 5% (conn): Connecting to a relay')).toContain('Connecting');
    expect(tokens('Bootstrapped 5% (of total) so far')).toContain('so');
    expect(tokens('Bootstrapped 5% (conn):')).toContain('(conn):');
  });
});
