// Checks, before anything is opened, that the data directory can be created and written.
// Without it an unwritable directory surfaces from deep inside LMDB ("Attempting to setup
// locks", or a network-looking error) instead of one line naming the setting.
import { closeSync, existsSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'a file is in the way (not a directory)',
  EEXIST: 'a file is in the way (not a directory)',
  ENOSPC: 'the disk is full',
  ENOENT: 'a parent directory does not exist and cannot be created',
};

/** A reason the directory is not usable for writing, or undefined when it is. */
export function checkDataDirWritable(dir: string): string | undefined {
  try {
    createWithParents(resolve(dir));
  } catch (error) {
    return `cannot create ${JSON.stringify(dir)}: ${reason(error)}`;
  }
  // Root ignores permission bits, so only a real write tells whether writing works.
  const probe = join(dir, `.rounds-write-check-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    return `cannot write in ${JSON.stringify(dir)}: ${reason(error)}`;
  }
  return undefined;
}

/**
 * mkdir -p one level at a time: Node's recursive mkdir spins forever under some pseudo file
 * systems (a path below /proc), where a plain mkdir fails at once.
 */
function createWithParents(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) mkdirSync(d);
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return REASONS[e.code ?? ''] ?? e.message;
}
