// The phase a Tor bootstrap line reports, after its percentage, is one value to the line's end.
//
// Tor logs its progress towards a working circuit as control_bootstrap.c's
// control_event_bootstrap_core writes it, `Bootstrapped %d%% (%s): %s`: the percentage, then the
// tag and the summary bootstrap_status_to_string takes from its table of phases (`(starting):
// Starting`, `(conn): Connecting to a relay`, `(handshake): Handshaking with a relay`, … `(done):
// Done`). Before 0.4.0 the tag was not there (`Bootstrapped %d%%: %s`). One statement writes every
// phase, and a tor that starts logs a line for each of them: read as words, Tor 0.4.9's log
// (programs/tor, server-logs-19.test.ts) had one signature per phase, the summaries of
// different lengths besides.
//
// Read only so: the word `Bootstrapped`, a masked percentage (`<int>%`), then the tag in
// parentheses with its colon (`(conn_done):`) — or, in the older form, the colon right after the
// percentage — and words after it. Any other line with a percentage keeps its words, and so does
// a parenthesised word after one that is not the bootstrap's (`Downloaded 5% (of 10 MB)`).
const TAG = /^\([a-z][a-z_]{0,40}\):$/;

/** Whether `tokens[i]` opens the phase of a Tor `Bootstrapped <pct>` line (see above). */
export function opensTorBootstrapPhase(tokens: readonly string[], i: number): boolean {
  if (i < 2 || tokens[i - 2] !== 'Bootstrapped' || !tokens[i]) return false;
  // 0.4's tag, which words follow, or the older summary right after the percentage's colon.
  if (tokens[i - 1] === '<int>%') return TAG.test(tokens[i]) && !!tokens[i + 1];
  return tokens[i - 1] === '<int>%:';
}
