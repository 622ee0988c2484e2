// How many instances a signature's own errors ran on. The concentrations keep only a key's top value,
// and only when the errors carry it more than the baseline does: a failure spread evenly over two
// pods leaves no trace there, and neither does one that happens on the only pod a service has. A
// rule that reads a failure as one between instances (per-instance-session.ts: a session issued by
// one instance and refused by another) needs to tell the two apart.
import type { KeyCounts } from './attribute-stats.js';

/** The keys that name one instance: a pod, a host, a process (narrowest first). */
export const INSTANCE_KEYS = ['k8s.pod.name', 'host.name', 'service.instance.id'] as const;

/** A value counts as an instance of the failure when it carries at least this share of the errors (not a stray sample). */
const MIN_INSTANCE_SHARE = 0.1;

/** Instances among `counts` (one key's values over the errors) that each carry a tenth of them or more. */
function instancesIn(counts: Record<string, number>, other = 0): number {
  const total = Object.values(counts).reduce((a, b) => a + b, other);
  if (total < 2) return 0;
  return Object.values(counts).filter((n) => n >= 2 && n / total >= MIN_INSTANCE_SHARE).length;
}

/**
 * The most instances any instance key shows the errors on, from the signature's attribute
 * statistics (every occurrence) when there are any, else from the stored samples' attributes;
 * undefined when no instance key was seen.
 */
export function failingInstances(statKeys: Record<string, KeyCounts> | undefined, samples: Map<string, string>[]): number | undefined {
  let most: number | undefined;
  for (const key of INSTANCE_KEYS) {
    let n: number | undefined;
    const counted = statKeys?.[key];
    if (counted) n = instancesIn(counted.values, counted.other);
    else {
      const values: Record<string, number> = {};
      for (const s of samples) {
        const v = s.get(key);
        if (v !== undefined) values[v] = (values[v] ?? 0) + 1;
      }
      if (Object.keys(values).length > 0) n = instancesIn(values);
    }
    if (n !== undefined) most = Math.max(most ?? 0, n);
  }
  return most;
}
