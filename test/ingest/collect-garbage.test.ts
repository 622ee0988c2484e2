// The collection after a spike of request bytes (ingest/byte-budget.ts `collectGarbage`) on the
// Node that runs the tests, started as `rounds serve` is (no --expose-gc): it finds V8's
// collector through the flag and a fresh context, collects without a warning on stderr, and
// leaves no `gc` on the receiver's own global (an application's code sees what it saw before).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../src/ingest/byte-budget.ts', import.meta.url));

it('collects after a spike without --expose-gc, a warning or a global gc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-gc-'));
  try {
    const script = join(dir, 'collect.mts');
    writeFileSync(
      script,
      `import { canCollectGarbage, collectGarbage } from ${JSON.stringify(MODULE)};
       let garbage: unknown[] | undefined = Array.from({ length: 2e5 }, (_, i) => ({ i }));
       garbage = undefined;
       const before = process.memoryUsage().heapUsed;
       collectGarbage();
       const after = process.memoryUsage().heapUsed;
       console.log(JSON.stringify({ available: canCollectGarbage(), freed: before - after, globalGc: typeof (globalThis as { gc?: unknown }).gc, garbage }));`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { available: boolean; freed: number; globalGc: string };
    expect(out.available).toBe(true);
    // 200,000 small objects were garbage: a full collection frees megabytes of them.
    expect(out.freed).toBeGreaterThan(1_000_000);
    expect(out.globalGc).toBe('undefined');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
