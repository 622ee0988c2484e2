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
  return ` Restart ${where} (or recycle its pool's connections) so it resolves ${name} again, and check what it resolves ${name} to against a working instance; then keep clients from holding an answer past the name's TTL (the pool's maximum connection lifetime, the resolver cache of its runtime).`;
}
