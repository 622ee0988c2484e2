// The offline default diagnoser: deterministic, free, built only from the Evidence the
// investigator gathered, through the cause table of core/causes.
import { diagnoseFromEvidence } from '../../core/causes/diagnose.js';
import type { Diagnosis } from '../../core/model.js';
import { ok, type Clock, type Diagnoser, type DiagnosisRequest, type Outcome } from '../../core/ports.js';
import type { DiagnoserExtension } from './registry.js';

export { diagnoseFromEvidence };

export interface EvidenceDiagnoserOptions {
  clock?: Clock;
}

export class EvidenceDiagnoser implements Diagnoser {
  readonly name = 'evidence';
  private readonly clock: Clock;

  constructor(options: EvidenceDiagnoserOptions = {}) {
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  estimateCostUsd(): number {
    return 0;
  }

  async diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>> {
    return ok({ ...diagnoseFromEvidence(request.signature, request.evidence), createdMs: this.clock.now() });
  }
}

/**
 * DIAGNOSIS_BACKEND=evidence, the default: the offline engine. It sends nothing anywhere, so
 * it runs outside the budget wrapper, and it is every other diagnoser's fallback.
 */
export const evidenceExtension = {
  name: 'evidence',
  settings: {},
  offline: true,
  create: (_s, deps) => new EvidenceDiagnoser({ clock: deps.clock }),
} satisfies DiagnoserExtension<'evidence', Record<never, never>>;
