import { describe, expect, it } from 'vitest';
import {
  canTransition,
  compareReleases,
  expireMute,
  isSilenced,
  LifecycleError,
  merge,
  mute,
  onOccurrence,
  requestDiagnosis,
  reset,
  resolve,
  split,
  tag,
  transition,
  unmute,
} from '../../src/core/lifecycle.js';
import { SIGNATURE_STATUSES, type Signature, type SignatureStatus } from '../../src/core/model.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const by = (atMs = T0 + 1000, actor = 'cli:alice', reason?: string) => ({ actor, atMs, reason });

function sig(overrides: Partial<Signature> = {}): Signature {
  return {
    id: 'aaaa00000001',
    fingerprint: 'fp-a',
    algorithm: 'v1',
    aliases: [],
    status: 'new',
    regressed: false,
    source: 'span',
    service: 'checkout',
    type: 'TypeError',
    message: 'x is undefined',
    count: 10,
    firstSeenMs: T0 - 3_600_000,
    lastSeenMs: T0,
    releases: ['1.0.0'],
    environments: ['prod'],
    tags: [],
    history: [{ atMs: T0 - 3_600_000, actor: 'pipeline', action: 'created', to: 'new' }],
    ...overrides,
  };
}

const EXPECTED: Record<SignatureStatus, SignatureStatus[]> = {
  new: ['investigating', 'diagnosed', 'resolved', 'muted'],
  investigating: ['new', 'diagnosed', 'resolved', 'muted'],
  diagnosed: ['investigating', 'resolved', 'muted'],
  resolved: ['new', 'muted'],
  muted: ['new', 'diagnosed', 'resolved'],
};

describe('transition table', () => {
  for (const from of SIGNATURE_STATUSES) {
    for (const to of SIGNATURE_STATUSES) {
      if (from === to) continue;
      const allowed = EXPECTED[from].includes(to);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
        const s = sig({ status: from });
        if (allowed) {
          const next = transition(s, to, by());
          expect(next.status).toBe(to);
          expect(next.history.at(-1)).toEqual({ atMs: T0 + 1000, actor: 'cli:alice', action: to, from, to, reason: undefined });
          expect(s.status).toBe(from); // pure: the input is untouched
        } else {
          expect(() => transition(s, to, by())).toThrow(LifecycleError);
          expect(() => transition(s, to, by())).toThrow(`cannot move signature aaaa00000001 from ${from} to ${to}`);
        }
      });
    }
  }

  it('a move to the current state changes nothing and records nothing', () => {
    const s = sig({ status: 'diagnosed' });
    expect(transition(s, 'diagnosed', by())).toBe(s);
  });

  it('LifecycleError carries a stable code', () => {
    try {
      transition(sig({ status: 'resolved' }), 'diagnosed', by());
      expect.unreachable();
    } catch (error) {
      expect((error as LifecycleError).code).toBe('INVALID_TRANSITION');
    }
  });
});

describe('resolve', () => {
  it('resolves with who, when and why, clearing mute and the regressed mark', () => {
    const s = resolve(sig({ status: 'diagnosed', regressed: true }), by(T0 + 5, 'api', 'fixed in #42'));
    expect(s).toMatchObject({ status: 'resolved', regressed: false, resolution: { atMs: T0 + 5 } });
    expect(s.history.at(-1)).toMatchObject({ actor: 'api', action: 'resolve', from: 'diagnosed', to: 'resolved', reason: 'fixed in #42' });
  });

  it('records the release of a "resolved in release X"', () => {
    const s = resolve(sig(), by(), '1.2.0');
    expect(s.resolution).toEqual({ atMs: T0 + 1000, inRelease: '1.2.0' });
    expect(s.history.at(-1)!.action).toBe('resolve in 1.2.0');
  });

  it('resolving again replaces the resolution and says so in the history', () => {
    const once = resolve(sig(), by(T0 + 1), '1.1.0');
    const twice = resolve(once, by(T0 + 2), '1.2.0');
    expect(twice.resolution).toEqual({ atMs: T0 + 2, inRelease: '1.2.0' });
    expect(twice.history).toHaveLength(once.history.length + 1);
    expect(twice.history.at(-1)).toMatchObject({ action: 'resolve in 1.2.0', atMs: T0 + 2 });
  });

  it('resolves a muted signature and drops its mute', () => {
    const muted = mute(sig(), by(), { untilCount: 100 });
    const s = resolve(muted, by(T0 + 2000));
    expect(s.status).toBe('resolved');
    expect(s.mute).toBeUndefined();
  });
});

