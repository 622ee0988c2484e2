// The real servers' log sets (test/fixtures/fingerprint/<set>.ndjson, rows `{group, body}`
// labelled by the statement in the program's source): mined as one service's log records, with
// aliases followed, and the signatures that hold more than one statement.
import { readFileSync } from 'node:fs';
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
