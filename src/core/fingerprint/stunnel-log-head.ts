// stunnel's two line heads before one statement's text. stunnel 5 writes each message to stderr
// in the foreground in one of two layouts (its log.c; programs/stunnel, server-logs-18.test.ts):
// once its configuration is read, `<yyyy.mm.dd hh:mm:ss> LOG<level>[<thread or connection id>]:
// <text>`; before that, and for a configuration that fails, the raw form `[<mark>] <text>`, one
// character standing for the level (`!` an error, `:` a warning, `.` a notice, a space info, `*`
// worse). Every start-up statement (`stunnel 5.68 on … platform`, `Compiled with …`, `FIPS mode
// disabled`, `Reading configuration from file …`) appears in both, and read as written the two
// heads were three tokens (the dotted date taken for a version) against one: two templates of
// one statement. The head is the logger's, not the statement's (the level is not part of a
// signature either, docs/fingerprinting.md), so it is left out of the line the miner reads.
//
// Read only at the start of a line: the dotted date with its time, `LOG` and one digit, an id of
// word characters in brackets and a colon; or one of the five marks alone in brackets and one
// space before a word. A `[x]` of any other character (a checkbox's `[x]`, `[-]`), a mark not at
// the start, a date in another form or `LOG` with no id keep their reading.
const STUNNEL_HEAD = /^(?:\d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d LOG[0-7]\[[\w.:-]{1,64}\]: |\[[*!:. ]\] )(?=\S)/gm;

/** `text` (a raw log line) without stunnel's line head (see above). */
export function withoutStunnelHead(text: string): string {
  if (!text.includes(']')) return text;
  return text.replace(STUNNEL_HEAD, '');
}
