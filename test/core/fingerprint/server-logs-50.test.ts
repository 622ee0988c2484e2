// Real servers' logs, fiftieth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - influxdb.ndjson: Debian 12's InfluxDB 1.6.7~rc0 (programs/influxdb) in the foreground
//     (`influxd -config <file>`), its zap logger's logfmt lines (`ts=… lvl=… msg=… log_id=…
//     service=…`) and its HTTP access log on stderr: start-up failures (a config file that is not
//     TOML, one that is not there, an RPC port another process holds); then curl against a server
//     with auth enabled, the query log on and a tiny cache snapshot size: creating users and a
//     database, good writes, writes with bad line protocol, a write to a retention policy and to a
//     database that do not exist, queries with syntax errors, a query on a database that does not
//     exist, a wrong password, a user that does not exist, a user with no privilege on the database,
//     dropping a shard, the TSM engine's cache snapshots, and a clean shutdown.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA influxdb 0.623 (38 of 61 records); split: the access
// log's one statement (handler.go logging, response_logger.go buildLogLine) by the request's method
// (`GET /ping` apart from the POSTs); merged: six services' `Starting <name> service` statements
// (monitor, precreation, snapshot, continuous query, HTTP, retention policy enforcement: the one
// word or words between `Starting` and `service` read as a value).
// After a word before a noun naming a kind of the program's parts (`service`, `listener`, `worker`…)
// names which part (component-noun.ts, read in miner.ts soleWordDifference): 0.721 (44 of 61), the
// access log's split left (the request method, which docs/fingerprinting.md keeps a constant).
// Since the method of a request reported beside its response's status is a value
// (answered-request-method.ts: the access log's quoted request line then its status): the GET
// joins the POSTs, influxdb GA 0.721 → 1 (Drain3 0.492 before and after).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fiftieth round", () => {
  itGroupsServerLogs(
    [
      ['influxdb.ndjson', 'influxdb', 1],
    ],
    MERGES_LEFT,
  );
});
