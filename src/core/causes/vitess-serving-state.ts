// Vitess refusing a query because of the state its tablets are in, in the words vtgate and
// vttablet send back through the MySQL protocol (error 1105, `target: <keyspace>.<shard>.<type>:
// …`), which reach the code as whatever its MySQL driver raises — Laravel's QueryException, Go's
// `Error 1105 (HY000)`, the Node driver's ER_UNKNOWN_ERROR. The database answered; what it says is
// which of its parts cannot serve:
//  - a shard's primary being replaced: `primary is not serving, there is a reparent operation in
//    progress` (`… there may be a reparent …` in other releases; vtgate's CLUSTER_EVENT while a
//    planned or emergency reparent promotes another tablet: vitessio/vitess#12611, its primary's
//    tablet unable to reach mysqld; PlanetScale's documentation of its errors: the primary
//    unavailable, most often after running out of memory) — a failover under way, as another
//    database's `not primary`;
//  - no tablet of the type the query needs healthy for its shard: `no healthy tablet available for
//    '<keyspace, shard, tablet type>'` (vtgate's tablet gateway) — the shard's tablets down or
//    failing their health checks;
//  - a tablet at its cap on concurrent transactions: `TxPoolFull: … Transaction pool connection limit
//    exceeded` in its log, `transaction pool connection limit exceeded` as the client receives it
//    (vitessio/vitess#1873: 1.5K qps against the default cap of 20, which its maintainers say to
//    raise with -queryserver-config-transaction-cap, and which protects mysqld from too many
//    concurrent transactions) — the database's own pool, not a quota on the client's rate, though
//    gRPC's RESOURCE_EXHAUSTED carries it.
// The gRPC health protocol's NOT_SERVING, a service's own state, is none of these.

/** vtgate's words while a shard's primary is being replaced. */
export const VITESS_REPARENT = /\bprimary is not serving, there (?:is|may be) a reparent operation in progress\b/i;

/** vtgate's words when no tablet of the type a query needs is healthy for its shard. */
export const VITESS_NO_HEALTHY_TABLET = /\bno healthy tablet available for\b/i;

/** A vttablet at its cap on concurrent transactions (its log's TxPoolFull, the client's words). */
export const VITESS_TRANSACTION_POOL_FULL = /\bTxPoolFull\b|\btx_pool_full\b|\btransaction pool connection limit exceeded\b/i;

/** The resource signals.ts' EXHAUSTION names for a full transaction pool, Vitess its holder. */
export const VITESS_TRANSACTION_POOL = "transaction pool (vttablet's cap on concurrent transactions, -queryserver-config-transaction-cap)";

/** How a Vitess shard that cannot serve is worded as the peer's state (table.ts, networkKind). */
export function vitessServingWords(text: string): string | undefined {
  if (VITESS_REPARENT.test(text)) return "without a serving primary for the shard (Vitess is reparenting it: another tablet being promoted, after the primary's mysqld failed or by an operator's planned reparent)";
  if (VITESS_NO_HEALTHY_TABLET.test(text)) return 'unavailable (vtgate has no healthy tablet of the type the query needs for its shard: the tablets down, or failing their health checks)';
  return undefined;
}
