// An in-memory BudgetLedger for tests (production uses the store's, test/store/contract).
import type { BudgetLedger } from '../../../src/core/budget.js';

export class MemoryLedger implements BudgetLedger {
  readonly days = new Map<string, number>();
  async spentOn(day: string): Promise<number> {
    return this.days.get(day) ?? 0;
  }
  async reserveBudget(day: string, usd: number, limitUsd: number): Promise<boolean> {
    const total = this.days.get(day) ?? 0;
    if (total + usd > limitUsd + 1e-9) return false;
    this.days.set(day, total + usd);
    return true;
  }
  async recordSpend(day: string, usd: number): Promise<void> {
    if (usd !== 0) this.days.set(day, Math.max(0, (this.days.get(day) ?? 0) + usd));
  }
}
