// Real servers' logs, twenty-third round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - fail2ban.ndjson: Debian 12's fail2ban 1.0.2 (programs/fail2ban: `<yyyy-mm-dd hh:mm:ss,mmm>
//     fail2ban.<module> [<pid>]: <LEVEL> message`, server and client): jails fed failures of
//     several hosts (found, banned, unbanned), a ban action whose firewall command is not there, a
//     filter that does not exist and one whose regex does not compile, log files that are not
//     there, values that are not numbers, fail2ban-client commands on jails that do not exist,
//     reloads with one mistake each.
//   - clamav.ndjson: Debian 12's clamd and freshclam 1.4.6 (programs/clamav: `<Www Mmm dd hh:mm:ss
//     yyyy> -> [ERROR: |WARNING: ]message`, and what they print before their log is open):
//     configurations and signature databases an operator got wrong, scans of clean, infected,
//     missing and unreadable files, streams too long, reloads; freshclam against mirrors that
//     refuse or do not resolve, a directory it cannot create, a misspelt option.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA fail2ban 0.907, clamav 0.935; three merges. Fail2Ban's
// transmitter.py `Command %r has failed. Received %r` for a whole reload's command stream (some
// 9,000 characters) reads the same whatever it received, a regex that does not compile or a
// maxretry of None; fail2banclient.py's `NOK: %r` prints the exception's args alone, and six
// reasons (an unknown jail, a time that is not one, a missing file, …) read as one `NOK: (…,)`;
// clamd's `Reading databases from %s` is two statements of one text (clamd.c at start,
// server-th.c on a reload), which no reading of the line can part.
// Then clamav 0.935 -> 0.956: a level the logger wrote into the line (`WARNING: ` / `ERROR: `) no
// longer parts one statement logged at two levels (severity-words.ts isLevelLabel,
// level-label-words.test.ts). And fail2ban 0.907 -> 0.914: a list of quoted members (Fail2Ban's
// `%r` of a client's command) is one value, so one failed command of two words and one of four
// are one template (quoted-list.ts, quoted-list-values.test.ts). And clamav 0.956 -> 0.967: a
// setting's name written bare after `option` (`Unknown option ScanArchives`) is a value, as a
// quoted one is (template-tokens.ts namesSettingUnquoted, unquoted-setting-names.test.ts).
const MERGES_LEFT: Record<string, string[][]> = {
  'fail2ban.ndjson': [
    ['transmitter.py proceed "Command %r has failed. Received %r": failregex.py Regex.__init__: raise RegexException("Unable to compile regular expression \'%s\':\\n%s")', 'transmitter.py proceed "Command %r has failed. Received %r": transmitter.py __commandSet maxretry int(value) of None: Python TypeError "int() argument must be a string, a bytes-like object or a real number, not %.200s"'],
    ['fail2banclient.py __processCmd "NOK: %r": jails.py Jails.__getitem__: raise UnknownJailException(name)', 'fail2banclient.py __processCmd "NOK: %r": mytime.py str2seconds eval: Python NameError "name %r is not defined"', 'fail2banclient.py __processCmd "NOK: %r": filter.py addLogPath FileContainer open(): Python FileNotFoundError (errno 2)', 'fail2banclient.py __processCmd "NOK: %r": transmitter.py __commandGet: raise Exception("Invalid command (no get action or not yet implemented)")', 'fail2banclient.py __processCmd "NOK: %r": helpers.py str2LogLevel: raise ValueError("Invalid log level %r")', 'fail2banclient.py __processCmd "NOK: %r": transmitter.py __commandSet maxretry int(value) of None: Python TypeError "int() argument must be a string, a bytes-like object or a real number, not %.200s"'],
  ],
  'clamav.ndjson': [
    ['clamd.c main: logg(LOGG_INFO_NF, "Reading databases from %s")', 'server-th.c reload_th: logg(LOGG_INFO, "Reading databases from %s")'],
  ],
};

describe("real servers' logs, twenty-third round", () => {
  itGroupsServerLogs(
    [
      ['fail2ban.ndjson', 'fail2ban', 0.914],
      ['clamav.ndjson', 'clamav', 0.967],
    ],
    MERGES_LEFT,
  );
});
