// Real servers' logs, twenty-fifth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - memcached.ndjson: Debian 12's memcached 1.6.18 in the foreground with -vv (programs/memcached:
//     no time or level; `<fd ` before what a client sent, `>fd ` before the reply): start-ups an
//     operator got wrong (contradicting sizes, unknown options, a port taken, a missing user, auth
//     file or memory file), then text and binary protocol clients getting commands, keys, values
//     and credentials wrong and right, TLS and HTTP bytes, half commands, an idle connection.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA memcached 0.448, four merges. The -vv lines are short
// (`<fd word...`, `>fd WORD`), the descriptor fused to its direction mark: the echoes of `set`,
// `add`, `append`, `incr` and `cas` (five words each) one signature; the one-word replies
// (`STORED`, `END`, `NOT_FOUND`, `ERROR`, ...) with the one-word commands (`version`, `mn`,
// `watch`) another; the incr/decr reply's bare number with the binary header dump rows; a text
// client's `GET / HTTP/1.1`-like lines with proto_bin.c's `<fd GET key`.
// A line whose only word differs makes no value of its place (miner.ts joinValuePosition keeps
// a word elsewhere, not a value under its label) and a template of values alone takes only values
// written alike (template-tokens.ts sameWriting; values-only-lines.test.ts): memcached 0.447 →
// 0.821, the other sets and Loghub GA unchanged. Left: a text client's upper-case `GET user:1`,
// echoed as `<fd GET user:1`, reads exactly as proto_bin.c's `<fd GET key` (only the
// connection's protocol, lines before, tells them apart).
const MERGES_LEFT: Record<string, string[][]> = {
  'memcached.ndjson': [
    [
      "proto_text.c process_command_ascii echo \"<%d %s\": a line that is no command",
      "proto_bin.c process_bin_get_or_touch: \"<%d %s \" GET + key",
    ],
  ],
};

describe("real servers' logs, twenty-fifth round", () => {
  itGroupsServerLogs([['memcached.ndjson', 'memcached', 0.821]], MERGES_LEFT);
});
