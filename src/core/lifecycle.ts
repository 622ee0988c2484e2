// The signature state machine. Pure: every function takes the signature and returns the
// changed copy (or throws LifecycleError for a transition that is not allowed).
//
//   new ──► investigating ──► diagnosed ──► resolved ──(occurrence)──► new (regressed)
//    │            │               │            │
//    └────────────┴─────►  muted  ◄────────────┘   (unmute / mute condition met → back)
//
// `reset` brings any state back to new (diagnosis, resolution and mute cleared). A signature
// merged into another is a tombstone and refuses every change until it is split out again.
// Every change appends to the signature's history: who, when, what and why.
//
// Regression follows Sentry's `_handle_regression`: a new occurrence of a resolved signature
// reopens it, unless it was "resolved in release X" and the occurrence comes from a release
// older than X. Mutes follow Sentry's "ignore until": a time, a count, or both (whichever
// comes first); muted and resolved signatures keep counting but are not investigated.
import type { HistoryEntry, MuteCondition, Signature, SignatureStatus } from './model.js';

export class LifecycleError extends Error {
  readonly code = 'INVALID_TRANSITION';
}

/** Allowed manual/automatic moves; `muted` and `resolved` are reachable from every open state. */
const TRANSITIONS: Record<SignatureStatus, readonly SignatureStatus[]> = {
  new: ['investigating', 'diagnosed', 'resolved', 'muted'],
  investigating: ['new', 'diagnosed', 'resolved', 'muted'],
  diagnosed: ['investigating', 'resolved', 'muted'],
  resolved: ['new', 'muted'],
  muted: ['new', 'diagnosed', 'resolved'],
};

