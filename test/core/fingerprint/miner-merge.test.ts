// Merging template-miner state between replicas (core/fingerprint/miner-merge.ts): lines of
// real logs (Loghub-2k, test/fixtures/loghub-dev) split between replicas that each mine their
// share and exchange state, as replicas on one PostgreSQL do through the store.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergeMinerStates } from '../../../src/core/fingerprint/miner-merge.js';
import { TemplateMiner, type MinerState } from '../../../src/core/fingerprint/miner.js';

const DATASETS = ['Zookeeper', 'HDFS', 'OpenStack', 'Hadoop', 'BGL', 'Spark', 'Mac', 'Proxifier'];

function lines(dataset: string): string[] {
  return readFileSync(new URL(`../../fixtures/loghub-dev/${dataset}.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((row) => row.slice(row.indexOf('\t') + 1));
}

const clone = (s: MinerState): MinerState => JSON.parse(JSON.stringify(s)) as MinerState;
const knowledge = (s: MinerState) => ({ clusters: s.clusters.map(({ count: _, ...c }) => c).sort((x, y) => (x.id < y.id ? -1 : 1)), merged: s.merged });
const log = (body: string) => ({ source: 'log' as const, service: 'zookeeper', body, severityText: 'ERROR' });

/** Replicas mining their shares of `all` (line i to replica i mod n), exchanging state every `every` lines. */
function mineSplit(all: string[], n: number, every: number): TemplateMiner[] {
  const miners = Array.from({ length: n }, () => new TemplateMiner());
  all.forEach((line, i) => {
    miners[i % n].add('p', line);
    if (i % every === every - 1) {
      // Like the store: each saves (merging with what is there), then loads what is there.
      let stored: MinerState | undefined;
      for (const m of miners) stored = stored ? mergeMinerStates(stored, m.exportState()) : m.exportState();
      for (const m of miners) m.mergeState(clone(stored!));
    }
  });
  return miners;
}

describe('merging template-miner state between replicas', () => {
  it('a template learned on one replica is used by another for a variant it never saw', () => {
    const a = createFingerprinter();
    const b = createFingerprinter();
    const learned = a.fingerprint(log('lock 4f2 held on shard 7a3x timed out'));
    // Without the merge B would start a cluster of its own for the variant.
    expect(createFingerprinter().fingerprint(log('lock 9c1 held on shard 2k9q timed out')).fingerprint).not.toBe(learned.fingerprint);
    const outcome = b.mergeMinerState(JSON.parse(JSON.stringify(a.exportState())));
    expect(outcome).toEqual({ added: 1, absorbed: 0, templates: 1 });
    expect(b.dirty).toBe(false);
    const variant = b.fingerprint(log('lock 9c1 held on shard 2k9q timed out'));
    expect(variant.fingerprint).toBe(learned.fingerprint);
    expect(variant.message).toBe('lock <*> held on shard <*> timed out');
    // B refined the template: it now knows something the store does not, and says so.
    expect(b.dirty).toBe(true);
  });

  it('is commutative and idempotent, and a merged state absorbs what it was merged from', () => {
    for (const dataset of DATASETS) {
      const all = lines(dataset);
      const [a, b] = [new TemplateMiner(), new TemplateMiner()];
      all.forEach((line, i) => (i % 2 ? b : a).add('p', line));
      const sa = a.exportState();
      const sb = b.exportState();
      const ab = mergeMinerStates(sa, sb);
      expect(mergeMinerStates(sb, sa), dataset).toEqual(ab);
      expect(mergeMinerStates(ab, ab), dataset).toEqual(ab);
      expect(mergeMinerStates(ab, sb), dataset).toEqual(ab);
      expect(mergeMinerStates(sa, ab), dataset).toEqual(ab);
      // No merge chain loops, and every absorbed id resolves to a live cluster.
      const live = new Set(ab.clusters.map((c) => c.id));
      for (const [from, to] of Object.entries(ab.merged)) {
        expect(live.has(from)).toBe(false);
        expect(live.has(to), `${dataset}: ${from} → ${to}`).toBe(true);
      }
    }
  });

  it('three replicas end with the same state whichever order they merge in', () => {
    for (const dataset of DATASETS) {
      const all = lines(dataset);
      const miners = [new TemplateMiner(), new TemplateMiner(), new TemplateMiner()];
      all.forEach((line, i) => miners[i % 3].add('p', line));
      const [x, y, z] = miners.map((m) => m.exportState());
      const xyz = mergeMinerStates(mergeMinerStates(x, y), z);
      expect(mergeMinerStates(mergeMinerStates(x, z), y), dataset).toEqual(xyz);
      expect(mergeMinerStates(mergeMinerStates(z, y), x), dataset).toEqual(xyz);
    }
  });

  it('replicas that learn concurrently converge: after an exchange every line gets one cluster on all of them', () => {
    let lineCount = 0;
    for (const dataset of DATASETS) {
      const all = lines(dataset);
      const miners = mineSplit(all, 2, 97);
      // A last exchange, as the next refresh does.
      const stored = mergeMinerStates(miners[0].exportState(), miners[1].exportState());
      for (const m of miners) m.mergeState(clone(stored));
      // The same clusters and merges (counts are each replica's own, for display).
      expect(knowledge(miners[1].exportState()), dataset).toEqual(knowledge(miners[0].exportState()));
      for (const m of miners) expect(m.dirty).toBe(false);
      for (const line of all) expect(miners[1].add('p', line).clusterId, `${dataset}: ${line}`).toBe(miners[0].add('p', line).clusterId);
      lineCount += all.length;
    }
    expect(lineCount).toBe(16_000);
  });

  it('never splits a cluster: the lines of every cluster a replica had go to the one its id resolves to', () => {
    for (const dataset of DATASETS) {
      const all = lines(dataset);
      const [a, b] = [new TemplateMiner(), new TemplateMiner()];
      const before = new Map<string, string>();
      all.forEach((line, i) => before.set(`${i % 2}\u0000${line}`, (i % 2 ? b : a).add('p', line).clusterId));
      const sb = b.exportState();
      a.mergeState(a.exportState());
      const outcome = a.mergeState(sb);
      expect(outcome.templates).toBeLessThanOrEqual(a.size);
      // Each of A's clusters resolves to one live cluster that takes all of that cluster's lines.
      const target = new Map<string, string>();
      all.forEach((line, i) => {
        if (i % 2) return;
        const was = a.resolve(before.get(`0\u0000${line}`)!);
        const now = a.add('p', line).clusterId;
        if (!target.has(was)) target.set(was, now);
        expect(now, `${dataset}: ${line}`).toBe(target.get(was));
      });
    }
  });

  it('reports ours that the merge absorbed once, as an alias of the survivor, so the store keeps their signature', () => {
    // Two replicas start the same template from different first lines: two ids, and B's
    // refined template covers A's. The merge keeps one, the smaller id, on both.
    const a = createFingerprinter();
    const b = createFingerprinter();
    const fa = a.fingerprint(log('lock 4f2 held on shard 7a3x timed out'));
    b.fingerprint(log('lock 9c1 held on shard 2k9q timed out'));
    const fb = b.fingerprint(log('lock 1d8 held on shard 5mmz timed out'));
    expect(fb.fingerprint).not.toBe(fa.fingerprint);
    const sa = JSON.parse(JSON.stringify(a.exportState()));
    const sb = JSON.parse(JSON.stringify(b.exportState()));
    const outA = a.mergeMinerState(sb);
    const outB = b.mergeMinerState(sa);
    expect(outA.templates).toBe(1);
    expect(outB.templates).toBe(1);
    expect(outA.absorbed + outB.absorbed).toBe(1);
    const next = 'lock 4f2 held on shard 8b1q timed out';
    const [ra, rb] = [a.fingerprint(log(next)), b.fingerprint(log(next))];
    expect(ra.fingerprint).toBe(rb.fingerprint);
    // The replica whose cluster was absorbed names its old fingerprint, once.
    const loser = outA.absorbed ? ra : rb;
    expect(loser.aliases).toEqual([outA.absorbed ? fa.fingerprint : fb.fingerprint]);
    expect((outA.absorbed ? a : b).fingerprint(log(next)).aliases).toEqual([]);
  });

  it('resolves absorptions recorded in opposite directions without a loop', () => {
    const cluster = (id: string, seq: number) => ({ id, seq, route: 'p\u00003\u0000lock', template: ['lock', '<*>', 'expired'], count: 2 });
    // A absorbed y into x while B absorbed x into y (each thought its own older).
    const a: MinerState = { version: 2, seq: 5, clusters: [cluster('x', 1)], merged: { y: 'x' } };
    const b: MinerState = { version: 2, seq: 5, clusters: [cluster('y', 1)], merged: { x: 'y' } };
    const merged = mergeMinerStates(a, b);
    expect(merged).toEqual(mergeMinerStates(b, a));
    expect(merged.clusters.map((c) => c.id)).toEqual(['x']);
    expect(merged.merged).toEqual({ y: 'x' });
  });
});
