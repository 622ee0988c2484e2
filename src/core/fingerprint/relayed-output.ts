// What another program printed, relayed by a log line after an `output:` field: one value, to the
// line's end.
//
// A supervisor that runs commands logs a failed one's output as the last field of its line:
// icinga2 2.13.6's `Check command for object '%s' (PID: %d, arguments: %s) terminated with exit
// code %d, output: %s` (lib/methods/pluginchecktask.cpp; pluginnotificationtask.cpp and
// plugineventtask.cpp alike) prints whatever the plugin wrote: `database connection refused`,
// `execvpe(/usr/lib/nagios/plugins/check_x) failed: No such file or directory`, `<Timeout
// exceeded.><Terminated by signal 15 (Terminated).>` (programs/icinga2, server-logs-36.test.ts).
// Read as words, every plugin's output was a template of its own of one statement.
//
// Only as a field: the label is `output:` (or `stdout:`, `stderr:`, which label a child's streams
// alike) right after a comma that closes the field before it, and text follows. A sentence about
// the program's own output keeps its words (`cannot write output: Permission denied`: no comma
// before the label), and so does a label with nothing after it.
//
// A supervisor that relays its children's streams as they come names the child above the output
// instead: supervisor 4.2.5's dispatchers.py writes `%(name)r %(channel)s output:` and the child's
// text on the lines below it (`'nodir' stderr output:` over `supervisor: couldn't chdir to …`,
// `'flaky' stderr output:` over the worker's own line; programs/supervisor,
// server-logs-46.test.ts). The child is one of the programs it runs, a value as its pid is, and
// so is the stream, which the child chose by writing to it (`stdout` and `stderr` label a child's
// streams alike, as above); each program's and each stream's line was a signature of its own.
// Only a quoted name right before `stdout` or `stderr` and `output:`: a name without its quotes,
// or a stream word without `output:` after it, keeps its words.

const LABELS = new Set(['output:', 'stdout:', 'stderr:']);

/** Whether `tokens[i]` is the first token of a child program's output relayed after an `, output:` field (see above). */
export function opensRelayedOutput(tokens: readonly string[], i: number): boolean {
  return i >= 2 && LABELS.has(tokens[i - 1].toLowerCase()) && tokens[i - 2].endsWith(',') && tokens[i - 2].length > 1;
}

const STREAMS = new Set(['stdout', 'stderr']);
/** A name in quotes, as Python's %r writes a program's name. */
const QUOTED_PROGRAM_NAME = /^(["'])[A-Za-z_][\w.:-]{0,63}\1$/;

const headsRelayedStream = (tokens: readonly string[], i: number) =>
  i >= 0 && QUOTED_PROGRAM_NAME.test(tokens[i]) && STREAMS.has(tokens[i + 1]) && tokens[i + 2] === 'output:';

/** Whether `tokens[i]` is the quoted name of the child, or the stream, a supervisor relays below `'<name>' stdout output:` (see above). */
export function namesRelayedStream(tokens: readonly string[], i: number): boolean {
  return headsRelayedStream(tokens, i) || headsRelayedStream(tokens, i - 1);
}
