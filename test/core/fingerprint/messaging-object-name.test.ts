// A broker's topic, queue, exchange or vhost quoted after the word for its kind is a value
// (messaging-object-name.ts). Real lines: Kafka 4.1.1's controller refusing to create two topics
// that exist (programs/kafka, server-logs-11.test.ts), where `(Topic '%s' already exists.)` was one
// signature per topic.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('a quoted topic, queue, exchange or vhost name', () => {
  it("Kafka's refusals to create existing topics are one signature", () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'kafka', body }).fingerprint;
    const orders = t("[2026-12-05 16:27:19,391] INFO [QuorumController id=1] CreateTopics result(s): CreatableTopic(name='orders', numPartitions=1, replicationFactor=1, assignments=[], configs=[]): TOPIC_ALREADY_EXISTS (Topic 'orders' already exists.) (org.apache.kafka.controller.ReplicationControlManager)");
    expect(t("[2026-12-05 16:27:19,470] INFO [QuorumController id=1] CreateTopics result(s): CreatableTopic(name='payments', numPartitions=4, replicationFactor=1, assignments=[], configs=[]): TOPIC_ALREADY_EXISTS (Topic 'payments' already exists.) (org.apache.kafka.controller.ReplicationControlManager)")).toBe(orders);
    expect(tokens("operation queue.declare caused a channel exception not_found: no queue 'jobs' in vhost '/'")).toContain('<name>');
  });

  it('near misses: unquoted, an identifier with an underscore, another word before the quote', () => {
    expect(tokens('topic partition leader changed')).toContain('partition');
    expect(tokens("Topic 'orders_v2' already exists.")).toContain("'orders_v2'");
    expect(tokens("Skipping contents of 'if' as it is always 'false'")).toContain("'if'");
  });
});
