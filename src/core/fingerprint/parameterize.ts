// Message parameterisation: replaces the parts of a message that vary between occurrences of
// one failure (ids, numbers, addresses, times…) with `<name>` placeholders.
//
// The table is ordered and every entry is named. All entries are compiled into ONE regex of
// named alternatives, scanned once left to right (as Sentry's parameterization.py does): at a
// given position the earliest entry in the table wins, so more specific shapes (a uuid, an ip)
// come before the generic ones (hex, int) that would otherwise eat their pieces.
// Every quantifier is bounded and no alternative nests a repetition inside a repetition, so a
// scan is linear in the input (test/core/fingerprint/parameterize.test.ts feeds long
// adversarial strings).
import { REASON_KEY, REPORTED_TEXT_KEY, STATUS_CODE_FIELD, STATUS_TEXT_KEY } from './failure-field.js';
import { LIMITS } from './types.js';
import { NOT_BEFORE_OBJECT_NAME } from './kubernetes-resource.js';

export interface ParamPattern {
  name: string;
  /** Source of the regex: no capture groups of its own (`(?:…)` only), as groups are positional. */
  source: string;
  /** Why the entry exists and where it sits in the order. */
  why: string;
  /**
   * Characters of which the entry cannot match without one (`@` for an email): a run of
   * tokens holding none of them is scanned without the entry. Only characters of NEEDED.
   */
  needs?: string;
  /** Applied to log lines only (`parameterize(text, true)`), not to exception messages. */
  logsOnly?: boolean;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}';
// A time zone's abbreviation after a time (`13:53:38 CEST`, `23:41:28.855 UTC`): part of the
// timestamp, which differs by where the server runs. Named ones only: a free run of capitals
// after a time is as likely the line's level (`10:00:00 ERROR`).
const ZONES = 'UTC GMT CET CEST EET EEST WET WEST BST IST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT JST KST HKT SGT PHT WIB WITA WIT ICT AEST AEDT ACST ACDT AWST NZST NZDT BRT ART CLT COT PET SAST WAT CAT EAT'.split(' ');
const ZONE = `(?: (?:${ZONES.join('|')})\\b)?`;
// HTTP's reason phrases (RFC 9110 section 15, and the older names still printed), and those the
// IANA HTTP Status Code Registry takes from other RFCs: WebDAV's (RFC 4918 `207 Multi-Status`,
// which a CalDAV or CardDAV server answers every PROPFIND and REPORT with; RFC 5842 `208 Already
// Reported`, `508 Loop Detected`), RFC 3229 `226 IM Used`, RFC 2295 `506 Variant Also
// Negotiates`, RFC 2774 `510 Not Extended`. RFC 2616's `Request-URI Too Long` and `Requested Range
// Not Satisfiable` are older names Python's http.client.responses still prints. The 1xx phrases
// of one common word (`102 Processing`, `103 Early Hints`) are left out: informational, never a
// failure's status, and `<number> Processing` is as likely a worker's number and what it does.
const HTTP_REASONS = [
  'Multi-Status', 'Already Reported', 'IM Used', 'Variant Also Negotiates', 'Loop Detected', 'Not Extended',
  'Request-URI Too Long', 'Requested Range Not Satisfiable',
  'Continue', 'Switching Protocols', 'OK', 'Created', 'Accepted', 'Non-Authoritative Information', 'No Content', 'Reset Content', 'Partial Content',
  'Multiple Choices', 'Moved Permanently', 'Found', 'See Other', 'Not Modified', 'Use Proxy', 'Temporary Redirect', 'Permanent Redirect',
  'Bad Request', 'Unauthorized', 'Payment Required', 'Forbidden', 'Not Found', 'Method Not Allowed', 'Not Acceptable', 'Proxy Authentication Required',
  'Request Timeout', 'Conflict', 'Gone', 'Length Required', 'Precondition Failed', 'Content Too Large', 'Payload Too Large', 'Request Entity Too Large',
  'URI Too Long', 'Unsupported Media Type', 'Range Not Satisfiable', 'Expectation Failed', 'Misdirected Request', 'Unprocessable Content',
  'Unprocessable Entity', 'Locked', 'Failed Dependency', 'Too Early', 'Upgrade Required', 'Precondition Required', 'Too Many Requests',
  'Request Header Fields Too Large', 'Unavailable For Legal Reasons', 'Internal Server Error', 'Not Implemented', 'Bad Gateway',
  'Service Unavailable', 'Gateway Timeout', 'HTTP Version Not Supported', 'Insufficient Storage', 'Network Authentication Required',
  // Longest first, so that an alternation tries `Not Found` after `Not Acceptable` and never stops short.
].sort((a, b) => b.length - a.length);
// Left edge of a number: not glued to a letter or digit before it, nor to a dot after a digit,
// so `v2`, `ipv6`, `sha256`, `1.2.3`'s inner parts and identifiers keep their digits; `_`, `-`
// and a dot after a word are edges (`user_42` → `user_<int>`, `core.2275` → `core.<int>`).
const L = '(?<![A-Za-z0-9])(?<!\\d\\.)';
const R = '(?![A-Za-z0-9])';
// A digit here, then the left edge: the one-character lookahead fails fast at the many
// positions where no number starts, before the two lookbehinds run (a scan tries every entry
// at every position).
const N = `(?=\\d)${L}`;

