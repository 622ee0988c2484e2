// A command line a program quotes when it reports that the command failed: one value.
//
// A daemon that runs another program and logs the failure quotes the command it ran, its
// executable's path and arguments: firewalld's `COMMAND_FAILED: '/usr/sbin/iptables -w10 -t filter
// -F DOCKER' failed: iptables: No chain/target/match by that name.` (firewall/core/ipXtables.py
// writes `'%s %s' failed: %s` with the command and its arguments joined by spaces). The arguments
// are the rule the daemon was applying, so every rule was a signature of its own, and the error
// after them, which names the failure, could not join its kind (the os-logs corpus: firewalld's
// 10 lines, 6 signatures). A quoted text holding values the parameteriser found otherwise keeps
// its words (a request line's `"GET <path> HTTP/1.1"` is a structure of constants and values).
//
// Here such a text is one value: its opening quote right before an executable's absolute path
// (masked `<path>`), its closing quote of the same kind within the quoted span's bound, and an
// option among its arguments (`-t`, `--dst-type`), which is what tells a command line from a path
// followed by words. The error after it keeps its words.

const OPENING = /^(['"])<path>$/;
const OPTION = /^-{1,2}[A-Za-z]/;
const AFTER_CLOSE = /[,.;:)\]]*$/;

/** Where a quoted command line opened at `tokens[start]` ends (the index of its last token), or -1. */
export function quotedCommandLineEnd(tokens: readonly string[], start: number, bound: number): number {
  const opening = OPENING.exec(tokens[start] ?? '');
  if (!opening) return -1;
  const quote = opening[1];
  let option = false;
  const last = Math.min(tokens.length - 1, start + bound);
  for (let j = start + 1; j <= last; j++) {
    const token = tokens[j];
    if (OPTION.test(token)) option = true;
    if (token.replace(AFTER_CLOSE, '').endsWith(quote)) return option ? j : -1;
    // Another opening quote of the kind first: not one quoted command.
    if (token.startsWith(quote)) return -1;
  }
  return -1;
}
