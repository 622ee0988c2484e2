// A cluster whose words say it cannot elect, or has lost part of its data's owners, rather than
// that one election or failover is under way.
//
// Quorum-based elections: Raft elects a leader only with a majority of its voters up (Consul's
// 'Consensus Protocol' docs: three servers tolerate one failure), and Elasticsearch (7.0 and later)
// elects a master only with a majority of the master-eligible nodes in its voting configuration
// (its reference, 'Quorum-based decision making'). Their words for having none: Consul's HTTP API's
// `No cluster leader`, etcd's `etcdserver: no leader`, Elasticsearch's `no master` block
// (`ClusterBlockException: blocked by: [SERVICE_UNAVAILABLE/2/no master];`, elastic/elasticsearch
// #8640, answered 503: #8902) and its `master_not_discovered_exception`. An election that succeeds
// takes seconds, so errors that go on in these words are a lost majority (kubernetes/kubernetes
// #38336: two of three Consul servers taken by one upgrade), which no client retry or failover to
// another node helps. Elasticsearch's MasterNotDiscoveredException over the `state not recovered /
// initialized` block is a restarted cluster recovering its state, a peer not ready yet, not this.
//
// Redis Cluster's `CLUSTERDOWN The cluster is down`: with cluster-require-full-coverage (its
// default), a cluster refuses every command once some hash slot has no reachable master, which
// happens when a master fails and no replica of it can take over — a master and its replicas lost
// together (redis/redis#3624 and redis/jedis#1432: one of three machines stopped, each holding one
// master and another's replica; after cluster-node-timeout 'the cluster state went to failure
// state'). Not a primary to follow: the slots' owners are gone until a node comes back.
const NO_MAJORITY = /\bNo cluster leader\b|\betcdserver: no leader\b|\bSERVICE_UNAVAILABLE\/2\/no master\b|\bmaster_not_discovered_exception\b|\bMasterNotDiscoveredException\b/;
const RECOVERING = /\bstate not recovered\b/;

/** Whether the text is a quorum-based cluster without a leader or master (see above). */
export function withoutQuorum(text: string): boolean {
  return NO_MAJORITY.test(text) && !RECOVERING.test(text);
}

/** What a cluster without quorum is, after "<peer> is". */
export const WITHOUT_QUORUM_WORDS = 'without a primary or leader, and without the majority of its voting members it needs to elect one (a lost quorum, not one election under way)';

export function withoutQuorumFix(dep: string | undefined, service: string): string {
  return `Bring ${dep ?? 'the cluster'}'s servers back to a majority (its members and their logs: which servers are down, and why several went at once — a node pool upgrade or drain, one zone, a rollout): a quorum-based cluster (Raft's voters, Elasticsearch's master-eligible nodes) elects no leader without one, and no client retry or failover to another server helps. Then keep a majority up through disruptions: servers spread over nodes and zones (pod anti-affinity), a PodDisruptionBudget that lets one go at a time, drains and upgrades one node after another. ${service}'s code is not at fault.`;
}

/** Redis Cluster refusing commands because some hash slot has no reachable master (see above). */
export const SLOTS_UNSERVED = /\bCLUSTERDOWN\b/;

export const SLOTS_UNSERVED_WORDS = 'down as a cluster (Redis Cluster refuses every command, CLUSTERDOWN, while some of its hash slots have no reachable master: a master lost together with the replicas that could have replaced it)';

export function slotsUnservedFix(dep: string | undefined, service: string): string {
  const cluster = dep ?? 'the Redis Cluster';
  return `Bring back the node of ${cluster} whose hash slots no master serves (CLUSTER INFO: cluster_state:fail and cluster_slots_fail; CLUSTER NODES: the masters marked fail), or promote a surviving replica of it (CLUSTER FAILOVER TAKEOVER on that replica); then give every master a replica on another machine or zone, so that losing one machine never takes a master and its replica together. No client retry helps while a slot is unserved; ${service}'s code is not at fault.`;
}