// Not right after an error or result key's `=` (failure-field.ts, whose reading of the
// text this leaves it to): logfmt's, hclog's and klog's `error="…"`/`err="…"` hold the error's
// message, opendkim's `result="…"` the outcome it chose.
const NOT_AFTER_REPORTED_TEXT_KEY = `(?<!(?<![\\w.-])${REPORTED_TEXT_KEY}=)`;
// Nor after a reason key's `=` (OpenSMTPD's `reason="io-error: …"`) but in a line with a status
// code, whose reason phrase it then is (structlog's `reason='Not Found' status=404`), nor after a
// status key's `=` when the quoted text has several words (OpenSMTPD's `stat="Temporary failure in
// MX lookup"`); failure-field.ts says why.
// The status code is looked for at most a parameterised message's length away (LIMITS), so the
// lookarounds' quantifiers are bounded as every other is.
const NOT_AFTER_REASON_KEY = `(?:(?<!(?<![\\w.-])${REASON_KEY}=)|(?<=${STATUS_CODE_FIELD}[^\\n]{0,${LIMITS.maxMessageChars}})|(?=[^\\n]{0,${LIMITS.maxMessageChars}}${STATUS_CODE_FIELD}))`;
const NOT_AFTER_STATUS_TEXT_KEY = `(?:(?<!(?<![\\w.-])${STATUS_TEXT_KEY}=)|(?="[^\\s"]*")|(?='[^\\s']*'))`;
const QUOTED_VALUE_KEY = `${NOT_AFTER_REPORTED_TEXT_KEY}${NOT_AFTER_REASON_KEY}${NOT_AFTER_STATUS_TEXT_KEY}`;

// A host name of a common TLD or cluster suffix (the `hostname` entry's), which a schemeless URL
// (the second `url` entry) starts with too. RFC 6761's special-use names are hosts too: `.test`,
// `.example`, `.invalid` (a name that must never resolve, which an operator's or a test's
// configuration names where a host is to fail: Monit's `Cannot resolve [no-such-host.invalid]:80`,
// hosts-of-reserved-names.test.ts) and `.localhost`.
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.){1,10}(?:com|net|org|io|dev|app|cloud|local|localdomain|internal|svc|cluster|lan|corp|example|test|invalid|localhost|co|us|uk|de|fr|nl|jp|cn|in|ru|br|au|ca|eu|ai|me|info|biz)';

/** A dotted IPv4 address (each part 0–255). */
const IPV4 = '(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}';

