// Real servers' logs, twenty-seventh round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - opendkim.ndjson: Debian 12's opendkim 2.11.0~beta2 (programs/opendkim), its syslog(3) lines
//     (`Mon DD hh:mm:ss opendkim[pid]: message`, the MTA's queue id first for a message) and its
//     stderr lines (`opendkim: message`) in one file: configuration files an operator got wrong
//     (`opendkim -n`: unknown parameters, a parameter without a value, unknown modes,
//     canonicalizations and algorithms, tables and lists that are not there), start-ups that fail
//     (no socket, no such user, the port taken, a pid file's directory missing), and the milter
//     driven by miltertest: mail signed, keys that are missing or not secure, signing-table
//     entries naming no key, outside hosts sending as the signing domains, signatures verified,
//     altered, with no key, revoked, unparsable; reloads of configurations with errors.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA opendkim 0.833, one merge of four statements:
// mlfi_eom's `signature=%s domain=%s selector=%s result="%s"`, whose quoted result is a phrase
// from libopendkim's table of signature errors ("no signature error", "signature verification
// failed", "key DNS query failed", "key revoked"), read as a value; splits: the quoted word after
// `unknown canonicalization algorithm` and `unknown mode` (one signature per word), the data
// sets before `: dkimf_db_open(): ` (`refile:/etc/…`, `/etc/…`, `file:/tmp/…`), the quoted
// login after `no such user or uid`.
// A result key's quoted value is read word by word, as an error key's message is
// (failure-field.ts REPORTED_TEXT_KEY, result-field.test.ts): opendkim 0.833 → 0.885, no merge left.
// A quoted account after `uid` / `gid` is its name, a value (template-tokens.ts
// QUOTED_NAME_WORDS, quoted-account-id.test.ts): 0.885 → 0.906.
// Left: the quoted word after `unknown canonicalization algorithm` and `unknown mode`, kept as a
// name as after `unknown setting "Hostnam"` (configured-parameter-names.test.ts); the data sets
// before `: dkimf_db_open(): `, a `refile:` or `file:` before a path kept as a word.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, twenty-seventh round", () => {
  itGroupsServerLogs(
    [
      ['opendkim.ndjson', 'opendkim', 0.906],
    ],
    MERGES_LEFT,
  );
});
