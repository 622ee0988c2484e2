// CPU time of a PostgreSQL cluster started for a benchmark: its work happens in the postmaster's
// backends, other processes than the benchmark's, so their time is read from /proc.
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (ms) of the postmaster and its children, from /proc (clock ticks of 10 ms). */
export function postgresCpuMs(postmaster: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (Number(pid) === postmaster || ppid === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A backend that ended between the listing and the read.
    }
  }
  return ticks * 10;
}