describe('regression (onOccurrence on a resolved signature)', () => {
  it('reopens a resolved signature as NEW, regressed, with the time and release', () => {
    const resolved = { ...resolve(sig({ diagnosis: { rootCause: 'r', evidence: [], suggestedFix: 'f', confidence: 0.5, model: 'evidence', costUsd: 0 } }), by()) };
    const s = onOccurrence(resolved, { atMs: T0 + 9000, release: '1.0.1', countAfter: 11 });
    expect(s).toMatchObject({ status: 'new', regressed: true, regression: { atMs: T0 + 9000, release: '1.0.1' } });
    expect(s.diagnosis).toBeUndefined(); // investigated afresh
    expect(s.resolution).toBeUndefined();
    expect(s.history.at(-1)).toMatchObject({ actor: 'pipeline', action: 'regressed', from: 'resolved', to: 'new', reason: 'occurred again in release 1.0.1' });
  });

  it('reopens a plain resolution even without a release on the event', () => {
    const s = onOccurrence(resolve(sig(), by()), { atMs: T0 + 9000, countAfter: 11 });
    expect(s.regressed).toBe(true);
    expect(s.history.at(-1)!.reason).toBe('occurred again');
  });

  it('"resolved in 1.2.0" ignores occurrences from older releases and reopens on 1.2.0 and newer', () => {
    const resolved = resolve(sig({ releases: ['1.0.0', '1.1.0'] }), by(), '1.2.0');
    expect(onOccurrence(resolved, { atMs: T0 + 2, release: '1.1.0', countAfter: 11 })).toBe(resolved);
    expect(onOccurrence(resolved, { atMs: T0 + 2, release: '1.1.9', countAfter: 11 })).toBe(resolved);
    expect(onOccurrence(resolved, { atMs: T0 + 2, release: '1.2.0', countAfter: 11 }).regressed).toBe(true);
    expect(onOccurrence(resolved, { atMs: T0 + 2, release: '1.10.0', countAfter: 11 }).regressed).toBe(true);
  });

  it('"resolved in X" cannot tell an event without a release is newer, so it stays resolved', () => {
    const resolved = resolve(sig(), by(), '2.0.0');
    expect(onOccurrence(resolved, { atMs: T0 + 2, countAfter: 11 })).toBe(resolved);
  });

  it('non-version releases are ordered by when the signature first saw them', () => {
    // Resolved in a build not seen yet: every build seen so far is older.
    const resolved = resolve(sig({ releases: ['abc123', 'def456'] }), by(), 'fff999');
    expect(onOccurrence(resolved, { atMs: T0, release: 'def456', countAfter: 11 })).toBe(resolved);
    // The fixed build itself failing again (the writer adds it to `releases` first) is a regression.
    const seen = { ...resolved, releases: [...resolved.releases, 'fff999'] };
    expect(onOccurrence(seen, { atMs: T0, release: 'fff999', countAfter: 11 }).regressed).toBe(true);
  });

  it('leaves open signatures alone', () => {
    for (const status of ['new', 'investigating', 'diagnosed'] as const) {
      const s = sig({ status });
      expect(onOccurrence(s, { atMs: T0, release: '9.9.9', countAfter: 99 })).toBe(s);
    }
  });
});

