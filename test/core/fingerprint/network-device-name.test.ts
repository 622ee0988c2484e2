// An interface's name after `network device` or `netdev`, and a type ending a line after `unknown
// type`, are values (network-device-name.ts). Real lines: Debian 12's ovs-vswitchd 3.1.0
// (programs/ovs, server-logs-64.test.ts), where bridge.c's `could not open network device %s (%s)`
// and netdev.c's `could not create netdev %s of unknown type %s` were a template per interface.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withNetworkDeviceNamed } from '../../../src/core/fingerprint/network-device-name.js';

describe("a network interface's name", () => {
  it('two interfaces of one statement are one signature, another errno another', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'ovs-vswitchd', body }).fingerprint;
    const open = t('2026-12-07T15:36:04.310Z|00120|bridge|WARN|could not open network device p2 (Address family not supported by protocol)');
    expect(t('2026-12-07T15:36:04.311Z|00121|bridge|WARN|could not open network device dpdk0 (Address family not supported by protocol)')).toBe(open);
    // the operating system's error stays a word: one failure's kind
    expect(t('2026-12-07T15:36:04.312Z|00122|bridge|WARN|could not open network device eth9 (No such device)')).not.toBe(open);
    const type = t('2026-12-07T15:36:04.309Z|00119|netdev|WARN|could not create netdev p2 of unknown type warpdrive');
    expect(t('2026-12-07T15:36:04.313Z|00123|netdev|WARN|could not create netdev dpdk0 of unknown type dpdk')).toBe(type);
  });

  it('names as Linux writes them are values', () => {
    expect(withNetworkDeviceNamed('failed to set MTU for network device p3: Invalid argument')).toBe('failed to set MTU for network device <name>: Invalid argument');
    expect(withNetworkDeviceNamed('could not add network device vx2 to ofproto (File exists)')).toBe('could not add network device <name> to ofproto (File exists)');
    expect(withNetworkDeviceNamed('removing netdev br-int.')).toBe('removing netdev <name>.');
  });

  it('near misses: words after them that name no interface stay', () => {
    for (const line of [
      'netdev watchdog fired',
      'network device driver loaded',
      "the netdev datapath's tap device",
      'got a message of unknown type from peer',
      'unknown type of message',
      'netdev averyveryverylongname1 is no interface name',
      'unknown type Foo',
    ]) expect(withNetworkDeviceNamed(line)).toBe(line);
  });
});
