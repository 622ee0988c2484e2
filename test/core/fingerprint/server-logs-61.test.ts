// Real servers' logs, sixty-first round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from another function
// (config.c's config_error() reasons, the error dmarcf_config_load writes) is a statement of its own.
//   - opendmarc.ndjson: Debian 12's opendmarc 1.4.2-2+b1 (programs/opendmarc), a DMARC milter
//     logging through syslog(3) (`Mon DD hh:mm:ss opendmarc[pid]: `, a message's queue id next)
//     and to stderr (`opendmarc: `): configuration files with misspelt parameters, values that
//     are not booleans or numbers, files that are not there, no socket, a user or group that is
//     not there, a restart rate that does not parse, a chroot directory that is not there; the
//     milter driven by miltertest(8) (send.lua) and asking a DNS server of the run's own (dns.py,
//     in a network namespace of its own) for DMARC and SPF records: aligned passes, failures
//     under p=reject, quarantine and none, strict alignment, no record, a record that does not
//     parse or has no p=, a server failure, a query that times out; no From, two From fields, a
//     From that does not parse, no Date, two Subjects, two To fields, two Message-IDs;
//     Authentication-Results from servers not trusted; ARC chains through a whitelisted
//     forwarder and another; hosts and senders on the ignore lists; no queue id; a history file
//     it cannot write; a report command that is not there (dash's line on the milter's stderr);
//     reloads (every one fails: hcreate(3) finds its table there already), a second milter on
//     the same port, a pid file it cannot write, SIGTERM; a milter with no AuthservID, which
//     takes the MTA's name (macro j) and says so for each message.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/43 as it opened): GA opendmarc 0.449 (167 records, 43
// statements, 52 signatures); Drain3 0.359 (bench/grouping_drain3.py's configuration, drain3
// 0.9.11, through bench/grouping-server-logs.ts). Split: every per-message statement by its queue
// id, where the MTA passed none opendmarc writes `(unknown-jobid)` in its place (read as a word:
// `SPF(%s): %s %s`, `%s %s` and the history file's `fopen()` were one template with an id and
// another without). Left split, by words the rules keep as constants: the DMARC result of `%s: %s
// %s` (`pass`, `fail`, `none`) and the SPF result of `SPF(%s): %s %s` (mlfi_eom chooses each word
// in a branch of its own; an outcome word is what a diagnosis reads, as Loghub's annotators keep
// Mac's `DND Enabled: YES` and `NO` apart) and the reason of `RFC5322 requirement error: %s`
// (`not exactly one From field`, `multiple To fields`, …). Merged: main's stderr
// `%s: %s: %s` of the configuration file and dmarcf_config_load's `%s: chdir(): %s` (a
// BaseDirectory that is not there) with main's own `%s: %s: chdir(): %s` / `%s: chdir(): %s`
// (a ChangeRootDirectory that is not there): the one reads as the other with the file's name
// before it, a single value more, which the miner's variable-run rule joins (variable-run.ts).
// After this round's rule (a missing value's `(unknown-…)` stand-in is a value,
// unknown-value-stand-in.ts; unknown-value-stand-in.test.ts): GA 0.569 (50 signatures), the
// queue-id splits gone; no other server-logs set moved (npx tsx bench/grouping-server-logs.ts,
// before and after). What is left is the result words, the RFC 5322 reasons and the merge above.
// After rounds-fp/48's rule (fp-logs74: an SPF, DKIM or DMARC result from RFC 7208's, RFC 7489's
// and RFC 8601's lists ending the line after the domain it is about is a value, `<result>`, a
// token of its own; authentication-result.ts, authentication-result.test.ts): GA 0.569 → 0.946
// (Drain3 0.359 unchanged), the result splits gone: mlfi_eom passes each result to one format
// string as `%s`, as Postfix's `status=sent` and `status=bounced` are one statement's outcomes;
// the SPF line whose envelope sender was empty (`SPF(mailfrom): @ none`) joins its statement too.
// No other server-logs set moved (npx tsx bench/grouping-server-logs.ts, before and after). Left:
// the RFC 5322 reasons (`not exactly one From field`, `multiple To fields`: mlfi_eom's own
// sentences, a word apart from each other and not values by their shape) and the merge above.
const MERGES_LEFT: Record<string, string[][]> = {
  'opendmarc.ndjson': [[
    'main (stderr, opendmarc.c:4419 "%s: %s: %s\\n" of conffile and err) + dmarcf_config_load: opendmarc.c:1517 "%s: chdir(): %s" (BaseDirectory)',
    'main opendmarc.c:4717 (syslog "%s: chdir(): %s") and :4721 (stderr "%s: %s: chdir(): %s\\n"), ChangeRootDirectory',
  ]],
};

describe("real servers' logs, sixty-first round", () => {
  itGroupsServerLogs(
    [
      ['opendmarc.ndjson', 'opendmarc', 0.946],
    ],
    MERGES_LEFT,
  );
});