describe('compareReleases', () => {
  it('compares dotted versions numerically', () => {
    expect(compareReleases('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareReleases('v2.0', '2.0.0')).toBe(0);
    expect(compareReleases('1.2', '1.2.1')).toBeLessThan(0);
  });

  it('orders pre-releases before their release and ignores build metadata', () => {
    expect(compareReleases('2.0.0-rc.1', '2.0.0')).toBeLessThan(0);
    expect(compareReleases('2.0.0', '2.0.0-rc.1')).toBeGreaterThan(0);
    expect(compareReleases('2.0.0-rc.10', '2.0.0-rc.9')).toBeGreaterThan(0);
    expect(compareReleases('2.0.0+build.7', '2.0.0')).toBe(0);
    expect(compareReleases('2.0.0-rc.1', '1.9.9')).toBeGreaterThan(0);
    // "Resolved in 2.0.0": a release candidate of it is an older build.
    const resolved = resolve(sig(), by(), '2.0.0');
    expect(onOccurrence(resolved, { atMs: T0, release: '2.0.0-rc.2', countAfter: 11 })).toBe(resolved);
  });

  it('falls back to the order first seen; an unseen release counts as newer', () => {
    expect(compareReleases('b', 'a', ['b', 'a'])).toBeLessThan(0);
    expect(compareReleases('new', 'a', ['a'])).toBeGreaterThan(0);
    expect(compareReleases('a', 'new', ['a'])).toBeLessThan(0);
    expect(compareReleases('x', 'x', [])).toBe(0);
  });
});

describe('mute', () => {
  it('mutes for good, keeping the state to return to', () => {
    const s = mute(sig({ status: 'diagnosed', diagnosis: { rootCause: 'r', evidence: [], suggestedFix: 'f', confidence: 1, model: 'evidence', costUsd: 0 } }), by());
    expect(s).toMatchObject({ status: 'muted', mute: {} });
    expect(s.history.at(-1)).toMatchObject({ action: 'mute', from: 'diagnosed', to: 'muted' });
    expect(isSilenced(s)).toBe(true);
    expect(unmute(s, by(T0 + 5)).status).toBe('diagnosed');
  });

  it('describes the condition in the history', () => {
    const s = mute(sig(), by(), { untilMs: T0 + 7_200_000, untilCount: 60 });
    expect(s.history.at(-1)!.action).toBe(`mute until ${new Date(T0 + 7_200_000).toISOString()} or until count 60`);
  });

  it('keeps counting while muted, and a count condition ends the mute when reached', () => {
    const s = mute(sig({ count: 10 }), by(), { untilCount: 15 });
    expect(onOccurrence(s, { atMs: T0 + 10, countAfter: 14 })).toBe(s);
    const after = onOccurrence(s, { atMs: T0 + 20, countAfter: 15 });
    expect(after).toMatchObject({ status: 'new', mute: undefined });
    expect(after.history.at(-1)).toMatchObject({ actor: 'pipeline', action: 'mute expired', reason: 'count reached 15', from: 'muted', to: 'new' });
  });

  it('a time condition ends at the next occurrence after it, or by the periodic expiry', () => {
    const s = mute(sig(), by(T0), { untilMs: T0 + 60_000 });
    expect(onOccurrence(s, { atMs: T0 + 59_999, countAfter: 11 })).toBe(s);
    expect(onOccurrence(s, { atMs: T0 + 60_000, countAfter: 11 }).status).toBe('new');
    expect(expireMute(s, T0 + 59_999)).toBe(s);
    const expired = expireMute(s, T0 + 60_000);
    expect(expired).toMatchObject({ status: 'new', mute: undefined });
    expect(expired.history.at(-1)).toMatchObject({ actor: 'scheduler', action: 'mute expired' });
  });

  it('expireMute ignores mutes without a time condition and signatures that are not muted', () => {
    const forever = mute(sig(), by());
    expect(expireMute(forever, T0 + 1e12)).toBe(forever);
    const byCount = mute(sig(), by(), { untilCount: 1000 });
    expect(expireMute(byCount, T0 + 1e12)).toBe(byCount);
    const open = sig();
    expect(expireMute(open, T0 + 1e12)).toBe(open);
  });

  it('muting a muted signature replaces the condition and records it', () => {
    const once = mute(sig(), by(), { untilCount: 20 });
    const twice = mute(once, by(T0 + 2000), { untilMs: T0 + 10_000 });
    expect(twice.mute).toEqual({ untilMs: T0 + 10_000 });
    expect(twice.history).toHaveLength(once.history.length + 1);
  });

  it('refuses conditions that are already met', () => {
    expect(() => mute(sig(), by(T0), { untilMs: T0 })).toThrow(/not in the future/);
    expect(() => mute(sig({ count: 10 }), by(), { untilCount: 10 })).toThrow(/above the current count 10/);
    expect(() => mute(sig(), by(), { untilCount: 12.5 })).toThrow(LifecycleError);
  });

  it('a muted resolved signature does not regress; unmute reopens it', () => {
    const s = mute(resolve(sig(), by()), by(T0 + 2000));
    expect(s.status).toBe('muted');
    expect(onOccurrence(s, { atMs: T0 + 3000, countAfter: 11 })).toBe(s);
    expect(unmute(s, by(T0 + 4000)).status).toBe('new');
  });

  it('unmute of a signature that is not muted is an error', () => {
    expect(() => unmute(sig({ status: 'diagnosed' }), by())).toThrow('signature aaaa00000001 is not muted (it is diagnosed)');
  });
});

describe('reset', () => {
  it('returns any state to NEW and clears diagnosis, resolution, mute and regression', () => {
    for (const status of SIGNATURE_STATUSES) {
      const s = reset(
        sig({ status, regressed: true, regression: { atMs: T0 }, resolution: { atMs: T0 }, mute: { untilCount: 50 }, diagnosis: { rootCause: 'r', evidence: [], suggestedFix: 'f', confidence: 1, model: 'm', costUsd: 0 } }),
        by(T0 + 1, 'cli:bob', 'wrong diagnosis'),
      );
      expect(s).toMatchObject({ status: 'new', regressed: false });
      expect(s.diagnosis ?? s.resolution ?? s.mute ?? s.regression).toBeUndefined();
      expect(s.history.at(-1)).toEqual({ atMs: T0 + 1, actor: 'cli:bob', action: 'reset', from: status, to: 'new', reason: 'wrong diagnosis' });
    }
  });
});

describe('merge and split', () => {
  const target = () => sig({ id: 'target000001', fingerprint: 'fp-t', aliases: ['fp-t-old'], count: 100, firstSeenMs: T0 - 5000, lastSeenMs: T0, releases: ['1.0.0'], tags: ['db'] });
  const source = () => sig({ id: 'source000001', fingerprint: 'fp-s', aliases: ['fp-s-old'], count: 30, firstSeenMs: T0 - 9000, lastSeenMs: T0 + 500, releases: ['1.1.0'], environments: ['staging'], tags: ['flaky'] });

  it('the target takes the source fingerprints, counts, times, releases; the source becomes a tombstone', () => {
    const { target: t, source: s } = merge(target(), source(), by(T0 + 1, 'cli:alice', 'same bug'));
    expect(t.aliases).toEqual(['fp-t-old', 'fp-s', 'fp-s-old']);
    expect(t).toMatchObject({ count: 130, firstSeenMs: T0 - 9000, lastSeenMs: T0 + 500, releases: ['1.0.0', '1.1.0'], environments: ['prod', 'staging'], tags: ['db', 'flaky'] });
    expect(t.history.at(-1)).toMatchObject({ action: 'merged source000001 in', actor: 'cli:alice', reason: 'same bug' });
    expect(s.mergedInto).toBe('target000001');
    expect(s.history.at(-1)).toMatchObject({ action: 'merged into target000001' });
    expect(isSilenced(s)).toBe(true);
  });

  it('refuses self-merges, merging a tombstone and merging into one', () => {
    expect(() => merge(target(), target(), by())).toThrow('cannot merge a signature into itself');
    const { source: tomb } = merge(target(), source(), by());
    expect(() => merge(target(), tomb, by())).toThrow('already merged into target000001');
    expect(() => merge(tomb, target(), by())).toThrow('merge into that one');
  });

  it('a tombstone refuses lifecycle changes', () => {
    const { source: tomb } = merge(target(), source(), by());
    expect(() => resolve(tomb, by())).toThrow(/is merged into target000001/);
    expect(() => mute(tomb, by())).toThrow(LifecycleError);
    expect(() => reset(tomb, by())).toThrow(LifecycleError);
    expect(() => tag(tomb, by(), ['x'])).toThrow(LifecycleError);
    expect(() => requestDiagnosis(tomb, by())).toThrow(LifecycleError);
  });

  it('split gives the source its fingerprints back and takes its count off the target', () => {
    const merged = merge(target(), source(), by(T0 + 1));
    const { target: t, source: s } = split(merged.target, merged.source, by(T0 + 2, 'api'));
    expect(t.aliases).toEqual(['fp-t-old']);
    expect(t.count).toBe(100);
    expect(s.mergedInto).toBeUndefined();
    expect(s.fingerprint).toBe('fp-s');
    expect(s.aliases).toEqual(['fp-s-old']);
    expect(t.history.at(-1)).toMatchObject({ action: 'split source000001 out', actor: 'api' });
    expect(s.history.at(-1)).toMatchObject({ action: 'split from target000001', actor: 'api' });
  });

  it('split refuses a source that is not merged into the target', () => {
    expect(() => split(target(), source(), by())).toThrow('signature source000001 is not merged into target000001');
  });
});

describe('tags and diagnosis requests', () => {
  it('adds and removes tags, sorted and unique, with one history entry', () => {
    const s = tag(sig({ tags: ['b'] }), by(), ['c', 'a', 'a']);
    expect(s.tags).toEqual(['a', 'b', 'c']);
    expect(s.history.at(-1)!.action).toBe('tag +a +c');
    const r = tag(s, by(), [], ['b', 'zzz']);
    expect(r.tags).toEqual(['a', 'c']);
    expect(r.history.at(-1)!.action).toBe('untag -b');
  });

  it('a change that changes nothing leaves no history; bad tags are refused', () => {
    const s = sig({ tags: ['a'] });
    expect(tag(s, by(), ['a'])).toBe(s);
    expect(() => tag(s, by(), ['has space'])).toThrow(/tag "has space"/);
  });

  it('a diagnosis request is recorded', () => {
    expect(requestDiagnosis(sig(), by(T0, 'api')).history.at(-1)).toEqual({ atMs: T0, actor: 'api', action: 'diagnosis requested', reason: undefined });
    expect(requestDiagnosis(sig({ status: 'diagnosed' }), by()).status).toBe('diagnosed');
  });

  it('muted and resolved signatures are not investigated, so a request is refused', () => {
    expect(() => requestDiagnosis(mute(sig(), by()), by())).toThrow('signature aaaa00000001 is muted and is not investigated; unmute it first');
    expect(() => requestDiagnosis(resolve(sig(), by()), by())).toThrow('is resolved and is not investigated; reset it first');
  });
});

describe('history', () => {
  it('is capped, keeping the creation entry and the most recent changes', () => {
    let s = sig();
    for (let i = 0; i < 250; i++) s = tag(s, by(T0 + i), [`t${i}`], i > 0 ? [`t${i - 1}`] : []);
    expect(s.history).toHaveLength(200);
    expect(s.history[0].action).toBe('created');
    expect(s.history.at(-1)!.atMs).toBe(T0 + 249);
  });
});
