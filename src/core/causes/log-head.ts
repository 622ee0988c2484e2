// The head a logger writes before each line's message — its time, then fields in brackets or
// braces and a level — as a finding's quote of an error should leave it out (docs/diagnosis.md,
// "The cause table": a finding quotes the signature's message). A log record's body is the whole
// line the program wrote, and a quote clipped to a hundred-odd characters then spent them on
// `E, [<date> #<int>] ERROR -- : ` instead of the failure. The layouts recognised, read before or
// after the fingerprint's masking (which turns a time into `<date>`, or `<*>` as a free value):
//   Ruby's Logger        `E, [2020-06-23T13:47:11.453086 #17099] ERROR -- : `
//   Elixir's Logger      `13:37:05.576 [error] `
//   ClickHouse           `2024.06.12 11:59:21.145129 [ 314 ] {<query id>} <Error> `
//   Apache httpd 2.4     `[Wed Jul 10 16:20:07.685294 2019] [:error] [pid 2280] [client 192.168.1.65:58547] `
//   fern (Vaultwarden)   `[2023-03-29 14:19:07.551][panic][ERROR] `
//   MySQL 8's error log  `2023-08-31T09:48:34.214991Z 7448 [ERROR] [MY-000035] [Server] ` (the thread id after the time)
// A head is a time followed by at least one such field or level: a message that begins with a
// date of its own (`<date> is after the contract's end`) has none after it and is left whole.

/** A time as masking leaves it, or as written (ISO 8601 and its space-separated form, or a time of day). */
const TIME = String.raw`(?:(?:<version> )?<date>|<\*>|\d{4}[-./]\d{2}[-./]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?|\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?)`;
/**
 * A thread id written bare after the time, as MySQL 8's error log writes it (log_error_verbosity's
 * layout: time, thread, `[label]`, `[MY-code]`, `[subsystem]`): a head only where a field follows it,
 * so a message that begins with a number after its date (`<date> <int> rows copied`) keeps it.
 */
const THREAD = String.raw`(?: (?:<int>|\d{1,10})(?= (?:\[|<\*>)))`;
/** The time, bare (with MySQL's thread id after it) or in brackets (with Ruby's ` #pid` inside them), after Ruby's one-letter severity. */
const LEAD = String.raw`(?:[DIWEFAU], )?(?:\[\s*${TIME}(?: #(?:<int>|\d{1,10}))?\s*\]|${TIME}${THREAD}?)`;
/** One field: bracketed or braced (pid, thread, client, target, level), ClickHouse's `<Error>`, a level in capitals (Ruby's ` -- progname:` after it), or a masked value. */
const FIELD = String.raw`(?:\[[^\]\n]{0,80}\]|\{[^}\n]{0,80}\}|<(?:Fatal|Critical|Error|Warning|Notice|Information|Debug|Trace)>|(?:FATAL|ERROR|WARN|WARNING|INFO|DEBUG|TRACE)\b(?: -- [^:\n]{0,40}:)?|<\*>)`;
const HEAD = new RegExp(String.raw`^${LEAD}(?:\s*${FIELD})+\s*`);

/** `text` without a recognised log-line head, or as it is when it has none or nothing would be left. */
export function withoutLogHead(text: string): string {
  const head = HEAD.exec(text);
  if (!head) return text;
  const rest = text.slice(head[0].length);
  return /[A-Za-z]{2}/.test(rest) ? rest : text;
}