export const PATTERNS: readonly ParamPattern[] = [
  {
    name: 'hostmask',
    needs: '@',
    source: "(?<![\\w\\[\\]\\\\^`{|}!~@.-])[A-Za-z\\[\\]\\\\^_`{|}][\\w\\[\\]\\\\^`{|}-]{0,31}!~?[^\\s@!~]{1,32}@[\\w:/-]{1,64}(?:\\.[\\w:/-]{1,64}){0,20}",
    why: "an IRC client's prefix `nick!user@host` (RFC 2812 section 2.3.1: a nickname, `!` and the user name, `~` before it when identd did not confirm it, `@` and the host), the way IRC servers name a client in their logs (InspIRCd 3's `Client exiting: alice!~alice@127.0.0.1 (…)`, `Failed oper attempt by eve!~eve@…`): one value, the client. Before email, which would take the user and the host and leave the nickname and its `!` a word of the line, one per client. A nickname glued to what comes before it (`!`, `~`, `@`, `.`, a word character: a bang path's `a!b!c@d`) is not one, nor a `!` with no user after it or a space before the address (`Warning! admin@host`)",
  },
  { name: 'email', needs: '@', source: "(?<![\\w.+'-])[\\w.+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}", why: 'before url/hostname: the domain part would otherwise become <hostname>' },
  {
    name: 'email',
    needs: '@',
    source: "(?<=\\()(?:[\\w.+'-]{1,64}|\\?)@localhost(?=\\))",
    why: "an account at the loopback's name in parentheses, as Pure-FTPd 1.0.50 writes who a line is about before every message (ftpd.c logfile's `(%s@%s)`: `?` for a client not logged in yet, the client's host by name when its address resolves): `(?@localhost)` is the client `(?@127.0.0.1)` is, an address as the dotted one is. Only in its parentheses: in a quoted grant entry (`'sys mysql.sys@localhost'`) the names are the entry's, and a single word after `@` elsewhere names no host (`ZookeeperBanner@42`)",
  },
  { name: 'url', needs: ':', source: "\\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\\s\"'<>)]{1,2000}", why: 'whole URL incl. query: paths and query strings carry ids' },
  {
    name: 'url',
    needs: '.',
    logsOnly: true,
    source: `(?<![\\w.@/:-])(?:${HOST}(?::\\d{1,5})?|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.){1,10}invalid(?::\\d{1,5})?|(?:\\d{1,3}\\.){3}\\d{1,3}:\\d{1,5})/[^\\s"'<>)]{0,2000}`,
    why: "a URL without its scheme, a host (and port) and its path (RFC 3986 §3: authority, then path-abempty): Privoxy logs each request as `Request: example.org/path`. The path is the request's, a value as in a whole URL; masked piecewise the host alone was a value and every path a template of its own. Hosts as `hostname` reads them, and RFC 6761's `.invalid`, so a Java module's `java.base/java.lang…` or a reverse-DNS name's `com.apple.xpc.activity/4505` stays as it was; an address needs its port: `10.0.0.0/8` is a network",
  },
  { name: 'traceparent', needs: '-', source: '\\b00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]\\b', why: 'W3C trace context; before uuid/hex which would split it' },
  { name: 'uuid', needs: '-', source: '\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b', why: 'before hex, which would mask it in five pieces' },
  {
    name: 'mac',
    needs: ':-',
    source: '(?=[0-9a-fA-F]{2}[:-])\\b[0-9a-fA-F]{2}(?:[:-][0-9a-fA-F]{2}){5}\\b',
    why: 'MAC addresses (`00:11:43:e3:ba:c3`); before date, which would read the first three groups as a time',
  },
  {
    name: 'pci',
    needs: ':',
    source: '(?<![\\w:.])[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7](?![\\w.]|:[0-9a-fA-F])',
    why: "a PCI device's address as Linux names it, domain:bus:device.function in hex (`0000:c5:00.0`, pci_name()), which kernel drivers write before their messages (`amdgpu 0000:c5:00.0: …`); masked in pieces it was `<int>:c5:<float>` where the bus held a hex letter and `<int>:<int>:<float>` where not, two templates of one statement; before date and int",
  },
  {
    name: 'date',
    needs: '-:/',
    source: [
      // ISO 8601 / RFC 3339, with optional time, fraction and zone.
      `\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b${ZONE}`,
      // Day, month, year and time without a weekday (Redis, Erlang's calendar, many C daemons):
      // `06 Jan 2021 23:02:47.861`.
      `\\b\\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?\\b${ZONE}`,
      // Day, month and year joined by dashes, with an optional time: PHP's error_log
      // (`[05-Dec-2026 21:38:33 UTC]`), Tomcat's OneLineFormatter (`05-Dec-2026 01:34:14.741`),
      // Erlang's error_logger (`6-Dec-2026::10:00:01.123`), Oracle's and Java's `dd-MMM-yyyy`.
      // Masked in pieces it was `<int>-Dec-<int> <date>`, the month left a word: the same line
      // written in another month read differently.
      `\\b\\d{1,2}-${MONTH}-\\d{4}(?:(?: |:{1,2})\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?)?\\b${ZONE}`,
      // Month, day, comma and year, as US English writes it, with an optional 12-hour time: Java's
      // java.util.logging SimpleFormatter (`Dec 06, 2026 10:00:01 AM`, the head of every line
      // Tomcat and other JUL users wrote before their own formatters), .NET's and JavaScript's
      // en-US dates (`December 6, 2026, 10:00:01 AM`). A line starting with it started with the
      // month's word: each month's lines were a template of their own.
      `\\b${MONTH} \\d{1,2}, \\d{4}(?:,? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AP]M\\b)?)?\\b`,
      // RFC 1123 / 822: `Tue, 05 Mar 2024 10:00:00 GMT`.
      `\\b${DAY}, \\d{1,2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2}(?: (?:GMT|UTC|[+-]\\d{4}))?`,
      // Apache / nginx access log: `05/Mar/2024:10:00:00 +0000`.
      `\\b\\d{2}/${MONTH}/\\d{4}:\\d{2}:\\d{2}:\\d{2}(?: [+-]\\d{4})?`,
      // syslog and JS Date#toString: `Mar  5 10:00:00`, `Tue Mar 05 2024 10:00:00 GMT+0000`;
      // with a fraction, a zone and a year after the time: C's ctime `Wed Jun 30 21:49:08 1993`,
      // Apache's error log `Sun Aug 05 04:03:42.258364 2018`, Java's Date#toString and Go's
      // UnixDate `Sun Aug 05 04:03:42 UTC 2018`.
      `\\b(?:${DAY} )?${MONTH} {1,2}\\d{1,2}(?: \\d{4})? \\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?: GMT[+-]\\d{4})?${ZONE}(?: \\d{4}\\b)?`,
      // Go's log package and others: `2024/03/05`.
      '\\b\\d{4}/\\d{2}/\\d{2}\\b',
      // US / EU numeric dates.
      '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
      // Kitchen time `10:00:00.123`, before ip (v6) which would read it as hex groups.
      `\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?\\b${ZONE}`,
    ].join('|'),
    why: 'dates and times before ip and int: they are made of colon- and dash-separated numbers',
  },
  {
    name: 'ip',
    needs: '.:',
    source: [
      `\\b${IPV4}\\b`,
      // IPv6 (and MAC addresses): at least four colon groups with a digit, so `Foo::bar` and
      // `12:30` never match.
      '\\b(?=[0-9a-fA-F]{1,4}:)(?=[0-9a-fA-F:]{0,39}\\d)[0-9a-fA-F]{1,4}(?:::?[0-9a-fA-F]{1,4}){3,7}\\b',
      // IPv6 with its zeros compressed to `::` (RFC 4291 §2.2: `::1`, `fe80::1`, `2001:db8::5`,
      // `::ffff:10.0.0.1`), fewer groups than the form above needs: Node's `connect ECONNREFUSED
      // ::1:6379` (the port joined on, no brackets), Go's `dial tcp [::1]:5432`. Not after a word
      // or a colon, and with a digit, so a scope in code (`Foo::bar`, `std::__1::string`, `Foo::1`,
      // Rust's `f64::EPSILON`) is never one; the unspecified address `::` alone stays a word.
      `(?<![\\w:.])(?=[0-9a-fA-F:.]{0,45}\\d)(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6})?::(?:(?:[0-9a-fA-F]{1,4}:){0,5}${IPV4}|[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){0,6})?(?![\\w.])`,
    ].join('|'),
    why: 'addresses; the port after `:` is left to int',
  },
  {
    name: 'bytes',
    needs: '\\',
    source: '(?<!\\\\)(?:\\\\x[0-9A-Fa-f]{2}){1,4096}',
    why: "bytes a program could not print, written as `\\xHH` escapes: MySQL's `Incorrect string value: '\\xF0\\x9F\\x98\\x82 s...'` (error 1366, the first bytes the column refused, then a few characters), Python's bytes (`b'\\xf0\\x9f'`). Before path, which took a run of them for a Windows path (`\\xF0\\x9F`: separators and words) and so kept the emoji quoted with its text apart from the one quoted alone",
  },
  {
    name: 'path',
    needs: '/\\',
    source: "(?=[\\\\/]|[A-Za-z]:[\\\\/])(?<=^|[\\s\"'=(\\[,:<>])(?:[A-Za-z]:)?(?:[\\\\/][\\w.@%+~$#{}-]{1,255}){1,64}[\\\\/]?(?![\\w\\\\/])(?:\\?[\\w.%+~=&;:/-]{1,2000})?",
    why: 'file paths (`/var/log/x.log`, `C:\\Windows\\x.dll`) start a token; before ip/date/hex, which would mask them in pieces. `I/O` and `HTTP/1.1` do not start with a separator. A request path\'s query (RFC 3986 §3.4: `/carrier?url=http%3A%2F%2F…`, Tornado\'s access line) is the path\'s: its values vary with the request',
  },
  {
    name: 'hostname',
    needs: '.',
    source: `\\b${HOST}\\b(?!\\.[A-Za-z])${NOT_BEFORE_OBJECT_NAME}`,
    why: 'hosts of common TLDs and cluster suffixes; the trailing guard keeps `com.example.Foo` (a Java class) intact, and a name before a quoted object name (`clusters.hwameistor.io "x"`) is a Kubernetes resource (kubernetes-resource.ts)',
  },
  {
    name: 'size',
    source: `${N}\\d{1,15}(?:\\.\\d{1,9})? ?(?:[KMGTP]i?B|[kKMGT]?bytes|bytes?|B|kB|[kMG]?Hz|[KMG]bps)${R}`,
    why: 'sizes and rates (`1190 bytes`, `1.16 KB`, `2.4GHz`) vary with the data; before duration, float and int',
  },
  {
    name: 'status',
    logsOnly: true,
    source: `${N}[1-5]\\d{2}(?: (?:${HTTP_REASONS.join('|')})|\\.(?:${HTTP_REASONS.map((r) => r.replace(/[ -]/g, '')).join('|')}))${R}`,
    why: 'an HTTP status with its reason phrase in a log line (`500 Internal Server Error`, .NET `404.NotFound`): the code is a number like any other, and the phrase varies with it; before int. Exception messages keep the phrase (`HTTP <int> Too Many Requests` says more as a title, and one raise site is one signature whatever its words)',
  },
  {
    name: 'duration',
    source: `${N}\\d{1,12}(?:\\.\\d{1,9})? ?(?:ns|us|µs|ms|milliseconds?|secs?|seconds?|mins?|minutes?|hours?|days?)${R}|${N}(?:\\d{1,6}(?:\\.\\d{1,9})?(?:h|m|s|ms|us|µs|ns)){1,4}${R}`,
    why: 'timeouts and latencies (`3012 ms`, Go `1m30.5s`) vary run to run; before float/int',
  },
  { name: 'hex', source: `\\b0[xX][0-9a-fA-F]{1,64}\\b|(?=[0-9a-f]{7,32}\\.[0-9a-f]{7})${L}(?=[0-9a-f.]{0,164}[a-f])(?=[0-9a-f.]{0,164}\\d)[0-9a-f]{7,32}(?:\\.[0-9a-f]{7,32}){1,4}${R}|(?=[0-9a-f])${L}(?=[0-9a-f]{0,127}[a-f])(?=[0-9a-f]{0,127}\\d)[0-9a-f]{7,128}${R}|(?=[0-9A-F])${L}(?=[0-9A-F]{0,127}[A-F])(?=[0-9A-F]{0,127}\\d)[0-9A-F]{7,128}${R}`, why: 'pointers, hashes, git shas (7+ single-case hex chars with a letter and a digit); hex numbers of 7+ digits joined by dots are one (OpenLDAP 2.5 opens each line it writes to stderr with its time as `%08x.%08x`, seconds and nanoseconds: `6b13b226.1ce4d81a`), where piece by piece a half without a letter was left as text after a dot and one statement was two templates' },
  { name: 'version', needs: '.', source: `(?=v?\\d)${L}v?\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}(?:[-+.][0-9A-Za-z.-]{1,40})?${R}`, why: 'semver `1.2.3`: before float, which would leave `.3` behind' },
  { name: 'float', needs: '.,', source: `(?=-?\\d)${L}-?\\d{1,20}[.,]\\d{1,20}(?:[eE][+-]?\\d{1,3})?${R}`, why: "before int, which would mask it in two pieces; with its exponent (zap's console encoder writes the time as epoch seconds in Go's %g, `1.697699741833937e+09 ERROR …`, which masked piece by piece kept its fraction's digits as a word, so each second was a template of its own)" },
  { name: 'int', source: `(?=-?\\d)${L}-?\\d{1,40}${R}`, why: 'any integer, whatever its length (ids, counts, ports)' },
  {
    name: 'quoted',
    needs: '=',
    source: `(?<==)${QUOTED_VALUE_KEY}"[^"\\n]{0,256}"|(?<==)${QUOTED_VALUE_KEY}'[^'\\n]{0,256}'`,
    why: 'quoted values after `=` (logfmt, SQL): values, not text; but not an error or result key\'s (`error="dial tcp …: connection refused"`, `result="key revoked"`), a reason key\'s in a line without a status code (`reason="io-error: …"`) or a status key\'s of several words (`stat="Temporary failure in MX lookup"`), which is the failure or outcome the line reports and is parameterised word by word (failure-field.ts)',
  },
  { name: 'bool', needs: '=', source: '(?<==)(?:true|false|True|False|TRUE|FALSE)\\b', why: 'booleans after `=`' },
];

