// CPU time of another process, from /proc/<pid>/stat: the benchmarks measure servers they
// started (a `rounds serve`, a PostgreSQL cluster's backends) whose time process.cpuUsage()
// cannot see.
import { readFileSync } from 'node:fs';

/** Milliseconds in one clock tick of /proc's CPU counters (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** The process's parent and its CPU time (user + system, ms); throws if it is gone. */
export function processStat(pid: number): { ppid: number; cpuMs: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}
