// The command a cron daemon logs for a job it starts or ends: one value, however many words.
//
// Vixie cron, as Debian's cron 3.0pl1 builds it, writes each job it runs through log_it's
// `(%s) %s (%s)` — the crontab's user, the event, the detail — with the event `CMD` when the job
// starts and `END` when it ends (do_command.c), the detail being the job's command line as the
// crontab holds it, after its pid in brackets when the log level asks for pids
// (`(erin) CMD ([5043] /home/erin/bin/backup.sh --full)`). The command is the operator's text:
// read word by word, each job with its own number of words was a template of its own, six
// signatures for two statements over three jobs (programs/linux-host, server-logs-49.test.ts;
// syslog-host.ndjson's CMD and END lines too, server-logs.test.ts).
//
// Read only so: `CMD` or `END` in capitals right after one parenthesised token (the user, or
// `*system*<file>` for a system crontab), a parenthesis opening the next token and one closing
// the line's last, within MOST_TOKENS. log_it's other events keep their details' words: those
// are cron's own texts (`(CRON) error (grandchild #%d failed with exit status %d)`, `ERROR (Syntax
// error, this crontab file will be ignored)`), and so does a `CMD` that no user opens or whose
// parentheses do not run to the line's end.

// log_it's events whose detail is the job's command line (do_command.c).
const JOB_EVENTS = new Set(['CMD', 'END']);
// The user (or system crontab) log_it writes first, in parentheses.
const PARENTHESISED_OWNER = /^\([^\s()]+\)$/;
// Tokens a command line may run to.
const MOST_TOKENS = 48;

/** Where the job command that opens at `tokens[i]` ends (the line's last index), or -1. */
export function cronJobCommandEnd(tokens: readonly string[], i: number): number {
  if (i < 2 || !JOB_EVENTS.has(tokens[i - 1]) || !PARENTHESISED_OWNER.test(tokens[i - 2])) return -1;
  if (!tokens[i].startsWith('(')) return -1;
  const last = tokens.length - 1;
  if (last - i + 1 > MOST_TOKENS || !tokens[last].endsWith(')')) return -1;
  return last;
}