/** Placeholders this module emits; a token that is one of them is a parameter, not text. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(PATTERNS.map((p) => `<${p.name}>`).concat(['<str>', '<*>']));

// Positional groups, one per entry (entries have no groups of their own): ~40% cheaper than
// named groups, whose match object V8 builds on every replacement.
function compile(patterns: readonly ParamPattern[]): RegExp {
  return new RegExp(patterns.map((p) => `(${p.source})`).join('|'), 'g');
}

/** The regex of some entries, in table order, and the placeholder of each (group i + 1 is entry i). */
interface Scanner {
  regex: RegExp;
  placeholders: string[];
  replace: (match: string, ...groups: unknown[]) => string;
}

function scanner(patterns: readonly ParamPattern[]): Scanner {
  const placeholders = patterns.map((p) => `<${p.name}>`);
  return {
    regex: compile(patterns),
    placeholders,
    replace: (_match, ...groups) => {
      for (let i = 0; i < placeholders.length; i++) if (groups[i] !== undefined) return placeholders[i];
      return '<?>';
    },
  };
}

/**
 * `text.replace(regex, replace)` of a scanner, as a loop of `exec`: a replacement function is
 * called from the runtime with every group as an argument, which cost twice the loop on the
 * short runs of exception messages. Entries never match empty; an empty match would be kept
 * and stepped over as `replace` does.
 */
