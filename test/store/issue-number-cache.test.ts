import { rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import { closeTables, openTables } from '../../src/store/environment.js';
import { LmdbIssueNumberCache } from '../../src/store/issue-number-cache.js';
import { tempDataDir } from '../helpers/temp-dir.js';

it('remembers issue numbers across a restart and forgets deleted ones', async () => {
  const dir = tempDataDir();
  try {
    let tables = openTables(dir);
    const cache = new LmdbIssueNumberCache(tables);
    cache.set('fp-a', 17);
    cache.set('fp-b', 18);
    cache.delete('fp-b');
    expect(cache.get('fp-a')).toBe(17);
    await closeTables(tables);
    tables = openTables(dir);
    const again = new LmdbIssueNumberCache(tables);
    expect(again.get('fp-a')).toBe(17);
    expect(again.get('fp-b')).toBeUndefined();
    await closeTables(tables);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
