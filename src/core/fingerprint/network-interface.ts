// A network interface's name, which a daemon writes for every interface it walks: a value of its
// statement, as a host name or an address is.
//
// Linux names an interface by its kind and an index (the kernel's `lo` for loopback, `eth0`,
// `wlan0`, `usb0`, `tun0`, `tap0`, `bond0`, `br0`; Docker's `docker0`, libvirt's `virbr0`,
// WireGuard's `wg0`), or by where the device sits, systemd-udevd's predictable names
// (systemd.net-naming-scheme(7): a type prefix `en` Ethernet, `wl` wireless LAN, `ww` WWAN, `ib`
// InfiniBand, `sl` serial line IP, then `o<index>` on-board, `s<slot>[f<function>][d<port>]`
// hot-plug slot, `p<bus>s<slot>[f<function>][d<port>]` PCI location, `x<MAC>`, `P<domain>p<bus>s<slot>…`),
// and a VLAN or alias may follow (`eth0.100`, `eth0:1`). A link made with `ip link add type KIND`
// and no name is called by its kind and the first free index (ip-link(8): `veth0` and `veth1` for
// a veth pair, `dummy0`, `vxlan0`, `macvlan0`, `ipvlan0`, `macvtap0`, `geneve0`, `ifb0`, the
// tunnels `gre0`, `gretap0`, `sit0`, `ipip0`, `ip6tnl0`; pppd's links are `ppp0`): radvd 2.19's
// `%s not found: %s` (programs/radvd) names `eth0`, which the host lacked, and `veth0`, deleted
// under it. Kinds whose name reads as a word (`can`, `team`) are left out. NTPsec's ntp_io.c
// writes `IO: Listen normally on %u %s %s` once per interface and address (programs/ntpsec:
// `lo`, `eth0`), ISC dhclient, dnsmasq and keepalived name interfaces the same way. The digits of
// one kind are numbers already (template-tokens.ts differentWords: `eth0` / `eth1` are one word); two kinds
// (`lo` / `eth0`, `eth0` / `ens3`) are two interfaces one statement walked, not two statements.
// Only a whole token of these forms is one: `lo` or `en` inside a sentence is rare beside another
// interface's name at the same position, and a word that merely starts like one (`english`,
// `brown`) has no index. macOS's names (`en0`, `awdl0`) are not among them: Loghub's Mac set
// labels mDNSResponder's `Frequent transitions for interface en0 (…)` and `… awdl0 (…)` as two
// templates (named-endpoint.ts).
//
// A name may come enclosed in parentheses, as NetworkManager writes the device a line is about
// (nm-device.c's `device (%s): state change: …`, `device (%s): carrier: link connected`, 0.9's
// `(%s): bringing up device.`): the parentheses are the statement's, the name inside its value.
const INTERFACE_NAME =
  /^(?:lo|(?:eth|wlan|usb|tun|tap|bond|br|docker|virbr|wg|vlan|veth|dummy|vxlan|macvlan|ipvlan|macvtap|geneve|ifb|gre|gretap|sit|ipip|ip6tnl|ppp)\d{1,4}|(?:en|wl|ww|ib|sl)(?:o\d{1,5}|s\d{1,5}(?:f\d{1,3})?(?:d\d{1,3})?|p\d{1,3}s\d{1,5}(?:f\d{1,3})?(?:d\d{1,3})?|x[0-9a-f]{12}|P\d{1,5}p\d{1,3}s\d{1,5}(?:f\d{1,3})?(?:d\d{1,3})?))(?:[.:]\d{1,4})?[:,]?$/;

/** Whether `token` is a whole network interface name (see above). */
export function isInterfaceName(token: string): boolean {
  if (token.length > 26) return false;
  const enclosed = /^\((.+)\)([:,]?)$/.exec(token);
  return INTERFACE_NAME.test(enclosed ? enclosed[1] + enclosed[2] : token);
}

// The kernel names a device's driver in parentheses after the interface when it reports on the
// device as a whole: the transmit watchdog's `NETDEV WATCHDOG: %s (%s): transmit queue %u timed
// out` (net/sched/sch_generic.c dev_watchdog, dev->name and netdev_drivername()), `eth0 (bcmgenet):`,
// `eth1 (r8152):`, `eth0 (fsl-gianfar):` (the os-logs corpus: six lines, five drivers, five
// signatures). The driver is a value of the statement as the interface beside it is: which NIC
// stalled, not which statement. Only right after a whole interface name (above), and only a
// driver's name: lower case, digits, `_` and `-`, the line's `:` or `,` after it.
const DRIVER_NAME = /^\([a-z][a-z\d_-]{1,31}\)[:,]?$/;

/** Whether `tokens[i]` is a driver's name in parentheses right after a network interface's name. */
export function isInterfaceDriverName(tokens: readonly string[], i: number): boolean {
  return i > 0 && DRIVER_NAME.test(tokens[i]) && INTERFACE_NAME.test(tokens[i - 1]);
}
