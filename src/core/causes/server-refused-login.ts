// A server's own record of a login it refused: the service is the server (a database, a broker, an
// SSH or mail daemon) whose log says it turned a client away, not a client whose credentials a peer
// refused. PostgreSQL's `FATAL:  password authentication failed for user "app"` in PostgreSQL's own
// log means some client presented a wrong password — one client still holding a password rotated
// on the server, or a scanner trying user after user — and the fix is on that client's side or on
// the source's, never "rotate the server's credentials" (docs/diagnosis.md, certificate-or-auth).
//
// Which side wrote the words is read from two things, either of which suffices:
//  - wording only the server's log has: sshd's `Failed password for [invalid user] <u> from <addr>
//    port <n>` and `Invalid user <u> from <addr>`, Dovecot's `(auth failed, …): user=<u>, method=…,
//    rip=<addr>` and its auth process' `<passdb>(<u>,<addr>,…): Password mismatch`, Postfix's
//    `warning: <host>[<addr>]: SASL LOGIN authentication failed[: …, sasl_username=<u>]`, Exim's
//    `<authenticator> authenticator failed for … [<addr>]: 535 Incorrect authentication data`, RabbitMQ's
//    `PLAIN login refused: user '<u>' - invalid credentials` (its clients are told `ACCESS_REFUSED -
//    Login was refused using authentication mechanism PLAIN. For details see the broker logfile.`),
//    mongod's `Failed to authenticate` / `Authentication failed` records (its ACCESS component, with
//    the client's address) and its older `authentication failed for <u> on <db> from client <addr>`,
//    PostgreSQL's line under its log_line_prefix (`[<pid>]` before the FATAL) or its log-only DETAIL
//    `Connection matched pg_hba.conf line …`, mysqld's error log (`[MY-010926] [Server] Access denied
//    for user …`, 5.7's `[Note] Access denied …`);
//  - or the service being that server: its resource naming the database system it is
//    (core/own-system.ts), or its service.name the server's own program name (`postgres`, `mysqld`).
// A client quoting its peer's refusal (Go's `pq: password authentication failed for user`, PHP's
// `SQLSTATE[HY000] [1045] Access denied for user`, PgJDBC's `FATAL: password authentication failed`,
// psql's `connection to server at … failed: FATAL:  …`, a mail library's `Invalid login: 535 5.7.8 …`)
// has none of these: it stays the service's own credentials refused by its peer.
import type { Occurrence, RefusedLogins } from '../model.js';

interface Refusal {
  server: string;
  user?: string;
  client?: string;
  unknownUser?: boolean;
}

const ADDRESS = String.raw`(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})`;

