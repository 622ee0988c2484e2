// Builds of dist/ and of the console bundle that test files and benches may start at the same
// time: whoever finds the output stale takes a lock directory (mkdir is atomic), checks again
// under the lock and builds; the others wait for the lock and then find the output fresh.
// No vitest import here: the benches use it too.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file under `dir`. */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Takes the lock directory `lock`, waiting (in 0.2 s steps, two minutes at most) while someone
 * else holds it; returns the function that gives it back. `holder` names who is waited for in
 * the error when the wait runs out.
 */
export function takeBuildLock(lock: string, holder: string): () => void {
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      return () => rmdirSync(lock);
    } catch {
      if (i === 600) throw new Error(`timed out waiting for ${holder} (remove ${lock} if none is running)`);
      execFileSync('sleep', ['0.2']);
    }
  }
}
