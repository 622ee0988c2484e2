// Real servers' logs, forty-ninth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - linux-host.ndjson: a Debian 12 host without systemd (programs/linux-host), its rsyslogd 8.2302
//     writing /var/log/syslog and /var/log/auth.log in the traditional format
//     (`Mon DD hh:mm:ss host prog[pid]: message`): cron 3.0pl1 reading /etc/cron.d files with a bad
//     hour, a bad day of the week, a user that does not exist and a group-writable mode, crontab(1)
//     replacing, listing and removing a user's crontab, jobs that fail and print (the MTA refusing
//     their mail) among them Debian's cron.daily logrotate script on a configuration logrotate cannot
//     use (its `logger` ALERT); shadow's useradd, groupadd, usermod, chage, passwd and chpasswd
//     (a user added twice, a user chpasswd does not know); su and sudo from a terminal (a wrong
//     password, a user not in sudoers, a command not allowed, -n with no cached credentials), with
//     their PAM modules' lines (pam_unix, pam_limits, pam_systemd with no system bus).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA linux-host 0.896 (69 of 77 records); split: cron's
// do_command.c `CMD` and `END` lines (`(%s) CMD ([%d] %s)`, the user and the job's command) one
// signature per job (three ways each), pam_unix's `password changed for %s` by the user (erin,
// frank); merged: none. After a cron job's command line after `CMD` or `END` read as one value
// (cron-job-command.ts) and the account closing a PAM module's message after `for` read as a
// value (pam-account-name.ts): 1 (77 of 77).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-ninth round", () => {
  itGroupsServerLogs(
    [
      ['linux-host.ndjson', 'linux-host', 1],
    ],
    MERGES_LEFT,
  );
});
