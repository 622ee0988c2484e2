// The header a log transport writes in front of a program's own line, for bodies that arrive
// with it (a Collector's filelog receiver reading /var/log/syslog or a journal export, with no
// parser configured). The header says when, on which machine and in which process the line was
// written; none of that is the failure, and the machine's name is a word the template miner
// would keep (template-tokens.ts): the same line from two hosts became two signatures. The
// program's name stays: it says which program's statement printed the line.
//
// Read here:
// - BSD syslog (RFC 3164) and journald's short output: `Mar 16 16:05:18 host prog[812]: msg`,
//   with or without `<PRI>` or the host (journald always writes one); rsyslog's
//   high-precision form with an RFC 3339 timestamp, and journalctl's `short-iso` (its zone
//   without a colon), where the pid is required (without it the line is as likely
//   `2024-03-10T10:16:39Z ERROR auth: …`, a timestamp and a level);
// - syslog (RFC 5424): `<165>1 2003-10-11T22:14:15.003Z host app procid msgid [sd] msg`;
// - the kernel's timestamp, `[   26.257065] `, alone (dmesg) or after a syslog header, and as
//   `dmesg -H` and `dmesg -r` write it (`[  +0.000013] `, `<3>[   12.078408] `);
// - Kubernetes' klog header, alone or after a syslog one:
//   `E0415 17:21:40.583715   46838 pod_workers.go:191] msg` (level, month and day, time,
//   thread id; the source file and line are kept, they name the statement). Structured klog
//   (`pod_workers.go:191] "Error syncing pod" err="…" pod="…"`) quotes its message: the quotes
//   go, so the message reads as the statement's words and not as one quoted value;
// - Android's logcat, in the layouts `logcat -v` writes (brief, time, threadtime, epoch; the
//   Android developer docs' "Logcat command-line tool") and the one Android Studio's Logcat
//   window copies: `I/ActivityManager(  977): msg`, `08-29 12:30:01.157 I/ActivityManager(4666):
//   msg`, `01-12 16:08:43.189   748   846 I ActivityManager: msg`, `2020-09-24 15:32:44.894
//   13915-14110/com.example A/libc: msg`, and `long`'s header line before the message
//   (`[ 06-14 07:35:26.653  1894: 2024 I/GnssLocationProvider ]`); `tag`'s priority and tag alone
//   (`E/AndroidRuntime: msg`), and a threadtime line pasted without its time and ids
//   (`E ActivityManager: msg`). Each says when, in which process and thread, at which priority;
//   the tag (the program's or class's name) stays, written `tag: ` as syslog's is;
// - macOS's unified log (`log show`, `log stream`): `2022-12-26 17:48:14.837819-0300 0x1f36
//   Error 0x0 0 0 kernel: (Sandbox) msg`, also pasted without its time and thread columns
//   (`Error 0x0 0 0 kernel: …`), and OS X's Console.app copy (`12/28/15 7:51:26.000 AM
//   <tab>kernel[0]<tab>msg`) and its syslog(1) `std` lines (`kernel[0] <Notice>: msg`), and the
//   Console.app copy of macOS 10.12 and later (`error<tab>09:38:33.530481+0100<tab>kernel<tab>msg`);
// - launchd's lines in OS X's system.log (`host com.apple.xpc.launchd[1] (label[pid]): msg`), and
//   a syslog line cut to its time of day (`07:37:18 kernel: msg`);
// - BSD syslog without a pid, where the host and the program both are there (`Jan  7 20:00:50
//   localhost su: msg`: su, and systemd's own PAM sessions, log without one);
// - OpenWrt's logread: `Sun Jun 11 23:02:41 2023 kern.info kernel: [39210.778735] msg`;
// - PBS and Torque daemons' logs: `05/29/2020 11:48:55;0008;pbs_mom;Job;1251.host;msg`.
// - the installer's syslog of Fedora and RHEL (anaconda's rsyslog template: the time of day with
//   its milliseconds after a comma, the severity's name in capitals, `program:` and the message
//   with no space between): `23:54:39,681 INFO kernel:md/raid1:md0: active with 2 out of 2 mirrors`.
// - Tornado's own header, as tornado.log's LogFormatter writes it by default (Tornado's
//   documentation, tornado.log: `[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d]`, the date
//   `%y%m%d %H:%M:%S`): `[E 261205 20:35:31 web:2591] msg`. The level's letter and the time go,
//   the module and line stay (they name the statement, as klog's file and line do): Tornado's
//   access line is one statement written at INFO, WARNING or ERROR by the response's status
//   (web.py's Application.log_request), and the letter made it three.
// - rspamd's own logger, to a file or the console (rspamd's logging documentation,
//   rspamd.com/doc/configuration/logging.html; the format strings `%s #%P(%s) ` and `<%*.s>; %s;
//   %s: ` in rspamd 3.4's librspamd-server): `2026-12-06 14:07:00 #27394(controller) <83ca42>;
//   csession; rspamd_mime_parse_message: msg`. The time (with microseconds under `log_usec`), the
//   pid, the process type, the log id and the logging module go; the function stays (a Lua
//   statement's file and line: `multimap.lua:1246`), naming the statement as klog's file and line
//   do. The process type and module say which worker and which pool's logger printed the line:
//   one MIME parser statement reads `(normal) …; task;` under the scanner and `(controller) …;
//   csession;` under the controller, and they made it two signatures.
// - a process named by its name and pid before a PostgreSQL-family report: pgpool-II's default
//   log_line_prefix `%m: %a pid %p: ` (pgpool.conf's log_line_prefix; the time with milliseconds,
//   the application name, the pid), `2026-12-06 23:27:20.105: child pid 15163: LOG:  new
//   connection received`. The name is which process wrote the line, not which statement: pgpool
//   names its own processes by their kind (`main`, `child`, `pcp_child`, `health_check0`,
//   `sr_check_worker`) and a child by its client's application_name once the client gave one
//   (`psql`), so one statement (`new connection received`, `frontend disconnection: …`) read
//   `child pid` before a client named itself and `psql pid` after, and was two signatures
//   (programs/pgpool2, server-logs-52.test.ts). The time, the name and the pid go, the level
//   stays. Read only with the report's level in capitals and its two spaces after it (elog.c's
//   `%s:  `), so that an application's own `… worker pid 12: started` is not a header.

