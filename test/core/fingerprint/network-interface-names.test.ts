// Two network interfaces' names at one position are values of one statement, not two statements'
// words (network-interface.ts): found in NTPsec 1.2.2's interface list (programs/ntpsec,
// server-logs-21.test.ts), where ntp_io.c's `IO: Listen normally on %u %s %s` was a signature
// for `lo` and another for `eth0`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isInterfaceName } from '../../../src/core/fingerprint/network-interface.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('network interface names', () => {
  it("the kernel's and systemd's predictable names are interfaces", () => {
    for (const name of ['lo', 'eth0', 'wlan1', 'docker0', 'virbr0', 'wg0', 'ens3', 'enp0s31f6', 'wlp2s0', 'eno1', 'enx00e04c680f2a', 'eth0.100', 'eth0:1']) expect(isInterfaceName(name)).toBe(true);
    expect(differentWords('lo', 'eth0')).toBe(false);
    expect(differentWords('eth0', 'ens3')).toBe(false);
  });

  it('near misses: words that start like one, or a word beside an interface, stay words', () => {
    for (const word of ['local', 'english', 'brown', 'ethernet', 'en', 'eth', 'low', 'tunnel']) expect(isInterfaceName(word)).toBe(false);
    expect(differentWords('lo', 'local')).toBe(true);
    expect(differentWords('eth0', 'failed')).toBe(true);
    expect(differentWords('brown', 'eth0')).toBe(true);
  });

  it("real: NTPsec's `Listen normally on` lines for lo and eth0 are one signature", () => {
    const rows = loadServerLog('ntpsec.ndjson').filter((r) => r.body.includes('IO: Listen normally on'));
    expect(new Set(rows.map((r) => r.body.split(' ')[6])).size).toBeGreaterThan(1);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'ntpsec', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
