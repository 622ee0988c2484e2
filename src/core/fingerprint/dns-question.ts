// The record type of a DNS question in a log line, read as a value.
//
// DNS servers log a question as its name, type and class: Unbound's log_nametypeclass writes
// `<name> <type> <class>` (`www.example.com. A IN`, in its query, `resolving` and local-zone
// lines), BIND's query log `<name> <class> <type>` (`query: example.test IN AXFR -E(0)TK`),
// CoreDNS's log plugin `"<type> <class> <name> <proto> …"` in quotes (plugin/log's
// CommonLogFormat, `"{type} {class} {name} {proto} {size} {>do} {>bufsize}"`).
// The type is what the client asked for, a value of the one statement that logged it, as the
// name is; left a word, every statement split by record type (A, AAAA, MX, TXT…). A type is
// read as one only where it stands in a question: a registered type mnemonic (the IANA "Resource
// Record (RR) TYPEs" registry, RFC 6895) or RFC 3597's `TYPE<n>`, next to a class mnemonic (IN,
// CH, HS) on one side and a name the parameteriser masked (or the root, `.`) on the other. An
// upper-case word beside `IN` in prose (`LOGGED IN`, `SIGNED IN`) is no registered type, and a
// type with no class beside it (`MX lookup failed`) is left as written.
// The class beside the type is the client's too: BIND 9.18's query.c log_query writes the class
// it was asked for as it writes the type (`query: www.example.test IN A +E(0)K` and `query:
// version.bind CH TXT +E(0)K`, one statement: programs/bind9, server-logs.test.ts, where the
// Chaosnet question was a signature of its own), so in a question the class is read as a value
// (`<rrclass>`) with its type; `IN` anywhere else stays a word.
// Knot Resolver writes a question without its class: `<name> <type>` closing the line
// (modules/bogus_log's `validation failure: %s %s`, modules/policy's `%s applied for %s %s`), the
// name in presentation format with its final dot (RFC 1035 section 5.1), and `'<name>' type '<type>'`
// or `qtype: '<type>'` in its resolver's debug lines (lib/layer/iterate.c, lib/resolve.c). There
// the type is one too: after a masked name ending in its dot (or the root) as the line's last
// token, and in quotes after the word `type` or `qtype:`. A type that goes on with a sentence
// (`<name>. A record is missing`), one after a name with no final dot, and a quoted word that is
// no registered type (`type 'string'`) stay as written.
import { isParameter } from './template-tokens.js';

export const RECORD_TYPE = '<rrtype>';
export const RECORD_CLASS = '<rrclass>';

const TYPES = new Set([
  'A', 'NS', 'CNAME', 'SOA', 'MB', 'MG', 'MR', 'NULL', 'WKS', 'PTR', 'MINFO', 'HINFO', 'MX', 'TXT', 'RP', 'AFSDB', 'SIG', 'KEY', 'AAAA', 'LOC', 'SRV', 'NAPTR', 'KX',
  'CERT', 'A6', 'DNAME', 'OPT', 'APL', 'DS', 'SSHFP', 'IPSECKEY', 'RRSIG', 'NSEC', 'DNSKEY', 'DHCID', 'NSEC3', 'NSEC3PARAM',
  'TLSA', 'SMIMEA', 'HIP', 'CDS', 'CDNSKEY', 'OPENPGPKEY', 'CSYNC', 'ZONEMD', 'SVCB', 'HTTPS', 'SPF', 'NID', 'L32', 'L64',
  'LP', 'EUI48', 'EUI64', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'ANY', 'URI', 'CAA', 'DLV',
]);
const UNKNOWN_TYPE = /^TYPE\d{1,5}$/;
const CLASSES = new Set(['IN', 'CH', 'HS']);

// The transport a question came by, after its name in CoreDNS's quoted question.
const TRANSPORTS = new Set(['udp', 'tcp']);
export const TRANSPORT = '<transport>';

const isType = (t: string | undefined) => t !== undefined && (TYPES.has(t) || UNKNOWN_TYPE.test(t));
const isClass = (t: string | undefined) => t !== undefined && CLASSES.has(t);
const isName = (t: string | undefined) => t !== undefined && (t === '.' || isParameter(t));

// An absolute name as Knot Resolver prints it: masked, with the final dot outside the mask, or the root.
const isAbsoluteName = (t: string | undefined) => t !== undefined && (t === '.' || (t.length > 1 && t.endsWith('.') && isParameter(t.slice(0, -1))));
// The word naming a record type before it: `type 'A'` (iterate.c), `qtype: 'A'` (resolve.c).
const TYPE_LABEL = /^q?type:?$/;
const QUOTED_TYPE = /^'([A-Z0-9]{1,10})'(,?)$/;

/** Where Knot Resolver writes a question without its class (see above): the type's new token, or undefined. */
function classlessType(tokens: readonly string[], i: number): string | undefined {
  const t = tokens[i];
  if (i === tokens.length - 1 && isType(t) && isAbsoluteName(tokens[i - 1])) return RECORD_TYPE;
  const quoted = QUOTED_TYPE.exec(t);
  if (quoted && isType(quoted[1]) && i > 0 && TYPE_LABEL.test(tokens[i - 1])) return `'${RECORD_TYPE}'${quoted[2]}`;
  return undefined;
}

/** `tokens` with each record type of a DNS question as `<rrtype>` (see above); `tokens` itself when it has none. */
export function withRecordTypesAsValues(tokens: string[]): string[] {
  let out = tokens;
  for (let i = 0; i < tokens.length; i++) {
    const classless = classlessType(tokens, i);
    if (classless !== undefined) {
      if (out === tokens) out = [...tokens];
      out[i] = classless;
      continue;
    }
    // The opening quote of a quoted question stays with the type's place (CoreDNS: `"A IN …`).
    const quoted = tokens[i].charCodeAt(0) === 34;
    const t = quoted ? tokens[i].slice(1) : tokens[i];
    if (!isType(t)) continue;
    // Unbound: `<name> A IN`; BIND: `<name> IN A`; CoreDNS: `"A IN <name>`, the type first.
    const classAt = quoted ? (isClass(tokens[i + 1]) && isName(tokens[i + 2]) ? i + 1 : -1) : isName(tokens[i - 1]) && isClass(tokens[i + 1]) ? i + 1 : isClass(tokens[i - 1]) && isName(tokens[i - 2]) ? i - 1 : -1;
    if (classAt < 0) continue;
    if (out === tokens) out = [...tokens];
    out[i] = quoted ? `"${RECORD_TYPE}` : RECORD_TYPE;
    // The class is the client's as the type is (see above).
    out[classAt] = RECORD_CLASS;
    // CoreDNS's question goes on with the transport it came by, a value as the type is.
    if (quoted && TRANSPORTS.has(tokens[i + 3])) out[i + 3] = TRANSPORT;
  }
  return out;
}
