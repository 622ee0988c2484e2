// The names a mail peer is known by, printed before its bracketed address, are an optional part
// of that address.
//
// Exim identifies the host at the other end of an SMTP connection by up to three parts: its
// verified host name, the HELO/EHLO name it gave in parentheses, and its address in square
// brackets, each left out when Exim does not know it or it adds nothing (Exim 4.96's
// host_build_sender_fullhost, src/host.c, builds `name (helo) [ip]:port`, `name [ip]:port`,
// `(helo) [ip]:port` or `[ip]:port`). Its log lines print that after `H=` and after `from`:
// `H=(laptop) [192.0.2.7]:4711`, `no MAIL in SMTP connection from (x) [127.0.0.1]:46366`,
// `SMTP connection from (c.example) [127.0.0.1]:50060 lost …`. Whether a client sent a HELO
// name, and whether its address resolved, depends on the client, not on the statement: left
// in, one statement was one signature per combination (exim-mainlog.ndjson: `no MAIL in SMTP
// connection` in three, `SMTP syntax error in "…" … unrecognized command` in six, with the
// quoted commands). So, in a log line, a resolved name
// (`<hostname>`) and a name in parentheses right before `[<ip>]` are dropped when they follow
// `from ` or a key's `=`; a parenthesised host name (`(<hostname>)`) is dropped before `[<ip>]`
// wherever it stands. A parenthesised plain word elsewhere is kept: `refused (ECONNREFUSED)
// [<ip>]` and `reset (ECONNRESET) [<ip>]` are different failures.
const AFTER_FROM_OR_KEY = /(\bfrom |=)(?:<hostname> )?(?:\([^\s()<>]{1,255}\) |\(<hostname>\) )?(?=\[<ip>\])/g;
const PARENTHESISED_HOST = /(?<=\s)(?:<hostname> )?\(<hostname>\) (?=\[<ip>\])/g;

/** `masked` (a parameterised log line) with a peer's names before its bracketed address left out. */
export function withoutPeerNames(masked: string): string {
  if (!masked.includes('[<ip>]')) return masked;
  return masked.replace(AFTER_FROM_OR_KEY, '$1').replace(PARENTHESISED_HOST, '');
}
