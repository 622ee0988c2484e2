// Real servers' logs, fifty-third round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - kamailio.ndjson: Debian 12's Kamailio 5.6.3 (programs/kamailio) in the foreground
//     (`kamailio -DD -E`, INFO and above on stderr behind its own prefix `%2d(%d) LEVEL: <module>
//     [file:line]: function(): `; a SIP message a statement quotes runs on over lines of its own):
//     configurations with one thing wrong (a word for a number, a module that does not exist, a
//     module parameter that does not exist and one of the wrong type, unknown functions, an address
//     the host does not have, a db_text database that is not there, so every child fails its init),
//     then the server driven over UDP and TCP: REGISTERs with right and wrong passwords and unknown
//     users, a contact over max_contacts, INVITEs nobody answers, malformed requests (no Via, a broken
//     Via, bad CSeq, From, To, Request-URI, Content-Length, digest credentials, a header with no end,
//     a TLS hello on the SIP port), a flood pike blocks, kamcmd changes, SIGHUP (nothing logged) and SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/40 as it opened): GA kamailio 0.863 (183 of 212 records).
// Split: init_mod_child's `error while initializing module %s (%s) (idx: %d rank: %d desc: [%s])`
// (13 records in 9 signatures) by the module's name and the process description in brackets,
// several words or none; fork_process's `init_child failed for process %d, pid %d, "%s"` by the
// quoted description; parse_headers's `bad header field [%.*s]` by the header it quotes. Merged:
// yyerror_at's two LM_CRIT forms (`column %d-%d` and `column %d`) with one yyerror text (bison's
// `syntax error`, and the empty one), the column or column range read as a value; core/pt.c's one
// text in fork_process() and fork_tcp_process(), the function name before the message read as a
// value. Drain3 (bench/grouping-server-logs.ts, drain3 0.9.11 as pip installs it) 0.726.
// After this round's rules (a function a logger names before its message, `name():`, is the
// statement's own place, logged-function-name.ts; the bracketed text a `label:` introduces at the
// line's end is one value, labelled-bracketed-text.ts): GA 0.924 (196 of 212). Then a quoted text
// closing the line after a value and its comma is the list's last value, whatever it holds
// (closing-quoted-argument.ts): fork_process's and fork_tcp_process's quoted process descriptions
// (8 and 2 lines in 3 and 2 signatures: `"udp receiver child=0 sock=…"` held values, `"timer"` is
// one quoted word) are one signature each, GA 0.972; no other server-logs set moved, Loghub dev and
// the equivalence digests unchanged. Left split: parse_headers's `bad header field [%.*s]` by the
// header it quotes (no label
// before the bracket). Left merged: yyerror_at's `column %d-%d` and `column %d` forms for one
// yyerror text (apart only by a value's shape, `10-12` against `8`).
const MERGES_LEFT: Record<string, string[][]> = {
  'kamailio.ndjson': [
    [
      'src/core/cfg.y:3787 yyerror_at: LM_CRIT("parse error in config file %s, line %d, column %d-%d: %s") with bison\'s own yyerror("syntax error")',
      'src/core/cfg.y:3790 yyerror_at: LM_CRIT("parse error in config file %s, line %d, column %d: %s") with bison\'s own yyerror("syntax error")',
    ],
    [
      'src/core/cfg.y:3787 yyerror_at: LM_CRIT("parse error in config file %s, line %d, column %d-%d: %s") with yyerror("") (statements error)',
      'src/core/cfg.y:3790 yyerror_at: LM_CRIT("parse error in config file %s, line %d, column %d: %s") with yyerror("") (statements error)',
    ],
  ],
};

describe("real servers' logs, fifty-third round", () => {
  itGroupsServerLogs(
    [
      ['kamailio.ndjson', 'kamailio', 0.971],
    ],
    MERGES_LEFT,
  );
});
