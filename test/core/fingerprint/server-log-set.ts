// The real servers' log sets (test/fixtures/fingerprint/<set>.ndjson, rows `{group, body}`
// labelled by the statement in the program's source): mined as one service's log records, with
// aliases followed, and the signatures that hold more than one statement.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { groupingAccuracy, resolveAliases } from '../../helpers/loghub.js';

export interface ServerLogRow { group: string; body: string }

export const loadServerLog = (file: string): ServerLogRow[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ServerLogRow);

function mineServerLog(rows: ServerLogRow[], service: string): string[] {
  const fp = createFingerprinter();
  return resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service, body: r.body })));
}

/** The statements each signature holding more than one of them holds. */
function mergedStatements(truth: string[], predicted: string[]): string[][] {
  const shapes = new Map<string, Set<string>>();
  predicted.forEach((p, i) => (shapes.get(p) ?? shapes.set(p, new Set()).get(p)!).add(truth[i]));
  return [...shapes.values()].filter((s) => s.size > 1).map((s) => [...s]);
}

/** A set's grouping accuracy (aliases followed) and the signatures holding more than one statement. */
export function scoreServerLog(file: string, service: string): { accuracy: number; merged: string[][] } {
  const rows = loadServerLog(file);
  const predicted = mineServerLog(rows, service);
  const truth = rows.map((r) => r.group);
  return { accuracy: groupingAccuracy(truth, predicted), merged: mergedStatements(truth, predicted) };
}

/**
 * One test per set (file, service, least GA): grouped as its statements go, at least its measured
 * accuracy, and no signature holding two statements but those `mergesLeft` lists for it. Called
 * inside a server-logs round's describe block; `ROUNDS_PRINT_SCORES=1` prints each set's figures.
 */
export function itGroupsServerLogs(sets: ReadonlyArray<readonly [file: string, service: string, least: number]>, mergesLeft: Record<string, string[][]> = {}): void {
  it.each(sets.map((s) => [...s] as [string, string, number]))('%s: grouped as its statements go (aliases followed), never two statements in one signature but those listed', (file, service, least) => {
    const { accuracy, merged } = scoreServerLog(file, service);
    if (process.env.ROUNDS_PRINT_SCORES) console.log(file, accuracy.toFixed(3), JSON.stringify(merged));
    expect(accuracy).toBeGreaterThanOrEqual(least);
    expect(merged).toEqual(mergesLeft[file] ?? []);
  });
}
