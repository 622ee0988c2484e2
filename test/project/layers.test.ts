// The layer map of docs/architecture.md, enforced: every relative import in src/ must point
// to a layer the importing layer may use. The few known exceptions are listed by file and
// target so that none can be added silently; the list is meant to shrink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Which layers each layer may import (besides itself). */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  observability: ['core'],
  store: ['core', 'observability'],
  ingest: ['core', 'observability', 'store'],
  settings: ['core'],
  adapters: ['core', 'settings'],
  investigate: ['core', 'observability', 'store'],
  presentation: ['core', 'store'],
  api: ['core', 'observability', 'store', 'config', 'presentation'],
  console: ['core', 'observability', 'store', 'config', 'api', 'presentation'],
  demo: ['core', 'observability', 'store', 'config', 'main'],
};

/** Imports that break the map today (docs/architecture.md lists them). */
const KNOWN_EXCEPTIONS = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file under src/: its first folder, or the file's own name at the top. */
function layerOf(path: string): string {
  const rel = relative(SRC, path);
  const [first] = rel.split('/');
  return rel.includes('/') ? first : first.replace(/(-[a-z]+)*\.(ts|js)$/, '');
}

it('imports point inward, as the layer map says', () => {
  const offenders: string[] = [];
  const used = new Set<string>();
  for (const file of files(SRC)) {
    const from = layerOf(file);
    const allowed = MAY_IMPORT[from];
    if (!allowed) continue; // cli and the composition root may import anything
    for (const match of readFileSync(file, 'utf8').matchAll(/from ['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = layerOf(resolve(dirname(file), match[1]));
      if (to === from || allowed.includes(to)) continue;
      const key = `${relative(SRC, file)} -> ${to}`;
      if (KNOWN_EXCEPTIONS.has(key)) used.add(key);
      else offenders.push(`${key} (${match[1]})`);
    }
  }
  expect(offenders).toEqual([]);
  // An exception that is gone must leave the list too.
  expect([...KNOWN_EXCEPTIONS].filter((k) => !used.has(k))).toEqual([]);
});

it('the layer map of docs/architecture.md is the one enforced here', () => {
  const doc = readFileSync(new URL('../../docs/architecture.md', import.meta.url), 'utf8');
  const table = doc.slice(doc.indexOf('| layer | folder | may import |'), doc.indexOf('## The store port'));
  const documented: Record<string, string[]> = {};
  const unrestricted: string[] = [];
  for (const [, folders, mayImport] of table.matchAll(/^\| [^|]+ \| ([^|]+) \| ([^|]+) \|$/gm)) {
    // The layers a row may import: the backticked names before any parenthesis, not the folder it names.
    const allowed = [...mayImport.split('(')[0].matchAll(/`([a-z]+)`/g)].map((m) => m[1]);
    for (const [, layer] of folders.matchAll(/`src\/([a-z]+)\/?`/g)) {
      if (mayImport.trim().startsWith('everything')) unrestricted.push(layer);
      else documented[layer] = allowed.sort();
    }
  }
  const enforced = Object.fromEntries(Object.entries(MAY_IMPORT).map(([layer, allowed]) => [layer, [...allowed].sort()]));
  expect(documented).toEqual(enforced);
  expect(unrestricted.filter((layer) => layer in MAY_IMPORT)).toEqual([]);
});

it('callers reach the LMDB store through the port: only store/open-store.ts imports store/lmdb', () => {
  const offenders: string[] = [];
  for (const file of files(SRC)) {
    const rel = relative(SRC, file);
    if (rel.startsWith('store/lmdb/') || rel === 'store/open-store.ts') continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/from ['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = relative(SRC, resolve(dirname(file), match[1]));
      if (target.startsWith('store/lmdb/')) offenders.push(`${rel} -> ${target}`);
    }
  }
  expect(offenders).toEqual([]);
});
