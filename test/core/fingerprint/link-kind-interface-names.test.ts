// A link `ip link add type KIND` made without a name is called by its kind and an index
// (ip-link(8): `veth0`, `dummy0`, `vxlan0`, …; network-interface.ts): a value of its statement, as
// `eth0` is. Found in radvd 2.19's log (programs/radvd, server-logs-29.test.ts), where
// update_device_index's `%s not found: %s` was a signature for `eth0` and another for `veth0`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isInterfaceName } from '../../../src/core/fingerprint/network-interface.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("links named by their kind", () => {
  it('a kind with its index is an interface, as the kernel names one', () => {
    for (const name of ['veth0', 'veth1', 'dummy0', 'vxlan100', 'macvlan0', 'ipvlan2', 'macvtap0', 'geneve0', 'ifb1', 'gre0', 'gretap0', 'sit0', 'ipip0', 'ip6tnl0', 'ppp0', 'veth0:', 'veth1.10']) expect(isInterfaceName(name)).toBe(true);
    expect(differentWords('eth0', 'veth0')).toBe(false);
    expect(differentWords('veth0', 'enp2s0')).toBe(false);
  });

  it('near misses: the kind alone, a word that starts like one, or a kind that reads as a word stay words', () => {
    for (const word of ['veth', 'dummy', 'vethernet', 'dummyValue', 'gretel', 'sitting', 'pppoe', 'can0', 'team1', 'veth0x']) expect(isInterfaceName(word)).toBe(false);
    expect(differentWords('veth0', 'failed')).toBe(true);
    expect(differentWords('dummy', 'veth0')).toBe(true);
  });

  it("real: radvd's `%s not found: %s` for eth0 and veth0 is one signature", () => {
    const rows = loadServerLog('radvd.ndjson').filter((r) => r.group.includes('update_device_index'));
    expect(rows.map((r) => r.body.split(' ')[5]).sort()).toEqual(['eth0', 'veth0']);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'radvd', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
