// Platform signals (docs/diagnosis.md): where errors ran (core/workload.ts), what the platform
// queries' series say while they happened (core/platform.ts), and the causes only those series
// show (core/causes/platform-limits.ts), with the near misses that must not name them.
import { describe, expect, it } from 'vitest';
import { evaluateCauses } from '../../src/core/causes/diagnose.js';
import type { Evidence, MetricSeries, Occurrence, PlatformFacts } from '../../src/core/model.js';
import { platformFacts } from '../../src/core/platform.js';
import { workloadOf } from '../../src/core/workload.js';

const T = Date.parse('2026-03-01T10:00:00Z');
const MIN = 60_000;

function sample(resource: Record<string, string>, attributes: Record<string, string> = {}, spanKind?: number): Occurrence {
  return { signatureId: 's', timeMs: T, source: 'span', service: 'checkout', handled: false, attributes, resource, ...(spanKind ? { spanKind } : {}) };
}

describe('where the errors ran', () => {
  it('reads the namespace, containers and pods from the k8s resource attributes', () => {
    const w = workloadOf([
      sample({ 'k8s.namespace.name': 'shop', 'k8s.pod.name': 'checkout-7d9f8b-x2x8q', 'k8s.container.name': 'checkout' }),
      sample({ 'k8s.namespace.name': 'shop', 'k8s.pod.name': 'checkout-7d9f8b-p4m1z', 'k8s.container.name': 'checkout' }),
    ]);
    expect(w).toEqual({ namespace: 'shop', containers: ['checkout'], pods: ['checkout-7d9f8b-p4m1z', 'checkout-7d9f8b-x2x8q'] });
  });

  it('names the peer most failing calls went to, with the namespace of a cluster DNS name', () => {
    const calls = Array.from({ length: 4 }, () => sample({}, { 'server.address': 'payments.shop.svc.cluster.local' }, 3));
    expect(workloadOf(calls).peer).toEqual({ name: 'payments', namespace: 'shop' });
    expect(workloadOf([sample({}, { 'peer.service': 'ledger' }, 3)]).peer).toEqual({ name: 'ledger' });
  });

  it('names no peer for an IP address, a server span, or calls spread over several peers', () => {
    expect(workloadOf([sample({}, { 'server.address': '10.1.4.5' }, 3)]).peer).toBeUndefined();
    // A server span's server.address is its own name.
    expect(workloadOf([sample({}, { 'server.address': 'checkout' }, 2)]).peer).toBeUndefined();
    expect(workloadOf([sample({}, { 'server.address': 'a' }, 3), sample({}, { 'server.address': 'b' }, 3)]).peer).toBeUndefined();
  });

  it('keeps only what a selector may hold (Kubernetes object names)', () => {
    expect(workloadOf([sample({ 'k8s.namespace.name': 'shop"}) or vector(1', 'k8s.container.name': 'Checkout' })])).toEqual({ containers: [], pods: [] });
  });
});

const series = (kind: NonNullable<MetricSeries['signal']>['kind'], labels: Record<string, string>, points: [number, number][], whose: 'own' | 'peer' = 'own'): MetricSeries => ({
  query: kind,
  labels,
  points,
  source: 'prometheus',
  signal: { kind, whose },
});
const errors = { firstMs: T, lastMs: T + 10 * MIN };

