// systemd's job status lines: a verb of the job's outcome, then the unit's description.
//
// The service manager reports a unit's job as one of its unit type's status messages, a fixed
// verb and the unit's Description= (systemd.unit(5)) in its place: `Starting %s...`,
// `Started %s.`, `Stopping %s...`, `Stopped %s.` for services, scopes and most types,
// `Mounting %s...` / `Mounted %s.` for mounts, `Reached target %s.` / `Stopped target %s.` for
// targets, `Created slice %s.` / `Removed slice %s.` for slices (the unit types' status message
// formats in systemd's src/core/). The description is free text the unit's author wrote:
// `Sound Service`, `Session c2 of user root`, `LSB: slurm daemon management`, `firewalld - dynamic
// firewall daemon`, `udev Coldplug all Devices`. Its words read as the statement's own and its
// length varies, so every unit's line was a signature of its own (titled-tail.ts reads a name in
// title case, which few descriptions are). After systemd's tag the words from the verb to the
// line's final `.` or `...` are one value, the verb (and the unit type's word after it) kept. A job
// under way ends `...` (`Starting %s...`) and a finished one `.` (`Started %s.`); a line whose
// ending is not its verb's is left as it is: older releases wrote a target's stop as `Stopping %s.`
// beside a service's `Stopping %s...`, two statements one full stop apart.
//
// Only systemd's own lines: the tag is `systemd` (the manager, system or user instance, as the
// transport header leaves it; transport-header.ts), the verb opens the message, at least one word
// follows it and the line ends as a status message does. `Reloading.` (the manager's own reload),
// another program's `Started …`, and a line that does not end with a full stop keep their words.
import { WILDCARD } from './template-tokens.js';

// The status messages' fixed words, the longer first where one starts another (`Stopped target`
// before `Stopped`).
const VERBS: readonly (readonly string[])[] = [
  ['Reached', 'target'],
  ['Stopped', 'target'],
  ['Created', 'slice'],
  ['Removed', 'slice'],
  ['Activating', 'swap'],
  ['Activated', 'swap'],
  ['Deactivating', 'swap'],
  ['Deactivated', 'swap'],
  ['Found', 'device'],
  ['Listening', 'on'],
  ['Starting'],
  ['Started'],
  ['Stopping'],
  ['Stopped'],
  ['Reloading'],
  ['Reloaded'],
  ['Mounting'],
  ['Mounted'],
  ['Unmounting'],
  ['Unmounted'],
  ['Closed'],
];
const TAG = 'systemd:';
// The verbs of a job under way; `Listening on %s.` is a socket's finished start.
const UNDER_WAY = new Set(['Starting', 'Stopping', 'Reloading', 'Mounting', 'Unmounting', 'Activating', 'Deactivating']);
// A finished job's message ends with a full stop, one under way with `...`.
const FINISHED_END = /[^.]\.$/;
const UNDER_WAY_END = /\.\.\.$/;

/**
 * `out` (the line's tokens as read) with a systemd job status line's unit description as one value
 * (see above); `out` itself otherwise. `tokens` are the line's words as written: a description's
 * last word read as a value (`of user <name>`) has lost the full stop that closes the line.
 */
export function withUnitDescriptionAsValue(out: string[], tokens: readonly string[]): string[] {
  if (tokens[0] !== TAG || tokens.length < 3) return out;
  const last = tokens[tokens.length - 1];
  for (const verb of VERBS) {
    if (tokens.length < verb.length + 2 || !verb.every((word, k) => tokens[1 + k] === word)) continue;
    const underWay = UNDER_WAY.has(verb[0]);
    // The ending stays a token of its own: a template `systemd: Stopping <*>` would take the
    // target's `systemd: Stopping Swap.` as one more description.
    if ((underWay ? UNDER_WAY_END : FINISHED_END).test(last)) return [TAG, ...verb, WILDCARD, underWay ? '...' : '.'];
    return out;
  }
  return out;
}
