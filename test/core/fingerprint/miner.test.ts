import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';

const log = (body: string) => ({ source: 'log' as const, service: 'db', body, severityText: 'ERROR' });

describe('template miner', () => {
  it('groups lines that differ only in values', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(log('connection to 10.0.0.7:5432 timed out after 3012 ms'));
    const b = fp.fingerprint(log('connection to 10.0.0.9:5433 timed out after 120 ms'));
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.message).toBe('connection to <ip>:<int> timed out after <duration>');
  });

  it('keeps the cluster id when a template is refined (a signature is never re-keyed)', () => {
    const fp = createFingerprinter();
    const first = fp.fingerprint(log('user alice42x locked out of account payments'));
    const second = fp.fingerprint(log('user bobby77y locked out of account payments'));
    expect(second.message).toBe('user <*> locked out of account payments');
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  it('does not join lines that differ in a plain word', () => {
    const fp = createFingerprinter();
    const a = fp.fingerprint(log('Payment 881 declined: card expired'));
    const b = fp.fingerprint(log('Payment 912 declined: card blocked'));
    expect(b.fingerprint).not.toBe(a.fingerprint);
  });

  it('survives a restart through exported state, and reports dirty', () => {
    const fp = createFingerprinter();
    expect(fp.dirty).toBe(false);
    const a = fp.fingerprint(log('cache stampede on key cart:17: 40 concurrent loaders'));
    expect(fp.dirty).toBe(true);
    const state = JSON.parse(JSON.stringify(fp.exportState()));
    expect(fp.dirty).toBe(false);
    const restarted = createFingerprinter({ minerState: state });
    expect(restarted.fingerprint(log('cache stampede on key cart:99: 3 concurrent loaders')).fingerprint).toBe(a.fingerprint);
    expect(restarted.dirty).toBe(false);
  });

  it('merges two clusters once a refinement covers both, keeping the older id and reporting the alias', () => {
    const fp = createFingerprinter({ templateSimilarity: 0.7 });
    const a = fp.fingerprint(log('Job Ab1 Cd1 failed now'));
    const b = fp.fingerprint(log('Job Ab2 Cd2 failed now')); // 3/5 < 0.7: a second cluster
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(fp.fingerprint(log('Job Ab1 Cd3 failed now')).fingerprint).toBe(a.fingerprint); // → Job Ab1 <*> failed now
    const d = fp.fingerprint(log('Job Ab3 Cd1 failed now')); // → Job <*> <*> failed now, which covers b
    expect(d.fingerprint).toBe(a.fingerprint);
    expect(d.aliases).toEqual([b.fingerprint]);
    // From now on b's lines resolve to the survivor, and the alias is reported only once.
    const again = fp.fingerprint(log('Job Ab2 Cd2 failed now'));
    expect(again.fingerprint).toBe(a.fingerprint);
    expect(again.aliases).toEqual([]);
    // The merge survives a restart.
    const restarted = createFingerprinter({ templateSimilarity: 0.7, minerState: JSON.parse(JSON.stringify(fp.exportState())) });
    expect(restarted.fingerprint(log('Job Ab9 Cd9 failed now')).fingerprint).toBe(a.fingerprint);
  });

  it('caps its size: beyond maxTemplates a shape is keyed by its masked text, unmined', () => {
    const miner = new TemplateMiner({ maxClusters: 2 });
    miner.add('p', 'alpha one');
    miner.add('p', 'beta two three');
    const r = miner.add('p', 'gamma four five six');
    expect(r.mined).toBe(false);
    expect(miner.size).toBe(2);
    expect(miner.add('p', 'gamma four five six').clusterId).toBe(r.clusterId);
  });

  it('ignores state of an unknown shape instead of crashing', () => {
    const fp = createFingerprinter({ minerState: { version: 99, junk: true } });
    expect(fp.fingerprint(log('x')).fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
