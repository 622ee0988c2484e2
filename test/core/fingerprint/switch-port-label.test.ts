// A port's, interface's or bridge's name labelling a line's words (`port p6:`, `bridge br1:`) is a
// value (switch-port-label.ts). Real lines: Debian 12's ovs-vswitchd 3.1.0 (programs/ovs,
// server-logs-64.test.ts), where bridge.c's `port %s: disable RSTP on internal ports`, met for two
// ports only (`p6`, `br2`), was two templates.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withSwitchPortLabelNamed } from '../../../src/core/fingerprint/switch-port-label.js';

describe("a switch port's name as a line's label", () => {
  it('two ports of one statement are one signature, another statement about them another', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'ovs-vswitchd', body }).fingerprint;
    const rstp = t('2026-12-07T15:40:28.880Z|00679|bridge|DBG|port p6: disable RSTP on internal ports');
    expect(t('2026-12-07T15:40:28.880Z|00680|bridge|DBG|port br2: disable RSTP on internal ports')).toBe(rstp);
    // bridge.c's STP twin (`disable STP on internal ports`) is another statement, one word apart
    expect(t('2026-12-07T15:40:28.881Z|00681|bridge|DBG|port p6: disable STP on internal ports')).not.toBe(rstp);
    const datapath = t('2026-12-07T15:40:22.100Z|00041|bridge|INFO|bridge br1: using datapath ID 0000ea5c7d21b84c');
    expect(t('2026-12-07T15:40:22.180Z|00047|bridge|INFO|bridge br2: using datapath ID 00002e0b3e9c0f45')).toBe(datapath);
  });

  it('names as Open vSwitch and Linux write them are values', () => {
    expect(withSwitchPortLabelNamed('port p6: disable RSTP on internal ports')).toBe('port <name>: disable RSTP on internal ports');
    expect(withSwitchPortLabelNamed('bridge br-int: using datapath ID 0000aa')).toBe('bridge <name>: using datapath ID 0000aa');
    expect(withSwitchPortLabelNamed('interface vxlan0: could not set configuration')).toBe('interface <name>: could not set configuration');
    expect(withSwitchPortLabelNamed('Port eth0.100: link down')).toBe('Port <name>: link down');
  });

  it('near misses: a label of the program\'s own, a name without a colon and a number stay', () => {
    for (const line of [
      'interface conversion: interface {} is nil, not string',
      'port range: 1024-65535',
      'interface state: up',
      'port p6 is down',
      'bridge br1 has no ports',
      'listening on port 8080: ready',
      'port averyveryverylongname1: too long for an interface',
      'transport p6:x',
    ]) expect(withSwitchPortLabelNamed(line)).toBe(line);
  });
});
