// The daily LLM budget in LMDB (core/ports.ts `BudgetLedgerStore`), kept in the `meta` table
// under `budget:<YYYY-MM-DD>` (UTC), so a restart does not reset the day's budget. Each
// change is a read-modify-write inside one write transaction; LMDB serialises those (across
// processes too), so a reservation checks and adds against the true total and two writers
// can never both take the last dollar.
import type { Tables } from './environment.js';

const PREFIX = 'budget:';
/** Days kept; older totals are removed when a new day is first recorded. */
const KEEP_DAYS = 90;
/** Amounts are sums of floats: a total within this of the limit is at the limit. */
const EPSILON = 1e-9;

export class LmdbBudget {
  constructor(private readonly tables: Pick<Tables, 'meta' | 'root'>) {}

  async spentOn(day: string): Promise<number> {
    return (this.tables.meta.get(PREFIX + day) as number | undefined) ?? 0;
  }

  async reserve(day: string, usd: number, limitUsd: number): Promise<boolean> {
    if (!Number.isFinite(usd) || usd < 0) throw new RangeError(`a reservation must be a finite amount of at least 0 (got ${usd})`);
    return this.write(day, (total) => (total + usd <= limitUsd + EPSILON ? total + usd : undefined));
  }

  async record(day: string, usd: number): Promise<void> {
    if (!Number.isFinite(usd) || usd === 0) return;
    await this.write(day, (total) => Math.max(0, total + usd));
  }

  async days(): Promise<{ day: string; usd: number }[]> {
    const out: { day: string; usd: number }[] = [];
    for (const { key, value } of this.tables.meta.getRange({ start: PREFIX, end: `${PREFIX}\uffff` })) {
      out.push({ day: String(key).slice(PREFIX.length), usd: value as number });
    }
    return out;
  }

  /** `change` gives the new total, or undefined to leave it; true when it was written. */
  private async write(day: string, change: (total: number) => number | undefined): Promise<boolean> {
    const { meta, root } = this.tables;
    const key = PREFIX + day;
    const written = await root.transaction(() => {
      const stored = meta.get(key) as number | undefined;
      const next = change(stored ?? 0);
      if (next === undefined) return false;
      meta.putSync(key, next);
      if (stored === undefined) this.prune(day);
      return true;
    });
    await root.flushed;
    return written;
  }

  private prune(today: string): void {
    const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
    for (const key of this.tables.meta.getKeys({ start: PREFIX, end: PREFIX + cutoff })) this.tables.meta.removeSync(key);
  }
}