export function canTransition(from: SignatureStatus, to: SignatureStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

const HISTORY_CAP = 200;

function withHistory(sig: Signature, entry: HistoryEntry): HistoryEntry[] {
  const history = [...sig.history, entry];
  // Keep the first entry (creation) and the most recent ones.
  return history.length > HISTORY_CAP ? [history[0], ...history.slice(history.length - HISTORY_CAP + 1)] : history;
}

export interface Actor {
  actor: string;
  atMs: number;
  reason?: string;
}

export interface RegressionFacts {
  cameBackMs: number;
  cameBackIn?: string;
  resolvedMs?: number;
  resolvedIn?: string;
}

/**
 * What a regression report says: when the signature came back and in which release, and when
 * it had been resolved (in which release). Signatures stored before the regression kept the
 * resolution take it from the history's last resolve.
 */
export function regressionFacts(sig: Signature): RegressionFacts | undefined {
  const r = sig.regression;
  if (!sig.regressed || !r) return undefined;
  if (r.resolvedAtMs !== undefined) return { cameBackMs: r.atMs, cameBackIn: r.release, resolvedMs: r.resolvedAtMs, resolvedIn: r.resolvedInRelease };
  const resolve = [...sig.history].reverse().find((h) => h.atMs <= r.atMs && (h.action === 'resolve' || h.action.startsWith('resolve in ')));
  return { cameBackMs: r.atMs, cameBackIn: r.release, resolvedMs: resolve?.atMs, resolvedIn: resolve?.action.startsWith('resolve in ') ? resolve.action.slice('resolve in '.length) : undefined };
}

/** A merged signature is a tombstone: its state is the target's, so it takes no changes. */
function assertNotMerged(sig: Signature): void {
  if (sig.mergedInto) throw new LifecycleError(`signature ${sig.id} is merged into ${sig.mergedInto}; change that one (or split it out first)`);
}

export function transition(sig: Signature, to: SignatureStatus, by: Actor, action: string = to): Signature {
  assertNotMerged(sig);
  if (sig.status === to) return sig;
  if (!canTransition(sig.status, to)) {
    throw new LifecycleError(`cannot move signature ${sig.id} from ${sig.status} to ${to}`);
  }
  return {
    ...sig,
    status: to,
    history: withHistory(sig, { atMs: by.atMs, actor: by.actor, action, from: sig.status, to, reason: by.reason }),
  };
}

/** The state a signature returns to when a mute ends: diagnosed if it has a diagnosis. */
function openState(sig: Signature): SignatureStatus {
  return sig.diagnosis ? 'diagnosed' : 'new';
}

/**
 * Resolves a signature, optionally "in release X". Resolving an already resolved signature
 * again replaces its resolution (e.g. to name the release the fix ships in) and says so in
 * the history, rather than silently doing nothing.
 */
export function resolve(sig: Signature, by: Actor, inRelease?: string): Signature {
  const action = inRelease ? `resolve in ${inRelease}` : 'resolve';
  const next =
    sig.status === 'resolved'
      ? { ...sig, history: withHistory(sig, { atMs: by.atMs, actor: by.actor, action, reason: by.reason }) }
      : transition(sig, 'resolved', by, action);
  assertNotMerged(next);
  return { ...next, resolution: { atMs: by.atMs, inRelease }, mute: undefined, regressed: false };
}

function describeMute(condition: MuteCondition): string {
  const parts = [
    condition.untilMs !== undefined ? `until ${new Date(condition.untilMs).toISOString()}` : '',
    condition.untilCount !== undefined ? `until count ${condition.untilCount}` : '',
  ].filter(Boolean);
  return parts.length ? `mute ${parts.join(' or ')}` : 'mute';
}

/**
 * Mutes a signature, for good or until a time and/or a count (whichever comes first ends it).
 * A condition that is already met would end the mute at the next occurrence, which is never
 * what the caller meant, so it is refused.
 */
export function mute(sig: Signature, by: Actor, condition: MuteCondition = {}): Signature {
  assertNotMerged(sig);
  if (condition.untilMs !== undefined && !(condition.untilMs > by.atMs)) {
    throw new LifecycleError(`mute end ${new Date(condition.untilMs).toISOString()} is not in the future`);
  }
  if (condition.untilCount !== undefined && !(Number.isInteger(condition.untilCount) && condition.untilCount > sig.count)) {
    throw new LifecycleError(`mute until count ${condition.untilCount} must be a whole number above the current count ${sig.count}`);
  }
  const action = describeMute(condition);
  const next =
    sig.status === 'muted'
      ? { ...sig, history: withHistory(sig, { atMs: by.atMs, actor: by.actor, action, reason: by.reason }) }
      : transition(sig, 'muted', by, action);
  return { ...next, mute: { ...condition } };
}

export function unmute(sig: Signature, by: Actor, action = 'unmute'): Signature {
  if (sig.status !== 'muted') throw new LifecycleError(`signature ${sig.id} is not muted (it is ${sig.status})`);
  return { ...transition(sig, openState(sig), by, action), mute: undefined };
}

/** Back to NEW: clears the diagnosis, resolution and mute, so it is investigated afresh. */
export function reset(sig: Signature, by: Actor): Signature {
  assertNotMerged(sig);
  return {
    ...sig,
    status: 'new',
    regressed: false,
    regression: undefined,
    resolution: undefined,
    mute: undefined,
    diagnosis: undefined,
    history: withHistory(sig, { atMs: by.atMs, actor: by.actor, action: 'reset', from: sig.status, to: 'new', reason: by.reason }),
  };
}

/**
 * Orders two release strings: numerically by dotted components when both look like versions
 * (1.10.0 > 1.9.3), otherwise by the order in which the signature first saw them.
 */
export function compareReleases(a: string, b: string, seenOrder: readonly string[] = []): number {
  const va = versionParts(a);
  const vb = versionParts(b);
  if (va && vb) {
    for (let i = 0; i < Math.max(va.parts.length, vb.parts.length); i++) {
      const d = (va.parts[i] ?? 0) - (vb.parts[i] ?? 0);
      if (d !== 0) return d;
    }
    // Semver: a pre-release comes before its release (2.0.0-rc.1 < 2.0.0).
    if (va.pre === vb.pre) return 0;
    if (va.pre === undefined) return 1;
    if (vb.pre === undefined) return -1;
    return va.pre.localeCompare(vb.pre, 'en', { numeric: true });
  }
  const ia = seenOrder.indexOf(a);
  const ib = seenOrder.indexOf(b);
  if (ia === -1 || ib === -1) return a === b ? 0 : ia === -1 ? 1 : -1; // an unseen release is newer
  return ia - ib;
}

/** Both names order as versions (compareReleases reads their numbers, not when each was first seen). */
export function ordersAsVersions(a: string, b: string): boolean {
  return versionParts(a) !== undefined && versionParts(b) !== undefined;
}

function versionParts(v: string): { parts: number[]; pre?: string } | undefined {
  // Build metadata (+…) does not order versions; a pre-release tag (-…) does.
  const m = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v.trim()) ?? /^v?(\d+(?:\.\d+)*)/.exec(v.trim());
  return m ? { parts: m[1].split('.').map(Number), pre: m[2] } : undefined;
}

