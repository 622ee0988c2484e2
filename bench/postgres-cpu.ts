// CPU time of a PostgreSQL cluster started for a benchmark: its work happens in the postmaster's
// backends, other processes than the benchmark's, so their time is read from /proc.
import { readdirSync } from 'node:fs';
import { processStat } from './process-cpu.js';

/** CPU time (ms) of the postmaster and its children, from /proc. */
export function postgresCpuMs(postmaster: number): number {
  let ms = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const { ppid, cpuMs } = processStat(Number(pid));
      if (Number(pid) === postmaster || ppid === postmaster) ms += cpuMs;
    } catch {
      // A backend that ended between the listing and the read.
    }
  }
  return ms;
}
