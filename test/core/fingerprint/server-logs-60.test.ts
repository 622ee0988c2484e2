// Real servers' logs, sixtieth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, sixtieth round", () => {
  itGroupsServerLogs(
    [
      ['syncthing.ndjson', 'syncthing', 0.37],
    ],
    MERGES_LEFT,
  );
});