function replaceAll(text: string, s: Scanner): string {
  const { regex, placeholders } = s;
  regex.lastIndex = 0;
  let out = '';
  let copied = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    let i = 1;
    while (i < m.length && m[i] === undefined) i++;
    out += text.slice(copied, m.index) + (i < m.length ? placeholders[i - 1] : '<?>');
    copied = m.index + m[0].length;
    if (m[0].length === 0) regex.lastIndex++;
  }
  return copied === 0 && out === '' ? text : out + text.slice(copied);
}

/** Every entry but those for log lines only: what exception messages are scanned with. */
const ALL = scanner(PATTERNS.filter((p) => !p.logsOnly));
/** Every entry: what log lines are scanned with. */
const ALL_LOG = scanner(PATTERNS);

// A run of tokens is scanned only with the entries that could match in it: each entry that
// cannot match without one of a few characters says which (`needs`), a run's characters are
// noted while it is cut (one bit per character below), and the entries whose characters are
// all absent are left out of the regex for that run. At any position the first entry in
// table order that matches wins, and a left-out entry matches nowhere in the run, so the
// result is the same; the regex tries fewer alternatives at every position (the common run,
// `ord_1234`, needs four entries of seventeen).
const NEEDED = '@:./\\=,-';
const BIT = new Uint8Array(128);
for (let i = 0; i < NEEDED.length; i++) BIT[NEEDED.charCodeAt(i)] = 1 << i;
const ALL_BITS = (1 << NEEDED.length) - 1;
/** Set for a log line: the entries for log lines only take part. */
const LOG_BIT = 1 << NEEDED.length;

