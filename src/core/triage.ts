// What to investigate next, and why. Pure: the scheduler reads the queue and the store and
// passes plain facts in; this decides eligibility and order.
//
// Order: manual requests (`rounds diagnose`, POST /diagnose) first — a person is waiting. Then
// by a score: regressions before new errors (something believed fixed is back), busier errors
// before quiet ones, failed requests before exceptions the code caught, errors spread over
// many hosts or releases before local ones, and waiting time so a quiet error is never starved
// by a stream of loud ones. Retries lose a little.
import { isSilenced } from './lifecycle.js';
import type { Signature } from './model.js';

export type QueueReason = 'new' | 'regressed' | 'manual';

export interface QueueEntry {
  reason: QueueReason;
  enqueuedMs: number;
  attempts: number;
  notBeforeMs: number;
  lastError?: string;
}

export interface TriageCandidate {
  id: string;
  entry: QueueEntry;
  /** Undefined when the signature no longer exists. */
  signature: Signature | undefined;
  /** Occurrences in the last hour. */
  lastHourCount: number;
  /** Distinct hosts and releases among the stored samples. */
  hosts: number;
  releases: number;
  /** Every stored sample is a handled exception (the request itself succeeded). */
  handledOnly?: boolean;
}

export interface TriagePolicy {
  /** INVESTIGATION_SETTLE: let occurrences accumulate before looking. */
  settleMs: number;
  /** INVESTIGATION_MIN_COUNT. */
  minCount: number;
}

export type Eligibility =
  | { kind: 'ready' }
  /** Not yet: look again at `untilMs` (undefined: when more occurrences arrive). */
  | { kind: 'wait'; reason: string; untilMs?: number }
  /** Never: the entry should be removed. */
  | { kind: 'drop'; reason: string };

export function eligibility(c: TriageCandidate, policy: TriagePolicy, nowMs: number): Eligibility {
  const sig = c.signature;
  if (!sig) return { kind: 'drop', reason: 'signature no longer exists' };
  if (sig.mergedInto) return { kind: 'drop', reason: `merged into ${sig.mergedInto}` };
  if (isSilenced(sig)) return { kind: 'drop', reason: `signature is ${sig.status}` };
  if (c.entry.reason !== 'manual' && sig.status === 'diagnosed' && sig.diagnosis) return { kind: 'drop', reason: 'already diagnosed' };
  if (nowMs < c.entry.notBeforeMs) return { kind: 'wait', reason: c.entry.attempts > 0 ? `backing off after attempt ${c.entry.attempts}` : 'not before its time', untilMs: c.entry.notBeforeMs };
  if (c.entry.reason === 'manual') return { kind: 'ready' };
  const settledAt = c.entry.enqueuedMs + policy.settleMs;
  if (nowMs < settledAt) return { kind: 'wait', reason: 'settling', untilMs: settledAt };
  if (sig.count < policy.minCount) return { kind: 'wait', reason: `${sig.count} of ${policy.minCount} occurrences needed` };
  return { kind: 'ready' };
}

export interface Priority {
  score: number;
  why: string[];
}

const MANUAL_BONUS = 1_000;

export function priority(c: TriageCandidate, nowMs: number): Priority {
  const why: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    if (points === 0) return;
    score += points;
    why.push(`${reason} (${points > 0 ? '+' : ''}${Math.round(points * 10) / 10})`);
  };
  if (c.entry.reason === 'manual') add(MANUAL_BONUS, 'requested by a person');
  else if (c.entry.reason === 'regressed' || c.signature?.regressed) add(30, 'regressed');
  else add(20, 'new');
  // Logarithmic: 1000/h is more urgent than 10/h, but not a hundred times more.
  add(Math.min(30, 10 * Math.log10(1 + c.lastHourCount)), `${c.lastHourCount} in the last hour`);
  // An exception the code caught (the request succeeded) matters less than a failed request.
  if (c.handledOnly) add(-15, 'handled exceptions only');
  if (c.hosts > 1) add(Math.min(15, 5 * (c.hosts - 1)), `on ${c.hosts} hosts`);
  if (c.releases > 1) add(Math.min(10, 5 * (c.releases - 1)), `in ${c.releases} releases`);
  const waitedMin = Math.max(0, nowMs - c.entry.enqueuedMs) / 60_000;
  add(Math.min(20, waitedMin / 3), `waiting ${Math.round(waitedMin)} min`);
  if (c.entry.attempts > 0) add(-Math.min(15, 5 * c.entry.attempts), `${c.entry.attempts} failed attempt${c.entry.attempts === 1 ? '' : 's'}`);
  return { score, why };
}

export interface Ranked {
  ready: (TriageCandidate & Priority)[];
  waiting: { id: string; reason: string; untilMs?: number }[];
  dropped: { id: string; reason: string }[];
}

/** Ready candidates best first (ties: the longest waiting), plus what waits and what to drop. */
export function rank(candidates: TriageCandidate[], policy: TriagePolicy, nowMs: number): Ranked {
  const out: Ranked = { ready: [], waiting: [], dropped: [] };
  for (const c of candidates) {
    const e = eligibility(c, policy, nowMs);
    if (e.kind === 'ready') out.ready.push({ ...c, ...priority(c, nowMs) });
    else if (e.kind === 'wait') out.waiting.push({ id: c.id, reason: e.reason, untilMs: e.untilMs });
    else out.dropped.push({ id: c.id, reason: e.reason });
  }
  out.ready.sort((a, b) => b.score - a.score || a.entry.enqueuedMs - b.entry.enqueuedMs || a.id.localeCompare(b.id));
  return out;
}
