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

const LABELS = new Set(['output:', 'stdout:', 'stderr:']);

/** Whether `tokens[i]` is the first token of a child program's output relayed after an `, output:` field (see above). */
export function opensRelayedOutput(tokens: readonly string[], i: number): boolean {
  return i >= 2 && LABELS.has(tokens[i - 1].toLowerCase()) && tokens[i - 2].endsWith(',') && tokens[i - 2].length > 1;
}
