// The word a program prints in parentheses where a value it names is missing: `(unknown-jobid)`,
// the job id libmilter filters log their per-message lines under when the MTA passed no queue id
// (macro `i`); opendmarc 1.4.2's and opendkim 2.11's JOBIDUNKNOWN, so one statement's line reads
// `684A2FC801: example.test pass` for one message and `(unknown-jobid): example.test pass` for the
// next (programs/opendmarc, server-logs-61.test.ts). The stand-in takes the value's place and is
// a value as the id is. Only `unknown-` and the name of what is missing, in parentheses, a token
// of its own (a `:`, `,` or `;` may follow, as after the id): `(unknown)` alone, `unknown-jobid`
// bare, `(unknown-jobid` cut short, a stand-in for a whole field such as glibc's `(null)`, and
// other hyphenated words in parentheses (`(read-only)`, `(non-blocking)`) stay as written.
const STAND_IN = /^\(unknown-[a-z]+(?:[-_][a-z]+)*\)([:,;]?)$/;

/** The punctuation after a log line's token when it is a missing value's `(unknown-…)` stand-in, else undefined. */
export function unknownValueStandIn(token: string): string | undefined {
  return STAND_IN.exec(token)?.[1];
}
