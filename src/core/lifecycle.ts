// The signature state machine. Pure: every function takes the signature and returns the
// changed copy (or throws LifecycleError for a transition that is not allowed).
//
//   new ──► investigating ──► diagnosed ──► resolved ──(occurrence)──► new (regressed)
//    │            │               │            │
//    └────────────┴─────►  muted  ◄────────────┘   (unmute / mute condition met → back)
//
// Regression follows Sentry's `_handle_regression`: a new occurrence of a resolved signature
// reopens it, unless it was "resolved in release X" and the occurrence comes from a release
// older than X.
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

export function transition(sig: Signature, to: SignatureStatus, by: Actor, action: string = to): Signature {
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

export function resolve(sig: Signature, by: Actor, inRelease?: string): Signature {
  const next = transition(sig, 'resolved', by, inRelease ? `resolve in ${inRelease}` : 'resolve');
  return { ...next, resolution: { atMs: by.atMs, inRelease }, mute: undefined, regressed: false };
}

export function mute(sig: Signature, by: Actor, condition: MuteCondition = {}): Signature {
  const next = sig.status === 'muted' ? sig : transition(sig, 'muted', by, 'mute');
  const described = [condition.untilMs !== undefined ? `until ${new Date(condition.untilMs).toISOString()}` : '', condition.untilCount !== undefined ? `until count ${condition.untilCount}` : '']
    .filter(Boolean)
    .join(', ');
  return {
    ...next,
    mute: { ...condition },
    history: sig.status === 'muted' ? withHistory(sig, { atMs: by.atMs, actor: by.actor, action: `mute ${described}`.trim(), reason: by.reason }) : next.history,
  };
}

export function unmute(sig: Signature, by: Actor, action = 'unmute'): Signature {
  if (sig.status !== 'muted') throw new LifecycleError(`signature ${sig.id} is not muted (it is ${sig.status})`);
  return { ...transition(sig, openState(sig), by, action), mute: undefined };
}

/** Back to NEW: clears the diagnosis, resolution and mute, so it is investigated afresh. */
export function reset(sig: Signature, by: Actor): Signature {
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
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (va[i] ?? 0) - (vb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
  const ia = seenOrder.indexOf(a);
  const ib = seenOrder.indexOf(b);
  if (ia === -1 || ib === -1) return a === b ? 0 : ia === -1 ? 1 : -1; // an unseen release is newer
  return ia - ib;
}

function versionParts(v: string): number[] | undefined {
  const m = /^v?(\d+(?:\.\d+)*)/.exec(v.trim());
  return m ? m[1].split('.').map(Number) : undefined;
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
    return { ...reopened, regressed: true, regression: { atMs: facts.atMs, release: facts.release }, diagnosis: undefined };
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