/** Words only a server's own log has, each with where it names the user and the client. */
const SERVER_SIDE: { server: string; re: RegExp; user?: number; client?: number; unknown?: number }[] = [
  { server: 'sshd', re: new RegExp(String.raw`\bFailed (?:password|keyboard-interactive/pam|none) for (invalid user )?(\S+) from (${ADDRESS}) port \d+`), unknown: 1, user: 2, client: 3 },
  { server: 'sshd', re: new RegExp(String.raw`\b(Invalid|Illegal) user (\S*) from (${ADDRESS})(?: port \d+)?`), unknown: 1, user: 2, client: 3 },
  { server: 'sshd', re: new RegExp(String.raw`\bpam_unix\(sshd:auth\): authentication failure; logname=\S* uid=\d+ euid=\d+ tty=\S* ruser=\S* rhost=(${ADDRESS})(?:\s+user=(\S+))?`), client: 1, user: 2 },
  // Dovecot's login process, as 2.2 and 2.3 word it (`Disconnected (auth failed, 1 attempts in 8
  // secs): user=<u>, method=PLAIN, rip=<addr>`, fail2ban/fail2ban#1879) and as later releases do, with
  // the reason's code after the counts and method= left out when none was chosen (`Login aborted:
  // Connection closed (auth failed, 3 attempts in 15 secs) (auth_failed): user=<u>, method=PLAIN,
  // rip=<addr>`), and its auth process naming the user and the client it refused (`auth-worker(…):
  // … lua(<u>,<addr>,<session>): Password mismatch`, mailcow/mailcow-dockerized#6394; `unknown user`).
  { server: 'Dovecot', re: new RegExp(String.raw`\bauth failed, \d+ attempts?[^)\n]{0,40}\)(?: \([a-z_]{1,40}\))?: user=<([^>,\n]*)>?,(?: method=\S+,)? rip=(${ADDRESS})`), user: 1, client: 2 },
  { server: 'Dovecot', re: new RegExp(String.raw`\b(?:passwd-file|pam|sql|ldap|lua|shadow|passwd|checkpassword|oauth2)\(([^,()\s]{1,200}),(${ADDRESS})(?:,<[^>\n]{0,80}>)?\): (?:Password mismatch|(unknown user)|pam_authenticate\(\) failed)`), user: 1, client: 2, unknown: 3 },
  // Postfix's smtpd refusing a SASL login (the mechanism as the client named it, upper or lower
  // case: fail2ban/fail2ban#944), with the account tried when Postfix names it (`, sasl_username=<u>`);
  // not its own loss of the authentication service (`SASL LOGIN authentication failed: Connection
  // lost to authentication server`, fail2ban#944's ignored line: Postfix's backend, no login refused).
  { server: 'Postfix', re: new RegExp(String.raw`\bwarning: [^\s\[]*\[(${ADDRESS})\]: SASL [A-Z0-9-]{2,20} authentication failed(?!: Connection lost to authentication server)(?:[^\n]*?, sasl_username=([^\s,]{1,200}))?`, 'i'), client: 1, user: 2 },
  // Exim's own record of an AUTH it refused: `<authenticator> authenticator failed for (<helo>)
  // [<addr>]: 535 Incorrect authentication data (set_id=<u>)` (the account tried in set_id, as
  // Exim/exim#38 shows it); its clients are told only `535 Incorrect authentication data`
  // (nodemailer/nodemailer#874), without the authenticator's words.
  { server: 'Exim', re: new RegExp(String.raw`\b\S+ authenticator failed for (?:\S+ )?(?:\([^)\n]{0,200}\) )?\[(${ADDRESS})\](?::\d+)?(?: I=\[[^\]\n]*\](?::\d+)?)?: 535 Incorrect authentication data(?: \(set_id=([^)\s]{1,200})\))?`), client: 1, user: 2 },
  { server: 'RabbitMQ', re: /\b(?:AMQ)?PLAIN login refused: user '([^'\n]{0,200})' - invalid credentials/, user: 1 },
  { server: 'MongoDB', re: /"msg":"Failed to authenticate","attr":\{"client":"([^"\n]+)"[^\n]*?"user":"([^"\n]*)"/, client: 1, user: 2 },
  { server: 'MongoDB', re: /"msg":"Authentication failed","attr":\{[^\n]*?"principalName":"([^"\n]*)"[^\n]*?"remote":"([^"\n]+)"/, user: 1, client: 2 },
  // ActiveMQ Classic's broker logging the refusal itself (its logger's name after the message): the
  // client-side form of the same words is LOGIN_REFUSED's (login-refused.ts).
  { server: 'ActiveMQ', re: /\bUser name \[([^\]\n]{0,200})\] or password is invalid\.?[^\n]{0,40}\|\s*org\.apache\.activemq\.(?:broker|transport\.(?:stomp|mqtt|amqp|ws))\./, user: 1 },
  { server: 'MongoDB', re: new RegExp(String.raw`\bauthentication failed for (\S+) on \S+ from client (${ADDRESS}):\d+ ;`), user: 1, client: 2 },
];

