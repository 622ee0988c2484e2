import { describe, expect, it } from 'vitest';
import { eligibility, priority, rank, type TriageCandidate } from '../../src/core/triage.js';
import { signature, T0 } from '../investigate/builders.js';

const policy = { settleMs: 30_000, minCount: 3 };

function candidate(over: Partial<TriageCandidate> & { id?: string } = {}): TriageCandidate {
  const id = over.id ?? 'aaaaaaaaaaaa';
  return {
    id,
    entry: { reason: 'new', enqueuedMs: T0, attempts: 0, notBeforeMs: T0 },
    signature: signature({ id, count: 5 }),
    lastHourCount: 5,
    hosts: 1,
    releases: 1,
    ...over,
  };
}

describe('eligibility', () => {
  it('waits for the settle time, then for the minimum count', () => {
    expect(eligibility(candidate(), policy, T0 + 10_000)).toEqual({ kind: 'wait', reason: 'settling', untilMs: T0 + 30_000 });
    expect(eligibility(candidate(), policy, T0 + 30_000)).toEqual({ kind: 'ready' });
    const few = candidate({ signature: signature({ count: 2 }) });
    expect(eligibility(few, policy, T0 + 60_000)).toMatchObject({ kind: 'wait', reason: '2 of 3 occurrences needed' });
  });

  it('respects a back-off, also for manual requests', () => {
    const backingOff = candidate({ entry: { reason: 'manual', enqueuedMs: T0, attempts: 2, notBeforeMs: T0 + 5000 } });
    expect(eligibility(backingOff, policy, T0 + 1000)).toMatchObject({ kind: 'wait', untilMs: T0 + 5000 });
  });

  it('lets manual requests skip settle time and minimum count', () => {
    const manual = candidate({ entry: { reason: 'manual', enqueuedMs: T0, attempts: 0, notBeforeMs: 0 }, signature: signature({ count: 1 }) });
    expect(eligibility(manual, policy, T0)).toEqual({ kind: 'ready' });
  });

  it('never investigates muted, resolved, merged or vanished signatures', () => {
    for (const sig of [signature({ status: 'muted' }), signature({ status: 'resolved' }), signature({ mergedInto: 'bbb' })]) {
      expect(eligibility(candidate({ signature: sig }), policy, T0 + 60_000).kind).toBe('drop');
    }
    expect(eligibility(candidate({ signature: undefined }), policy, T0 + 60_000)).toEqual({ kind: 'drop', reason: 'signature no longer exists' });
    const mutedManual = candidate({ entry: { reason: 'manual', enqueuedMs: T0, attempts: 0, notBeforeMs: 0 }, signature: signature({ status: 'muted' }) });
    expect(eligibility(mutedManual, policy, T0).kind).toBe('drop');
  });

  it('drops an automatic entry of an already diagnosed signature but re-diagnoses on request', () => {
    const diagnosed = signature({ status: 'diagnosed', diagnosis: { rootCause: 'x', evidence: [], suggestedFix: 'y', confidence: 0.5, model: 'evidence', costUsd: 0 } });
    expect(eligibility(candidate({ signature: diagnosed }), policy, T0 + 60_000).kind).toBe('drop');
    expect(eligibility(candidate({ signature: diagnosed, entry: { reason: 'manual', enqueuedMs: T0, attempts: 0, notBeforeMs: 0 } }), policy, T0).kind).toBe('ready');
  });
});

describe('priority', () => {
  const now = T0 + 60_000;
  it('puts regressions before new errors, all else equal', () => {
    const regressed = candidate({ entry: { reason: 'regressed', enqueuedMs: T0, attempts: 0, notBeforeMs: T0 } });
    expect(priority(regressed, now).score).toBeGreaterThan(priority(candidate(), now).score);
  });

  it('ranks busier and more widespread errors higher, with the reasons', () => {
    const busy = priority(candidate({ lastHourCount: 1000 }), now);
    const quiet = priority(candidate({ lastHourCount: 1 }), now);
    expect(busy.score).toBeGreaterThan(quiet.score);
    expect(busy.why).toContain('1000 in the last hour (+30)');
    const spread = priority(candidate({ hosts: 4, releases: 2 }), now);
    expect(spread.score).toBeGreaterThan(priority(candidate(), now).score);
    expect(spread.why.join()).toContain('on 4 hosts');
  });

  it('lets waiting time lift a quiet error over a loud newcomer, so nothing starves', () => {
    const old = candidate({ id: 'old', lastHourCount: 1, entry: { reason: 'new', enqueuedMs: T0 - 60 * 60_000, attempts: 0, notBeforeMs: 0 } });
    const loud = candidate({ id: 'loud', lastHourCount: 30, entry: { reason: 'new', enqueuedMs: now, attempts: 0, notBeforeMs: 0 } });
    expect(priority(old, now).score).toBeGreaterThan(priority(loud, now).score);
  });

  it('puts failed requests before exceptions the code handled', () => {
    const handled = priority(candidate({ handledOnly: true }), now);
    expect(handled.score).toBeLessThan(priority(candidate(), now).score);
    expect(handled.why).toContain('handled exceptions only (-15)');
  });

  it('lowers entries that keep failing', () => {
    const failing = candidate({ entry: { reason: 'new', enqueuedMs: T0, attempts: 3, notBeforeMs: T0 } });
    expect(priority(failing, now).score).toBeLessThan(priority(candidate(), now).score);
  });
});

describe('rank', () => {
  it('puts manual requests first, then by score, and separates waiting and dropped entries', () => {
    const now = T0 + 60_000;
    const ranked = rank(
      [
        candidate({ id: 'quiet', lastHourCount: 1 }),
        candidate({ id: 'busy', lastHourCount: 500, hosts: 3 }),
        candidate({ id: 'manual', lastHourCount: 0, entry: { reason: 'manual', enqueuedMs: now, attempts: 0, notBeforeMs: 0 }, signature: signature({ id: 'manual', count: 1 }) }),
        candidate({ id: 'settling', entry: { reason: 'new', enqueuedMs: now, attempts: 0, notBeforeMs: now } }),
        candidate({ id: 'muted', signature: signature({ id: 'muted', status: 'muted' }) }),
      ],
      policy,
      now,
    );
    expect(ranked.ready.map((c) => c.id)).toEqual(['manual', 'busy', 'quiet']);
    expect(ranked.waiting).toEqual([{ id: 'settling', reason: 'settling', untilMs: now + 30_000 }]);
    expect(ranked.dropped).toEqual([{ id: 'muted', reason: 'signature is muted' }]);
  });
});
