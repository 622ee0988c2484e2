// The MongoDB Ruby driver's Mongo::Error::NoServerAvailable: it looked for a server its read
// preference accepts and found none before server_selection_timeout ran out (30 s by default), in
// its two wordings — in recent releases `No <mode> server is available in cluster: #<Cluster
// topology=… servers=[…]> with timeout=30, LT=0.015` (exercism/website#5924, a DocumentDB cluster
// whose one server was UNKNOWN, its topology ReplicaSetNoPrimary), in older ones (mongo 2.6) `No
// server is available matching preference: #<Mongo::ServerSelector::Primary …> using
// server_selection_timeout=30` (broadinstitute/single_cell_portal_core#987). The mode is a read
// preference's (primary, primary_preferred, secondary, secondary_preferred, nearest: the server
// selection specification's modes, written as the driver's symbols). None of the cluster's servers
// answered as one the mode accepts: unreachable, or none in the role asked. The `primary` mode's
// words are a cluster without a primary (signals.ts, FAILOVER), read there first; another system's
// `No GPU server is available in cluster …` names no read preference and is not read.

/** The Ruby driver's words for a server selection that found no server. */
export const MONGO_NO_SELECTABLE_SERVER = /\bNo (?:(?:primary|secondary)(?:_preferred)?|nearest) server is available in cluster\b|\bNo server is available matching preference\b/;

/** How the cluster is worded when the driver found no server to select (table.ts, networkKind). */
export const MONGO_NO_SELECTABLE_SERVER_WORDS = "unavailable (the MongoDB driver found no server its read preference accepts before its server selection timeout ran out: none reachable, or none in the role it asks)";
