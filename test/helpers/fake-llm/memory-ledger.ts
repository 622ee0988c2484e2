// An in-memory BudgetLedger for tests (production uses the LMDB one).
import type { BudgetLedger } from '../../../src/core/budget.js';

export class MemoryLedger implements BudgetLedger {
  readonly days = new Map<string, number>();
  spentOn(day: string): number {
    return this.days.get(day) ?? 0;
  }
  record(day: string, usd: number): void {
    this.days.set(day, this.spentOn(day) + usd);
  }
}
