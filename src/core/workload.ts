// Where a signature's errors ran on Kubernetes, from its stored samples' resource attributes
// (OpenTelemetry's k8s.* resource conventions: k8s.namespace.name, k8s.pod.name,
// k8s.container.name, which the Collector's k8sattributes processor or the SDK's resource
// detectors set), and the peer most of its failing calls went to. The platform queries
// (adapters/telemetry/platform-queries.ts) select the containers these name.
import type { AttributeValue, Occurrence, Workload } from './model.js';
import { reachesOut } from './span-kind.js';

/** Pods named in a query at most: a signature's samples come from a few pods; more would make the selector long for nothing. */
const MAX_PODS = 10;
/** Share of the calling samples that must name one peer before it is queried about. */
const PEER_SHARE = 0.6;

/** A Kubernetes object name (RFC 1123 labels, dot-separated), which is all a selector here may hold. */
const K8S_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Whether `name` is a Kubernetes object name: nothing in it needs escaping in a PromQL string but a regex's dots. */
export const isKubernetesName = (name: string): boolean => K8S_NAME.test(name);
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

const text = (v: AttributeValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function workloadOf(occurrences: readonly Occurrence[]): Workload {
  const namespaces = new Map<string, number>();
  const containers = new Set<string>();
  const pods = new Set<string>();
  for (const o of occurrences) {
    const ns = text(o.resource['k8s.namespace.name']);
    if (ns && K8S_NAME.test(ns)) namespaces.set(ns, (namespaces.get(ns) ?? 0) + 1);
    const container = text(o.resource['k8s.container.name']);
    if (container && K8S_NAME.test(container)) containers.add(container);
    const pod = text(o.resource['k8s.pod.name']);
    if (pod && K8S_NAME.test(pod) && pods.size < MAX_PODS) pods.add(pod);
  }
  const namespace = [...namespaces].sort((a, b) => b[1] - a[1])[0]?.[0];
  const peer = peerOf(occurrences);
  return { ...(namespace ? { namespace } : {}), containers: [...containers].sort(), pods: [...pods].sort(), ...(peer ? { peer } : {}) };
}

/**
 * The peer most failing client calls name, as the Kubernetes Service it resolves to: `peer.service`
 * as given, or the first label of a host name (`payments.shop.svc.cluster.local` is the Service
 * `payments` in the namespace `shop`). An IP address names no Service.
 */
function peerOf(occurrences: readonly Occurrence[]): Workload['peer'] {
  const calling = occurrences.filter((o) => reachesOut(o.spanKind));
  if (calling.length === 0) return undefined;
  const tally = new Map<string, { n: number; namespace?: string }>();
  for (const o of calling) {
    const named = serviceName(o);
    if (!named) continue;
    const entry = tally.get(named.name) ?? { n: 0, ...(named.namespace ? { namespace: named.namespace } : {}) };
    entry.n++;
    tally.set(named.name, entry);
  }
  const best = [...tally].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best || best[1].n < PEER_SHARE * calling.length) return undefined;
  return { name: best[0], ...(best[1].namespace ? { namespace: best[1].namespace } : {}) };
}

function serviceName(o: Occurrence): { name: string; namespace?: string } | undefined {
  const peerService = text(o.attributes['peer.service'])?.toLowerCase();
  if (peerService && K8S_NAME.test(peerService) && !peerService.includes('.')) return { name: peerService };
  const host = (text(o.attributes['server.address']) ?? text(o.attributes['net.peer.name']))?.toLowerCase();
  if (!host || IPV4.test(host) || !K8S_NAME.test(host)) return undefined;
  const labels = host.split('.');
  // <service>.<namespace>.svc[.cluster.local]: the cluster DNS form names the namespace too.
  const namespace = labels.length >= 3 && labels[2] === 'svc' ? labels[1] : undefined;
  return { name: labels[0], ...(namespace ? { namespace } : {}) };
}