function bitsOf(chars: string): number {
  let bits = 0;
  for (const ch of chars) {
    const bit = BIT[ch.charCodeAt(0)];
    if (!bit || ch.length !== 1) throw new Error(`parameterize: '${ch}' is not one of the characters entries may need (${NEEDED})`);
    bits |= bit;
  }
  return bits;
}

const NEEDS = PATTERNS.map((p) => (p.needs === undefined ? 0 : bitsOf(p.needs)));
/** One scanner per set of characters present (and kind of text), made when first needed (at most 2^9). */
const BY_BITS: (Scanner | undefined)[] = [];

function scannerFor(bits: number): Scanner {
  if (bits === ALL_BITS) return ALL;
  if (bits === (ALL_BITS | LOG_BIT)) return ALL_LOG;
  let s = BY_BITS[bits];
  if (!s) BY_BITS[bits] = s = scanner(PATTERNS.filter((p, i) => (NEEDS[i] === 0 || (NEEDS[i] & bits) !== 0) && (!p.logsOnly || (bits & LOG_BIT) !== 0)));
  return s;
}

function maskRun(run: string, bits: number, reference: boolean): string {
  if (!reference) return replaceAll(run, scannerFor(bits));
  const all = bits & LOG_BIT ? ALL_LOG : ALL;
  return run.replace(all.regex, all.replace);
}

