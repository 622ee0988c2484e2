// A client that spreads its requests over a list of nodes (a load-balancing search client, a
// cluster-aware driver) and finds none of them alive: it marks a node dead when a request to it
// fails and skips it until a health check revives it, so the error says the list ran out, not which
// connection failed. The peer is down or unreachable from this side (every node of it, or every
// address the client was given), never the code that asked. Each client's words:
//  - SolrJ's load-balancing client (LBHttpSolrClient, LBSolrClient): `No live SolrServers available
//    to handle this request:[<urls>]` (AtlasOfLivingAustralia/biocache-service#344, its SolrCloud
//    connection failing; USCDataScience/sparkler#66);
//  - olivere/elastic's ErrNoClient, `no Elasticsearch node available`, wrapped as `no available
//    connection: …` by its request path (olivere/elastic#1587), and elasticsearch-php's
//    NoNodesAvailableException `No alive nodes found in your cluster`.
// A system named between `no` and `node`/`server` is a proper name (capitalised: `Elasticsearch`,
// `Cassandra`), so a kind of machine a scheduler lacks (`no GPU node available`, all capitals, or a
// lower-case `no free node available`) is not read as a peer down.
export const NO_LIVE_PEER = /\bNo live SolrServers available to handle this request\b|\b[Nn]o [A-Z][a-z]+(?:[A-Z][a-z]+)* (?:node|server|host)s? available\b|\bNo alive nodes found in your cluster\b/;

// SolrCloud routing a request to a shard none of whose replicas is active: `no servers hosting
// shard: <shard>` (answered 503 by the node that routes it: AtlasOfLivingAustralia/biocache-service#344,
// its shard's replicas down that morning), since Solr 9.1 `no active servers hosting shard`. Not
// Solr's `no eligible servers hosting shard`, which SOLR-16339 (apache/solr#968) gave to replicas
// that are live but filtered out by the request's own routing parameters (shards.preference,
// replica types): the request's parameters, not a node down.
export const SHARD_WITHOUT_LIVE_REPLICA = /\bno (?:active )?servers hosting shard\b/;

/** What a client with no live node left, or a shard with no live replica, says of its peer. */
export function noLivePeerWords(text: string): string | undefined {
  if (SHARD_WITHOUT_LIVE_REPLICA.test(text)) return 'failing requests for a shard none of whose replicas is live (the nodes hosting it down, or their cores not recovered)';
  if (NO_LIVE_PEER.test(text)) return 'unavailable (the client found none of the nodes it was given alive: each failed its last request or health check)';
  return undefined;
}
