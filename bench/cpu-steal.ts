// The share of the machine's CPU time the hypervisor gave to other guests ("steal", the eighth
// figure of the `cpu` line of /proc/stat, proc(5)). On a virtual machine it is the largest source
// of noise in these benchmarks: a run with a third of the CPU stolen measures less throughput and,
// through cache and memory contention, more CPU per unit of work. Printed beside the load
// average so that a reader can tell a slow machine from a slow program. Linux only; elsewhere
// the figure is absent.
import { readFileSync } from 'node:fs';

/** Cumulative CPU time of all cores, in clock ticks: in all, and stolen. */
export interface CpuTicks {
  total: number;
  steal: number;
}

export function cpuTicks(): CpuTicks | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
    if (!line.startsWith('cpu ')) return undefined;
    // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user).
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return undefined;
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] };
  } catch {
    return undefined;
  }
}

/** "12% of CPU stolen" between two readings, or undefined when either is missing. */
export function stealBetween(before: CpuTicks | undefined, after: CpuTicks | undefined): string | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return `${Math.round((100 * (after.steal - before.steal)) / (after.total - before.total))}% of CPU stolen`;
}
