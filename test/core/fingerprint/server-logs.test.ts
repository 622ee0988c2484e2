// Real servers' logs, produced by the programs in test/fixtures/fingerprint/programs/ and
// labelled by reading the lines (`group`: one group per message shape; values are the user,
// address, port, path, pid and the like):
//   - sshd-auth.ndjson: an OpenSSH 9.2 server (programs/sshd/generate.sh) under the traffic an
//     exposed server sees: password guesses for users that do not exist and that do, logins,
//     a key offered where none is authorised, HTTP sent to the SSH port, resets before the
//     banner. `Connection reset by … port …` with and without sshd's ` [preauth]` suffix is one
//     statement (the suffix marks the unprivileged child's messages);
//   - postgres-server.ndjson: a PostgreSQL 15 server (programs/postgres/generate.sh), its
//     records at LOG, ERROR and FATAL with the server's prefix (`%m [%p] %u@%d`): a violated
//     constraint, a missing relation or column, a database that does not exist is named by its
//     quoted identifier and is its own failure; the login name after `user` and the input text
//     after `type integer:` are values;
//   - nginx-error.ndjson: nginx 1.22 (programs/nginx/generate.sh): missing and unreadable files,
//     refusing upstreams, a body over the limit, a request line that is not HTTP.
//   - redis-server.ndjson: Redis 7.0 (programs/redis/generate.sh), a primary and a replica of a
//     primary that does not exist logging into one file (role letters and pids are values).
//   - apache-error.ndjson: Apache httpd 2.4 (programs/apache/generate.sh): missing and unreadable
//     files, a denied location, a refusing proxy backend, failing CGI scripts, path traversal;
//     each `AH` message code is its own statement.
//   - syslog-host.ndjson: a Linux host's syslog as rsyslogd 8.2302 writes it, timestamps and
//     headers included (programs/syslog/generate.sh): shadow-utils, su, sudo, an sshd with PAM,
//     cron running failing jobs, and the PAM modules' lines. One PAM statement printed by two
//     programs is two shapes (the program's name is kept, transport-header.ts); pam_limits' limit
//     name is what failed, as PostgreSQL's quoted relation is.
//   - postfix-mail.ndjson: Postfix 3.7 (programs/postfix/generate.sh) refusing relays, unknown
//     recipients, senders and HELOs, losing clients, failing TLS handshakes, deferring mail to a
//     refusing relay. Each restriction's reason is its own statement, and each OpenSSL reason.
//   - haproxy-events.ndjson: HAProxy 2.6's backend events (programs/haproxy/generate.sh): servers
//     going DOWN for each check status (refused, reset, timeout, wrong status) and coming UP.
//   - tomcat-catalina.ndjson: Apache Tomcat 10.1 on OpenJDK 17 (programs/tomcat/generate.sh),
//     JULI's one-line records with their stack traces (a record is its header line and the lines
//     up to the next): a connector whose port is taken, a WAR that is not a zip, a web.xml that
//     does not parse, a servlet's uncaught NumberFormatException, NullPointerException and
//     wrapped NoSuchFileException, the application's own logged ConnectException, a request line
//     that is not HTTP. Each servlet failure is its own shape, whatever the input it echoes.
//   - mariadb-error.ndjson: MariaDB 10.11's error log (programs/mariadb/generate.sh) with
//     log_warnings=4: refused logins and databases, clients that hang up or time out, bytes that
//     are not its protocol, two crashed MyISAM tables recovered, an InnoDB tablespace file gone,
//     and the lines of a shutdown and a start. `Aborted connection …` is one statement per reason
//     in its brackets, as Postfix's reasons are; `(using password: YES|NO)` is a value.
//   - bind9-named.ndjson: BIND 9.18's named (programs/bind9/generate.sh) from its start on: a
//     zone file that does not parse and one that is missing, secondaries whose primary refuses,
//     recursion, zone transfers and updates refused. A query line's type and flags are values;
//     `query failed (…)` is one statement per result text; `managed-keys-zone: loaded serial 0`
//     and `zone example.test/IN: loaded serial 1` are one statement (the zone's log prefix).
//   - rabbitmq-broker.ndjson: RabbitMQ 3.10 on Erlang/OTP 25 (programs/rabbitmq/generate.sh): a
//     record is its lines with one header (timestamp, level, process), as the Erlang logger
//     writes a message of several lines; logins refused, virtual hosts missing or refused,
//     connections dropped, bytes that are not AMQP, channel errors. A record is labelled by the
//     statement of the reason its last line gives (`inequivalent arg …`, `no queue|exchange …`,
//     whose resource kind is a value in RabbitMQ's source).
//   What the MariaDB, BIND and RabbitMQ sets split: MariaDB's `(using password: YES)` / `NO` and
//   `'report'@'%' to database 'hr'` (a quoted name is kept, as PostgreSQL's are); BIND's query
//   lines by class (`IN` / `CH`, with the name bracketed or not; by record type and flags too
//   before dns-question.ts read a question's type as a value: 41 signatures, 38 after) and
//   `managed-keys-zone:` apart from `zone <name>:`; RabbitMQ's
//   virtual host and queue names and its `no queue` / `no exchange`.
//   What the syslog, Postfix and HAProxy sets still split (their thresholds are below 1): a value
//   word seen once or twice at its place (`password changed for carol` / `dave`, `backend
//   be_gone` / `be_slow`, cron's `(root)` / `(carol)`), and lines of one
//   statement with a different number of tokens or fields (Postfix's `disconnect from …
//   commands=0/1`, which leaves out its zero counters, apart from `… ehlo=1 mail=1 …
//   commands=3/4`; pam_unix's optional ` user=…` and sudo's command line: Loghub's ground truth
//   keeps a line's optional trailing part apart too, docs/fingerprinting.md). Postfix's upper-case SMTP stage
//   (`lost connection after EHLO` / `MAIL`) no longer splits: a stage named after `after` is a
//   value (smtp-stage.ts; postfix GA 0.766 before, 0.829 after).
// Three rounds-fp/8 changes came from these logs: a token read as a value names nothing after it
// (`Invalid user user from <ip>` made `from` a name and lost a token); a lower-case word that
// takes three different values at one place of otherwise equal lines is a value there (`Failed
// password for alice|deploy|root from <ip> …`; the first two lines' templates are absorbed into
// the third's and reported as aliases); a quoted token after a label with its colon is the value
// it labels (`invalid input syntax for type integer: "abc"` / `"x7"`).
// Two changes came from the MariaDB, BIND and RabbitMQ logs (server-records.test.ts): acronyms
// joined by a slash name protocols (BIND's `UDP/IPv4` / `UDP/IPv6` port ranges were one
// signature: bind9 GA 0.667 before, 0.698 after), and a record whose lines repeat one header is
// one message (RabbitMQ states each failure on the second line of its record: four merges of
// thirteen statements, GA 0.500 before, 0.839 after).
// One rounds-fp/17 change came from Postfix's log: two labelled values whose labels are different
// words, or two `::`-qualified names differing in a word, are different words (OpenSSL's reasons
// `…routines::unsupported protocol:<file>:<line>:` and `…routines::http request:…` were one
// signature: postfix GA 0.741 before, 0.766 after).
// From a Debian 12 host's log (server-logs-49.test.ts), a cron job's command line after `CMD` or
// `END` is one value and the account closing a PAM module's message after `for` a value: cron's
// CMD and END lines were a template per command's length here too, and pam_unix's `password
// changed for %s` one per account (syslog GA 0.850 before, 0.934 after); then the two accounts of
// su's `(to <user>) <caller> on <tty>` read as values (su-switch-users.ts): 0.958.
// fp-logs62 (beside Drain3 on the same lines, bench/grouping-server-logs.ts): HAProxy's `backend
// be_gone` / `be_slow` — an id spelt `_`/`-` after frontend/backend/listener is a value
// (proxy-section-name.ts): haproxy 0.857 → 1 (Drain3 1). BIND's `query: … IN A` / `… CH TXT` — a
// question's class is a value with its type (dns-question.ts): bind9 0.698 → 0.968 (Drain3 0.841);
// then `zone example.test/IN: loaded serial 1` and `managed-keys-zone: loaded serial 0`, one
// statement under two of dns_zone_logv's prefixes, read as one zone prefix (bind-zone-prefix.ts):
// bind9 0.968 → 1.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { itGroupsServerLogs, loadServerLog as load } from './server-log-set.js';


