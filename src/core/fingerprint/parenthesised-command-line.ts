// A command line a program names in parentheses when it reports how the command ended: one value.
//
// libvirt 9.0's src/util/vircommand.c virCommandWait writes `Child process (%s) unexpected %s%s%s`
// with the command it ran, its executable's path and its arguments joined by spaces, in the
// parentheses: `(/sbin/vgscan)`, `(/sbin/pvs --noheadings -o pv_name,vg_name)`, `(/bin/mount -o
// nodev,nosuid,noexec -t auto /dev/sdz1 /srv/fs1)`. The arguments are what the storage or node
// device driver asked for, so each command was a template of its own (its word count one
// route in the miner) though the statement and the failure after it (`exit status 127: …
// cannot execute binary …`) were one (programs/libvirtd, server-logs-63.test.ts). As a quoted
// command line is (quoted-command-line.ts), here such a text is one value: its `(` right before an
// executable's absolute path (masked `<path>`), its `)` closing a token within the bound, and an
// option among its arguments (`-o`, `--noheadings`), which is what tells a command line from a
// path followed by words (`(<path> is not a directory)`). The text after it keeps its words.
const OPENING = /^\(<path>$/;
const OPTION = /^-{1,2}[A-Za-z]/;
const CLOSING = /\)[,.;:]?$/;

/** Where a command line opened in parentheses at `tokens[start]` ends (the index of its last token), or -1. */
export function parenthesisedCommandLineEnd(tokens: readonly string[], start: number, bound: number): number {
  if (!OPENING.test(tokens[start] ?? '')) return -1;
  let option = false;
  const last = Math.min(tokens.length - 1, start + bound);
  for (let j = start + 1; j <= last; j++) {
    const token = tokens[j];
    // Another opening parenthesis first: not one command line.
    if (token.startsWith('(')) return -1;
    if (OPTION.test(token)) option = true;
    if (CLOSING.test(token)) return option ? j : -1;
  }
  return -1;
}
