import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTables, openTables } from '../../src/store/environment.js';
import { LmdbBudgetLedger } from '../../src/store/budget-ledger.js';
import { tempDataDir } from '../helpers/temp-dir.js';

describe('LmdbBudgetLedger', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('adds up per UTC day and counts amounts at once, before they are committed', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const tables = openTables(dir);
    const ledger = new LmdbBudgetLedger(tables);
    ledger.record('2026-11-22', 0.25);
    ledger.record('2026-11-22', 0.5);
    ledger.record('2026-11-23', 1);
    ledger.record('2026-11-23', 0);
    ledger.record('2026-11-23', -3);
    expect(ledger.spentOn('2026-11-22')).toBeCloseTo(0.75);
    await ledger.flushed();
    expect(ledger.spentOn('2026-11-22')).toBeCloseTo(0.75);
    expect(ledger.spentOn('2026-11-23')).toBeCloseTo(1);
    expect(ledger.spentOn('2026-11-24')).toBe(0);
    await closeTables(tables);
  });

  it('survives a restart', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const first = openTables(dir);
    const ledger = new LmdbBudgetLedger(first);
    ledger.record('2026-11-22', 0.125);
    await ledger.flushed();
    await closeTables(first);

    const second = openTables(dir);
    const reopened = new LmdbBudgetLedger(second);
    expect(reopened.spentOn('2026-11-22')).toBeCloseTo(0.125);
    reopened.record('2026-11-22', 0.125);
    await reopened.flushed();
    expect(reopened.days()).toEqual([{ day: '2026-11-22', usd: 0.25 }]);
    await closeTables(second);
  });

  it('forgets days older than 90 when a new day starts', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const tables = openTables(dir);
    const ledger = new LmdbBudgetLedger(tables);
    ledger.record('2026-01-01', 1);
    ledger.record('2026-09-01', 1);
    await ledger.flushed();
    ledger.record('2026-11-22', 1);
    await ledger.flushed();
    expect(ledger.days().map((d) => d.day)).toEqual(['2026-09-01', '2026-11-22']);
    await closeTables(tables);
  });
});
