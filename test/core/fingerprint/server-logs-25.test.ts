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
const MERGES_LEFT: Record<string, string[][]> = {
  'memcached.ndjson': [
    [
      "proto_text.c process_command_ascii echo \"<%d %s\": the `set` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `add` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `append` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `incr` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `cas` command",
    ],
    [
      "proto_text.c out_string \">%d %s\": process_update_command / complete_nread_ascii \"STORED\"",
      "proto_text.c out_string \">%d %s\": process_get_command \">%d END\"",
      "proto_text.c out_string \">%d %s\": complete_nread_ascii \"NOT_STORED\"",
      "proto_text.c out_string \">%d %s\": process_arithmetic / delete / touch / cas \"NOT_FOUND\"",
      "proto_text.c out_string \">%d %s\": process_delete_command \"DELETED\"",
      "proto_text.c out_string \">%d %s\": process_command_ascii unknown command \"ERROR\"",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `set` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": a line that is no command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `incr` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `verbosity` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `version` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `shutdown` command",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `mn` command",
      "proto_text.c out_string \">%d %s\": process_mn_command \"MN\"",
      "proto_text.c process_command_ascii echo \"<%d %s\": the `watch` command",
    ],
    [
      "proto_text.c out_string \">%d %s\": process_arithmetic_command out_string(c, temp): the new value",
      "proto_bin.c try_read_command_binary: row \"\\n<%d   \" + 4 × \" 0x%02x\"",
      "proto_bin.c write_bin_response: row \"\\n>%d  \" + 4 × \" 0x%02x\"",
    ],
    [
      "proto_text.c process_command_ascii echo \"<%d %s\": a line that is no command",
      "proto_bin.c process_bin_get_or_touch: \"<%d %s \" GET + key",
    ],
  ],
};

describe("real servers' logs, twenty-fifth round", () => {
  itGroupsServerLogs([['memcached.ndjson', 'memcached', 0.447]], MERGES_LEFT);
});
