// A JVM keeps the address a name resolved to. The JDK caches successful lookups for the security
// property networkaddress.cache.ttl (java.security): forever when a security manager is installed or
// the property is -1, else an implementation's default (30 seconds in OpenJDK); and a pool's open
// connections keep their address for their lifetime. A database that fails over by moving its DNS
// name (RDS and Aurora endpoints) is then not followed: HikariCP#314 and #1075 ('You are likely
// running into JVM DNS caching behavior'), tigase/tigase-server#196 (an Aurora failover the JVM did
// not recover from, its writes refused `--read-only` by the demoted writer). AWS' guidance for its
// endpoints is a TTL of 60 seconds at most.
import type { Evidence } from '../model.js';

/** A JVM stack frame: Java's, Kotlin's, Scala's, Groovy's or Clojure's file and line, or a native or unknown source. */
const JVM_FRAME = /^\s*at [\w$.<>/-]+\((?:[\w$-]+\.(?:java|kt|scala|groovy|clj):\d+|Native Method|Unknown Source)\)/m;
/** An exception class of the JDK's own packages. */
const JDK_TYPE = /^(?:java|javax|jakarta|jdk)\.[\w$.]+$/;

/** Whether the failing code runs on a JVM, as its stack trace or its exceptions' classes tell. */
export function runsOnJvm(ev: Pick<Evidence, 'type' | 'stacktraceSample' | 'exceptionChain'>): boolean {
  if (ev.stacktraceSample && JVM_FRAME.test(ev.stacktraceSample)) return true;
  return [ev.type, ...ev.exceptionChain.map((e) => e.type)].some((t) => JDK_TYPE.test(t));
}

/** The step a JVM service that did not follow a failover needs beyond a pool's reconnection. */
export function jvmDnsCacheFix(service: string): string {
  return `${service} runs on a JVM, which keeps the address a name resolved to for networkaddress.cache.ttl seconds (java.security; forever under a security manager or at -1), and its pool's connections keep theirs for their lifetime: set networkaddress.cache.ttl to a few seconds (60 at most, AWS' guidance for its database endpoints) and give the pool a maxLifetime, so new connections resolve the endpoint again and reach the new primary.`;
}
