// A driver's name in parentheses after a network interface's name read as a value
// (src/core/fingerprint/network-interface.ts isInterfaceDriverName): the kernel's transmit
// watchdog names the stalled NIC's interface and driver. Lines as os-logs-src/linux.txt lists
// them, each with its thread.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isInterfaceDriverName } from '../../../src/core/fingerprint/network-interface.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe("a driver's name after its interface", () => {
  it('is a value: one watchdog statement over five drivers', () => {
    const watchdog = signatures([
      // fanck0605/openwrt-ci#10
      '[35767.783403] NETDEV WATCHDOG: eth1 (r8152): transmit queue 0 timed out',
      // openbmc/openbmc#2228
      '[  438.150000] NETDEV WATCHDOG: eth0 (ftgmac100): transmit queue 0 timed out',
      // openwrt/openwrt#9305
      '[216151.648260] NETDEV WATCHDOG: eth0 (bcmgenet): transmit queue 1 timed out',
      // openwrt/packages#9522, OpenWrt's logread
      'Fri Jul 19 05:58:52 2019 kern.info kernel: [49182.732539] NETDEV WATCHDOG: eth0 (mtk_soc_eth): transmit queue 0 timed out',
      // freifunk-berlin/firmware#171
      'Tue Jan  6 19:55:38 2015 kern.info kernel: [  107.816494] NETDEV WATCHDOG: eth0 (fsl-gianfar): transmit queue 6 timed out',
    ]);
    expect(new Set(watchdog).size).toBe(1);
  });

  it('is read only right after a whole interface name, and only as a driver name', () => {
    // After a word that is no interface: a parenthesised word of the statement's own.
    expect(isInterfaceDriverName(['mounted', 'root', '(ext4):'], 2)).toBe(false);
    // NetworkManager's `device (eth0):` is the interface itself in parentheses, read elsewhere.
    expect(isInterfaceDriverName(['device', '(eth0):'], 1)).toBe(false);
    // Capitals or spaces inside: a label or a phrase, not a driver's name.
    expect(isInterfaceDriverName(['eth0', '(DOWN):'], 1)).toBe(false);
    expect(isInterfaceDriverName(['eth0', '(link'], 1)).toBe(false);
    // A macOS name is no Linux interface (network-interface.ts leaves `en0` out).
    expect(isInterfaceDriverName(['en0', '(awdl):'], 1)).toBe(false);
    expect(isInterfaceDriverName(['eth0', '(r8152):'], 1)).toBe(true);
  });

  it('keeps the newer kernel text, which names the device in its prefix, another statement', () => {
    const [old, current] = signatures([
      // fanck0605/openwrt-ci#10: up to Linux 6.3
      '[35767.783403] NETDEV WATCHDOG: eth1 (r8152): transmit queue 0 timed out',
      // csrutil/OpenWrt-NIC-Drivers#11: netdev_crit since
      '[ 1356.296930] r8125 0000:22:04.0 eth4: NETDEV WATCHDOG: CPU: 3: transmit queue 0 timed out 5010 ms',
    ]);
    expect(old).not.toBe(current);
  });
});
