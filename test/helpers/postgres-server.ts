// A throwaway PostgreSQL cluster for the test run and the benchmarks: Debian's `postgresql`
// package binaries, a data directory and socket in a temp dir, one free TCP port on loopback.
// initdb and postgres refuse to run as root, so as root they run as the `postgres` user the
// package creates. No process state outlives `stop()`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_HINT = 'PostgreSQL is not installed: apt-get install -y --no-install-recommends postgresql (its server binaries are looked for under /usr/lib/postgresql/<version>/bin)';

export class PostgresMissingError extends Error {}

export interface PostgresServer {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  adminUrl: string;
  port: number;
  dir: string;
  /** The postmaster's pid (its backends are its children). */
  pid: number;
  /** `postgresql://…/<name>` of a fresh, empty database. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** fsync each commit (the bench does; tests skip it: PostgreSQL's own durability is not what they test). */
  fsync?: boolean;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
}

/** The newest server version installed from Debian's packages. */
export function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres'))) : [];
  if (versions.length === 0) throw new PostgresMissingError(INSTALL_HINT);
  versions.sort((a, b) => Number(b) - Number(a));
  return join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function serverUserIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

async function waitUntilReady(bin: string, dir: string, port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; ; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`postgres exited (${child.exitCode ?? child.signalCode}): ${log().trim().split('\n').slice(-5).join(' | ')}`);
    try {
      execFileSync(join(bin, 'pg_isready'), ['-q', '-h', dir, '-p', String(port), '-U', 'postgres'], { stdio: 'ignore' });
      return;
    } catch {
      if (i > 1200) throw new Error(`postgres did not become ready: ${log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rounds-pg-'));
  const ids = serverUserIds();
  if (ids) chownSync(dir, ids.uid, ids.gid);
  const data = join(dir, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'], { stdio: 'pipe', ...ids });
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    fsync: options.fsync ? 'on' : 'off',
    full_page_writes: options.fsync ? 'on' : 'off',
    max_connections: '200',
    shared_buffers: '128MB',
    // Statistics the bench reads to say where the time goes.
    track_io_timing: 'on',
    track_wal_io_timing: 'on',
    ...options.settings,
  };
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const args = ['-D', data, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
    const child = spawn(join(bin, 'postgres'), args, { stdio: ['ignore', 'ignore', 'pipe'], ...ids });
    let log = '';
    child.stderr!.on('data', (d) => (log += d));
    try {
      await waitUntilReady(bin, dir, port, child, () => log);
    } catch (error) {
      child.kill('SIGKILL');
      // Another process took the port between the probe and the bind: try another one.
      if (attempt < 5 && /could not (bind|create listen)/i.test(log)) continue;
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    return {
      adminUrl,
      port,
      dir,
      pid: child.pid!,
      async createDatabase(name: string) {
        const psql = join(bin, 'psql');
        execFileSync(psql, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', adminUrl, '-c', `CREATE DATABASE "${name.replace(/"/g, '')}"`], { stdio: 'pipe' });
        return `postgresql://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
      },
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          // SIGQUIT: immediate shutdown; the cluster is thrown away anyway.
          child.kill('SIGQUIT');
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
