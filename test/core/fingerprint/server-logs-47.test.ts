// Real servers' logs, forty-seventh round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - snmpd.ndjson: Debian 12's Net-SNMP 5.9.3 agent (programs/snmpd) writing its own log file
//     (`-Lf`, `YYYY-MM-DD HH:MM:SS message`): snmpd.conf lines it cannot use (unknown tokens, tokens
//     with nothing after them, a view whose OID no MIB names, a view type and a mask it cannot read,
//     a proc twice, a procfix with no proc, pass lines with no OID or no command, an extend name
//     twice, a user and a group that do not exist, an AgentX timeout that is not one), a MIB
//     directory missing the modules a MIB imports and a module no file holds, a UDP port another
//     process holds; then an agent logging each request's address, driven by snmpget, snmpset and
//     snmpwalk (a wrong community, an OID it has not, a set with the read-only community, an SNMPv3
//     user with a wrong passphrase and one it does not know, a pass script answering an address
//     that is not one, extend commands that fail) and a UDP datagram that is not SNMP; an AgentX
//     subagent whose master is not there.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA snmpd 0.699 (58 of 83 records); split: read_config.c's
// `Blank line following %s token.` by the token (`rocommunity`, `rwuser`) and `Unknown token: %s.`
// (`bogusToken`, `sysLocaton`), parse.c's `Cannot find module (%s): At line %d in %s` by the module
// and its file (three ways), `Did not find '%s' in module %s (%s)` by the name, and `Cannot adopt
// OID in %s: %s ::= { %s %ld }` by the parent's name (six ways over fifteen lines); merged: none.
// After a MIB's `<descriptor> ::= { <parent> <n> }` read as values (oid-value-assignment.ts) and the
// token a configuration reader could not use, after `token:` or before a closing `token`
// (configuration-token-name.ts): 0.940 (78 of 83). After a module's name in parentheses after
// `module` read as a value (parenthesised-module-name.ts): 0.976 (81 of 83); the miner takes
// `(none)`, the file parse.c names for a module asked for on the command line, for the path's
// place. Left: `Did not find '%s' in module %s (%s)` by the quoted descriptor, which a log line
// keeps as the identifier of what failed (template-tokens.ts classify, isQuotedIdentifier).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-seventh round", () => {
  itGroupsServerLogs(
    [
      ['snmpd.ndjson', 'snmpd', 0.975],
    ],
    MERGES_LEFT,
  );
});
