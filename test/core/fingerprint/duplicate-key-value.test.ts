// SQL Server's duplicate-key error with and without `The duplicate key value is (…).`: servers
// that report the rejected key add the sentence, older ones do not. Found in threads-20
// (issue-thread-traces-20.test.ts): netTiers' insert into ActivityBySource, pasted from a local
// and a deployment server, was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutDuplicateKeyValue } from '../../../src/core/fingerprint/duplicate-key-value.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-20', 'dotnet');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe("SQL Server's duplicate-key value sentence", () => {
  it('does not name the failure: the insert on two servers is one signature (netTiers/netTiers#446)', () => {
    const [local, server] = rows.filter((r) => r.group === 'dotnet:t20:nettiers-activity-by-source-code').map((r) => fingerprintOf(r.stacktrace!));
    expect(server.message).not.toContain('duplicate key value is');
    expect(local.fingerprint).toBe(server.fingerprint);
  });

  it('near misses: another index, the constraint wording (2627) and other databases keep their words', () => {
    const nettiers = fingerprintOf(rows.find((r) => r.group === 'dotnet:t20:nettiers-activity-by-source-code')!.stacktrace!);
    const filterlists = fingerprintOf(rows.find((r) => r.group === 'dotnet:t20:filterlists-seed-easydutch-duplicate')!.stacktrace!);
    const efcore = fingerprintOf(rows.find((r) => r.group === 'dotnet:t20:efcore-customer-name-unique')!.stacktrace!);
    expect(new Set([nettiers.fingerprint, filterlists.fingerprint, efcore.fingerprint]).size).toBe(3);
    expect(filterlists.message).toBe("Cannot insert duplicate key row in object 'dbo.FilterList' with unique index 'IX_FilterList_Name'.");
    // 2627, as dotnet/efcore#20176 quotes it: the constraint and the table stay.
    expect(withoutDuplicateKeyValue("Violation of PRIMARY KEY constraint 'PK_Bug'. Cannot insert duplicate key in object 'dbo.Bug'. The duplicate key value is (1)."))
      .toBe("Violation of PRIMARY KEY constraint 'PK_Bug'. Cannot insert duplicate key in object 'dbo.Bug'.");
    // A line cut inside the values (Arcenox-co/TickerQ#186) loses the sentence to its end.
    expect(withoutDuplicateKeyValue("Cannot insert duplicate key row in object 'ticker.CronTickerOccurrences' with unique index 'UQ_CronTickerId_ExecutionTime'. The duplicate key value is (cb3f7a8d-d1d5-4a17-b39d-d12f1aa1f1be, 2025-08-19 12:39:00.000000"))
      .toBe("Cannot insert duplicate key row in object 'ticker.CronTickerOccurrences' with unique index 'UQ_CronTickerId_ExecutionTime'.");
    // PostgreSQL's and MySQL's wordings are not SQL Server's: nothing is dropped.
    const postgres = '23505: duplicate key value violates unique constraint "PK_section"';
    expect(withoutDuplicateKeyValue(postgres)).toBe(postgres);
    const mysql = "Duplicate entry '1' for key 'IX_Apps_Name'";
    expect(withoutDuplicateKeyValue(mysql)).toBe(mysql);
  });
});
