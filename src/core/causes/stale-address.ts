// An address one instance still dials for a name that moved. A client resolves a peer's name when it
// connects and may keep the answer: the JVM caches a successful lookup for networkaddress.cache.ttl
// (forever at -1 or under a security manager; jvm-dns-cache.ts), a pool's connections and a
// client-side balancer keep the addresses they were opened with. When the peer moves (a database
// restored or migrated to another host, its name repointed; brettwooldridge/HikariCP#314,
// spring-projects/spring-boot#19376: 'spring applications continue to connect to the OLD db on the
// old IP'), an instance that resolved the name before the move keeps dialling the old address, and
// once nothing listens there every connection it opens is refused — the old host answers with a
// reset —, while the instances that resolved the name since reach the peer. A refusal confined to
// one instance and naming the address it dialled is that instance's stale answer, not the peer down
// (docs/diagnosis.md, location).
//
// Every runtime holds such an answer somewhere, and words the refused dial its own way: the JVM's
// InetSocketAddress prints the name and the address together; libpq (under psycopg, ruby-pg, psql)
// prints `connection to server at "<name>" (<address>), port <n> failed: Connection refused` (a Ruby
// app reconnecting to the old address after its name moved: ged/ruby-pg#558); Go's net.OpError,
// Node's errno error, Python's asyncio and .NET's SocketException print the address alone (a Go
// client keeping a moved Aerospike node's old address: aerospike/aerospike-client-go#147), and the
// name is then the one the failing call's span names (server.address, Evidence's callee) or the
// driver's words around the dial (pgx's `host=<name>`, `<address> (<name>): dial error`).

/**
 * The name and the address a JVM resolved it to, as java.net.InetSocketAddress#toString prints a
 * resolved socket address (`hostname/literal-IP:port`), which Netty's AnnotatedConnectException
 * appends to its refusal (`Connection refused: tariffs-db.internal/10.20.4.11:5432`) and
 * kurrent-io/EventStore.JVM#95 logs as `Connection failed to eventstore/127.0.0.1:1113`. An
 * unresolved address (`host/<unresolved>:port`) names none; a name that is itself an address is not
 * one a lookup gave.
 */