import { withoutInlineCodeMarks } from './inline-code-span.js';
import { isFailureWord } from './failure-words.js';
import { SEVERITY_WORDS } from './severity-words.js';

// The month as the host's locale writes it: `Mar`, `okt`, `mars`, `Dez.`, `8月`, and the number with
// 월 (`10월`), as glibc's ko_KR locale abbreviates it where ja_JP and zh_CN write 月.
const MONTHS = '(?:\\p{L}{3,5}\\.?|\\d{1,2}[月월])';
const PRI = '(?:<\\d{1,3}>)?';
// The program's name (`systemd`, `sshd(pam_unix)`, `matrix-synapse`, `kernel`): no space, no
// colon, no bracket; then the pid, then `: `.
const TAG = '([^\\s:\\[\\]]{1,64})';

// The pid is required but for the kernel, which has none: without it, `Mar 16 16:05:18 Connection
// failed: …` (an application's own timestamp) would lose its first word as a host.
// A host field left empty keeps its separator: two spaces after the time (`Dec  5 12:42:03  kubelet:
// E1205 …`, kubernetes/kubernetes#56850; `Dec 18 17:43:27  firewalld[7161]: …`, openshift-ansible#3213),
// as a relay or a template that writes `%HOSTNAME%` empty leaves it.
// A Markdown editor escapes the pid's brackets (`bluetoothd\[876\]:`, hamonikr/hamonikr-system#6):
// CommonMark's backslash escapes, which a rendered page shows as the brackets themselves.
const PID = '(?:\\[\\d{1,10}\\]|\\\\\\[\\d{1,10}\\\\\\])';
const BSD = new RegExp(`^${PRI}${MONTHS} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})? (?:([^\\s:\\[\\]]{1,255}) | )?(?:${TAG}${PID}|(kernel)): `, 'u');
// macOS's launchd writes its service's label and pid in parentheses after its own tag, with no
// colon between (/var/log/system.log of OS X 10.10 to macOS 10.15: `Jun  1 09:08:32 host
// com.apple.xpc.launchd[1] (com.example.helper[8302]): Service exited with abnormal code: 78`),
// copied with or without the time and host. Read only for a reverse-DNS tag (Apple names its
// daemons so) followed by `(label): `, so a program's own `worker[3] (pid 5) …` is not a header.
// Unread, the host name and launchd's tag were the first words of every launchd statement.
const LAUNCHD = new RegExp(`^${PRI}(?:${MONTHS} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} [^\\s:\\[\\]]{1,255} )?([a-z][a-z\\d-]{0,30}(?:\\.[A-Za-z\\d-]{1,63}){2,8})\\[\\d{1,10}\\] (?=\\([^\\s()]{1,255}\\): )`, 'u');
// A syslog or journal line whose date and host the user cut off before pasting (`07:37:18 kernel:
// iwlwifi …`, `22:39:31 kernel: i915 …`): the time of day and then the kernel or a `prog[pid]`,
// as BSD requires (a time before a bare word is an application's own layout).
const TIME_ONLY_SYSLOG = new RegExp(`^\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})? (?:${TAG}\\[\\d{1,10}\\]|(kernel)): `);
// Without a pid, a header is read only with both a host and a program before `: ` (RFC 3164's
// HOSTNAME and TAG; su and PAM sessions of systemd write no pid): `Jan  7 20:00:50 localhost su: …`.
// A program's name is written in lower case; the host is not a capitalised word, and neither is
// a severity or a failure word, which is how an application's own timestamped line reads
// (`Mar 16 16:05:18 Connection failed: …`, `… db error: …`).
const BSD_WITHOUT_PID = new RegExp(`^${PRI}${MONTHS} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})? ([\\p{L}\\d][\\p{L}\\d._-]{0,254}) ([a-z][\\w.-]{0,63}): `, 'u');
// The same with the host field left empty (two spaces after the time, as BSD above): the program
// alone, in lower case (`Dec  5 12:42:03  kubelet: …`); its host group is empty.
const BSD_EMPTY_HOST_WITHOUT_PID = new RegExp(`^${PRI}${MONTHS} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?  ()([a-z][\\w.-]{0,63}): `, 'u');
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

