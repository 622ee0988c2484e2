// The host name ISC DHCP's server prints in parentheses after a client's hardware address when
// the client sent one (`DHCPOFFER on <ip> to <mac> (web-01) via br0`) is left out of the
// template (hardware-address-host-name.ts): dhcpd 4.4.3's lines with the name and without it were
// two signatures of one statement (programs/isc-dhcp, server-logs-11.test.ts: GA 0.817 → 0.890).
// The lines are written after that program's, server/dhcp.c's formats.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutHardwareAddressHostName } from '../../../src/core/fingerprint/hardware-address-host-name.js';
import { resolveAliases } from '../../helpers/loghub.js';

const HEAD = '2026-12-05T16:31:41.138428+00:00 vm dhcpd[21450]: ';

/** Whether `a` and `b` are one signature, each line met twice, in either order. */
function together(a: string, b: string): boolean {
  for (const order of [[a, b, a, b], [b, a, b, a]]) {
    const fp = createFingerprinter();
    const ids = resolveAliases(order.map((body) => fp.fingerprint({ source: 'log', service: 'dhcp', body: HEAD + body })));
    if (ids[0] !== ids[1]) return false;
  }
  return true;
}

describe("the host name after a hardware address", () => {
  it('is left out of a masked line, the words around it kept', () => {
    expect(withoutHardwareAddressHostName(['DHCPACK', 'on', '<ip>', 'to', '<mac>', '(web-<int>)', 'via', 'br0'])).toEqual(['DHCPACK', 'on', '<ip>', 'to', '<mac>', 'via', 'br0']);
    expect(withoutHardwareAddressHostName(['from', '<mac>', '(laptop.example.test)', 'via', '<ip>'])).toEqual(['from', '<mac>', 'via', '<ip>']);
    const plain = ['from', '<mac>', 'via', 'br0'];
    expect(withoutHardwareAddressHostName(plain)).toBe(plain);
  });

  it("makes dhcpd's lines with and without the name one statement", () => {
    expect(together('DHCPDISCOVER from 02:00:5e:10:00:00 via br0', 'DHCPDISCOVER from 02:00:5e:10:00:01 (web-01) via br0')).toBe(true);
    expect(together('DHCPOFFER on 192.0.2.50 to 02:00:5e:10:00:05 via br0', 'DHCPOFFER on 192.0.2.101 to 02:00:5e:10:00:01 (db-01) via br0')).toBe(true);
    expect(together('DHCPREQUEST for 192.0.2.50 (192.0.2.1) from 02:00:5e:10:00:05 via br0', 'DHCPREQUEST for 192.0.2.100 (192.0.2.1) from 02:00:5e:10:00:00 (kitchen) via eth1')).toBe(true);
    expect(together('DHCPACK on 192.0.2.50 to 02:00:5e:10:00:05 via br0', 'DHCPACK on 192.0.2.102 to 02:00:5e:10:00:02 (cache-01) via br0')).toBe(true);
  });

  it('near misses: a failure or a state after the address, several words, a name after another value, other statements', () => {
    for (const token of ['(failed)', '(INCOMPLETE)', '(timeout)', '(web 01)', 'web-01', '(web-01', '(web-01),', '(-x)'])
      expect(withoutHardwareAddressHostName(['from', '<mac>', token, 'via', 'br0'])).toContain(token);
    // only after a hardware address: a name after an IP address is one a program may print for a reason of its own
    expect(withoutHardwareAddressHostName(['from', '<ip>', '(web-<int>)', 'via', 'br0'])).toContain('(web-<int>)');
    expect(together('DHCPOFFER on 192.0.2.50 to 02:00:5e:10:00:05 via br0', 'DHCPOFFER on 192.0.2.50 to 02:00:5e:10:00:05 (failed) via br0')).toBe(false);
    expect(together('connect from 192.0.2.7 via br0', 'connect from 192.0.2.7 (web-01) via br0')).toBe(false);
    // the statement's own words stay: DHCPOFFER and DHCPACK from one format are two outcomes
    expect(together('DHCPOFFER on 192.0.2.50 to 02:00:5e:10:00:05 via br0', 'DHCPACK on 192.0.2.101 to 02:00:5e:10:00:01 (db-01) via br0')).toBe(false);
    // a reason appended to the request's text is another statement
    expect(together('DHCPDISCOVER from 02:00:5e:10:00:03 via br0', 'DHCPDISCOVER from 02:00:5e:10:00:03 (web-01) via br0: network 192.0.2.0/24: no free leases')).toBe(false);
  });
});
