// A program's own syslog-style prefix after the tag the transport gave it.
//
// A daemon that writes its messages to stderr with its own `name: ` or `name[pid]: ` prefix, and
// runs under a supervisor that sends stderr on to the journal, reaches syslog with two tags: the
// journal's for the process and the program's own. open-iscsi's iscsid logs `iscsid: Kernel
// reported iSCSI connection 3:0 error …` under `iscsid[40456]: `, dbus 1.6 wrote each line once
// through syslog (`dbus[2597]: [system] Activating …`) and once on stderr, which journald tagged
// `dbus-daemon[2597]: dbus[2597]: [system] Activating …`. The inner prefix says which program's
// statement the line is, the outer one only repeats or names the process: after the transport
// header is read (transport-header.ts) the inner one is kept as the tag, so one statement reads
// alike with one prefix or two. Only a prefix that a syslog tag could be (no space, no colon,
// no bracket inside; a pid in brackets or the outer tag's own name), right after the outer tag,
// and not after the kernel's (whose messages name devices as `sd 0:0:0:0: `).
const REPEATED_TAG = /^([^\s:[\]]{1,64}): (?:\1|([^\s:[\]]{1,64})\[\d{1,10}\]): /;

/** `text` (`tag: message`, as the transport header leaves it) with the program's own prefix as its tag. */
export function withProgramsOwnTag(text: string): string {
  const m = REPEATED_TAG.exec(text);
  if (!m || m[1] === 'kernel') return text;
  return `${m[2] ?? m[1]}: ${text.slice(m[0].length)}`;
}
