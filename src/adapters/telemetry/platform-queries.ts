// The built-in platform queries (docs/diagnosis.md, "Platform signals"): for the containers a
// signature's errors ran in, and for the peer its failing calls went to, the series the kubelet's
// cAdvisor and kube-state-metrics export under their documented names and labels (namespace,
// pod, container) —
//   container_cpu_cfs_throttled_periods_total / container_cpu_cfs_periods_total: CFS periods in
//     which the container used up its CPU limit's quota and was held back, of all its periods
//     (the kubernetes-mixin's CPUThrottlingHigh alert reads the same ratio);
//   kube_pod_container_status_restarts_total: the container's restarts;
//   kube_pod_container_status_last_terminated_reason: 1 while `reason` (OOMKilled, Error, …) is
//     why its last run ended.
// Which containers: those the samples' k8s.* resource attributes name (core/workload.ts), else the
// container named like the service; the peer's container is named like its Kubernetes Service.
import type { PlatformSignal, Workload } from '../../core/model.js';
import { isKubernetesName } from '../../core/workload.js';

export interface PlatformQuery {
  query: string;
  signal: { kind: PlatformSignal; whose: 'own' | 'peer' };
}

export function platformQueries(service: string, workload: Workload | undefined): PlatformQuery[] {
  const out: PlatformQuery[] = [];
  const own = ownSelector(service, workload);
  if (own) out.push(...queriesFor(own, 'own'));
  const peer = workload?.peer;
  if (peer && isKubernetesName(peer.name) && !(workload?.containers.includes(peer.name) ?? false) && peer.name !== service) {
    const namespace = peer.namespace ?? workload?.namespace;
    out.push(...queriesFor(selector({ namespace, container: [peer.name] }), 'peer'));
  }
  return out;
}

function ownSelector(service: string, workload: Workload | undefined): string | undefined {
  const containers = workload?.containers.filter(isKubernetesName) ?? [];
  const pods = workload?.pods.filter(isKubernetesName) ?? [];
  if (containers.length > 0 || pods.length > 0) return selector({ namespace: workload?.namespace, container: containers, pod: pods });
  // No k8s.* attributes: the container is most often named as the service is.
  const name = service.toLowerCase();
  return isKubernetesName(name) ? selector({ namespace: workload?.namespace, container: [name] }) : undefined;
}

function selector(of: { namespace?: string; container: string[]; pod?: string[] }): string {
  const matchers: string[] = [];
  if (of.namespace && isKubernetesName(of.namespace)) matchers.push(`namespace="${of.namespace}"`);
  if (of.pod?.length) matchers.push(oneOf('pod', of.pod));
  // cAdvisor also exports a pod's own cgroup (container="") and its sandbox's (container="POD").
  matchers.push(of.container.length ? oneOf('container', of.container) : 'container!="",container!="POD"');
  return matchers.join(',');
}

/** `label="a"`, or a fully anchored alternation; a regex dot is escaped (`\\.` in the PromQL string). */
function oneOf(label: string, values: string[]): string {
  return values.length === 1 ? `${label}="${values[0]}"` : `${label}=~"${values.map((v) => v.replaceAll('.', '\\\\.')).join('|')}"`;
}

function queriesFor(s: string, whose: 'own' | 'peer'): PlatformQuery[] {
  const by = 'sum by (namespace, pod, container)';
  return [
    {
      query: `${by} (rate(container_cpu_cfs_throttled_periods_total{${s}}[5m])) / ${by} (rate(container_cpu_cfs_periods_total{${s}}[5m]))`,
      signal: { kind: 'cpu-throttled-share', whose },
    },
    { query: `kube_pod_container_status_restarts_total{${s}}`, signal: { kind: 'restarts', whose } },
    { query: `kube_pod_container_status_last_terminated_reason{${s}}`, signal: { kind: 'last-terminated-reason', whose } },
  ];
}