function bsdWithoutPid(line: string): RegExpExecArray | null {
  const m = BSD_WITHOUT_PID.exec(line) ?? BSD_EMPTY_HOST_WITHOUT_PID.exec(line);
  if (!m) return null;
  const [, host, tag] = m;
  if (CAPITALISED_WORD.test(host) || SEVERITY_WORDS.has(host.toUpperCase()) || SEVERITY_WORDS.has(tag.toUpperCase()) || isFailureWord(host) || isFailureWord(tag)) return null;
  return m;
}
// The kernel's own timestamp (seconds since boot), in dmesg's output and in its syslog lines, or
// as `dmesg -T` (--ctime) writes it, in local time: `[Sat May  1 08:56:53 2021] ` (util-linux dmesg(1)).
// `dmesg -H` (--human) writes the time since the line before (`[  +0.000013]`, its decimal mark
// the locale's: `[  +0,000508]`) and, when the minute changes, the month, day and time
// (`[Apr19 18:52]`); `dmesg -r` (--raw) keeps the record's syslog priority before it (`<3>[ 12.078408]`).
const DMESG = /^(?:<\d{1,3}>)?\[(?:\s{0,12}\d{1,10}\.\d{1,9}|\s{0,12}\+\d{1,10}[.,]\d{1,9}|\p{L}{3,5}\d{1,2} \d{2}:\d{2}|\p{L}{2,5} \p{L}{3,5} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})\] /u;
// A line of dmesg that a program wrote through /dev/kmsg carries its own `name[pid]: `.
const KMSG_PROGRAM = /^([^\s:\[\]]{1,64})\[\d{1,10}\]: /;
// journalctl's `-o short-iso` and `short-iso-precise` write the zone without its colon before
// systemd 255 (journalctl(1): `2023-09-08T17:20:30+0200 host prog[pid]: `).
const RFC3339_SYSLOG = new RegExp(`^${PRI}\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2}) [^\\s:\\[\\]]{1,255} ${TAG}\\[\\d{1,10}\\]: `);
const RFC5424 = /^<\d{1,3}>1 \S{1,64} \S{1,255} (\S{1,48}) \S{1,128} \S{1,32} (?:-|(?:\[(?:[^\]"]|"(?:[^"\\]|\\.){0,1024}"){0,4096}\]){1,16}) ?/;
// logcat: the priority letter (V D I W E F, and A for an assertion in Studio's copy) and the tag.
// brief and time put the pid in parentheses after the tag, padded (`libc    ( 5061)`);
// threadtime and epoch put the pid and thread id (and, with `uid`, the uid) before the priority
// and pad the tag to its column (`Zygote  : `); Studio writes `pid-tid/package` and ends the tag
// with `:` (older versions with `﹕`, U+FE55). The tag is kept without its padding; a tag is read
// without spaces, so that `I/O error(5): …` is not read as brief's `I/tag(pid): `.
const LOGCAT_TIME = '(?:(?:\\d{4}-)?\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3,6}|\\d{9,10}\\.\\d{3,6})';
const LOGCAT_BRIEF = new RegExp(`^(?:${LOGCAT_TIME} {1,4})?[VDIWEFA]/([^\\s()]{1,64}) {0,32}\\( {0,12}\\d{1,10}\\): `);
const LOGCAT_THREADTIME = new RegExp(`^${LOGCAT_TIME}(?: {1,12}\\d{1,10}){2,3} [VDIWEFA] ([^\\s:]{1,64}) {0,32}: `);
// `logcat -v long` writes the header on a line of its own, in brackets, and the message on the
// next: `[ 06-14 07:35:26.653  1894: 2024 I/GnssLocationProvider ]`. Unread, the header was the
// line's first line and so all its template: every statement of one tag was one signature.
const LOGCAT_LONG = new RegExp(`^\\[ ${LOGCAT_TIME}(?: {1,12}\\d{1,10}:){1,2} {0,12}\\d{1,10} [VDIWEFA]/([^\\s\\]]{1,64}) {0,32}\\]\\r?\\n`);
const LOGCAT_STUDIO = new RegExp(`^${LOGCAT_TIME} {1,12}\\d{1,10}-\\d{1,10}/\\S{1,255} [VDIWEFA]/([^\\s:\uFE55]{1,64})[:\uFE55] `);
// `logcat -v tag` writes the priority and the tag alone, the tag padded to 8 columns (`E/AndroidRuntime: `,
// `I/art     : `; the Android developer docs' "Logcat command-line tool", its output formats). Its
// tag is read as brief's is, without spaces or parentheses, so that `I/O error: …` is not one.
const LOGCAT_TAG = /^[VDIWEFA]\/([^\s:()]{1,64}) {0,32}: /;
// A threadtime line copied without its time and its pid and thread columns (`E ActivityManager: ANR
// in …`, as an ANR report is pasted from a bug report): the priority letter, a space and the tag.
// An English sentence can open the same way (`I see: …`), so the tag must read as one: a capital
// in it (`ActivityManager`, `DEBUG`, `SELinux`) or the padding threadtime gives a short tag
// (`libc    : `). Not `A`, which only Android Studio's copy writes, with its time.
const LOGCAT_THREADTIME_CUT = /^[VDIWEF] ((?=[^\s:]{0,63}[A-Z])[^\s:]{1,64}|[^\s:]{1,64}(?= {1,32}:)) {0,32}: /;
// macOS's unified log as `log show` and `log stream` print it (their default style, log(1)):
// the time with its zone, the thread, the entry's type, the activity, the pid and the TTL, then
// `process: ` (a process's name may hold spaces: `Google Chrome Helper`).
const UNIFIED_LOG = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}[+-]\d{4} {1,12}0x[0-9a-f]{1,16} {1,12}[A-Z][a-z]{2,9} {1,24}0x[0-9a-f]{1,16} {1,24}\d{1,10} {1,12}\d{1,5} {1,12}([^\s:][^:]{0,63}?): /;
// The same line copied without its first two columns (the time and the thread): the entry's type
// is then one of the types log(1) prints, so that an application's `Error 0x80070005 …` is not
// read as one.
const UNIFIED_LOG_CUT = /^(?:Default|Info|Debug|Error|Fault) {1,24}0x[0-9a-f]{1,16} {1,24}\d{1,10} {1,12}\d{1,5} {1,12}([^\s:][^:]{0,63}?): /;
// OpenWrt's logread (ubox): the time as ctime(3) writes it, the facility and priority by their
// syslog.h names, then `tag[pid]: ` or `tag: ` (`Sun Jun 11 23:02:41 2023 kern.info kernel: …`,
// `… daemon.notice netifd: …`). Unread, `kern.info` was a host name to the parameteriser.
const LOGREAD = /^\p{L}{3} \p{L}{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4} (?:kern|user|mail|daemon|auth|authpriv|syslog|lpr|news|uucp|cron|ftp|security|local[0-7])\.(?:emerg|panic|alert|crit|err|error|warn|warning|notice|info|debug) ([^\s:\[\]]{1,64})(?:\[\d{1,10}\])?: /u;
// PBS (OpenPBS, PBS Professional, Torque) daemons' logs: `date time;event;daemon;object type;
// object name;message`, the event a 4-digit hex class (0001 error … 0100 debug). The object's name
// is a job's id for a job record (`Job;1251.host;Started, pid = 7336`), a function's for a server
// record (`Svr;svr_connect;…`) or empty: it stays, before the message, as words and a value.
// Unread, the header was glued to the message's first word in one token.
const PBS = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?;[0-9a-fA-F]{4};([^;\s]{1,64});([A-Za-z_]{1,16});([^;\s]{0,255});/;
// syslog(1)'s `std` format on OS X (ASL): `$Time $Host $Sender[$PID] <$Level>: $Message`, the
// level one of ASL's eight, copied with or without the time and host (`kernel[0] <Notice>: …`).
const ASL_STD = new RegExp(`^(?:${MONTHS} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} [^\\s:\\[\\]]{1,255} )?${TAG}\\[\\d{1,10}\\] <(?:Emergency|Alert|Critical|Error|Warning|Notice|Info|Debug)>: `, 'u');
// OS X's Console.app (10.8 to 10.11) copies a message as its US-style date and time, the
// sender with its pid, and the message, separated by tabs: `12/28/15 7:51:26.000 AM\tkernel[0]\tmsg`.
const CONSOLE_APP = /^\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})? \d{1,2}:\d{2}:\d{2}(?:\.\d{3})? [AP]M\t([^\t\[\]]{1,64}?)(?:\[\d{1,10}\])?\t/;
// Console.app of macOS 10.12 and later copies a unified-log entry as its type (in the user's
// language: `error`, `default`, `erreur`, `par défaut`), its time with the zone, the process and
// the message, separated by tabs: `error\t09:38:33.530481+0100\tkernel\tSandbox: …`.
const CONSOLE_APP_UNIFIED = /^[^\t\d][^\t]{0,23}\t\d{2}:\d{2}:\d{2}\.\d{6} ?[+-]\d{4}\t([^\t\[\]]{1,64}?)(?:\[\d{1,10}\])?\t/;
// anaconda's syslog (its rsyslog template `%timestamp:8:$:date-rfc3164%,%timestamp:1:3:date-subseconds%
// %syslogseverity-text:::uppercase% %programname%:%msg%`). Only with the severity's syslog name, so
// that a time before an application's own words is not read as one.
const ANACONDA_SYSLOG = /^\d{2}:\d{2}:\d{2},\d{3} (?:EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG) ([^\s:[\]]{1,255}): ?/;
const KLOG = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d{6} {1,12}\d{1,10} (?=[^\s\]]{1,255}:\d{1,7}\] )/;
// Tornado's LogFormatter: `[` the level's first letter (DEBUG, INFO, WARNING, ERROR, CRITICAL),
// the date and time, then `module:line] ` (kept).
const TORNADO = /^\[[DIWEC] \d{6} \d{2}:\d{2}:\d{2} (?=[\w.-]{1,64}:\d{1,7}\] )/;
// rspamd: the date and time, an optional `[level] `, `#pid(process type) `, the log id in angle
// brackets (empty for an object without one) and the module, each with `; `, and the function (or
// Lua file and line) before `: ` (kept). A statement logged with neither id nor module names a C
// function, whose name holds an underscore (`rspamd_url_init: `): without one, `2024-03-10
// 10:16:39 #4521(build) failed: …` (a date, an issue's number and label) is no header.
const RSPAMD = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? (?:\[[a-z]{1,8}\] )?#\d{1,10}\([\w-]{1,32}\) (?:<[\w.-]{0,64}>; (?:[a-z_]{1,32}; )?|[a-z_]{1,32}; |(?=[\w.-]{0,64}_))(?=[\w.-]{1,128}(?::\d{1,7})?: )/;

