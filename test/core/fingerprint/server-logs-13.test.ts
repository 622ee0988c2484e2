// Real servers' logs, thirteenth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, a reason a program chooses from its own list
// of texts is its own statement, and so is an error's maker that a record carries.
//   - celery.ndjson: an order-processing worker on Celery 5.7.0 with Debian's Redis 7.0 as broker
//     (programs/celery: `[YYYY-MM-DD hh:mm:ss,mmm: LEVEL/ForkPoolWorker-N] Task name[uuid] …`, the
//     task logger's `name[uuid]: message`, tracebacks and the unregistered task's report under
//     their record): tasks raising, retries, soft and hard time limits, names no worker
//     registered, the broker stopped under the worker.
//   - go-logrus.ndjson: a backup agent on logrus v1.9.3's TextFormatter (programs/go-logrus:
//     `time="…" level=error msg="…" error="…" key=value`): job files absent, directories or no
//     JSON, storage targets refused or unresolvable, uploads rejected, timed out, slow.
//   - go-zerolog.ndjson: a webhook dispatcher on zerolog v1.33.0's ConsoleWriter without colour
//     (programs/go-zerolog: `RFC3339 ERR message key=value error="…"`): deliveries answered 4xx/5xx,
//     refused, timed out, unresolvable; queued events that are no JSON; mail templates that do
//     not parse or execute; an SMTP relay nobody listens on.
//   - pino-pretty.ndjson: an inventory service on Node 24 logging with pino 9.14.0 through
//     pino-pretty 13.2.0's defaults (programs/pino: `[hh:mm:ss.mmm] LEVEL (pid): message`, fields
//     and an error's block with its stack indented below): report files absent or directories,
//     bodies that are no JSON, rows SQLite's constraints refuse, upstreams refused or unresolvable.
//   - tornado.ndjson: a tracking API on Tornado 6.6.1 logging through tornado.options (programs/
//     tornado: `[L yymmdd hh:mm:ss module:line] message`, the request and traceback under an
//     uncaught exception): handlers raising, HTTPErrors with a reason, bodies that are no JSON, a
//     carrier API refused or unresolvable; its access line at INFO, WARNING or ERROR by status.
//   - python-logging.ndjson: a price-feed poller on Python 3.11's logging.basicConfig default
//     (programs/python-logging: `LEVEL:logger:message`, tracebacks under logger.exception) with
//     requests 2.34.2 and urllib3 2.7.0's own retry warnings (`Retrying (Retry(total=1, …)) after
//     connection broken by 'NewConnectionError(…)'`): feeds answering 4xx/5xx or no JSON, refused,
//     unresolvable or timed out; CSV rows without a price; state files that cannot be written.
//     Added after this round's fixes: GA 1 with them and without them (measured at the round's
//     first Tornado commit).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA celery 0.791, go-logrus 1, go-zerolog 1, pino-pretty
// 0.914, tornado 0.390, with the merges below and one more in celery (its retries' causes).
// Left as found: Celery's success line split by the task's return value (`: 4`, `: None`,
// `: 'tiny'`: a word or quoted word where other lines have a number, and a run of values is one
// token, so the token counts differ), its task logger's `export ledger …` / `export customers …`
// split by the name (a word); Tornado's access line (web.py:2591, one statement) split by method
// (template-tokens.ts: a request line's words are constants) and `unknown status 'lost'` /
// `… 'returned'` (a quoted word, miner.ts); json's scanner and decoder messages, and V8's
// JSON.parse messages, one signature by their trace (line numbers never contribute), and so
// pino's two JSON.parse calls in one handler under two log statements.
// A value written as its type's constructor call is told apart by its types (type-call-head.ts):
// celery 0.791 → 0.835, its retries of a refused connection (`URLError(ConnectionRefusedError(…))`)
// and of an unresolvable name (`URLError(gaierror(…))`) apart.
// Tornado's header loses its level's letter and time (transport-header.ts): tornado GA 0.390
// unchanged (the access statement still splits by method, so GA counts none of it), its access
// line at INFO, WARNING and ERROR one signature per shape, six signatures → three.
// A request path's query is the path's (parameterize.ts): the access statement's GET lines with
// a query (`/carrier?url=…`) join the other GETs, three signatures → two (GET and POST).
// Values separated by dashes are one run (dash-separated-values.ts): round 12's nats-server prefix
// that grows after CONNECT and its `rid:N` beside `cid:N` (server-logs-12: nats 0.795 → 0.917);
// this round's sets unchanged.
// The method of a request a line reports beside its response's status is a value
// (answered-request-method.ts: Tornado's `%d %s` status then `<method> <uri> (<ip>)`): the access
// statement and the HTTPError warning one signature each, tornado GA 0.390 → 0.951 (Drain3 0.366
// before and after); left: `unknown status 'lost'` / `… 'returned'` (a quoted word, miner.ts).
const MERGES_LEFT: Record<string, string[][]> = {
  'celery.ndjson': [
    [
      "trace.py:288 logger.log(policy.severity, LOG_FAILURE …) 'raised unexpected' (json scanner: Expecting property name)",
      "trace.py:288 logger.log(policy.severity, LOG_FAILURE …) 'raised unexpected' (json scanner: Expecting ',' delimiter)",
      "trace.py:288 logger.log(policy.severity, LOG_FAILURE …) 'raised unexpected' (json decoder.py raw_decode: Expecting value)",
    ],
  ],
  'pino-pretty.ndjson': [
    [
      "service.js log.warn({ err, reqId: id, bytes }, 'request body is not JSON') (V8 JSON.parse: expected property name)",
      "service.js log.warn({ err, reqId: id, bytes }, 'request body is not JSON') (V8 JSON.parse: expected ',' or '}')",
      "service.js log.warn({ err, reqId: id, bytes }, 'request body is not JSON') (V8 JSON.parse: unexpected token)",
      "service.js log.error({ err, reqId: id, url: req.url }, 'unhandled error in handler') (service.js:93 JSON.parse: unexpected end)",
      "service.js log.warn({ err, reqId: id, bytes }, 'request body is not JSON') (V8 JSON.parse: expected ',' or ']')",
    ],
  ],
};

describe("real servers' logs, thirteenth round", () => {
  itGroupsServerLogs(
    [
      ['celery.ndjson', 'orders-worker', 0.835],
      ['go-logrus.ndjson', 'backup-agent', 1],
      ['go-zerolog.ndjson', 'webhook-dispatcher', 1],
      ['pino-pretty.ndjson', 'inventory', 0.91],
      ['tornado.ndjson', 'tracking', 0.951],
      ['python-logging.ndjson', 'pricefeed', 1],
    ],
    MERGES_LEFT,
  );
});
