// An id generator refusing to hand out ids because the clock it reads went back. A Snowflake-style
// generator puts the current millisecond (or second) at the head of each id and, to keep ids
// increasing and unique, refuses while the clock reads earlier than the last timestamp it used: in
// the words of Twitter's IdWorker that most ports kept, `Clock moved backwards.  Refusing to
// generate id for N milliseconds`; baidu/uid-generator's and its ports' `Clock moved backwards.
// Refusing for N seconds`; the log line beside them, `clock is moving backwards.  Rejecting
// requests until N.`; a Preconditions check's `Clock is moving backwards, last time is N
// milliseconds, current time is M milliseconds`; a Go port's `system clock is moving backwards`.
// The generator's code is not what changed: the host's wall clock was stepped back (NTP correcting a
// clock that had run ahead, a nightly time sync: killme2008/Metamorphosis#33; a generator reading
// System.currentTimeMillis(), which moves both ways: apache/dolphinscheduler#6742), and the
// refusal lasts until the clock passes the last timestamp used before the step. Restarting the
// process ends the refusal but forgets that timestamp, so ids it then makes can repeat ids made
// while the clock ran ahead (appform-io/ranger#54): waiting it out, off the rotation, is the safe way.

/** A generator's words for a clock that went back under it. */
export const CLOCK_MOVED_BACKWARDS = /\bclock (?:has )?(?:moved|is moving|went|moving|jumped|ran) backwards?\b/i;

/** The time the generator says it refuses for, as it says it (`1139204 milliseconds`, `42 seconds`), when it does. */
export function refusedFor(text: string): string | undefined {
  return /\bRefusing (?:to generate (?:id|uid)s? )?for (\d+) ?(milliseconds|ms|seconds|s)\b/i.exec(text)?.slice(1, 3).join(' ');
}

/** What the clock-skew rule says of a clock stepped back under an id generator, on one host or on some. */
export function clockMovedBackwards(service: string, host: string | undefined, words: string): { cause: string; fix: string } {
  const where = host ? `The clock of ${host}` : `The clock of ${service}'s hosts`;
  const only = host ? `, and only that host fails: the others' clocks did not move` : '';
  return {
    cause: `${where} was stepped back (NTP correcting a clock that had run ahead, or a manual time change), and ${service}'s id generator refuses to hand out ids until the clock passes the last timestamp it used before the step ("${words}")${only}. A Snowflake-style generator puts the time at the head of each id and will not go back in time, so every write that needs a new id fails; the code and the database are not at fault.`,
    fix: `Take ${host ?? 'the hosts whose clock went back'} out of rotation until the refusal ends by itself (the time the generator counts down); restarting ${service} there ends it sooner but forgets the last timestamp, so ids it makes can repeat those made while the clock ran ahead. Then find why ${host ?? 'the clock'} ran ahead (chronyc tracking / timedatectl; NTP unreachable), let chrony slew rather than step once the service runs (makestep only at boot), alert on clock offset, and let the generator wait out a small step instead of failing.`,
  };
}
