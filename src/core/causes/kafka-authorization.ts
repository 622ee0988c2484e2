// Kafka's ACL refusals (errors 29 TOPIC_AUTHORIZATION_FAILED, 30 GROUP_AUTHORIZATION_FAILED, 31
// CLUSTER_AUTHORIZATION_FAILED and 53 TRANSACTIONAL_ID_AUTHORIZATION_FAILED of its protocol): the
// broker knows the principal but no ACL lets it use that topic, group, cluster or transactional id.
// Each client words the same code its own way: the Java client's TopicAuthorizationException with
// `Not authorized to access topics: […]`; librdkafka's rd_kafka_err2str, `Broker: Topic
// authorization failed`, `Broker: Group authorization failed` (Confluent.Kafka under CAP against a
// consumer group Alibaba Cloud's Kafka had not granted, dotnetcore/CAP#972; confluent-kafka-python in
// confluentinc/confluent-kafka-python#738); rust-rdkafka's `TopicAuthorizationFailed (Broker: Topic
// authorization failed)` (confluentinc/librdkafka#4961: the API key's ACLs); franz-go's
// `TOPIC_AUTHORIZATION_FAILED: Not authorized to access topics: [Topic authorization failed.]`
// (twmb/franz-go#1101). Only the resource names Kafka's protocol has: `Payment authorization failed`
// or a card's `authorization failed` is a decline, not an ACL.

/** A Kafka broker's ACL refusing a principal a topic, a group, the cluster or a transactional id. */
export const KAFKA_AUTHORIZATION_FAILED = /\b(?:Topic|Group|Cluster|TransactionalId)AuthorizationException\b|\bNot authorized to access (?:topics|group|cluster)\b|\bBroker: (?:Topic|Group|Cluster|Transactional Id) authorization failed\b|\b(?:Topic|Group|Cluster|TransactionalId)AuthorizationFailed\b|\b(?:TOPIC|GROUP|CLUSTER|TRANSACTIONAL_ID)_AUTHORIZATION_FAILED\b/;
