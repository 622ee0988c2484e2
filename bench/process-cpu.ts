// CPU time of another process, from /proc/<pid>/stat: the benchmarks measure servers they
// started (a `rounds serve`, a PostgreSQL cluster's backends) whose time process.cpuUsage()
// cannot see. And the CPU time of this process's threads by name, from /proc/self/task: Node
// names its threads (MainThread, WorkerThread for worker_threads, V8Worker for V8's garbage
// collection and compiler helpers, libuv-worker for the thread pool, where lmdb-js writes), so
// a benchmark can say which of them its CPU went to.
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds in one clock tick of /proc's CPU counters (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** A /proc stat line's command name and the fields after it. */
function stat(path: string): { name: string; fields: string[] } {
  const line = readFileSync(path, 'utf8');
  // The command name may itself hold spaces and parentheses.
  return { name: line.slice(line.indexOf('(') + 1, line.lastIndexOf(')')), fields: line.slice(line.lastIndexOf(')') + 2).split(' ') };
}

/** User + system ms of a stat line's fields. */
const cpuMsOf = (fields: string[]) => (Number(fields[11]) + Number(fields[12])) * TICK_MS;

/** The process's parent and its CPU time (user + system, ms); throws if it is gone. */
export function processStat(pid: number): { ppid: number; cpuMs: number } {
  const { fields } = stat(`/proc/${pid}/stat`);
  return { ppid: Number(fields[1]), cpuMs: cpuMsOf(fields) };
}

/**
 * CPU ms of this process's live threads, summed by thread name; undefined where /proc is not
 * there. A thread that ended took its time with it: read before stopping the threads measured.
 */
export function threadCpuMs(): Map<string, number> | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  const byName = new Map<string, number>();
  for (const task of tasks) {
    try {
      const { name, fields } = stat(`/proc/self/task/${task}/stat`);
      byName.set(name, (byName.get(name) ?? 0) + cpuMsOf(fields));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byName;
}
