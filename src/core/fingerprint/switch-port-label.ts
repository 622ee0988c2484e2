// A switch's port, interface or bridge named as the label a line's words are about (`port p6:`,
// `bridge br1:`) is a value: the object the operator created, the statement the words after it.
//
// Open vSwitch 3.1's bridge.c writes its records about one port as `port %s: …` and about one
// bridge as `bridge %s: …` (`port %s: disable RSTP on internal ports`, `bridge %s: using datapath
// ID %016llx`), the name the one an operator gave in the database (`p6`, `br2`, `vx1`, `patch-a`;
// programs/ovs, server-logs-64.test.ts). Where a statement met only two names (RSTP's, for `p6` and
// `br2`), it was two templates: the miner takes a place for a value at its third word. Written
// `<name>` before values are masked, as network-device-name.ts writes an interface's after
// `network device`.
//
// Read only so: `port`, `interface` or `bridge` (or capitalised), then a name as Linux allows an
// interface's (IFNAMSIZ: at most fifteen characters, a letter first) with a digit, `-`, `.` or `@`
// in it, closed by a colon and a space or the line's end. A word without one (`interface
// conversion:`, `port range:`, `interface state:`) is a label of the program's own and stays, and
// so does a name with no colon after it (`port p6 is down`, which a statement may write of one
// port it names in its own words).
const LABELLED_PORT = /\b(port|Port|interface|Interface|bridge|Bridge) (?=[A-Za-z][\w.@-]{0,14}:(?:\s|$))(?=[A-Za-z][\w.@-]*[\d.@-][\w.@-]*:)[A-Za-z][\w.@-]{0,14}:(?=\s|$)/gm;

/** `text` (a raw log line) with a port's, interface's or bridge's name labelling its words written `<name>` (see above). */
export function withSwitchPortLabelNamed(text: string): string {
  if (!/[Pp]ort |[Ii]nterface |[Bb]ridge /.test(text)) return text;
  return text.replace(LABELLED_PORT, '$1 <name>:');
}