export interface OccurrenceFacts {
  atMs: number;
  release?: string;
  /** The signature's count after this batch's occurrences are added. */
  countAfter: number;
}

/**
 * What new occurrences do to a signature's state: reopen a resolved one (regression) and end
 * a mute whose condition is met. Returns the signature unchanged when nothing happens.
 */
export function onOccurrence(sig: Signature, facts: OccurrenceFacts): Signature {
  if (sig.status === 'resolved') {
    const inRelease = sig.resolution?.inRelease;
    if (inRelease && (!facts.release || compareReleases(facts.release, inRelease, sig.releases) < 0)) {
      return sig; // an older build still running: not a regression ("resolved in next release")
    }
    const by = { actor: 'pipeline', atMs: facts.atMs, reason: facts.release ? `occurred again in release ${facts.release}` : 'occurred again' };
    const reopened = transition(sig, 'new', by, 'regressed');
    // The resolution is over; keeping it would let a later check read a stale "resolved in".
    // The broken resolution is kept with the regression: a report says when it was resolved.
    const regression = { atMs: facts.atMs, release: facts.release, resolvedAtMs: sig.resolution?.atMs, resolvedInRelease: sig.resolution?.inRelease };
    return { ...reopened, regressed: true, regression, resolution: undefined, diagnosis: undefined };
  }
  if (sig.status === 'muted' && sig.mute) {
    const timeUp = sig.mute.untilMs !== undefined && facts.atMs >= sig.mute.untilMs;
    const countUp = sig.mute.untilCount !== undefined && facts.countAfter >= sig.mute.untilCount;
    if (timeUp || countUp) {
      return unmute(sig, { actor: 'pipeline', atMs: facts.atMs, reason: timeUp ? 'mute period ended' : `count reached ${sig.mute.untilCount}` }, 'mute expired');
    }
  }
  return sig;
}

/** A muted signature whose time condition has passed, seen without a new occurrence. */
export function expireMute(sig: Signature, nowMs: number): Signature {
  if (sig.status === 'muted' && sig.mute?.untilMs !== undefined && nowMs >= sig.mute.untilMs) {
    return unmute(sig, { actor: 'scheduler', atMs: nowMs, reason: 'mute period ended' }, 'mute expired');
  }
  return sig;
}

/** True when occurrences should not lead to investigation or notification. */
export function isSilenced(sig: Signature): boolean {
  return sig.status === 'muted' || sig.status === 'resolved' || Boolean(sig.mergedInto);
}

/**
 * Merge `source` into `target`: the target takes the source's fingerprint (and aliases) and
 * counts; the source stays as a tombstone pointing at the target, so `split` can undo it.
 */
