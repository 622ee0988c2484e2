// Real servers' logs, fifty-eighth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - sssd.ndjson: Debian 12's sssd 2.8.2 (programs/sssd) against a slapd started beside it, as
//     Debian's unit runs it (`sssd -i --logger=files`, debug_level 5), each process's log file
//     read as a filelog receiver reads it, one record per DEBUG message
//     (`(<time>): [<process>] [<function>] (<level>): [RID#n] <message>`), and what the monitor
//     prints on stderr before its log is open: start-ups it refuses (a config file others can
//     read, no domains, an id_provider there is none of, values that are no numbers, options and
//     sections it does not know, no file), then five LDAP domains (one that answers, one whose
//     server is down, one refusing the bind, one whose certificate it cannot verify, one with a
//     search base that is not there), users and groups that exist and do not, sss_cache and
//     sssctl, the server stopped and back, SIGUSR1, SIGUSR2, SIGHUP, SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/42 as it opened, a0a7a37f): GA sssd 0.605 (1568 records, 119
// statements, 188 signatures); Drain3 0.203 (bench/grouping_drain3.py's configuration, drain3
// 0.9.11; npx tsx bench/grouping-server-logs.ts). Split (31 statements): a statement more than one
// process writes by the process, the prefix's `[sssd]` read as a bracketed value but `[be[good]]` (a
// backend's name, brackets inside brackets) kept as a word, and by whether the line has the log
// file's time or is stderr's (`[sssd] [main] (0x0010): …`, no time); by a domain name as a lower-case
// word (`name 'alice@good' matched expression for domain 'good', user is alice`, 14 signatures;
// `DB File for good:` / `for weird:`; `Terminating [good][3302]`); by a task's or a cache's name in
// brackets or quotes (`Task [SUDO Full Refresh]`, `Fast 'PASSWD' mmap cache`). Merged: two
// statements of one text in two functions (confdb_get_domains / confdb_expand_app_domains
// `No domains configured, fatal error!`), three `<call> request failed: [%d]: %s.` naming the
// call each is in, and cache_req's `Could not get account info` / `account domain`: the
// prefix's `[<function>]`, the statement's own place, is masked as a bracketed value.
// After this round's rule (a debug header's bracketed function before its hex level is the
// statement's place, kept, and the bracketed process before it a value: debug-level-header.ts):
// GA 0.792 (161 signatures), no merge; no other server-logs set moved (npx tsx
// bench/grouping-server-logs.ts). Left split (18 statements): by a domain, user or group name as a
// bare or quoted lower-case word (`name 'alice@down' matched expression for domain 'down', user is
// alice`, 14 signatures; `DB File for good:` / `for weird:`, 6 each; `Unable to load module ldap`);
// by quoted or bracketed names the program gives (`Fast 'PASSWD' mmap cache`, `Task [SUDO Full
// Refresh]: already enabled`, the ini rule `[rule/allowed_nss_options]:`); by the presence of the
// log file's time (the stderr form `[sssd] [main] (0x0010): …` before the log is open, and the
// file's `(<time>): [sssd] …` are two lengths); and by the error text a `%s` takes (`SSSD couldn't
// load the configuration database [%d]: %s`, two texts).
// A lower-case name closed by its colon after a plain word is compared by the miner as a name is
// (colon-closed-name.ts; colon-closed-name.test.ts): `DB File for %s: %s` and `Timestamp file for
// %s: %s` one signature each. GA sssd 0.792 → 0.832 (0.8316, 151 signatures; Drain3 0.203
// unchanged); gearmand 0.956 → 0.958, no other server-logs set moved, the equivalence digests and
// Loghub's figures unchanged (npx tsx bench/grouping-server-logs.ts, before and after; fp-logs71).
// An LDAP distinguished name written bare is one value, whatever attribute type names its entry
// (ldap-distinguished-name.ts; ldap-distinguished-name.test.ts): ldap_get_sudo_options' and
// ldap_get_autofs_options' `Option %s set to %s` with `dc=example,dc=org` and
// `ou=nowhere,dc=example,dc=org` one signature each. GA sssd 0.832 → 0.839 (0.8393, 149
// signatures; Drain3 0.203); no other server-logs set moved (slapd's DNs are quoted, 1.000), the
// equivalence digests unchanged.
// A bracketed field glued to the fields before it that goes on past a space is one value to its
// closing bracket at the line's end when it opens with its label and `=` (bracketed-field-run.ts;
// bracketed-field-run.test.ts): dp_get_account_info_send's `Got request for [%#x][%s][%s]` with
// `[name=release managers@good]` no longer apart from its 86 other lines. GA sssd 0.839 → 0.895
// (0.8948, 148 signatures; Drain3 0.203); no other server-logs set moved, the equivalence digests
// unchanged. Left: the splits above by a domain, user or group name at several places at once
// (sss_parse_name_for_domains, 14 signatures), by a task's or cache's name in brackets or quotes,
// and by the error text a `%s` takes (`Error [%d]: %s`: the rules keep an error's text as the
// failure's kind, as the other server-logs sets label it).

const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fifty-eighth round", () => {
  itGroupsServerLogs(
    [
      ['sssd.ndjson', 'sssd', 0.894],
    ],
    MERGES_LEFT,
  );
});
