// The diagnoser the investigator actually calls when a paid one is configured: it redacts the
// request, checks the estimate against the per-diagnosis cap and the day's total in the ledger,
// and only then lets the configured diagnoser run; over budget it answers with the offline
// evidence diagnosis and says why in `fallbackReason`. Actual costs (from the API's usage) are
// recorded in the ledger, also for answers that were billed but rejected (CostReporting).
import { checkBudget, formatUsd, isCostReporting, utcDay, type BudgetLedger } from '../../core/budget.js';
import type { Diagnosis } from '../../core/model.js';
import type { Clock, Diagnoser, DiagnosisRequest, Outcome } from '../../core/ports.js';
import type { Redactor } from '../../core/redact.js';

export interface BudgetedDiagnoserOptions {
  /** The configured (paid) diagnoser. */
  inner: Diagnoser;
  /** Used when over budget; normally an EvidenceDiagnoser. */
  fallback: Diagnoser;
  ledger: BudgetLedger;
  /** DIAGNOSIS_BUDGET_USD: the cap of one diagnosis (a request's own budgetUsd may lower it). */
  perDiagnosisUsd: number;
  /** DAILY_BUDGET_LIMIT: the cap of one UTC day. */
  dailyLimitUsd: number;
  redactor: Redactor;
  clock?: Clock;
}

export class BudgetedDiagnoser implements Diagnoser {
  readonly name: string;
  private readonly clock: Clock;
  /** The inner diagnoser's `spentUsd` already written to the ledger (when it reports one). */
  private recordedUsd: number;

  constructor(private readonly options: BudgetedDiagnoserOptions) {
    this.name = options.inner.name;
    this.clock = options.clock ?? { now: () => Date.now() };
    this.recordedUsd = isCostReporting(options.inner) ? options.inner.spentUsd : 0;
  }

  estimateCostUsd(request: DiagnosisRequest): number {
    return this.options.inner.estimateCostUsd(this.prepare(request));
  }

  /**
   * The estimate is reserved in the ledger before the call — atomically against the daily
   * limit, so concurrent diagnoses (in this process or another one on the same store) cannot
   * together overspend it — and settled to the actual cost afterwards.
   */
  async diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>> {
    const { ledger, dailyLimitUsd } = this.options;
    const safe = this.prepare(request);
    const day = utcDay(this.clock.now());
    const estimate = this.options.inner.estimateCostUsd(safe);
    const check = async () => checkBudget({ estimateUsd: estimate, perDiagnosisUsd: safe.budgetUsd, dailyLimitUsd, spentTodayUsd: await ledger.spentOn(day) });
    const decision = await check();
    if (!decision.allowed) return this.fallBack(safe, `${this.options.inner.name}: ${decision.reason}; used the offline evidence diagnosis instead`);
    if (!(await ledger.reserveBudget(day, estimate, dailyLimitUsd))) {
      // Someone else spent the rest between the check and the reservation.
      const again = await check();
      const reason = again.allowed ? `daily budget of ${formatUsd(dailyLimitUsd)} reached by diagnoses running elsewhere` : again.reason;
      return this.fallBack(safe, `${this.options.inner.name}: ${reason}; used the offline evidence diagnosis instead`);
    }

    let chargedUsd = 0;
    try {
      const outcome = await this.options.inner.diagnose(safe);
      const inner = this.options.inner;
      if (isCostReporting(inner)) {
        // Whatever was billed since the last record, failed answers included.
        chargedUsd = Math.max(0, inner.spentUsd - this.recordedUsd);
        this.recordedUsd = inner.spentUsd;
      } else if (outcome.status === 'ok' && outcome.value.costUsd > 0) {
        chargedUsd = outcome.value.costUsd;
      }
      return outcome;
    } finally {
      // Settles the reservation to what was billed (the difference may be either way).
      await ledger.recordSpend(day, chargedUsd - estimate);
    }
  }

  private async fallBack(request: DiagnosisRequest, reason: string): Promise<Outcome<Diagnosis>> {
    const outcome = await this.options.fallback.diagnose(request);
    return outcome.status === 'ok' ? { status: 'ok', value: { ...outcome.value, fallbackReason: reason } } : outcome;
  }

  /** Redacted copy with the effective per-diagnosis budget. Nothing unredacted reaches `inner`. */
  private prepare(request: DiagnosisRequest): DiagnosisRequest {
    return {
      signature: this.options.redactor.redactDeep(request.signature),
      evidence: this.options.redactor.redactDeep(request.evidence),
      budgetUsd: Math.min(request.budgetUsd, this.options.perDiagnosisUsd),
    };
  }
}