/** PostgreSQL's and MySQL's refusals, whose words their clients quote too. */
const PG_REFUSED = /\bFATAL:\s+password authentication failed for user "([^"\n]{0,200})"/;
const MYSQL_REFUSED = new RegExp(String.raw`\bAccess denied for user '([^'\n]{0,200})'@'([^'\n]{0,200})' \(using password: YES\)`);
/** PostgreSQL's own log: its line prefix's `[<pid>]` before the FATAL, or a DETAIL only the log gets. */
const PG_LOG = /\[\d+\][^\n]{0,160}?FATAL:\s{2}password authentication failed|\bConnection matched (?:pg_hba\.conf|file "[^"\n]*") line \d+/;
/** mysqld's error log (8.0's `[MY-010926] [Server]`, 5.7's `[Note]` after the thread id). */
const MYSQL_LOG = /\[MY-\d{6}\] \[Server\] Access denied|\b\d+ \[(?:Note|Warning)\] Access denied for user/;
/** A client's wrapping of the refusal: its driver's or tool's words around it. */
const CLIENT_QUOTING = /\bpq: |\bSQLSTATE\[|\bPSQLException|\bconnection to server (?:at|on)\b|\bpsql: |\bfailed SASL auth\b|\bER_ACCESS_DENIED_ERROR\b|\bOperationalError\b|\(1045, |\bMongo(?:Server|Security|Command)(?:Error|Exception)\b|\bsasl conversation error\b|\bReplyError\b|\bredis\.exceptions\.|\bRedis::CommandError\b|\bRedisCommandExecutionException\b/;
/** A client address in a database's log line: RDS's `%r` (`10.0.0.5(52144)`), `host=`, `client=`. */
const LOG_CLIENT = new RegExp(String.raw`(?:^|[\s:@,\[])(${ADDRESS})\(\d+\)|\b(?:host|client|rhost)=(${ADDRESS})`);

/** The program names of the servers, when the service is named after one. */
const SERVER_SERVICE = /^(?:postgres(?:ql)?|mysqld?|mariadb|mongod(?:b)?|redis(?:-server)?|sshd|dovecot|postfix|exim4?|rabbitmq(?:-server)?)(?:[-_.]?(?:\d+|primary|replica|main|master|server))?$/i;

function refusalIn(text: string, own: string | undefined, service: string): Refusal | undefined {
  for (const s of SERVER_SIDE) {
    const m = s.re.exec(text);
    if (!m) continue;
    let client = s.client ? m[s.client] : undefined;
    // RabbitMQ names the client in the line before: `Error on AMQP connection <…> (<addr>:<port> -> …`.
    if (!client && s.server === 'RabbitMQ') client = new RegExp(String.raw`\((${ADDRESS}):\d+ -> `).exec(text)?.[1];
    const user = s.user ? m[s.user] : undefined;
    const unknownUser = s.unknown ? m[s.unknown] !== undefined : /UserNotFound/.test(text);
    return { server: s.server, user, client, unknownUser };
  }
  const ownName = own ?? (SERVER_SERVICE.test(service) ? service : undefined);
  const pg = PG_REFUSED.exec(text);
  if (pg && !CLIENT_QUOTING.test(text) && (PG_LOG.test(text) || /^postgres/i.test(ownName ?? ''))) {
    const c = LOG_CLIENT.exec(text.slice(0, pg.index));
    return { server: 'PostgreSQL', user: pg[1], client: c?.[1] ?? c?.[2], unknownUser: /Role "[^"\n]*" does not exist/.test(text) };
  }
  const my = MYSQL_REFUSED.exec(text);
  if (my && !CLIENT_QUOTING.test(text) && (MYSQL_LOG.test(text) || /^(?:mysql|mariadb)/i.test(ownName ?? ''))) {
    return { server: /^mariadb/i.test(ownName ?? '') ? 'MariaDB' : 'MySQL', user: my[1], client: my[2] };
  }
  // MongoDB's and Redis' refusals under a service that is that server, in words without a client
  // driver's wrapping (the server's own spans or a log line it wrote).
  if (/^mongo/i.test(ownName ?? '') && /\bAuthentication failed\b/.test(text) && !CLIENT_QUOTING.test(text)) return { server: 'MongoDB', unknownUser: /UserNotFound/.test(text) };
  if (/^redis/i.test(ownName ?? '') && /\bWRONGPASS\b/.test(text) && !CLIENT_QUOTING.test(text)) return { server: 'Redis' };
  return undefined;
}

/** Least share of the samples that must be the server's refusals. */
const MIN_SHARE = 0.6;

/**
 * The logins the service refused as the server, read from its samples' records, when most of them
 * are such refusals; undefined otherwise (a client's own errors, or other failures).
 */
export function refusedLoginsOf(occurrences: Occurrence[], ownSystem: string | undefined): RefusedLogins | undefined {
  const refusals: Refusal[] = [];
  for (const o of occurrences) {
    const text = [o.body, o.exception?.message, o.statusMessage].filter((s): s is string => typeof s === 'string' && s !== '').join('\n');
    const r = text ? refusalIn(text, ownSystem, o.service) : undefined;
    if (r) refusals.push(r);
  }
  if (refusals.length === 0 || refusals.length < MIN_SHARE * occurrences.length) return undefined;
  const count = (values: (string | undefined)[]) => {
    const m = new Map<string, number>();
    for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].map(([value, n]) => ({ value, n })).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
  };
  const servers = count(refusals.map((r) => r.server));
  return {
    server: servers[0].value,
    users: count(refusals.map((r) => r.user)),
    clients: count(refusals.map((r) => r.client)),
    records: refusals.length,
    unknownUsers: refusals.filter((r) => r.unknownUser).length,
  };
}

/** Mail servers: their accounts are people's mailboxes, whose mail clients keep a password. */
const MAIL_SERVERS = new Set(['Dovecot', 'Postfix', 'Exim']);

/**
 * What slows a guessing source down on each mail server, beside blocking it: Dovecot's
 * auth_failure_delay, Postfix's anvil limit on AUTH commands (smtpd_client_auth_rate_limit), Exim's
 * ratelimit condition in its AUTH ACL.
 */
const MAIL_THROTTLE: Record<string, string> = {
  Dovecot: "Dovecot's auth_failure_delay",
  Postfix: "Postfix's smtpd_client_auth_rate_limit",
  Exim: "a ratelimit condition in Exim's acl_smtp_auth",
};

/** fail2ban's jail for each mail server's log. */
const MAIL_JAIL: Record<string, string> = { Dovecot: 'dovecot', Postfix: 'postfix-sasl', Exim: 'exim' };

/** Distinct users past which one source's refusals are guessing, not one client's stale secret. */
const GUESSED_USERS = 4;

const list = (xs: { value: string; n: number }[], max = 4) => xs.slice(0, max).map((x) => `${x.value} (${x.n})`).join(', ') + (xs.length > max ? `, and ${xs.length - max} more` : '');

/** The cause and fix for a server's refused logins, naming the client side. */
export function serverRefusedLogin(service: string, logins: RefusedLogins, quoted: string): { cause: string; fix: string; numbers: string[]; guessing: boolean } {
  const { server, users, clients, records } = logins;
  const topClient = clients[0];
  const oneSource = topClient !== undefined && topClient.n >= 0.8 * records;
  const guessing = users.length >= GUESSED_USERS || (logins.unknownUsers >= 0.5 * records && users.length >= 2);
  const numbers = [
    `${records} refusals in ${service}'s own log (${server}): "${quoted}".`,
    ...(users.length ? [`Users tried: ${list(users)}.`] : []),
    ...(clients.length ? [`From: ${list(clients)}.`] : []),
  ];
  if (guessing) {
    const from = oneSource ? `one source, ${topClient.value},` : clients.length ? `${clients.length} addresses (${list(clients, 3)})` : 'sources its records do not name';
    return {
      guessing,
      cause: `${service} is the ${server} server refusing logins, not a client refused: ${from} tries user after user (${users.length} names: ${list(users, 5)}) with passwords ${service} rejects — a brute-force, password-guessing attempt against it, not a credential of ${service}'s that changed.`,
      fix: MAIL_SERVERS.has(server)
        ? `Block ${oneSource ? `the source ${topClient.value}` : 'the guessing sources'} (a firewall rule, fail2ban's ${MAIL_JAIL[server]} jail on ${server}'s log), slow the rest down (${MAIL_THROTTLE[server]}), make sure every account it tried has a strong password or is disabled (role accounts such as info@ and admin@ that no one logs in to), and check the log for any login from ${oneSource ? topClient.value : 'those sources'} that succeeded — a guessed mailbox sends spam next. ${service}'s own credentials need no rotation.`
        : `Block ${oneSource ? `the source ${topClient.value}` : 'the guessing sources'} (a firewall rule or security group, fail2ban or sshguard on ${server}'s log), keep ${server} off the public network or behind a VPN or allow-list, turn off password logins where keys or certificates can be used, and check the log for any login from ${oneSource ? topClient.value : 'those sources'} that succeeded. ${service}'s own credentials need no rotation.`,
      numbers,
    };
  }
  const who = users.length ? `as ${users.length === 1 ? `user ${users[0].value}` : `users ${list(users, 3)}`}` : '';
  const where = clients.length ? ` from ${clients.length === 1 ? `client ${clients[0].value}` : `clients ${list(clients, 3)}`}` : '';
  const one = users.length === 1 && (clients.length <= 2);
  const logsIn = [`log${one ? 's' : ''} in`, who].filter(Boolean).join(' ');
  const at = where ? ` at ${clients.slice(0, 3).map((c) => c.value).join(', ')}` : '';
  // A mailbox's password is changed by its owner or an administrator, and the mail clients that
  // keep it (a phone, a desktop client, a second device) go on presenting the old one until someone
  // enters the new one there (stdevPavelmc/mailad#191).
  if (MAIL_SERVERS.has(server)) {
    return {
      guessing,
      cause: `${service} is the ${server} server refusing a client's logins, not a client refused: ${one ? 'one mail client' : 'its mail clients'} ${logsIn}${where} with a password ${service} no longer accepts ("${quoted}") — most often a phone or desktop mail client still holding the account's password from before it was changed, while ${service} itself is up and answering.`,
      fix: `Find the mail client${at} logging in${who ? ` ${who}` : ''} — the account's phone, desktop client or another device set up with it — and enter the current password there (or remove the account from a device no longer used); until then each of its retries is refused again. Nothing on ${service} needs rotating.`,
      numbers,
    };
  }
  return {
    guessing,
    cause: `${service} is the ${server} server refusing a client's logins, not a client refused: ${one ? 'one client' : 'its clients'} ${logsIn}${where} with a password ${service} no longer accepts ("${quoted}") — most often that client still holds a password rotated on the server (or deployed with a wrong one), while ${service} itself is up and answering.`,
    fix: `Find the client${at} logging in${who ? ` ${who}` : ''} and give it the current password where it reads it (its secret or environment), then restart it or refresh its connection pool; rotate so that clients receive the new secret before the server stops accepting the old one (two valid passwords during the change). Nothing on ${service} needs rotating.`,
    numbers,
  };
}