// Words that belong to a value although they hold no digit: month and day names (dates), a
// 12-hour time's AM and PM, time zones, the words of HTTP's reason phrases (after a status code) and duration units after a
// number (`3012 ms`).
const JOINERS = new Set(
  ('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec January February March April June July August September October ' +
    'November December Mon Tue Wed Thu Fri Sat Sun Mon, Tue, Wed, Thu, Fri, Sat, Sun, AM PM ' +
    'ns us µs ms millisecond milliseconds sec secs second seconds min mins minute minutes hour hours day days ' +
    'B byte bytes kB KB MB GB TB KiB MiB GiB TiB Hz kHz MHz GHz').split(' ').concat(ZONES, HTTP_REASONS.flatMap((r) => r.split(' '))),
);

// What may stand before the separator that starts a path inside a token (`"/x"`, `(/x`).
const PATH_OPENERS = '"\'([<';

// A joiner keeps its meaning with punctuation after it (`(1.16 KB)`, `5.2 KB, free`), and with
// the bracket that opens a timestamp before it (Apache's error log: `[Sun Aug 05 04:03:42.258364
// 2018]`; without it the weekday stayed a word, and one statement split by the day it ran).
const TRAILING_PUNCT = /[)\],;.:]{1,3}$/;
const TRAILING_PUNCT_CHARS = ')],;.:';
const OPENING_BRACKET = (c: number) => c === 40 || c === 91;
/** The longest token that can be a joiner: the longest joiner, an opening bracket and three punctuation marks. */
const JOINER_CHARS = Math.max(...[...JOINERS].map((j) => j.length)) + 4;

/** True when s[start, end) is a joiner, with an opening bracket before it and up to three punctuation marks after it. */
function isJoiner(s: string, start: number, end: number): boolean {
  const token = s.slice(OPENING_BRACKET(s.charCodeAt(start)) ? start + 1 : start, end);
  return JOINERS.has(TRAILING_PUNCT_CHARS.includes(token[token.length - 1]) ? token.replace(TRAILING_PUNCT, '') : token);
}

