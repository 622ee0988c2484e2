// Bounded per-key counts: the k most frequent values exactly, the rest in `other`, so memory
// stays flat however many pods or users pass through; sums and differences of records.
import { describe, expect, it } from 'vitest';
import { addFacts, addValue, carrying, emptyStats, keySelection, locatingFacts, mergeStats, subtractStats, TOP_K } from '../../src/core/attribute-stats.js';

describe('attribute statistics', () => {
  it('keeps at most TOP_K values per key and folds the rest into other, losing no count', () => {
    const s = emptyStats();
    for (let i = 0; i < 1000; i++) addValue(s, 'k8s.pod.name', `pod-${i}`, 1);
    for (let i = 0; i < 50; i++) addValue(s, 'k8s.pod.name', 'pod-late', 1);
    const counts = s.keys['k8s.pod.name'];
    expect(Object.keys(counts.values).length).toBeLessThanOrEqual(TOP_K);
    expect(carrying(counts)).toBe(1050);
    // A value that becomes frequent late is still tracked (a new pod, a new release).
    expect(counts.values['pod-late']).toBeGreaterThanOrEqual(49);
  });

  it('merges and subtracts records', () => {
    const a = emptyStats();
    addFacts(a, [['host.name', 'a'], ['http.route', '/x']], 3);
    const b = emptyStats();
    addFacts(b, [['host.name', 'a']], 1);
    addFacts(b, [['host.name', 'b']], 2);
    const sum = mergeStats([a, b]);
    expect(sum.total).toBe(6);
    expect(sum.keys['host.name'].values).toEqual({ a: 4, b: 2 });
    const diff = subtractStats(sum, a);
    expect(diff.total).toBe(3);
    expect(diff.keys['host.name'].values).toEqual({ a: 1, b: 2 });
    expect(diff.keys['http.route'].values).toEqual({});
  });

  it('reads locating keys from the resource and the record, a flag with its variant, and configured extra keys', () => {
    const facts = locatingFacts(
      { 'host.name': 'web-1', 'cloud.availability_zone': 'z1', 'telemetry.sdk.language': 'nodejs', 'container.image.tags': ['1.2.3'] },
      { 'http.route': '/a', 'feature_flag.key': 'beta', 'feature_flag.result.variant': 'on', 'app.shard': 7, 'exception.message': 'x' },
      keySelection(['app.shard']),
    );
    expect(Object.fromEntries(facts)).toEqual({ 'host.name': 'web-1', 'cloud.availability_zone': 'z1', 'container.image.tags': '1.2.3', 'http.route': '/a', 'feature_flag.key': 'beta', 'feature_flag.result.variant': 'on', feature_flag: 'beta=on', 'app.shard': '7' });
  });
});
