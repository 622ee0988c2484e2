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

/** CPU ms by thread name (a plain object, so that a server can send it to its parent as it is). */
export type ThreadCpuMs = Record<string, number>;

/**
 * CPU ms of this process's live threads, summed by thread name; undefined where /proc is not
 * there. A thread that ended took its time with it: read before stopping the threads measured.
 */
export function threadCpuMs(): ThreadCpuMs | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  const byName: ThreadCpuMs = {};
  for (const task of tasks) {
    try {
      const { name, fields } = stat(`/proc/self/task/${task}/stat`);
      byName[name] = (byName[name] ?? 0) + cpuMsOf(fields);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byName;
}

/** CPU µs per unit of work (an event, a span) by kind of thread. */
export interface ThreadsUs {
  main: number;
  /** worker_threads (the fingerprint pool). */
  workers: number;
  /** V8's helpers: garbage collection and compilation. */
  v8: number;
  /** libuv's pool, where lmdb-js writes and zlib inflates. */
  libuv: number;
}

/**
 * The CPU per unit of each kind of thread between two readings of threadCpuMs; undefined without
 * both, and where Node does not name its threads (before Node 22 every thread is `node`): a split
 * that cannot be made is shown as unknown, not as zero.
 */
export function threadsUsPer(before: ThreadCpuMs | undefined, after: ThreadCpuMs | undefined, units: number): ThreadsUs | undefined {
  if (!before || !after || after.MainThread === undefined) return undefined;
  const us = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / units;
  return { main: us('MainThread'), workers: us('WorkerThread'), v8: us('V8Worker'), libuv: us('libuv-worker') };
}
