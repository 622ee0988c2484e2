// Bounded per-key counts: the k most frequent values exactly, the rest in `other`, so memory
// stays flat however many pods or users pass through; sums and differences of records.
import { describe, expect, it } from 'vitest';
import { addFacts, addValue, addValueRepeated, carrying, emptyStats, keySelection, locatingFacts, mergeInto, mergeStats, subtractStats, TOP_K, type AttributeStats } from '../../src/core/attribute-stats.js';
import { StatsAccumulator } from '../../src/core/stats-accumulator.js';

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

  it('adds a value n times in one call exactly as n calls in a row do, in every state of a key', () => {
    // Deterministic states: keys empty, partly filled and full (TOP_K tracked, with `other`), and
    // values tracked, new, and new with the least frequent tracked value at 1, 2 and higher.
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 300; round++) {
      const base = emptyStats();
      const fill = Math.floor(rand() * (TOP_K + 8));
      for (let i = 0; i < fill; i++) addValue(base, 'k', `v${Math.floor(rand() * 30)}`, 1 + Math.floor(rand() * 4));
      const value = `v${Math.floor(rand() * 40)}`;
      const n = 1 + Math.floor(rand() * 6);
      const one = structuredClone(base);
      const many = structuredClone(base);
      addValueRepeated(one, 'k', value, n);
      for (let i = 0; i < n; i++) addValue(many, 'k', value, 1);
      expect(JSON.stringify(one)).toBe(JSON.stringify(many));
    }
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

  it('adds a record into another in place exactly as mergeStats sums the two', () => {
    const row = (seed: number): AttributeStats => {
      const s = emptyStats();
      for (let i = 0; i < 60; i++) addValue(s, 'app.tenant.id', `tenant-${(i * seed) % 37}`, 1 + (i % 3));
      addFacts(s, [['host.name', `h${seed}`]], 5);
      return s;
    };
    const expected = mergeStats([row(7), row(11)]);
    const into = row(7);
    mergeInto(into, row(11));
    expect(into).toEqual(expected);
  });

  it('sums tallies exactly and folds each value once, the most frequent first', () => {
    const acc = new StatsAccumulator();
    acc.total = 100;
    // Twenty rare tenants come first; the frequent one arrives last in many small tallies.
    for (let i = 0; i < 20; i++) acc.add('app.tenant.id', `rare-${i}`, 1);
    for (let i = 0; i < 30; i++) acc.add('app.tenant.id', 'busy', 2);
    acc.add('http.route', '/a', 3);
    acc.add('http.route', '/a', 4);
    const stats = emptyStats();
    acc.foldInto(stats);
    expect(stats.total).toBe(100);
    expect(stats.keys['http.route']).toEqual({ values: { '/a': 7 }, other: 0 });
    const tenants = stats.keys['app.tenant.id'];
    expect(tenants.values.busy).toBe(60);
    expect(Object.keys(tenants.values)).toHaveLength(TOP_K);
    expect(carrying(tenants)).toBe(80);
    // Added one tally at a time, the busy tenant's first small counts compete with the rare ones.
    const oneByOne = emptyStats();
    for (let i = 0; i < 20; i++) addValue(oneByOne, 'app.tenant.id', `rare-${i}`, 1);
    for (let i = 0; i < 30; i++) addValue(oneByOne, 'app.tenant.id', 'busy', 2);
    expect(carrying(oneByOne.keys['app.tenant.id'])).toBe(80);
  });

  it('reads locating keys from the resource and the record, a flag with its variant, and configured extra keys', () => {
    const facts = locatingFacts(
      { 'host.name': 'web-1', 'cloud.availability_zone': 'z1', 'telemetry.sdk.language': 'nodejs', 'container.image.tags': ['1.2.3'] },
      { 'http.route': '/a', 'feature_flag.key': 'beta', 'feature_flag.result.variant': 'on', 'app.shard': 7, 'exception.message': 'x' },
      keySelection(['app.shard']),
    );
    expect(Object.fromEntries(facts)).toEqual({ 'host.name': 'web-1', 'cloud.availability_zone': 'z1', 'container.image.tags': '1.2.3', 'http.route': '/a', 'feature_flag.key': 'beta', 'feature_flag.result.variant': 'on', 'feature_flag[beta]': 'on', 'app.shard': '7' });
  });
});
