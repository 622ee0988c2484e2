// One investigation, written against ports only: context from every telemetry backend in
// parallel → evidence (pure) → the diagnoser → the diagnosis stored → every notifier.
//
// A backend that fails, times out or throws becomes a note in the evidence: the diagnosis gets
// poorer, never stuck. A notifier that fails does not stop the others and does not fail the
// investigation (re-running it would pay for the diagnosis again). Muted, resolved and merged
// signatures are neither investigated nor reported.
import { buildEvidence } from './evidence.js';
import { isSilenced, transition } from './lifecycle.js';
import type { Diagnosis, Evidence, Signature, SignatureStatus } from './model.js';
import { failed, type Clock, type ContextPiece, type ContextRequest, type Diagnoser, type Notifier, type Outcome, type Report, type ReportKind, type SignatureStore, type SignatureUpdater, type TelemetryBackend } from './ports.js';
import type { QueueReason } from './triage.js';
import { workloadOf } from './workload.js';

export interface InvestigatorDeps {
  store: SignatureStore & SignatureUpdater;
  backends: TelemetryBackend[];
  /** The configured diagnoser (in production the budgeted wrapper). */
  diagnoser: Diagnoser;
  /** Used when the diagnoser fails for good, or on the last attempt: normally the offline evidence diagnoser. */
  fallback?: Diagnoser;
  notifiers: Notifier[];
  clock: Clock;
  /** DIAGNOSIS_BUDGET_USD. */
  budgetUsd: number;
  /**
   * Longest wait for one backend. Adapters have their own timeouts and retries; this bounds an
   * adapter that hangs anyway, so one backend can never hold an investigation.
   */
  backendDeadlineMs?: number;
  /** Samples read for trace ids and evidence. Default 25. */
  samples?: number;
  /** How far back before the last occurrence context is read (INVESTIGATION_CONTEXT_WINDOW). */
  contextWindowMs?: number;
}

export interface InvestigateOptions {
  reason?: QueueReason;
  /** Retryable diagnoser failures use the fallback instead of asking for another attempt. */
  lastAttempt?: boolean;
}

export interface NotificationResult {
  notifier: string;
  status: 'ok' | 'retryable' | 'failed';
  location?: string;
  error?: string;
}

export type InvestigationOutcome =
  | { status: 'diagnosed'; signature: Signature; diagnosis: Diagnosis; evidence: Evidence; reported: boolean; notifications: NotificationResult[] }
  | { status: 'skipped'; reason: string }
  | { status: 'retryable'; error: string; retryInMs: number }
  | { status: 'failed'; error: string };

const ACTOR = 'investigator';
const HISTORY_CAP = 200;
const DEFAULT_DEADLINE_MS = 60_000;
/** Logs and metrics are asked for from a little before the errors to a little after. */
const LEAD_MS = 10 * 60_000;
const TRAIL_MS = 5 * 60_000;
const DEFAULT_CONTEXT_WINDOW_MS = 60 * 60_000;

export class Investigator {
  constructor(private readonly deps: InvestigatorDeps) {}

  async investigate(id: string, options: InvestigateOptions = {}): Promise<InvestigationOutcome> {
    const { store, clock } = this.deps;
    const found = await store.getSignature(id);
    if (!found) return { status: 'skipped', reason: `signature ${id} does not exist` };
    if (isSilenced(found)) return { status: 'skipped', reason: found.mergedInto ? `merged into ${found.mergedInto}` : `signature is ${found.status}` };

    const previous: SignatureStatus = found.status === 'investigating' ? (found.diagnosis ? 'diagnosed' : 'new') : found.status;
    const kind: ReportKind = options.reason === 'manual' && found.diagnosis ? 'rediagnosed' : found.regressed ? 'regressed' : found.diagnosis ? 'rediagnosed' : 'new';
    const sig = await store.update(id, (s) => (isSilenced(s) ? s : transition(s, 'investigating', { actor: ACTOR, atMs: clock.now(), reason: options.reason }, 'investigation started')));
    if (isSilenced(sig)) return { status: 'skipped', reason: `signature is ${sig.status}` };

    const occurrences = await store.listOccurrences(id, this.deps.samples ?? 25);
    const traceIds = [...new Set(occurrences.map((o) => o.traceId).filter((t): t is string => Boolean(t)))];
    const nowMs = clock.now();
    const toMs = Math.min(nowMs, sig.lastSeenMs + TRAIL_MS);
    const request: ContextRequest = { signature: sig, service: sig.service, traceIds, fromMs: Math.max(sig.firstSeenMs, sig.lastSeenMs - (this.deps.contextWindowMs ?? DEFAULT_CONTEXT_WINDOW_MS)) - LEAD_MS, toMs, workload: workloadOf(occurrences) };
    const { contexts, notes } = await this.gather(request);
    const evidence = buildEvidence({ signature: sig, occurrences, contexts, notes, nowMs: clock.now() });

    const diagnosed = await this.diagnose(sig, evidence, options.lastAttempt ?? false);
    if (diagnosed.status !== 'ok') {
      await this.restore(id, previous, diagnosed.error);
      return diagnosed.status === 'retryable' ? { status: 'retryable', error: diagnosed.error, retryInMs: diagnosed.retryInMs } : { status: 'failed', error: diagnosed.error };
    }
    const diagnosis: Diagnosis = { ...diagnosed.value, createdMs: diagnosed.value.createdMs ?? clock.now() };

    const stored = await store.update(id, (s) => {
      const withDiagnosis = { ...s, diagnosis };
      // Muted or resolved while we worked: keep the diagnosis, keep the person's decision.
      if (s.status !== 'investigating' && s.status !== 'new') return withDiagnosis;
      return transition(withDiagnosis, 'diagnosed', { actor: ACTOR, atMs: clock.now(), reason: `${diagnosis.model}, confidence ${Math.round(diagnosis.confidence * 100)}%` }, 'diagnosed');
    });
    if (isSilenced(stored)) return { status: 'diagnosed', signature: stored, diagnosis, evidence, reported: false, notifications: [] };

    const report: Report = { kind, signature: stored, diagnosis, evidence };
    const notifications = await this.notify(report);
    const final = notifications.length ? await this.recordReports(id, notifications) : stored;
    return { status: 'diagnosed', signature: final, diagnosis, evidence, reported: true, notifications };
  }

