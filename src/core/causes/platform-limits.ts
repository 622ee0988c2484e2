// Causes only the platform's series show (core/platform.ts; docs/diagnosis.md, "Platform
// signals"): a container held back by its CPU limit, and one killed at its memory limit. Neither
// writes an error that says so — a throttled process is only slow, so its own deadlines and its
// callers' run out; a killed one vanishes with its requests, so its callers' connections reset
// and its Service answers 502/503 until it is back —, so the words alone read as a slow or a
// failing dependency. The series name the container and the limit.
import type { Evidence } from '../model.js';
import type { CauseFinding, CauseRule } from './table.js';
import { clip, pct } from './wording.js';
import { CONNECT_FAILED, ENVOY_UPSTREAM_FLAG, FUNCTION_TIME_LIMIT, REFUSED, RESET, SERVER_ERROR, TIMEOUT, UNAVAILABLE } from './signals.js';

/**
 * Least share of CFS periods throttled while the errors happened for the CPU limit to be named. The
 * kubernetes-mixin's CPUThrottlingHigh alert fires at 25 %; a service with tight deadlines misses
 * them well below that (a Go function's 10 s timeout at 10 % of periods throttled, Cloud Native
 * Aachen, April 2026), so a lower share counts when it rose with the errors.
 */
export const MIN_THROTTLED_SHARE = 0.1;
/** How many times its share before the errors the throttling must have risen to, when that is known. */
const MIN_THROTTLING_RISE = 2;
/** Throttled this much of the time, it is named even without a rise (it may have been so all along). */
const HEAVY_THROTTLING = 0.5;

/** A request that waited too long: its own deadline or its caller's. */
const waitedTooLong = (text: string) => TIMEOUT.test(text) || FUNCTION_TIME_LIMIT.test(text) || /\b504\b/.test(text);
/** A call whose peer went away under it or did not answer: what a killed or restarting container's callers see. */
const peerWentAway = (text: string) => [RESET, REFUSED, UNAVAILABLE, CONNECT_FAILED, ENVOY_UPSTREAM_FLAG, SERVER_ERROR].some((re) => re.test(text)) || waitedTooLong(text);

export const PLATFORM_LIMITS: CauseRule = {
  kind: 'resource-exhaustion',
  test: "the platform's series: the errors' container (or the peer they call) throttled under its CPU limit, or restarted after an OOM kill, while the errors happened",
  evaluate(ev, text) {
    return killedAtMemoryLimit(ev, text) ?? throttledAtCpuLimit(ev, text);
  },
};

function killedAtMemoryLimit(ev: Evidence, text: string): CauseFinding | undefined {
  const r = ev.platform?.restarted;
  if (!r || r.reason !== 'OOMKilled' || r.restarts < 1 || !peerWentAway(text)) return undefined;
  const times = `${r.restarts} time${r.restarts === 1 ? '' : 's'}`;
  const pods = r.pods.length ? ` (${r.pods.slice(0, 3).join(', ')}${r.pods.length > 3 ? ', …' : ''})` : '';
  const who = r.whose === 'peer' ? `${r.container}, which ${ev.service} calls,` : `${ev.service}'s container ${r.container}`;
  return {
    kind: 'resource-exhaustion',
    strength: 0.86,
    cause: `${who} was killed at its memory limit and restarted ${times} while the errors happened${pods}: kube-state-metrics gives OOMKilled as the reason its last run ended. A killed process takes its requests with it, so ${r.whose === 'peer' ? `${ev.service}'s calls to it` : 'the requests it held and the calls made to it meanwhile'} fail ("${clip(ev.message, 120)}"); the memory that ran out is the container's limit.`,
    fix: `Give ${r.container} the memory its peak needs (its resources.limits.memory) or make it hold less at once; its memory over time (container_memory_working_set_bytes against the limit) tells a steady peak (raise the limit) from a leak (it grows until killed). ${r.whose === 'peer' ? `Meanwhile retry ${ev.service}'s idempotent calls to it on a reset, and run enough replicas that one restarting is absorbed.` : 'Run enough replicas that one restarting is absorbed.'}`,
    numbers: [`${r.container} restarted ${times} during the errors (kube_pod_container_status_restarts_total), its last run terminated OOMKilled (kube_pod_container_status_last_terminated_reason).`],
  };
}

function throttledAtCpuLimit(ev: Evidence, text: string): CauseFinding | undefined {
  const t = ev.platform?.throttled;
  if (!t || t.share < MIN_THROTTLED_SHARE || !waitedTooLong(text)) return undefined;
  const rose = t.before === undefined || t.share >= MIN_THROTTLING_RISE * t.before;
  if (!rose && t.share < HEAVY_THROTTLING) return undefined;
  const before = t.before === undefined ? '' : ` against ${pct(t.before)} before them`;
  const own = t.whose === 'own';
  return {
    kind: 'resource-exhaustion',
    strength: rose ? 0.8 : 0.7,
    cause: own
      ? `${ev.service}'s container ${t.container} is held back by its CPU limit: the kernel throttled it in ${pct(t.share)} of its CPU periods while the errors happened${before}, so its work waits for the next period and runs out of time ("${clip(ev.message, 120)}"). Its average CPU use can look well under the limit: the quota is spent in bursts.`
      : `${t.container}, which ${ev.service} calls, is held back by its CPU limit: the kernel throttled it in ${pct(t.share)} of its CPU periods while the errors happened${before}, so it answers too late and ${ev.service}'s calls to it time out ("${clip(ev.message, 120)}").`,
    fix: `Raise or remove ${t.container}'s CPU limit (resources.limits.cpu; keep the request for scheduling), or make it use fewer threads than its quota allows (GOMAXPROCS, a JVM's -XX:ActiveProcessorCount, worker counts sized to the limit, not the node); then alert on container_cpu_cfs_throttled_periods_total against container_cpu_cfs_periods_total.`,
    numbers: [`${t.container}: ${pct(t.share)} of CFS periods throttled during the errors${before} (container_cpu_cfs_throttled_periods_total / container_cpu_cfs_periods_total).`],
  };
}
