// A broker's topic, queue or exchange, quoted after the word for its kind, is a name its clients
// gave it: a value.
//
// Message brokers name the objects their clients create and quote the name after the object's
// kind: Kafka 4.1's TopicExistsException `Topic '%s' already exists.`, which the controller's
// `CreateTopics result(s): …: TOPIC_ALREADY_EXISTS (Topic 'orders' already exists.)` carries for
// every topic created twice (programs/kafka, server-logs-11.test.ts: `'orders'`, `'payments'`);
// RabbitMQ's `no queue '%s' in vhost '%s'` and `no exchange '%s' in vhost '%s'` likewise. One
// statement writes every object's name there, so the name is a value however few a log has
// shown: as a word, the statement was one signature per topic.
//
// Read only so, in a log line: `topic`, `queue`, `exchange` or `vhost` (capitalised too), then one
// quoted plain name (template-tokens.ts QUOTED_PLAIN_NAME's letters, digits, `_`, `-`). A name with
// an underscore stays the program's own identifier as it does after any word (isQuotedIdentifier),
// and the same words unquoted go on with the sentence (`topic partition`, `queue full`).
const KINDS = new Set(['topic', 'queue', 'exchange', 'vhost'].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
const QUOTED_NAME = /^(["'])[A-Za-z][A-Za-z0-9-]{0,63}\1[,.;:]?$/;

/** Whether `tokens[i]` (of a masked log line) is a quoted topic's, queue's, exchange's or vhost's name after the word for its kind. */
export function isMessagingObjectName(tokens: readonly string[], i: number): boolean {
  return i >= 1 && KINDS.has(tokens[i - 1].replace(/^\(/, '')) && QUOTED_NAME.test(tokens[i]);
}