describe('what the platform series say while the errors happened', () => {
  it('the highest throttled share during the errors, beside its mean before them', () => {
    const facts = platformFacts([series('cpu-throttled-share', { container: 'provisioner' }, [[T - 5 * MIN, 0.02], [T - MIN, 0.04], [T + MIN, 0.31], [T + 5 * MIN, 0.12]])], errors);
    expect(facts?.throttled).toEqual({ container: 'provisioner', whose: 'own', share: 0.31, before: 0.03 });
  });

  it('restarts counted by the counter rising during the errors, a reset counted from its new value, with the last run’s reason', () => {
    const facts = platformFacts([
      series('restarts', { container: 'payments', pod: 'payments-1' }, [[T - MIN, 3], [T + MIN, 4], [T + 2 * MIN, 0], [T + 3 * MIN, 1]], 'peer'),
      series('restarts', { container: 'payments', pod: 'payments-2' }, [[T - MIN, 7], [T + MIN, 7]], 'peer'),
      series('last-terminated-reason', { container: 'payments', pod: 'payments-1', reason: 'OOMKilled' }, [[T + MIN, 1]], 'peer'),
      // Another pod's reason is not this restart's.
      series('last-terminated-reason', { container: 'payments', pod: 'payments-9', reason: 'Error' }, [[T + MIN, 1]], 'peer'),
    ], errors);
    expect(facts?.restarted).toEqual({ container: 'payments', whose: 'peer', restarts: 2, reason: 'OOMKilled', pods: ['payments-1'] });
  });

  it('nothing from a counter that did not rise, from points outside the errors, or from untagged series', () => {
    expect(platformFacts([series('restarts', { container: 'payments' }, [[T - 9 * MIN, 1], [T - MIN, 2], [T + MIN, 2]])], errors)).toBeUndefined();
    expect(platformFacts([series('cpu-throttled-share', { container: 'x' }, [[T - MIN, 0.9]])], errors)).toBeUndefined();
    expect(platformFacts([{ query: 'up', labels: {}, points: [[T, 1]], source: 'prometheus' }], errors)).toBeUndefined();
  });
});

function evidence(type: string, message: string, platform?: PlatformFacts): Evidence {
  return {
    signatureId: 'abc', service: 'checkout', type, message, count: 40, firstSeenMs: T, lastSeenMs: T + 600_000,
    trend: { kind: 'steady', detail: 'about 4/min' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
    ...(platform ? { platform } : {}),
  };
}
const DEADLINE = ['context.deadlineExceededError', 'context deadline exceeded'] as const;
const RESET = ['*url.Error', 'Post "http://payments:8080/charge": read tcp 10.1.2.3:51234->10.1.4.5:8080: read: connection reset by peer'] as const;
const throttled = (share: number, before?: number, whose: 'own' | 'peer' = 'own'): PlatformFacts => ({ throttled: { container: 'checkout', whose, share, ...(before === undefined ? {} : { before }) } });
const killed = (reason: string, restarts = 2): PlatformFacts => ({ restarted: { container: 'payments', whose: 'peer', restarts, reason, pods: ['payments-84c6f-r9t2m'] } });

describe('causes only the platform series show', () => {
  it('deadlines missed while the container was throttled under its CPU limit: the CPU limit', () => {
    const [first] = evaluateCauses(evidence(...DEADLINE, throttled(0.1, 0.02)));
    expect(first.kind).toBe('resource-exhaustion');
    expect(first.cause).toMatch(/held back by its CPU limit: the kernel throttled it in 10% of its CPU periods/);
    // Heavily throttled all along: named, less surely.
    expect(evaluateCauses(evidence(...DEADLINE, throttled(0.6, 0.55)))[0].strength).toBeLessThan(first.strength);
  });

  it('not the CPU limit: throttled little, as much before the errors, or errors that are no wait', () => {
    for (const platform of [throttled(0.05, 0.01), throttled(0.3, 0.25)]) expect(evaluateCauses(evidence(...DEADLINE, platform))[0]?.cause ?? '').not.toMatch(/CPU limit/);
    const defect = evaluateCauses(evidence('TypeError', "Cannot read properties of undefined (reading 'sku')", throttled(0.4, 0.01)));
    expect(defect[0]?.cause ?? '').not.toMatch(/CPU limit/);
  });

  it('calls reset while the called container restarted after an OOM kill: its memory limit', () => {
    const [first] = evaluateCauses(evidence(...RESET, killed('OOMKilled')));
    expect(first.kind).toBe('resource-exhaustion');
    expect(first.cause).toMatch(/payments, which checkout calls, was killed at its memory limit and restarted 2 times/);
    // Without the series the same words read as the dependency failing.
    expect(evaluateCauses(evidence(...RESET))[0].kind).toBe('dependency-down');
  });

  it('not the memory limit: a restart for another reason, no restart, or errors no restart makes', () => {
    expect(evaluateCauses(evidence(...RESET, killed('Error')))[0].kind).toBe('dependency-down');
    expect(evaluateCauses(evidence(...RESET, killed('OOMKilled', 0)))[0].kind).toBe('dependency-down');
    const defect = evaluateCauses(evidence('TypeError', "Cannot read properties of undefined (reading 'sku')", killed('OOMKilled')));
    expect(defect[0]?.cause ?? '').not.toMatch(/memory limit/);
  });
});
