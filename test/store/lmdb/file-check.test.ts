// The data-file check (store/lmdb/file-check.ts) reads the file with plain reads while a
// server may be committing to it: a CLI command opened beside a busy server must not take a
// growing file for a truncated one (`rounds tag` exited 2 so in CI runs). A real LMDB writer in
// another process commits growing transactions while this process checks the file over and over.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkStoreFile } from '../../../src/store/lmdb/file-check.js';
import { tempDataDir } from '../../helpers/temp-dir.js';

const dir = tempDataDir('rounds-file-check-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each round grows the file (values of up to 2.3 KB under new keys) and rewrites a second table,
// and waits for the commit to be on disk, as the server's group commit does.
const WRITER = `
import { open } from 'lmdb';
const env = open({ path: ${JSON.stringify(dir)}, maxDbs: 16, mapSize: 64 * 1024 ** 3, overlappingSync: true });
const grown = env.openDB({ name: 'grown' });
const rewritten = env.openDB({ name: 'rewritten' });
let i = 0;
for (;;) {
  const writes = [];
  for (let k = 0; k < 50; k++, i++) writes.push(grown.put('k' + i, 'v'.repeat(300 + (i % 2000))), rewritten.put('k' + (i % 5000), i));
  await Promise.all(writes);
  await env.flushed;
  if (i % 1000 === 0) process.stdout.write(i + '\\n');
}
`;

it('a file a writer keeps growing is never reported damaged', async () => {
  const writer = spawn(process.execPath, ['--input-type=module', '-e', WRITER], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    // Checks only once the writer has committed, so every check races real commits.
    let written = 0;
    writer.stdout.setEncoding('utf8');
    writer.stdout.on('data', (chunk: string) => (written = Number(chunk.trim().split('\n').pop())));
    await expect.poll(() => written, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    const file = join(dir, 'data.mdb');
    const failures: string[] = [];
    const before = written;
    // Checks in slices, letting the output through between them, until the writer has grown the
    // file by 20,000 more entries (~400 commits) — before the fix about one check in 300 failed.
    let checks = 0;
    while (written < before + 20_000) {
      for (let n = 0; n < 200; n++, checks++) {
        try {
          checkStoreFile(file);
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(checks).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  } finally {
    writer.kill();
  }
}, 300_000);
