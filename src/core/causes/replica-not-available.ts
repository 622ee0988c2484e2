// Kafka's REPLICA_NOT_AVAILABLE (error 9 of the protocol, `The replica is not available for the requested
// topic-partition.`): a broker that holds one of a partition's replicas is down or the replica is offline,
// which a metadata answer reports while the broker is gone (IBM/sarama#1265: two of three brokers stopped).
// In each client's words: Sarama's ErrReplicaNotAvailable, `kafka server: Replica information not
// available, one or more brokers are down.`; the Java client's ReplicaNotAvailableException with the
// protocol's sentence; librdkafka's `Broker: Replica not available` (rd_kafka_err2str for
// RD_KAFKA_RESP_ERR_REPLICA_NOT_AVAILABLE); segmentio/kafka-go's `[9] Replica Not Available: …`. Kafka's
// words only: a database's `read replica not available` names a replica of its own, not a broker down.
export const REPLICA_NOT_AVAILABLE = /\bReplica information not available, one or more brokers are down\b|\bThe replica is not available for the requested topic-partition\b|\bBroker: Replica not available\b|\bReplica Not Available: the replica is not available\b|\bReplicaNotAvailable(?:Exception|Error)?\b|\bREPLICA_NOT_AVAILABLE\b/i;

/** How a partition whose replica's broker is down is worded as the peer's state. */
export const REPLICA_NOT_AVAILABLE_WORDS = "missing a partition's replica (REPLICA_NOT_AVAILABLE: a broker holding one of its replicas is down or the replica is offline)";
