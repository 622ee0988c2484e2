// A random id written in a mixed-case alphabet is a value (src/core/fingerprint/random-id.ts):
// Kafka 4.1.1's broker names each topic by its Uuid (URL-safe base64, `Xs_euDS0Stq8S38mcm24Xw`),
// and one statement was one template per topic. The lines are real: Kafka's broker under the
// clients of test/fixtures/fingerprint/programs/kafka (server-logs-11.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isRandomId } from '../../../src/core/fingerprint/random-id.js';
import { resolveAliases } from '../../helpers/loghub.js';

/** Each body's signature, the aliases a later merge reports followed (topic names join at the third). */
function signatures(bodies: string[]): string[] {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service: 'kafka', body })));
}

describe('random mixed-case ids', () => {
  it("keeps one Kafka statement's topics in one signature", () => {
    const topics = signatures([
      '[2026-12-05 16:27:19,104] INFO [QuorumController id=1] Replayed TopicRecord for topic orders with topic ID Xs_euDS0Stq8S38mcm24Xw. (org.apache.kafka.controller.ReplicationControlManager)',
      '[2026-12-05 16:27:19,155] INFO [QuorumController id=1] Replayed TopicRecord for topic payments with topic ID fq-70BhyQImT_UyF_fEE0w. (org.apache.kafka.controller.ReplicationControlManager)',
      '[2026-12-05 16:27:19,155] INFO [QuorumController id=1] Replayed TopicRecord for topic audit with topic ID yBykeiviQTia7qbOBl4x6Q. (org.apache.kafka.controller.ReplicationControlManager)',
    ]);
    expect(new Set(topics).size).toBe(1);
    const partitions = signatures([
      '[2026-12-05 16:27:19,252] INFO [Broker id=1] Creating new partition orders-0 with topic id Xs_euDS0Stq8S38mcm24Xw. (state.change.logger)',
      '[2026-12-05 16:27:19,804] INFO [Broker id=1] Creating new partition audit-0 with topic id yBykeiviQTia7qbOBl4x6Q. (state.change.logger)',
      '[2026-12-05 16:27:19,914] INFO [Broker id=1] Creating new partition payments-0 with topic id fq-70BhyQImT_UyF_fEE0w. (state.change.logger)',
    ]);
    expect(new Set(partitions).size).toBe(1);
  });

  it('tells ids from names written in camel case, with digits, runs of capitals or underscores', () => {
    for (const t of ['Xs_euDS0Stq8S38mcm24Xw.', 'fq-70BhyQImT_UyF_fEE0w', 'yBykeiviQTia7qbOBl4x6Q', 'wZJnesw1QlGcb3BmDelo7A']) expect(isRandomId(t), t).toBe(true);
    for (const t of [
      'ReplicationControlManager', 'Http2ConnectionHandler', 'XMLHttpRequestUpload', 'Log4jLoggerFactory', 'SLF4JServiceProvider',
      'OAuth2AuthorizationCodeGrantFilter', 'X509TrustManagerImpl', 'ECDHE_RSA_AES128_GCM_SHA256', 'ARM64_Neon_Kernel2', 'UTF8ToUTF16Converter',
      'x86_64-linux-gnu-gcc-12', 'dGhlIHNhbXBsZSBub25jZQ==', 'abcdefghijklmnopqrstuv', 'Xs_euDS0', 'Http2ConnectionHandler', 'ReplicationControlMgr1',
      // Names of 22 characters in Loghub's Hadoop and Mac logs.
      'maxTaskFailuresPerNode', 'WillPowerOffWithImages', 'ExitOnOutOfMemoryError', 'dropQueueIndexRowInTxn',
      // Exim's message ids (base 62, 16 characters) are joined as words by the miner, never one way and then the other.
      '1xZhWt-0003aO-12',
    ]) expect(isRandomId(t), t).toBe(false);
  });

  it('leaves two statements that differ by a word apart', () => {
    const [replayed, creating] = signatures([
      '[2026-12-05 16:27:19,104] INFO [QuorumController id=1] Replayed TopicRecord for topic orders with topic ID Xs_euDS0Stq8S38mcm24Xw. (org.apache.kafka.controller.ReplicationControlManager)',
      '[2026-12-05 16:27:19,252] INFO [Broker id=1] Creating new partition orders-0 with topic id Xs_euDS0Stq8S38mcm24Xw. (state.change.logger)',
    ]);
    expect(replayed).not.toBe(creating);
  });
});