const SPACE = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Replaces variable parts of one string, after capping its length.
 *
 * Speed: the combined regex tries every alternative at every position, which costs ~25 µs on
 * a 150-character log line. Most tokens are plain words that no entry can match (every entry
 * needs a digit, `@`, `:`, `=`, `.`, a `/` or `\\` starting it, a quote after `=`, or a joiner word), so the line is cut
 * into whitespace tokens, plain words are copied, and the regex runs only over runs of
 * adjacent candidate tokens — the same result, 3–5× faster (bench/fingerprint.ts) — and holds
 * only the entries that can match in the run (`needs`).
 */
export function parameterize(text: string, logLine = false): string {
  return scan(text, false, logLine);
}

/**
 * `parameterize` with every entry tried on every run, replaced by `String.replace` (tests check
 * the filtered scan and its `exec` loop against it).
 */
export function parameterizeUnfiltered(text: string, logLine = false): string {
  return scan(text, true, logLine);
}

function scan(text: string, reference: boolean, logLine: boolean): string {
  const alwaysBits = (reference ? ALL_BITS : 0) | (logLine ? LOG_BIT : 0);
  const s = text.length > LIMITS.maxMessageChars ? text.slice(0, LIMITS.maxMessageChars) : text;
  const n = s.length;
  let out = '';
  let copied = 0; // s[0..copied) is already in `out`
  let runStart = -1;
  let runEnd = -1;
  let runBits = alwaysBits; // the NEEDED characters in the run
  let pos = 0;
  let openQuote = 0; // a quote opened after `=` that a later token closes
  while (pos < n) {
    while (pos < n && SPACE(s.charCodeAt(pos))) pos++;
    if (pos >= n) break;
    const start = pos;
    let candidate = openQuote !== 0;
    let tokenBits = 0;
    while (pos < n) {
      const c = s.charCodeAt(pos);
      if (SPACE(c)) break;
      if (c < 128) tokenBits |= BIT[c];
      if ((c >= 48 && c <= 57) || c === 64 || c === 58 || c === 61 || c === 46) candidate = true;
      // A path starts a token (after an opening quote or bracket at most): `/var/x`, `C:\x`.
      else if ((c === 47 || c === 92) && (pos === start || PATH_OPENERS.includes(s[pos - 1]))) candidate = true;
      if (openQuote !== 0) {
        if (c === openQuote) openQuote = 0;
      } else if ((c === 34 || c === 39) && pos > 0 && s.charCodeAt(pos - 1) === 61) {
        openQuote = c;
      }
      pos++;
    }
    if (!candidate && pos - start <= JOINER_CHARS && isJoiner(s, start, pos)) candidate = true;
    if (candidate) {
      if (runStart < 0) runStart = start;
      runEnd = pos;
      runBits |= tokenBits;
    } else if (runStart >= 0) {
      out += s.slice(copied, runStart) + maskRun(s.slice(runStart, runEnd), runBits, reference);
      copied = runEnd;
      runStart = -1;
      runBits = alwaysBits;
    }
  }
  if (runStart >= 0) {
    out += s.slice(copied, runStart) + maskRun(s.slice(runStart, runEnd), runBits, reference);
    copied = runEnd;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** The single-regex form, kept to check the tokenised fast path against (tests). */
export function parameterizeReference(text: string, logLine = false): string {
  const capped = text.length > LIMITS.maxMessageChars ? text.slice(0, LIMITS.maxMessageChars) : text;
  const all = logLine ? ALL_LOG : ALL;
  return capped.replace(all.regex, all.replace);
}

// Quoted spans of any style: in exception messages these are almost always values
// (`KeyError: 'alice'`, `invalid literal for int(): 'x1'`, Ruby's `undefined method `foo'`).
const QUOTED = /"[^"\n]{0,256}"|'[^'\n]{0,256}'|`[^`'\n]{0,256}['`]|«[^»\n]{0,256}»/g;

/** The message as it contributes to an exception fingerprint: first two lines, parameterised, quotes masked. */
export function messageShape(message: string): string {
  let text = message;
  const nl = text.indexOf('\n');
  if (nl >= 0) {
    const second = text.indexOf('\n', nl + 1);
    text = second >= 0 ? text.slice(0, second) : text;
  }
  return parameterize(text).replace(QUOTED, '<str>').trim();
}
