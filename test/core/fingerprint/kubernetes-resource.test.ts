// A Kubernetes API error names the resource it failed on qualified by its API group
// (`clusters.hwameistor.io "hwameistor-cluster"`), which looked like a host. Found in threads-21
// (issue-thread-traces-21.test.ts): hwameistor's Cluster conflict and OADP's VolumeSnapshotBackup
// conflict, two controllers' `Reconciler error` records over one controller-runtime stack, were
// one signature.
import { describe, expect, it } from 'vitest';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { isQualifiedResource } from '../../../src/core/fingerprint/kubernetes-resource.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const rows = loadThreadTraces('threads-21', 'go');
const row = (group: string) => rows.find((r) => r.group === group)!;

describe('Kubernetes qualified resources in API errors', () => {
  it('two controllers conflicting on two resources are two signatures (hwameistor-operator#216, volume-snapshot-mover#92)', () => {
    const pair = [row('go:t21:hwameistor-cluster-conflict'), row('go:t21:vsm-volumesnapshotbackup-conflict')];
    const [a, b] = signaturesInOrder(pair);
    expect(a).not.toBe(b);
    // Either order: the miner meets the second record after the first.
    const [c, d] = signaturesInOrder([...pair].reverse());
    expect(c).not.toBe(d);
  });

  it('keeps the resource, in text and inside a JSON string', () => {
    expect(parameterize('Operation cannot be fulfilled on clusters.hwameistor.io \\"hwameistor-cluster\\": the object has been modified'))
      .toContain('clusters.hwameistor.io');
    expect(isQualifiedResource('virtualmachines.proxmox.alperen.cloud', '\\"kubernetes-worker-3\\":')).toBe(true);
    expect(isQualifiedResource('deployments.apps', '"web"')).toBe(true);
  });

  it('near misses: a host elsewhere is still a host, and a dotted name before a word is no resource', () => {
    // Go's net package: `dial tcp: lookup <host>: no such host`.
    expect(parameterize('dial tcp: lookup api.github.com: no such host')).toBe('dial tcp: lookup <hostname>: no such host');
    expect(parameterize('Get "https://api.github.com/repos/x": EOF')).not.toContain('api.github.com');
    expect(isQualifiedResource('controller.cluster', 'Reconciler')).toBe(false);
    expect(isQualifiedResource('Clusters.Hwameistor.IO', '"x"')).toBe(false);
  });

  it('the eight controllers of threads-21 stay eight signatures', () => {
    const reconcile = rows.filter((r) => /conflict|no-node/.test(r.group));
    expect(new Set(signaturesInOrder(reconcile)).size).toBe(reconcile.length);
  });
});
