// A network interface's name after the words for one (`network device`, `netdev`) is a value, and
// so is the type a line ends on after `unknown type`.
//
// Open vSwitch 3.1's bridge.c writes `could not open network device %s (%s)` for every Interface
// row it cannot open, lib/netdev.c `could not create netdev %s of unknown type %s` for every
// interface whose type no netdev class provides, and `failed to set MTU for network device %s: %s`
// (programs/ovs, server-logs-64.test.ts): the name is the interface the operator added (`eth9`,
// `dpdk0`, `p2`) and the type the one they wrote (`warpdrive`, `dpdk`). Two interfaces were two
// templates until a third came (the miner's three-words rule), the type another word apart. Each
// is written `<name>` before values are masked.
//
// Read only so: an interface's name as Linux allows it (IFNAMSIZ: at most fifteen characters, no
// space, `/` or `:`), with a digit, `-`, `.` or `@` in it, right after `network device` or
// `netdev`; a word after them without one (`netdev watchdog`, `network device driver`) is the
// program's own and stays. After `unknown type`, a lower-case name ending the line (or before a
// closing `.`, `,`, `;`, `)`): `unknown type of message` goes on as a sentence and stays.
const DEVICE_NAME = /\b(network device|netdev) (?=[A-Za-z][\w.@-]{0,14}(?=[\s:,;.)]|$))((?=[\w.@-]*[\d.@-])[A-Za-z][\w.@-]{0,14}?)(?=[.,;:)]?(?:\s|$))/g;
const UNKNOWN_TYPE = /\bunknown type [a-z][\w-]{0,63}(?=[.,;)]?$)/gm;

/** `text` (a raw log line) with an interface's name and an unknown type written `<name>` (see above). */
export function withNetworkDeviceNamed(text: string): string {
  if (!text.includes('netdev') && !text.includes('network device') && !text.includes('unknown type')) return text;
  return text.replace(DEVICE_NAME, '$1 <name>').replace(UNKNOWN_TYPE, 'unknown type <name>');
}
