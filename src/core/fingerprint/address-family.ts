// A word that names an IP address family by its number: `IPv4` / `IPv6`, `inet4` / `inet6`,
// `tcp4` / `tcp6`, `udp4` / `udp6`, `icmpv6`, `listen4` / `listen6`, a bare `v4` / `v6`.
//
// A word's digits are otherwise its instance (template-tokens.ts differentWords: `storage433` /
// `storage434`, `CPU0` / `CPU1` are one word), but here the digit is which protocol the program
// is speaking, and programs write each family from a statement of its own: NTPsec's
// nts_server.c logs `NTSs: listen4 worked` and `NTSs: listen6 worked` from two format strings
// (programs/ntpsec), and Loghub's Mac set labels the Wi-Fi driver's `MDNS: IPV4 Addr: %s` and
// `MDNS: IPV6 Addr: %s` as two templates. A stem from this list with a 4 or a 6 and nothing else
// is a family; any other word with those digits (`CPU4`, `node6`, `sda4`) is still an instance.
const FAMILY = /^["'`(\[]?(?:ip|ipv|inet|tcp|udp|icmpv|listen|af_inet|v)([46])["'`)\]]?[:,.;!?]?$/i;

/** The address family a word names (`4` or `6`), or undefined when it names none. */
export function addressFamily(token: string): '4' | '6' | undefined {
  if (token.length > 16) return undefined;
  const m = FAMILY.exec(token);
  return m ? (m[1] as '4' | '6') : undefined;
}

/** Two words naming different address families (`IPV4` / `IPV6`): two statements, not one word's instances. */
export function differentAddressFamilies(a: string, b: string): boolean {
  const x = addressFamily(a);
  if (x === undefined) return false;
  const y = addressFamily(b);
  return y !== undefined && y !== x;
}