const JVM_RESOLVED = /(?<![\w.-])([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)\/((?:\d{1,3}\.){3}\d{1,3}|\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?):([1-9]\d{0,4})\b/gi;

/** A loopback address: a local agent or sidecar, which the name's moving does not explain. */
const LOOPBACK = /^(?:127\.|\[?(?:0{1,4}:){7}0{0,3}1\]?$|\[?::1\]?$)/;

export interface ResolvedAddress {
  name: string;
  address: string;
  port: string;
}

/** The first name a JVM's words show resolved to an address (JVM_RESOLVED), not a loopback one. */
export function jvmResolvedAddress(text: string): ResolvedAddress | undefined {
  for (const m of text.matchAll(JVM_RESOLVED)) {
    const [, name, address, port] = m;
    if (/^[\d.]+$/.test(name) || LOOPBACK.test(address)) continue;
    return { name, address, port };
  }
  return undefined;
}

/**
 * The address a refused dial went to, as runtimes other than the JVM word it, each form holding the
 * refusal in the same words, so the address is the refused one (not one a log line merely mentions):
 *  - libpq 14+: `connection to server at "<name>" (<address>), port <n> failed: Connection refused`
 *    (the name and the address; an address in the quotes is no name), and its older `could not
 *    connect to server: Connection refused … on host "<name>" (<address>) … on port <n>?`;
 *  - Go's net.OpError: `dial tcp <address>:<port>: connect: connection refused`;
 *  - Node's errno error: `connect ECONNREFUSED <address>:<port>`;
 *  - Python's asyncio: `[Errno 111] Connect call failed ('<address>', <port>)`;
 *  - .NET's SocketException: `… actively refused it. (<address>:<port>)` (Windows' words, also
 *    without the brackets), and Npgsql's `Failed to connect to <address>:<port>` over a refused socket.
 */
const IPV4 = String.raw`(?:\d{1,3}\.){3}\d{1,3}`;
const PORT = String.raw`([1-9]\d{0,4})\b`;
const LIBPQ_REFUSED = new RegExp(String.raw`\bconnection to server at "([^"\n]{1,253})" \((${IPV4}|[0-9a-f:]{2,39})\), port ${PORT} failed: Connection refused`, 'i');
/** libpq 13 and older: `could not connect to server: Connection refused` then `Is the server running on host "<name>" (<address>) and accepting TCP/IP connections on port <n>?`. */
const LIBPQ_OLD_REFUSED = new RegExp(String.raw`\bcould not connect to server: Connection refused\s+Is the server running on host "([^"\n]{1,253})" \((${IPV4}|[0-9a-f:]{2,39})\) and accepting\s+TCP/IP connections on port ${PORT}`, 'i');
const ADDRESS_ONLY_REFUSED: RegExp[] = [
  new RegExp(String.raw`\bdial tcp[46]? (${IPV4}|\[[0-9a-f:.]+(?:%[\w.-]+)?\]):${PORT}: connect: connection refused`, 'i'),
  new RegExp(String.raw`\bconnect ECONNREFUSED (${IPV4}|(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}):${PORT}(?![\w:])`, 'i'),
  new RegExp(String.raw`\[Errno 111\] Connect call failed \('(${IPV4}|[0-9a-f:]{2,39})', ${PORT}`, 'i'),
  new RegExp(String.raw`\bactively refused it\.? \(?(${IPV4}|\[[0-9a-f:]+\]):${PORT}`, 'i'),
  new RegExp(String.raw`\bFailed to connect to (${IPV4}|\[[0-9a-f:]+\]):${PORT}(?=[^]{0,400}?(?:Connection refused|actively refused))`),
];
/**
 * A driver's words naming the host it dialled beside the address: pgx's ``failed to connect to
 * `host=<name> …` `` and `<address>:<port> (<name>): dial error`. Only there: a logfmt line's own
 * `host=` is the host that wrote it.
 */
const DRIVER_NAME = [/\bfailed to connect to `host=([a-z0-9][a-z0-9.-]{0,252})/i, /\b(?:\d{1,3}\.){3}\d{1,3}:\d{1,5} \(([a-z0-9][a-z0-9.-]{0,252})\): dial error\b/i];

/** A host name that is itself an address (what no lookup gave). */
const LITERAL = /^(?:[\d.]+|\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?)$/i;

export interface DialledRefusal {
  /** The name the address stands for, when the words or the failing call's peer give one. */
  name?: string;
  address: string;
  port: string;
  /** The JVM's words: its resolver cache may be what holds the answer (jvm-dns-cache.ts). */
  jvm: boolean;
}

/**
 * The name and the address a refused dial went to, in any runtime's words: JVM_RESOLVED first, then
 * libpq's, then the address-only forms, named by the driver's words or by `peer` (the failing call's
 * own server.address). Undefined for a loopback address, or when no form is found.
 */
export function refusedDialledAddress(text: string, peer?: string): DialledRefusal | undefined {
  const jvm = jvmResolvedAddress(text);
  if (jvm) return { ...jvm, jvm: true };
  const pq = LIBPQ_REFUSED.exec(text) ?? LIBPQ_OLD_REFUSED.exec(text);
  if (pq) {
    const [, name, address, port] = pq;
    if (LOOPBACK.test(address)) return undefined;
    return { name: LITERAL.test(name) ? nameOf(peer, address) : name, address, port, jvm: false };
  }
  for (const re of ADDRESS_ONLY_REFUSED) {
    const m = re.exec(text);
    if (!m) continue;
    const [, raw, port] = m;
    const bare = raw.replace(/^\[|\]$/g, '');
    if (LOOPBACK.test(bare)) return undefined;
    const named = DRIVER_NAME.map((d) => d.exec(text)?.[1]).find((n): n is string => n !== undefined && !LITERAL.test(n));
    return { name: named ?? nameOf(peer, bare), address: bare.includes(':') ? `[${bare}]` : bare, port, jvm: false };
  }
  return undefined;
}

/** The peer's name, when it is a name (not an address) and does not spell the address dialled. */
function nameOf(peer: string | undefined, address: string): string | undefined {
  const host = peer?.replace(/:\d+$/, '');
  if (!host || LITERAL.test(host)) return undefined;
  return host.toLowerCase().includes(address.toLowerCase()) ? undefined : host;
}

/**
 * Where a runtime other than the JVM keeps an old answer: Go's, Node's, Python's and .NET's resolvers
 * cache nothing themselves, so what holds the address is the client — a pool's connections, a driver
 * reconnecting to the address it first dialled (ged/ruby-pg#558), a client's own list of a cluster's
 * nodes (aerospike/aerospike-client-go#147) — or the host — a caching resolver (nscd,
 * systemd-resolved, dnsmasq) or an /etc/hosts entry.
 */
export function staleAddressHolderFix(where: string, name: string): string {
  return `What holds the old address is the client or the host, not ${name}'s record: a pool's open connections, a driver that reconnects to the address it first dialled, a client's own list of the cluster's nodes, or on that host a caching resolver (nscd, systemd-resolved, dnsmasq) or an /etc/hosts entry — check them on ${where}, and give the pool a maximum connection lifetime so new connections resolve ${name} again.`;
}

/** Whether an address a failing call dialled is a loopback one (its name's moving explains nothing there). */
export function loopbackAddress(address: string): boolean {
  return LOOPBACK.test(address);
}

/** The clause the location rule adds for a refusal at an address only one instance dials. */
export function staleAddressCause(service: string, where: string, name: string, address: string): string {
  return ` Only ${where} is refused, at ${address}, the address it dials for ${name}, while ${service}'s other instances reach ${name}: that instance holds a stale address for a name that now leads elsewhere (the peer moved, was replaced or failed over, and the name was repointed), so ${name} is not down — the old address no longer listens.`;
}

/** The step for an instance that dials a stale address, beside the place's own fix. */
export function staleAddressFix(where: string, name: string): string {
  return ` Restart ${where} (or recycle its pool's connections) so it resolves ${name} again, and check what it resolves ${name} to against a working instance; then keep clients from holding an answer past the name's TTL (the pool's maximum connection lifetime, the resolver cache of its runtime or host).`;
}
