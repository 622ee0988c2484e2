// A request refused past the throughput provisioned for what it reads or writes, not past a rate
// the provider sets for the account or the API: DynamoDB's ProvisionedThroughputExceededException,
// `The level of configured provisioned throughput for the table was exceeded. Consider increasing
// your provisioning level with the UpdateTable API.` (or `… for one or more global secondary indexes
// of the table was exceeded …`), as the SDKs raise it and amazonka shows it (`code =
// ProvisionedThroughputExceeded`, haskell-mafia/boris#75), and Kinesis' for a shard (`Rate exceeded
// for shard shardId-… in stream …`). The table's read or write capacity units per second (or the
// index's, or the shard's 1 MB/s in and 2 MB/s out) are what ran out: raising them, auto scaling
// or on-demand capacity lift it, where asking the provider for a higher limit does not
// (grailbio/reflow#101: 'increase the read/write capacity of the table and the indices'; Amazon
// DynamoDB Developer Guide, 'Provisioned capacity mode' and its throttling).

export interface ProvisionedThroughput {
  system: 'DynamoDB' | 'Kinesis';
  /** What the capacity is provisioned on. */
  on: 'table' | 'global secondary index' | 'shard';
}

export function provisionedThroughput(text: string): ProvisionedThroughput | undefined {
  if (/\bprovisioned throughput for one or more global secondary indexes\b/i.test(text)) return { system: 'DynamoDB', on: 'global secondary index' };
  if (/\bprovisioned throughput for the table was exceeded\b/i.test(text)) return { system: 'DynamoDB', on: 'table' };
  if (/\bRate exceeded for shard shardId-\w+/.test(text)) return { system: 'Kinesis', on: 'shard' };
  if (/\bProvisionedThroughputExceeded(?:Exception)?\b/.test(text)) return { system: /\bKinesis\b/i.test(text) ? 'Kinesis' : 'DynamoDB', on: /\bKinesis\b/i.test(text) ? 'shard' : 'table' };
  return undefined;
}