export function merge(target: Signature, source: Signature, by: Actor): { target: Signature; source: Signature } {
  if (target.id === source.id) throw new LifecycleError('cannot merge a signature into itself');
  if (source.mergedInto) throw new LifecycleError(`signature ${source.id} is already merged into ${source.mergedInto}`);
  if (target.mergedInto) throw new LifecycleError(`signature ${target.id} is merged into ${target.mergedInto}; merge into that one`);
  const aliases = [...new Set([...target.aliases, source.fingerprint, ...source.aliases])];
  return {
    target: {
      ...target,
      aliases,
      count: target.count + source.count,
      firstSeenMs: Math.min(target.firstSeenMs, source.firstSeenMs),
      lastSeenMs: Math.max(target.lastSeenMs, source.lastSeenMs),
      releases: [...new Set([...target.releases, ...source.releases])],
      environments: [...new Set([...target.environments, ...source.environments])],
      tags: [...new Set([...target.tags, ...source.tags])],
      history: withHistory(target, { atMs: by.atMs, actor: by.actor, action: `merged ${source.id} in`, reason: by.reason }),
    },
    source: {
      ...source,
      mergedInto: target.id,
      history: withHistory(source, { atMs: by.atMs, actor: by.actor, action: `merged into ${target.id}`, reason: by.reason }),
    },
  };
}

/** Undo a merge: the source gets its fingerprints back; counts stay where they were counted since. */
export function split(target: Signature, source: Signature, by: Actor): { target: Signature; source: Signature } {
  if (source.mergedInto !== target.id) throw new LifecycleError(`signature ${source.id} is not merged into ${target.id}`);
  const moved = new Set([source.fingerprint, ...source.aliases]);
  return {
    target: {
      ...target,
      aliases: target.aliases.filter((a) => !moved.has(a)),
      count: Math.max(0, target.count - source.count),
      history: withHistory(target, { atMs: by.atMs, actor: by.actor, action: `split ${source.id} out`, reason: by.reason }),
    },
    source: {
      ...source,
      mergedInto: undefined,
      history: withHistory(source, { atMs: by.atMs, actor: by.actor, action: `split from ${target.id}`, reason: by.reason }),
    },
  };
}

/** Adds and removes tags (kept sorted, without duplicates); a no-op change leaves no history. */
export function tag(sig: Signature, by: Actor, add: readonly string[], remove: readonly string[] = []): Signature {
  assertNotMerged(sig);
  const bad = [...add, ...remove].find((t) => !/^[\w.:/-]{1,64}$/.test(t));
  if (bad !== undefined) throw new LifecycleError(`tag "${bad}" must be 1–64 letters, digits or . _ : / -`);
  const tags = [...new Set([...sig.tags.filter((t) => !remove.includes(t)), ...add])].sort();
  const added = tags.filter((t) => !sig.tags.includes(t));
  const removed = sig.tags.filter((t) => !tags.includes(t));
  if (!added.length && !removed.length) return sig;
  const action = [added.length ? `tag +${added.join(' +')}` : '', removed.length ? `untag -${removed.join(' -')}` : ''].filter(Boolean).join(', ');
  return { ...sig, tags, history: withHistory(sig, { atMs: by.atMs, actor: by.actor, action, reason: by.reason }) };
}

/**
 * Records that someone asked for a (re-)diagnosis; the queue entry itself lives in the store.
 * Muted and resolved signatures are not investigated, so asking is refused rather than queued
 * for nothing.
 */
export function requestDiagnosis(sig: Signature, by: Actor): Signature {
  assertNotMerged(sig);
  if (sig.status === 'muted' || sig.status === 'resolved') {
    throw new LifecycleError(`signature ${sig.id} is ${sig.status} and is not investigated; ${sig.status === 'muted' ? 'unmute' : 'reset'} it first`);
  }
  return { ...sig, history: withHistory(sig, { atMs: by.atMs, actor: by.actor, action: 'diagnosis requested', reason: by.reason }) };
}
