// A JVM logger's call site in its header (`[thread:Class@line]`, log4j's `%C{1}@%L` as Apache
// ZooKeeper's stock layout writes it) names the statement's class: two classes' lines whose
// other words are all values are two statements (template-tokens.ts jvmCallSite). The lines are
// ZooKeeper 3.8.0's own, recorded by test/fixtures/fingerprint/programs/zookeeper/generate.sh.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { jvmCallSite } from '../../../src/core/fingerprint/template-tokens.js';

const signature = (fp: ReturnType<typeof createFingerprinter>, body: string) => fp.fingerprint({ source: 'log', service: 'zk', body }).fingerprint;

describe('a JVM call site in a log header', () => {
  it('reads the class of a bracketed thread:Class@line, the line masked, whatever the thread', () => {
    expect(jvmCallSite('[main:AuthenticationHelper@<int>]')).toBe('AuthenticationHelper@<int>');
    expect(jvmCallSite('cport:<int>)::PrepRequestProcessor@<int>]')).toBe('PrepRequestProcessor@<int>');
    expect(jvmCallSite('[ZooKeeperServer@<int>]')).toBe('ZooKeeperServer@<int>');
  });

  it('leaves what is not a call site: an identity hash, a bare Class@n, a lower-case name, an address', () => {
    expect(jvmCallSite('DefaultMetricsProvider@<hex>')).toBeUndefined();
    expect(jvmCallSite('[Foo@<hex>]')).toBeUndefined();
    expect(jvmCallSite('ZooKeeperServer@<int>')).toBeUndefined();
    expect(jvmCallSite('[admin@<int>]')).toBeUndefined();
    expect(jvmCallSite('[main]')).toBeUndefined();
  });

  it('keeps apart two classes logging `{} = {}` (ZooKeeper 3.8.0 at start-up)', () => {
    const fp = createFingerprinter();
    const a = signature(fp, '2026-12-05 07:56:37,052 - INFO  [main:AuthenticationHelper@66] - zookeeper.enforce.auth.enabled = false');
    const b = signature(fp, '2026-12-05 07:56:36,996 - INFO  [main:DigestAuthenticationProvider@61] - zookeeper.DigestAuthenticationProvider.enabled = true');
    const c = signature(fp, '2026-12-05 07:56:37,126 - INFO  [main:ZKDatabase@132] - zookeeper.snapshotSizeFactor = 0.33');
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('keeps one statement one signature across threads and lines (a worker pool, another release)', () => {
    const fp = createFingerprinter();
    const a = signature(fp, '2026-12-05 07:57:14,312 - WARN  [NIOWorkerThread-4:ZooKeeperServer@1037] - Incorrect password from /127.0.0.1:51906 for session 0x1234567890');
    const b = signature(fp, '2026-12-05 07:57:15,017 - WARN  [NIOWorkerThread-2:ZooKeeperServer@1037] - Incorrect password from /127.0.0.1:51932 for session 0x100050d7bdf0003');
    const c = signature(fp, '2026-12-05 08:01:15,017 - WARN  [NIOWorkerThread-1:ZooKeeperServer@1041] - Incorrect password from /10.0.0.7:40012 for session 0x100050d7bdf0009');
    expect(b).toBe(a);
    expect(c).toBe(a);
  });
});
