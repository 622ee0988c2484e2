// A database client's one error type for every failure the server reports (rounds-fp/8). One
// data-access method that meets a unique violation, another unique violation and a not-null
// violation raised three failures of one type at one crash site, one signature before. The
// traces are real (database-errors.ndjson, labelled by reading): pgjdbc 42.7.14 on Java 17
// against PostgreSQL 15 (programs/database-errors/UserRepository.java) and sqlite3 on CPython
// 3.11 (users_sqlite.py), each calling one save method with rows that break different
// constraints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { groupingAccuracy } from '../../helpers/loghub.js';

interface Row { group: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/database-errors.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a database client's error types", () => {
  it('each constraint a save method breaks is its own signature; the same one twice is one', () => {
    const fp = createFingerprinter();
    const predicted = rows.map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
    expect(groupingAccuracy(rows.map((r) => r.group), predicted)).toBe(1);
    expect(new Set(rows.map((r) => r.group)).size).toBe(5);
  });
});
