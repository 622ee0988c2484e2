// The daily LLM budget on PostgreSQL, shared by the replicas. A reservation is one
// conditional upsert of the day's row: the row lock it takes makes replicas check and add one
// after the other, so two replicas can never both spend the last dollar.
import { pgFailure, type Sql } from './connection.js';

/** Days kept; older totals are removed when a new day is first recorded. */
const KEEP_DAYS = 90;
/** Amounts are sums of floats: a total within this of the limit is at the limit. */
const EPSILON = 1e-9;

export async function spentOn(sql: Sql, day: string): Promise<number> {
  const rows = await sql<{ usd: number }[]>`SELECT usd FROM budget WHERE day = ${day}`;
  return rows[0]?.usd ?? 0;
}

export async function reserveBudget(sql: Sql, day: string, usd: number, limitUsd: number): Promise<boolean> {
  if (!Number.isFinite(usd) || usd < 0) throw new RangeError(`a reservation must be a finite amount of at least 0 (got ${usd})`);
  try {
    const rows = await sql`
      INSERT INTO budget (day, usd) SELECT ${day}, ${usd}::double precision WHERE ${usd}::double precision <= ${limitUsd + EPSILON}::double precision
      ON CONFLICT (day) DO UPDATE SET usd = budget.usd + excluded.usd WHERE budget.usd + excluded.usd <= ${limitUsd + EPSILON}::double precision
      RETURNING (xmax = 0) AS inserted`;
    if ((rows[0] as { inserted: boolean } | undefined)?.inserted) await prune(sql, day);
    return rows.length > 0;
  } catch (error) {
    throw pgFailure(error);
  }
}

export async function recordSpend(sql: Sql, day: string, usd: number): Promise<void> {
  if (!Number.isFinite(usd) || usd === 0) return;
  try {
    const rows = await sql<{ inserted: boolean }[]>`INSERT INTO budget (day, usd) VALUES (${day}, GREATEST(0, ${usd}::double precision))
      ON CONFLICT (day) DO UPDATE SET usd = GREATEST(0, budget.usd + ${usd}::double precision) RETURNING (xmax = 0) AS inserted`;
    if (rows[0]?.inserted) await prune(sql, day);
  } catch (error) {
    throw pgFailure(error);
  }
}

export async function budgetDays(sql: Sql): Promise<{ day: string; usd: number }[]> {
  return [...(await sql<{ day: string; usd: number }[]>`SELECT day, usd FROM budget ORDER BY day`)].map((r) => ({ day: r.day, usd: r.usd }));
}

async function prune(sql: Sql, today: string): Promise<void> {
  const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
  await sql`DELETE FROM budget WHERE day < ${cutoff}`;
}