// The time as log_line_prefix's `%m` writes it (with its zone in PostgreSQL's, without in
// pgpool's), `: `, the process's name (any text but a colon, as an application_name may hold
// spaces), ` pid <n>: `, then a report's level as elog.c names it and its two spaces.
const NAMED_PROCESS_REPORT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?: [A-Z]{2,5}| ?[+-]\d{2}(?::?\d{2})?)?: (?:[^\s:](?:[^:\n]{0,62}[^\s:])? )?pid \d{1,10}: (?=(?:DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|CONTEXT|STATEMENT|QUERY|LOCATION):  )/;

// klog's structured message: a Go-quoted string first, then `key=value` pairs or the end.
const QUOTED_MESSAGE = /^"((?:[^"\\]|\\.){0,2000})"(?=\s|$)/;

function unquotedMessage(text: string): string {
  const m = QUOTED_MESSAGE.exec(text);
  if (m) return m[1].replace(/\\(["\\])/g, '$1') + text.slice(m[0].length);
  // Cut before its closing quote (journalctl shortens long lines): the message's words still lead.
  return text.startsWith('"') ? text.slice(1) : text;
}


// The longest header a record's continuation lines may repeat, and the shortest taken for one.
const MAX_REPEATED_HEADER = 160;
const MIN_REPEATED_HEADER = 12;
const HAS_DIGIT = /\d/;

/**
 * A record its logger wrote line by line, each line behind the same header: RabbitMQ's (Erlang
 * logger's) file format repeats `2026-12-05 02:06:52.363483+00:00 [error] <0.748.0> ` before
 * every line of one message, so `Error on AMQP connection … state: starting):` is followed by
 * the reason on the next line (`PLAIN login refused: …`, `vhost nosuch not found`). Only the
 * first line was mined, and every reason was one signature. When every line starts with the
 * first line's header — the lines' common start up to the end of its last token that holds a
 * digit (a timestamp, a pid: the header's values; a shared first word of the message is not
 * header) — the lines are one message: joined by spaces, the header once. Lines of different
 * records differ in their timestamps or processes and are left as they are.
 */
export function joinedRecord(body: string): string {
  const nl = body.indexOf('\n');
  if (nl < 0) return body;
  const lines = body.split('\n');
  let common = Math.min(lines[0].length, MAX_REPEATED_HEADER);
  for (let i = 1; i < lines.length && common > 0; i++) {
    const line = lines[i];
    let j = 0;
    while (j < common && j < line.length && line.charCodeAt(j) === lines[0].charCodeAt(j)) j++;
    common = j;
  }
  // Back to the end of the last whole token holding a digit.
  let end = -1;
  for (let at = lines[0].indexOf(' '); at >= 0 && at < common; at = lines[0].indexOf(' ', at + 1)) {
    const start = lines[0].lastIndexOf(' ', at - 1) + 1;
    if (HAS_DIGIT.test(lines[0].slice(start, at))) end = at + 1;
  }
  if (end < MIN_REPEATED_HEADER) return body;
  return [lines[0], ...lines.slice(1).map((l) => l.slice(end).trim())].filter((l) => l !== '').join(' ');
}

/** TIME_ONLY_SYSLOG's match with the program (or `kernel`) as its first group, as the other headers give it. */
function timeOnlySyslog(line: string): RegExpExecArray | null {
  const m = TIME_ONLY_SYSLOG.exec(line);
  if (m && m[1] === undefined) m[1] = m[2];
  return m;
}

function logcatHeader(line: string): RegExpExecArray | null {
  // Every layout has its priority letter followed by `/` or a space and the tag: one cheap test first.
  if (!/[VDIWEFA][/ ]/.test(line.slice(0, 64))) return null;
  return LOGCAT_BRIEF.exec(line) ?? LOGCAT_THREADTIME.exec(line) ?? LOGCAT_STUDIO.exec(line) ?? LOGCAT_LONG.exec(line) ?? LOGCAT_TAG.exec(line) ?? LOGCAT_THREADTIME_CUT.exec(line);
}

/** `line` without a transport's header: the program's name and its own message, or the line as given. */
export function withoutTransportHeader(body: string): string {
  // A line pasted inside Markdown inline code keeps the span's opening backtick before its header
  // (`` `[216151.642146] ------------[ cut here ]------------ ``, openwrt/openwrt#9305; the marks as
  // inline-code-span.ts reads them around a trace): read without the marks when a header follows
  // them, so that the line reads as the same line pasted bare. Any other backtick stays the line's.
  if (body.charCodeAt(0) === 96) {
    const unmarked = withoutInlineCodeMarks(body);
    const read = unmarked === body ? body : withoutHeader(unmarked);
    if (read !== unmarked) return read;
  }
  const grepped = GREP_FILE_NAME.exec(body);
  if (grepped) {
    const rest = body.slice(grepped[0].length);
    if (BSD.test(rest) || RFC3339_SYSLOG.test(rest)) return withoutHeader(rest);
  }
  return withoutHeader(body);
}

// grep(1) searching more than one file (`grep killed /var/log/messages*`, zgrep's rotated logs)
// prints each match after its file's name and a colon, and after its line number too with `-n`
// (GNU grep's manual, --with-filename and --line-number): `/var/log/messages.1:Jan 17 14:03:56
// host kernel: …`, pscedu/slash2#200. Read as the syslog line it found, and only where a syslog
// file's own header follows the colon at once: a name and a colon before anything else
// (`/etc/fstab: line 3: …`, `config.yml:12: …`) are the line's.
const GREP_FILE_NAME = /^[^\s:]{1,255}:(?:\d{1,10}:)?(?=\S)/;

function withoutHeader(body: string): string {
  const line = joinedRecord(body);
  // Every form starts with `<`, `[`, a letter (a month, a klog level), a digit or a character
  // beyond ASCII (a month in another script): one test rules out indented and punctuated lines.
  const first = line.charCodeAt(0);
  if (!(first === 60 || first === 91 || (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first > 127)) return line;
  const rspamd = RSPAMD.exec(line);
  if (rspamd) return line.slice(rspamd[0].length);
  const namedProcess = NAMED_PROCESS_REPORT.exec(line);
  if (namedProcess) return line.slice(namedProcess[0].length);
  let rest = line;
  const bsd = BSD.exec(rest);
  // A severity where the host would be (`Mar 16 16:05:18 ERROR db[7]: …`) is an application's own layout.
  if (bsd && !(bsd[1] !== undefined && SEVERITY_WORDS.has(bsd[1].toUpperCase()))) rest = `${bsd[2] ?? bsd[3]}: ${rest.slice(bsd[0].length)}`;
  else {
    const header = RFC3339_SYSLOG.exec(rest) ?? LAUNCHD.exec(rest) ?? timeOnlySyslog(rest) ?? RFC5424.exec(rest) ?? UNIFIED_LOG.exec(rest) ?? UNIFIED_LOG_CUT.exec(rest) ?? CONSOLE_APP.exec(rest) ?? CONSOLE_APP_UNIFIED.exec(rest) ?? ASL_STD.exec(rest) ?? LOGREAD.exec(rest) ?? ANACONDA_SYSLOG.exec(rest) ?? logcatHeader(rest);
    const noPid = header ? null : bsdWithoutPid(rest);
    const pbs = header || noPid ? null : PBS.exec(rest);
    if (header) rest = `${header[1]}: ${rest.slice(header[0].length)}`;
    else if (noPid) rest = `${noPid[2]}: ${rest.slice(noPid[0].length)}`;
    else if (pbs) rest = `${pbs[1]}: ${pbs[2]}${pbs[3] ? ` ${pbs[3]}` : ''}: ${rest.slice(pbs[0].length)}`;
  }
  // klog and the kernel write their headers first on the line, whether or not syslog added one before it.
  const tagEnd = rest === line ? 0 : rest.indexOf(': ') + 2;
  const dmesg = DMESG.exec(rest.slice(tagEnd));
  if (dmesg) {
    const message = rest.slice(tagEnd + dmesg[0].length);
    // dmesg alone names no program: the ring buffer is the kernel's, so its own lines are read as
    // the `kernel: ` syslog writes for the same line, and one statement reads alike in both.
    // A program's own line in the ring buffer (`systemd[1]: …`, written to /dev/kmsg) loses its
    // pid as its syslog header does, so that systemd's `Stopped target …` reads alike from dmesg
    // and from the journal.
    const kmsg = tagEnd > 0 ? null : KMSG_PROGRAM.exec(message);
    rest = tagEnd > 0 ? rest.slice(0, tagEnd) + message : kmsg ? `${kmsg[1]}: ${message.slice(kmsg[0].length)}` : `kernel: ${message}`;
  }
  const tornado = TORNADO.exec(rest.slice(tagEnd));
  if (tornado) return rest.slice(0, tagEnd) + rest.slice(tagEnd + tornado[0].length);
  const klog = KLOG.exec(rest.slice(tagEnd));
  if (klog) {
    const site = rest.indexOf('] ', tagEnd + klog[0].length) + 2;
    rest = rest.slice(0, tagEnd) + rest.slice(tagEnd + klog[0].length, site) + unquotedMessage(rest.slice(site));
  }
  return rest;
}

/**
 * How a header a message may be led by starts: a time or a number, a bracket or a priority's `<`,
 * klog's level and date (`E0205 `), a month's abbreviation (syslog's), logcat's `E/`.
 */
const MAY_LEAD_WITH_HEADER = /^(?:[\d<[]|[IWEF]\d{4} |(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) |[VDIWEFA]\/)/;

/**
 * A text's first line without a transport's or a logger's header (withoutTransportHeader), its
 * other lines as they are: an exception's message is sometimes a record's line copied whole — a
 * paste whose first line is klog's `E0205 10:23:18.253241 957 memcache.go:265] …` or syslog's,
 * read as the message of a trace no parser reads, or a record's line given as the message. Kept,
 * the header's date and pid were words of the message, and one failure logged on two days was
 * two signatures.
 */
export function withoutLeadingTransportHeader(text: string): string {
  // Nearly every message starts otherwise: one cheap test keeps the header patterns off them.
  if (!MAY_LEAD_WITH_HEADER.test(text)) return text;
  const nl = text.indexOf('\n');
  return nl < 0 ? withoutTransportHeader(text) : withoutTransportHeader(text.slice(0, nl)) + text.slice(nl);
}
