// A read that finds no row because it was sent to a read replica that has not yet replayed the write
// that made it. Replication to a replica is asynchronous (PostgreSQL's streaming replication, MySQL's
// binary log, Aurora's readers): a row committed on the primary reaches the replica some time later,
// its lag, tens of milliseconds when the primary is quiet and seconds while it writes in bulk. A
// service whose reads go to the replica (Aurora's reader endpoint, Rails' `connected_to(role:
// :reading)`, a Django database router, Laravel's read/write hosts, GORM's dbresolver) and that reads
// a row it or its client has just written misses it whenever the lag is longer than the time between
// the two: a create answered with the row's id, then a fetch of that id answered "no row"
// (PayMeService/remotisan#54: a POST writes on the write host, the frontend's first poll 126 ms later
// reads the replica and fails; Laravel's `sticky` covers only the request that wrote;
// chobbledotcom/tickets#1509: a row read back after its create from a replica that lags returns
// null; ankane/distribute_reads#9: Sidekiq jobs not finding new records on the replica). The misses
// rise and fall with the lag, and the rows are there when read again a moment later.
//
// Its sign: the failing calls are a database's lookup that found no row, and the host they were sent
// to is named as a replica or a reader endpoint. The same words sent to the primary are a row that
// is not there (a client asking for an id that does not exist), and a replica's other failures (a
// query cancelled for the replay, a connection refused) are its own state, which other rules name.
import type { Evidence } from '../model.js';
import { RECORD_NOT_FOUND_BY_ID } from './read-before-commit.js';

/**
 * The words of a lookup that found no row where one was required: Go's database/sql and pgx's
 * `no rows in result set` (`sql: no rows in result set`), GORM's `record not found`, SQLAlchemy's
 * `No row was found when one was required`, Sequel's `NoMatchingRow`, Prisma's P2025 `No record was
 * found for a query`, and the ORMs' lookups by id (read-before-commit.ts RECORD_NOT_FOUND_BY_ID).
 */
export const NO_ROW_FOUND = new RegExp(
  `\\bno rows in result set\\b|\\brecord not found\\b|\\bNo row was found when one was required\\b|\\bSequel::NoMatchingRow\\b|\\bNo record was found for a query\\b|${RECORD_NOT_FOUND_BY_ID.source}`,
  'i',
);

/**
 * A database host or service named as a read replica or a reader endpoint: Aurora's reader endpoint
 * (`<cluster>.cluster-ro-<id>.<region>.rds.amazonaws.com`), or a label of the name saying so —
 * `replica`, `read-replica`, `reader`, `readonly`, `standby`, `secondary`, `slave`, `follower`, or
 * `ro` followed by a separator or a digit (`orders-db-ro.internal`, `pg-ro1`; not a `.ro` domain,
 * not `euro-db`). A primary's name (`cluster-`, `writer`, `primary`, `master`) is not one.
 */
const REPLICA_HOST = /\.cluster-ro-|(?:^|[.\-_])(?:read-?replicas?|replicas?|readers?|read-?only|standby|secondary|slave|follower)\d*(?:[.\-_:]|$)|(?:^|[.\-_])ro\d*[.\-_:]/i;

/** Whether a database host's name says it is a read replica or a reader endpoint. */
export function namesReadReplica(host: string): boolean {
  return REPLICA_HOST.test(host);
}

/**
 * The lookup's words and the replica it was sent to, when the failing calls are a lookup that found
 * no row, most of them sent to a host named as a replica (Evidence's callee: the peer most failing
 * calls name), and no one message is being redelivered (a poison message misses its row every time).
 */
export function replicaReadAfterWrite(ev: Pick<Evidence, 'callee' | 'redelivered'>, text: string): { words: string; replica: string } | undefined {
  const words = NO_ROW_FOUND.exec(text)?.[0];
  const replica = ev.callee?.name;
  if (!words || !replica || ev.redelivered || !namesReadReplica(replica)) return undefined;
  return { words, replica };
}
