// A name lookup that failed for a name no name server could ever hold. A host name is labels of
// letters, digits and hyphens joined by dots (RFC 1123 §2.1, RFC 1035 §2.3.1; underscores are met in
// service names and pass); a label cannot be empty, so two dots in a row or a leading dot make no
// name (one trailing dot is the root's, an absolute name, and is fine). When the name looked up holds
// an empty label or the syntax of a URL or a connection string (`=`, `;`, `/`, `?`, `&`, `@`, `,`),
// the code or its configuration built it from a value it did not have: the AWS SDK for Go v2 given no
// region asks for `dynamodb..amazonaws.com` (aws/aws-sdk-go-v2#827, #2502), Laravel's PostgreSQL DSN
// built with an empty host makes libpq look up `dbname=` (firefly-iii/firefly-iii#3169). No DNS
// server was wrong and no peer is down; the name is, as LOOKUP_OF_MISSING_VALUE and
// UNPARSEABLE_TARGET (signals.ts) say of a missing value and of a target that never parsed.
//
// The name looked up, in each runtime's words: Go's `lookup <name>: no such host` (and `lookup <name>
// on <server>:53: …`), libpq's `could not translate host name "<name>" to address`, Node's
// `getaddrinfo ENOTFOUND <name>`, Java's `UnknownHostException: <name>`, curl's `Could not resolve
// host: <name>`. A name masked by a redaction (`<censored>`, `<hostname>`) is not malformed: it stands
// for a real one.

const LOOKED_UP = /\blookup ([^\s:]+)(?=:|\son\s)|\bcould not translate host name "([^"]*)"|\bgetaddrinfo ENOTFOUND ([^\s:]+)|\bUnknownHostException: ([^\s:]+)|\bCould not resolve host: ([^\s;]+)/gi;

/** A name with an empty label, or a URL's or a connection string's syntax in it: no host name. */
function notAHostName(name: string): boolean {
  return name === '' || name.startsWith('.') || name.includes('..') || /[=;/?&@,]/.test(name);
}

/** The malformed name a failed lookup was for, if the words name one. */
export function malformedLookupName(text: string): string | undefined {
  for (const m of text.matchAll(LOOKED_UP)) {
    const name = m.slice(1).find((g) => g !== undefined) ?? '';
    if (notAHostName(name)) return name;
  }
  return undefined;
}
