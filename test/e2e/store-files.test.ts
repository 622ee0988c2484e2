// A damaged or foreign store file, and a second server on a data dir: the real `rounds`
// command (spawned, built from dist/) answers with one line naming the problem and exit code
// 2 — never a native crash (SIGBUS/SIGSEGV/SIGABRT) or a stack trace.
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, spawnServer } from '../helpers/cli.js';
import { tempDataDir } from '../helpers/temp-dir.js';
import { seedDataDir } from '../helpers/seed-store.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { SCHEMA_VERSION } from '../../src/store/lmdb/migrations.js';

const SQLITE = new URL('../fixtures/store/foreign.sqlite', import.meta.url).pathname;
/** The store's page size, from its first meta page (LMDB's layout: the free table's record, 48 bytes in, starts with it). */
let PAGE = 0;
const pageSizeOf = (file: string): number => readFileSync(file).readUInt32LE(48);

function zero(file: string, fromPage: number, pages: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pages * PAGE), 0, pages * PAGE, fromPage * PAGE);
  } finally {
    closeSync(fd);
  }
}

/** How each case damages a copy of a good store (`file` is its rounds.mdb). */
const DAMAGE: Record<string, (file: string) => void> = {
  'truncated to a third': (file) => truncateSync(file, Math.floor(statSync(file).size / 3 / PAGE) * PAGE),
  'truncated to its meta pages': (file) => truncateSync(file, 2 * PAGE),
  'cut mid-page': (file) => truncateSync(file, statSync(file).size - 100),
  'empty': (file) => truncateSync(file, 0),
  'data pages zeroed': (file) => zero(file, 2, statSync(file).size / PAGE - 2),
  'every page zeroed': (file) => zero(file, 0, statSync(file).size / PAGE),
  'random bytes': (file) => {
    const size = statSync(file).size;
    rmSync(file);
    const fd = openSync(file, 'w');
    writeSync(fd, randomBytes(size));
    closeSync(fd);
  },
  'an SQLite database': (file) => copyFileSync(SQLITE, file),
};

describe('a damaged or foreign store file', () => {
  const root = tempDataDir('rounds-damaged-');
  const good = join(root, 'good');
  beforeAll(async () => {
    ensureBuilt();
    await seedDataDir(
      good,
      Array.from({ length: 300 }, (_, i) => ({ service: `svc-${i % 7}`, type: `Error${i}`, message: `request ${i} failed: ${'x'.repeat(i % 60)}`, events: 12 })),
    );
    PAGE = pageSizeOf(join(good, 'rounds.mdb'));
    // New stores take the OS's page size, 4 KiB on Linux x86-64 (store/lmdb/environment.ts): the
    // damage below is in whole pages.
    expect(PAGE).toBe(4096);
    // The SQLite fixture really is one (written by Python's sqlite3), not LMDB.
    expect(readFileSync(SQLITE).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  }, 180_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('opens the undamaged store (the check accepts what LMDB wrote)', async () => {
    const res = await runCli(['list', '--data-dir', good, '--limit', '5']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });

  for (const [name, damage] of Object.entries(DAMAGE)) {
    it(`${name}: list, show and serve answer one line naming the file, exit 2`, async () => {
      const dir = join(root, name.replace(/\W+/g, '-'));
      cpSync(good, dir, { recursive: true });
      const file = join(dir, 'rounds.mdb');
      damage(file);
      const runs = await Promise.all([
        runCli(['list', '--data-dir', dir]),
        runCli(['show', 'abc', '--data-dir', dir]),
        runCli(['stats', '--data-dir', dir]),
        runCli(['serve', '--data-dir', dir, '--http-port', '0', '--grpc-port', '0', '--api-port', '0', '--host', '127.0.0.1'], {
          env: { INVESTIGATOR_ENABLED: 'false', LOG_LEVEL: 'info' },
        }),
      ]);
      for (const res of runs) {
        expect(res.code, res.stderr).toBe(2);
        const lines = res.stderr.trim().split('\n');
        expect(lines, res.stderr).toHaveLength(1);
        expect(lines[0]).toContain(file);
        expect(lines[0]).toMatch(/not a usable Rounds store/);
      }
      rmSync(dir, { recursive: true, force: true });
    });
  }
});

describe('two servers on one data dir', () => {
  const dir = tempDataDir('rounds-locked-');
  const children: ChildProcess[] = [];
  beforeAll(() => ensureBuilt());
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const args = async () => ['--data-dir', dir, '--host', '127.0.0.1', '--http-port', '0', '--grpc-port', '0', '--api-port', '0'];
  const env = { INVESTIGATOR_ENABLED: 'false', LOG_LEVEL: 'warn' };

  it('refuses the second server with one line; the CLI keeps working; a SIGKILLed server leaves no lock behind', async () => {
    mkdirSync(dir, { recursive: true });
    const first = await spawnServer(await args(), env);
    children.push(first.child);

    const second = await runCli(['serve', ...(await args())], { env });
    expect(second.code).toBe(2);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toContain(`pid ${first.child.pid}`);
    expect(second.stderr).toContain(dir);

    // Reads and management writes from the CLI are not servers: they still work.
    const list = await runCli(['list', '--data-dir', dir, '--json']);
    expect(list.code, list.stderr).toBe(0);

    // Killed without any chance to clean up, the lock goes with the process.
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const restarted = await spawnServer(await args(), env);
    children.push(restarted.child);
    restarted.child.kill('SIGTERM');
    const code = await new Promise((resolve) => restarted.child.once('exit', resolve));
    expect(code).toBe(0);
  }, 180_000);
});

describe('a data dir of an older schema', () => {
  const dir = tempDataDir('rounds-older-');
  beforeAll(async () => {
    ensureBuilt();
    await seedDataDir(dir, [{ service: 'checkout', type: 'OlderSchemaError', message: 'request failed', events: 3 }]);
    // As an older Rounds left it: one schema behind (the layout itself does not matter here).
    const store = await LmdbStore.open(dir);
    await store.putMeta('schemaVersion', SCHEMA_VERSION - 1);
    await store.close();
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read-only commands refuse it in one line naming the schemas and what migrates it, exit 2', async () => {
    for (const args of [['list'], ['show', 'abc'], ['stats']]) {
      const res = await runCli([...args, '--data-dir', dir]);
      expect(res.code, res.stderr).toBe(2);
      const lines = res.stderr.trim().split('\n');
      expect(lines, res.stderr).toHaveLength(1);
      expect(lines[0]).toContain(`schema ${SCHEMA_VERSION - 1}`);
      expect(lines[0]).toContain('rounds serve');
    }
  });
});