  /** Where the report went, or why it did not, in the signature's history (`rounds show`). */
  private recordReports(id: string, notifications: NotificationResult[]): Promise<Signature> {
    const summary = notifications
      .map((n) => (n.status === 'ok' ? `${n.notifier}${n.location ? ` ${n.location}` : ''}` : `${n.notifier} ${n.status}: ${n.error}`))
      .join('; ');
    const failedAll = notifications.every((n) => n.status !== 'ok');
    return this.deps.store.update(id, (s) => {
      const history = [...s.history, { atMs: this.deps.clock.now(), actor: ACTOR, action: failedAll ? 'report failed' : 'reported', reason: summary }];
      // The same cap as lifecycle.ts: the creation entry and the most recent ones.
      return { ...s, history: history.length > HISTORY_CAP ? [history[0], ...history.slice(history.length - HISTORY_CAP + 1)] : history };
    });
  }

  private async gather(request: ContextRequest): Promise<{ contexts: { backend: string; piece: ContextPiece }[]; notes: string[] }> {
    const deadline = this.deps.backendDeadlineMs ?? DEFAULT_DEADLINE_MS;
    const results = await Promise.all(
      this.deps.backends.map(async (backend) => {
        try {
          return { backend: backend.name, outcome: await withDeadline(backend.fetchContext(request), deadline, `${backend.name} did not answer within ${deadline} ms`) };
        } catch (error) {
          return { backend: backend.name, outcome: { status: 'failed' as const, error: `${backend.name} failed: ${(error as Error).message}` } };
        }
      }),
    );
    const contexts: { backend: string; piece: ContextPiece }[] = [];
    const notes: string[] = [];
    for (const { backend, outcome } of results) {
      if (outcome.status === 'ok') contexts.push({ backend, piece: outcome.value });
      else notes.push(`${backend}: unavailable (${outcome.error})`);
    }
    return { contexts, notes };
  }

  private async diagnose(signature: Signature, evidence: Evidence, lastAttempt: boolean) {
    const { diagnoser, fallback, budgetUsd } = this.deps;
    const request = { signature, evidence, budgetUsd };
    let outcome;
    try {
      outcome = await diagnoser.diagnose(request);
    } catch (error) {
      outcome = { status: 'failed' as const, error: `${diagnoser.name} threw: ${(error as Error).message}` };
    }
    if (outcome.status === 'ok' || !fallback || fallback === diagnoser) return outcome;
    if (outcome.status === 'retryable' && !lastAttempt) return outcome;
    const second = await fallback.diagnose(request);
    if (second.status !== 'ok') return second;
    return { status: 'ok' as const, value: { ...second.value, fallbackReason: `${diagnoser.name} failed (${outcome.error}); used the ${fallback.name} diagnosis instead` } };
  }

  /** Puts the signature back where it was, unless someone else moved it meanwhile. */
  private async restore(id: string, previous: SignatureStatus, error: string): Promise<void> {
    const { store, clock } = this.deps;
    await store.update(id, (s) => (s.status === 'investigating' ? transition(s, previous, { actor: ACTOR, atMs: clock.now(), reason: error }, 'investigation failed') : s));
  }

  private async notify(report: Report): Promise<NotificationResult[]> {
    return Promise.all(
      this.deps.notifiers.map(async (notifier): Promise<NotificationResult> => {
        try {
          const outcome = await notifier.notify(report);
          if (outcome.status === 'ok') return { notifier: notifier.name, status: 'ok', ...(outcome.value.location ? { location: outcome.value.location } : {}) };
          return { notifier: notifier.name, status: outcome.status, error: outcome.error };
        } catch (error) {
          return { notifier: notifier.name, status: 'failed', error: (error as Error).message };
        }
      }),
    );
  }
}

function withDeadline<T>(promise: Promise<Outcome<T>>, ms: number, message: string): Promise<Outcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve(failed(message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
