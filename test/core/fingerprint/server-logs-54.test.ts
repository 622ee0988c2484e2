// Real servers' logs, fifty-fourth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - knot-resolver.ndjson: Debian 12's Knot Resolver 5.6.0 (programs/knot-resolver), kresd in the
//     foreground writing `[<group>] <message>` to stderr (request-bound debug lines with
//     `[<uid>.<sub>]` and an indent by depth after the group), one record per call as a journald
//     receiver gets it (a Lua error with its traceback, the trust-anchor summary, require()'s tried
//     paths as one multi-line body): configurations kresd refuses (not Lua, an address that is not
//     one, a port knotd holds, a module and a trust-anchor file that do not exist, an unknown listen
//     kind, a cache size that is not a number, no configuration file), then the validator's,
//     selection's, resolver's, iterator's, worker's and policy's debug lines as it forwards to a
//     local Knot DNS serving a signed zone, one whose data no longer matches its signatures and one
//     under a trust anchor no key matches, an upstream nobody listens on, denied and refused names,
//     malformed queries, failing control-socket commands, a prefill from a server that speaks no
//     TLS, the authoritative server stopped and started again.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA knot-resolver 0.546 (348 of 637 records, 56 statements);
// Drain3 0.658 (bench/grouping_drain3.py's configuration). Split: iterate.c's `'%s' type '%s' new uid
// was assigned` by the record type in quotes (8 signatures), policy.lua's `%s applied for %s %s` by
// the action and the question's type, bogus_log's `validation failure: %s %s` by the type after the
// name, resolve.c's `AD: request%s classified as SECURE` by its ` NOT`, io.c's control-socket echo
// `> %s` by the command. Merged: kresd's lua_error_p errors (the traceback first, `ERROR: <message>`
// after the last frame, daemon/bindings/impl.c) as one statement per caller, engine.c's `error while
// loading config` for net.listen's, modules.load's and cache.open's and io.c's control-socket output
// for modules.load's and net.listen's: the message under the traceback is not read.
// After this round's rules (a DNS question's type with no class beside it, after a name in
// presentation format closing the line or quoted after `type`/`qtype:`, is a value,
// dns-question.ts; the message Knot Resolver prints under its traceback stands in the first line,
// message-below-traceback.ts): GA 0.909 (579 of 637), no merge left. Left split: policy.lua's `%s
// applied for %s %s` by the action (REFUSE, DENY, DENY_MSG: an upper-case word the line opens
// with), resolve.c's `AD: request%s classified as SECURE` by its ` NOT` (one word that reverses
// the line: not to be read as a value), io.c's control-socket echo `> %s` by the command echoed.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fifty-fourth round", () => {
  itGroupsServerLogs(
    [
      ['knot-resolver.ndjson', 'kresd', 0.908],
    ],
    MERGES_LEFT,
  );
});
