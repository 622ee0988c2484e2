// One server per data dir. LMDB lets any number of processes write one environment (it
// serialises their transactions), so two `rounds serve` on one data dir would both run the
// investigator and diagnose and notify every signature twice. CLI commands stay welcome: only
// servers take this lock.
//
// The lock is a listening local socket whose name is derived from the data dir's identity
// (device and inode, so another path to the same directory finds the same lock). The kernel
// owns it: it is released when the process ends however it ends — SIGKILL and crashes included
// — so a stale lock can never block a restart, and two servers starting at once cannot both
// win (bind is atomic). Linux uses the abstract socket namespace (no file at all); Windows a
// named pipe; other systems a socket file, removed when a connect to it is refused (its owner
// is gone). A process that finds the lock held connects to it and learns the owner's pid.
import { createHash } from 'node:crypto';
import { mkdirSync, statSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError } from '../../core/store-errors.js';

/** The class lives in core/store-errors.ts with the other store errors. */
export { DataDirLockedError };

export interface ServerLock {
  release(): Promise<void>;
}

function lockAddress(dataDir: string): { path: string; isFile: boolean } {
  mkdirSync(dataDir, { recursive: true });
  const st = statSync(dataDir);
  const id = createHash('sha256').update(`rounds-serve:${st.dev}:${st.ino}`).digest('hex').slice(0, 32);
  if (process.platform === 'linux') return { path: `\0rounds-serve-${id}`, isFile: false };
  if (process.platform === 'win32') return { path: `\\\\.\\pipe\\rounds-serve-${id}`, isFile: false };
  return { path: join(tmpdir(), `rounds-serve-${id}.sock`), isFile: true };
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(path);
  });
}

/** Asks the holder who it is; undefined when nobody answers (a socket file left by a dead process). */
function askOwner(path: string): Promise<{ alive: boolean; pid?: number }> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    let data = '';
    const done = (answer: { alive: boolean; pid?: number }) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done({ alive: true }), 2_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => {
      const pid = Number(/^(\d+)/.exec(data)?.[1]);
      done({ alive: true, pid: Number.isInteger(pid) && pid > 0 ? pid : undefined });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => done({ alive: error.code !== 'ECONNREFUSED' && error.code !== 'ENOENT' }));
  });
}

/** Takes the data dir's server lock, or throws DataDirLockedError naming the holder. */
export async function lockDataDir(dataDir: string): Promise<ServerLock> {
  const { path, isFile } = lockAddress(dataDir);
  for (let attempt = 0; ; attempt++) {
    const server = createServer((socket) => socket.end(`${process.pid}\n`));
    try {
      await listen(server, path);
      // The lock must not keep the process alive on its own.
      server.unref();
      return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const owner = await askOwner(path);
      if (owner.alive || !isFile || attempt > 0) throw new DataDirLockedError(dataDir, owner.pid);
      // A socket file whose process is gone: remove it and try once more.
      try {
        unlinkSync(path);
      } catch {
        // Someone else removed it first; the retry decides.
      }
    }
  }
}
