// The daily total of diagnosis spending (core/budget.ts `BudgetLedger`), kept in the `meta`
// table under `budget:<YYYY-MM-DD>` (UTC), so a restart does not reset the day's budget.
//
// The port is synchronous (the budget check runs right before a paid call) while LMDB commits
// are asynchronous. Amounts recorded but not yet committed are kept in memory and counted by
// `spentOn`, so the total never reads low; each increment commits as a read-modify-write in
// its own transaction, so two processes adding to the same day do not lose each other's spend.
import type { BudgetLedger } from '../core/budget.js';
import type { Tables } from './environment.js';

const PREFIX = 'budget:';
/** Days kept; older totals are removed when a new day is first recorded. */
const KEEP_DAYS = 90;

export class LmdbBudgetLedger implements BudgetLedger {
  private readonly pending = new Map<string, number>();
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly tables: Pick<Tables, 'meta' | 'root'>) {}

  spentOn(day: string): number {
    const stored = (this.tables.meta.get(PREFIX + day) as number | undefined) ?? 0;
    return stored + (this.pending.get(day) ?? 0);
  }

  record(day: string, usd: number): void {
    if (!(usd > 0) || !Number.isFinite(usd)) return;
    this.pending.set(day, (this.pending.get(day) ?? 0) + usd);
    const key = PREFIX + day;
    const { meta } = this.tables;
    const firstOfDay = meta.get(key) === undefined;
    this.writes = this.writes
      .then(() =>
        meta.transaction(() => {
          meta.putSync(key, ((meta.get(key) as number | undefined) ?? 0) + usd);
          if (firstOfDay) this.prune(day);
        }),
      )
      // Only once committed is it counted from the store; until then from `pending` (briefly
      // both, which errs on the safe side).
      .then(() => this.settle(day, usd));
  }

  /** Resolves once every recorded amount is committed. */
  async flushed(): Promise<void> {
    await this.writes;
    await this.tables.root.flushed;
  }

  /** Every day on record, oldest first. */
  days(): { day: string; usd: number }[] {
    const out: { day: string; usd: number }[] = [];
    for (const { key, value } of this.tables.meta.getRange({ start: PREFIX, end: `${PREFIX}\uffff` })) {
      out.push({ day: String(key).slice(PREFIX.length), usd: value as number });
    }
    return out;
  }

  private settle(day: string, usd: number): void {
    const left = (this.pending.get(day) ?? 0) - usd;
    if (left > 1e-12) this.pending.set(day, left);
    else this.pending.delete(day);
  }

  private prune(today: string): void {
    const cutoff = new Date(Date.parse(`${today}T00:00:00Z`) - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
    for (const key of this.tables.meta.getKeys({ start: PREFIX, end: PREFIX + cutoff })) this.tables.meta.removeSync(key);
  }
}
