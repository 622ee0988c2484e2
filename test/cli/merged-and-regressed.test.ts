// Figures a person reads after a merge and a regression, through the real CLI on a store the
// real commit path wrote: the target's count, timeline and per-release figures include the
// merged signature's; release figures come from counters (more occurrences than samples are
// kept); a regression says when it came back, in which release, and when and in which
// release it had been resolved — in `show` and in the report text every notifier shares.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportMarkdown, reportText } from '../../src/adapters/notify/format.js';
import { sparklines, timeline } from '../../src/console/console-data.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { sampleDiagnosis, sampleEvidence } from '../helpers/fake-llm/index.js';
import { seedDataDir, type SeedKind } from '../helpers/seed-store.js';

const work = mkdtempSync(join(tmpdir(), 'rounds-merged-'));
const dir = join(work, 'data');
// One failure seen in two releases, and the same failure reported under another type by an
// older client library (the reason someone merges them).
const LOCK = { service: 'orders', type: 'LockTimeoutError', message: 'Lock wait timeout exceeded; try restarting transaction' };
const KINDS: SeedKind[] = [
  { ...LOCK, events: 30, release: '4.2.0' },
  { ...LOCK, events: 12, release: '4.3.0' },
  { service: 'orders', type: 'SQLTransactionRollbackError', message: 'Lock wait timeout exceeded; try restarting transaction', events: 8, release: '4.2.0' },
];

interface Shown {
  id: string;
  count: number;
  mergedFrom: string[];
  releaseCounts: { release: string; count: number }[];
  timeline: { hourly: { counts: number[] } };
  occurrences: unknown[];
  regression?: { at: string; release?: string; resolvedAt?: string; resolvedInRelease?: string };
}

const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);
const show = async (id: string) => JSON.parse((await cli('show', id, '--json')).stdout) as Shown;
let target = '';
let source = '';

beforeAll(async () => {
  ensureBuilt();
  await seedDataDir(dir, KINDS);
  const list = JSON.parse((await cli('list', '--json')).stdout) as { id: string; type: string }[];
  target = list.find((s) => s.type === 'LockTimeoutError')!.id;
  source = list.find((s) => s.type === 'SQLTransactionRollbackError')!.id;
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('after a merge', () => {
  it('the target shows the combined count, timeline and releases (from counters, not samples)', async () => {
    const before = await show(target);
    expect(before.count).toBe(42);
    // Fewer samples are kept than occurrences happened: the figures are not sample counts.
    expect(before.occurrences.length).toBeLessThan(42);
    expect(before.releaseCounts).toEqual([
      { release: '4.2.0', count: 30 },
      { release: '4.3.0', count: 12 },
    ]);
    expect((await cli('merge', target, source, '--reason', 'same deadlock, old driver')).code).toBe(0);
    const after = await show(target);
    expect(after.count).toBe(50);
    expect(after.mergedFrom).toEqual([source]);
    expect(after.timeline.hourly.counts.reduce((a, b) => a + b, 0)).toBe(50);
    expect(after.releaseCounts).toEqual([
      { release: '4.2.0', count: 38 },
      { release: '4.3.0', count: 12 },
    ]);
    const text = (await cli('show', target)).stdout;
    expect(text).toMatch(new RegExp(`^count {8}50 \\(with ${source} merged in\\)$`, 'm'));
    expect(text).toMatch(/^releases {5}4\.2\.0 \(38\), 4\.3\.0 \(12\)$/m);
    expect(text).toMatch(/last 24 hours +\[[^\]]+\] +50 events/);

    // The console's list sparkline and detail timeline count the same 50.
    const store = await LmdbStore.open(dir, { readOnly: true });
    try {
      const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
      const nowMs = Date.now();
      expect(sum((await sparklines(store, [target], nowMs))[target])).toBe(50);
      expect(sum((await timeline(store, target, 'hour', nowMs)).counts)).toBe(50);
    } finally {
      await store.close();
    }
  });
});

describe('after a regression', () => {
  it('show and the report say when it came back, in which release, and when it had been resolved', async () => {
    expect((await cli('resolve', target, '--in-release', '4.3.1', '--reason', 'retry on deadlock')).code).toBe(0);
    await seedDataDir(dir, [{ ...LOCK, events: 2, release: '4.4.0' }]);
    const shown = await show(target);
    expect(shown.regression).toMatchObject({ release: '4.4.0', resolvedInRelease: '4.3.1' });
    expect(Date.parse(shown.regression!.resolvedAt!)).toBeLessThanOrEqual(Date.parse(shown.regression!.at));
    const text = (await cli('show', target)).stdout;
    expect(text).toMatch(/^status {7}new — came back \S+ in release 4\.4\.0 after it was resolved \S+ in release 4\.3\.1$/m);

    const store = await LmdbStore.open(dir, { readOnly: true });
    try {
      const signature = await store.requireSignature(target);
      const report = { kind: 'regressed' as const, signature, diagnosis: sampleDiagnosis(), evidence: { ...sampleEvidence(), release: { introducedByRelease: false, releases: [{ release: '4.2.0', count: 38 }, { release: '4.3.0', count: 12 }, { release: '4.4.0', count: 2 }], detail: '' } } };
      const plain = reportText(report, (t) => t);
      expect(plain).toMatch(/^ {3}Regressed: came back \S+ in release 4\.4\.0 after it was resolved \S+ in release 4\.3\.1$/m);
      expect(plain).toMatch(/^ {3}Releases: 4\.2\.0 \(38\), 4\.3\.0 \(12\), 4\.4\.0 \(2\)$/m);
      const md = reportMarkdown(report, (t) => t);
      expect(md).toMatch(/\| Regressed \| came back \S+ in release 4\.4\.0 after it was resolved \S+ in release 4\.3\.1 \|/);
      expect(md).toContain('| Releases | 4.2.0 (38), 4.3.0 (12), 4.4.0 (2) |');
    } finally {
      await store.close();
    }
  });
});
