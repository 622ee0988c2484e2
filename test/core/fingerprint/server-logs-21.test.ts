// Real servers' logs, twenty-first round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - zabbix-agent.ndjson: Debian 12's zabbix-agent 6.0.14 in the foreground at DebugLevel=3
//     (programs/zabbix-agent: `<pid>:<yyyymmdd>:<hhmmss.mmm> message`, the pid right-aligned):
//     agents of several host names against server.py's active-checks scenarios (items the agent
//     cannot check, hosts the server does not know, answers that are not JSON or lack a field, a
//     server that hangs up or is not there), passive clients without the protocol header or from
//     hosts not allowed; broken configurations it refuses on stderr (`zabbix_agentd [<pid>]: …`).
//   - ntpsec.ndjson: Debian 12's ntpsec 1.2.2 as `ntpd -n -l <file>` (programs/ntpsec:
//     `<yyyy-mm-ddThh:mm:ss> ntpd[<pid>]: [<CLASS>: ]message`), a dozen configurations an
//     operator gets wrong (syntax errors, unusable restrict addresses and masks, missing and bad
//     key files, names that do not resolve, NTS certificates missing, missing directories),
//     every event class logged.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA zabbix-agent 0.933, ntpsec 0.774 (zabbix-agent 0.940
// once its `tag "key"` and `tag "delay"` lines were labelled as the two statements active.c has);
// two merges, both ntpsec's: config_access's `restrict: ignoring line %d, address/host '%s'
// unusable.` with its `…, mask '%s' unusable.`, and nts_server.c's `NTSs: listen4 worked` with
// `NTSs: listen6 worked`. Split: zabbix's quoted parameter names (`wrong value of "ListenPort"`,
// `unknown parameter "Hostnam"`, `parameter "TLSCAFile" is defined, but "TLSCertFile" …`), quoted
// host names with the character they hold, the server's reasons after `no active checks on server
// [%s:%hu]: `; ntpsec's `Listen normally` / `Listen and drop` and interface names (`lo`, `eth0`)
// of one statement, restrict flags (`restrict nopeer ignored`).
// `parameter` joins the words for a configured object (template-tokens.ts CONFIGURED_OBJECT_WORDS,
// namesConfiguredObject): zabbix-agent 0.940 → 0.951 (`unknown parameter "%s"` one signature);
// ntpsec, the other sets, the equivalence digests and Loghub GA 0.991 unchanged.
// Words joined by `/` right before a value label it as a word there does (template-tokens.ts
// labelsSlashedValue): ntpsec 0.774 → 0.784, `address/host '%s'` and `mask '%s'` apart; zabbix-agent,
// the other sets, the equivalence digests and Loghub GA 0.991 unchanged.
// Two network interfaces' names at one position are values (network-interface.ts): ntpsec's
// `IO: Listen normally on %u %s %s` for `lo` and `eth0` one signature (two for that statement
// where there were three: `Listen and drop on` has a word more); GA unchanged, since a statement
// counts only whole; zabbix-agent, the other sets, the equivalence digests and Loghub GA 0.991
// unchanged.
// A quoted plain name after `value of` in a log line is a value (template-tokens.ts
// namesValueOwner): zabbix-agent 0.951 → 0.972 (cfg.c `wrong value of "%s" in config file …` for
// five parameters one signature); ntpsec, the other sets, the equivalence digests and Loghub GA
// 0.991 unchanged.
// Left: one statement's alternative phrases of other lengths (ntpsec's `IO: Listen normally on` /
// `IO: Listen and drop on`, one `%s`), and other reasons of other lengths after one statement's
// colon (zabbix's `no active checks on server [%s:%hu]: %s`, the server's own text; `invalid
// "Hostname" configuration parameter: '%s': …` for `'web 01!'`, a value with a space); a second
// parameter's name after `but` (`parameter "%s" is defined, but "%s" is not defined`); a bare
// lower-case flag in a three-word message (`restrict nopeer ignored` / `notrap`), which a word veto
// keeps apart as it keeps two statements' words.
// A word naming an address family keeps its digit (address-family.ts): ntpsec 0.784 → 0.795 (0.7948),
// `listen4 worked` and `listen6 worked` apart, its last merge; zabbix-agent unchanged.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, twenty-first round", () => {
  itGroupsServerLogs(
    [
      ['zabbix-agent.ndjson', 'zabbix-agent', 0.971],
      ['ntpsec.ndjson', 'ntpsec', 0.794],
    ],
    MERGES_LEFT,
  );
});