describe("real servers' logs", () => {
  itGroupsServerLogs(
    [
      ['sshd-auth.ndjson', 'sshd', 0.97],
      ['postgres-server.ndjson', 'postgres', 1],
      ['nginx-error.ndjson', 'nginx', 1],
      ['redis-server.ndjson', 'redis', 1],
      ['apache-error.ndjson', 'apache', 1],
      ['syslog-host.ndjson', 'syslog', 0.958],
      ['postfix-mail.ndjson', 'postfix', 0.82],
      ['haproxy-events.ndjson', 'haproxy', 1],
      ['tomcat-catalina.ndjson', 'tomcat', 1],
      ['mariadb-error.ndjson', 'mariadb', 0.83],
      ['bind9-named.ndjson', 'named', 1],
      ['rabbitmq-broker.ndjson', 'rabbitmq', 0.83],
    ],
  );

  it('the user called `user` is a user like any other', () => {
    const f = createFingerprinter();
    const a = f.fingerprint({ source: 'log', service: 'sshd', body: 'Invalid user admin from 127.0.0.1 port 34208' });
    const b = f.fingerprint({ source: 'log', service: 'sshd', body: 'Invalid user user from 127.0.0.1 port 34270' });
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.message).toBe('Invalid user <name> from <ip> port <int>');
  });

  it('two different words at one place stay two templates; condition and capitalised words never join', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'svc', body }).fingerprint;
    expect(t('Accepted password for alice from 10.0.0.1 port 1 ssh2')).not.toBe(t('Accepted password for deploy from 10.0.0.1 port 2 ssh2'));
    // A program's own vocabulary: kept apart however many there are.
    const states = ['LOOKING', 'LEADING', 'FOLLOWING', 'OBSERVING'].map((s) => t(`peer 3 is ${s} now`));
    expect(new Set(states).size).toBe(4);
    const conditions = ['expired', 'blocked', 'locked', 'revoked'].map((s) => t(`card of order 7 ${s}`));
    expect(new Set(conditions).size).toBe(4);
  });

  it('the input a type could not read is a value: `type integer: "abc"` and `"x7"` are one failure', () => {
    const [abc, x7] = load('postgres-server.ndjson').filter((r) => r.group === 'INT');
    const fp = createFingerprinter();
    expect(fp.fingerprint({ source: 'log', service: 'postgres', body: x7.body }).fingerprint).toBe(fp.fingerprint({ source: 'log', service: 'postgres', body: abc.body }).fingerprint);
  });
});
