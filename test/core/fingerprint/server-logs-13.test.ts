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
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA celery 0.791, go-logrus 1, go-zerolog 1, with the
// merges below. Celery's success line split by the task's return value (`: 4`, `: None`,
// `: 'tiny'`), its task logger's `export ledger …` / `export customers …` split by the name.
const MERGES_LEFT: Record<string, string[][]> = {
  'celery.ndjson': [
    [
      "trace.py:288 logger.log(policy.severity, LOG_FAILURE …) 'raised unexpected' (json scanner: Expecting property name)",
      "trace.py:288 logger.log(policy.severity, LOG_FAILURE …) 'raised unexpected' (json scanner: Expecting ',' delimiter)",
      "trace.py:288 logger.log(policy.severity, LOG_FAILURE …) 'raised unexpected' (json decoder.py raw_decode: Expecting value)",
    ],
    ['trace.py:207 info(LOG_RETRY, …) (urllib: refused)', 'trace.py:207 info(LOG_RETRY, …) (urllib: no such name)'],
  ],
};

describe("real servers' logs, thirteenth round", () => {
  itGroupsServerLogs(
    [
      ['celery.ndjson', 'orders-worker', 0.79],
      ['go-logrus.ndjson', 'backup-agent', 1],
      ['go-zerolog.ndjson', 'webhook-dispatcher', 1],
    ],
    MERGES_LEFT,
  );
});
