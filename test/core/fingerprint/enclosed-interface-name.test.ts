// A network interface's name in parentheses is the same value as a bare one (network-interface.ts):
// NetworkManager names the device a line is about as `device (%s):` (1.x, nm-device.c) or `(%s):`
// (0.9). Lines from public threads, as os-logs-src/linux.txt lists them:
// https://github.com/elementary/settings-network/issues/326 (NetworkManager 1.x, ens33),
// https://github.com/nymea/nymea-networkmanager/issues/42 (eth0),
// https://github.com/evilsocket/bettercap/issues/293 (NetworkManager 0.9, wlan0 and eth0).
// Before: each interface's line was a signature of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isInterfaceName } from '../../../src/core/fingerprint/network-interface.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'linux-syslog', body, severityText: 'ERROR' })));
}

describe('a network interface name in parentheses', () => {
  it('is an interface name, with or without a colon after it', () => {
    for (const t of ['(eth0)', '(wlan0):', '(ens33):', '(enp0s31f6),', '(lo):']) expect(isInterfaceName(t)).toBe(true);
    expect(differentWords('(wlan0):', '(eth0):')).toBe(false);
  });

  it('near misses: a word in parentheses, or unbalanced parentheses, stay words', () => {
    for (const t of ['(local):', '(ethernet)', '(en)', '(eth0', 'eth0)', '((eth0))', '(p2p-dev-wlp4s0):']) expect(isInterfaceName(t)).toBe(false);
    expect(differentWords('(eth0):', '(failed):')).toBe(true);
    expect(differentWords('(none)', '(eth0)')).toBe(true);
  });

  it("real: NetworkManager 1.x's carrier lines for ens33 and eth0 are one signature", () => {
    const ids = signatures([
      'Nov 22 23:24:21 elvm NetworkManager[597]: <info>  [1637623461.8104] device (ens33): carrier: link connected',
      'Dec 25 14:21:24 RPi-3 NetworkManager[356]: <info>  [1608898884.7272] device (eth0): carrier: link connected',
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it("real: NetworkManager 0.9's lines for wlan0 and eth0 are one signature per statement, and two statements stay two", () => {
    const ids = signatures([
      'Sep  6 21:24:41 atlantis NetworkManager[17923]: <info> (wlan0): exported as /org/freedesktop/NetworkManager/Devices/0',
      'Sep  6 21:24:41 atlantis NetworkManager[17923]: <info> (wlan0): bringing up device.',
      'Sep  6 21:24:41 atlantis NetworkManager[17923]: <info> (eth0): exported as /org/freedesktop/NetworkManager/Devices/1',
      'Sep  6 21:24:41 atlantis NetworkManager[17923]: <info> (eth0): bringing up device.',
      'Sep  6 21:24:41 atlantis NetworkManager[17923]: <info> (wlan0): preparing device.',
    ]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).toBe(ids[3]);
    expect(new Set(ids).size).toBe(3);
  });
});
