// Keeps README.md true to the code: every setting of the config schema is in its table with the
// schema's default, every flag of `rounds serve` is named, every command file has a line in its
// command table, and its metrics table holds the series src/ registers, no more, no fewer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema, FLAGS } from '../../src/config.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every setting', () => {
    const missing = Object.keys(configSchema.shape).filter((key) => !readme.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });

  it('gives each setting the default the schema has', () => {
    const table = readme.slice(readme.indexOf('## Settings'), readme.indexOf('### Settings from older deployments'));
    const shape = configSchema.shape as Record<string, { safeParse(value: unknown): { data?: unknown } }>;
    const wrong: string[] = [];
    for (const [, key, cell] of table.matchAll(/^\| `([A-Z0-9_]+)`(?:, `[A-Z0-9_]+`)* \| ([^|]+) \|/gm)) {
      const schemaDefault = JSON.stringify(shape[key].safeParse(undefined).data);
      const value = /^`([^`]*)`$/.exec(cell.trim());
      // A value in backticks is what the setting would be set to; a dash or a word in
      // parentheses says it is unset (or an empty list). Other cells describe a computed
      // default (FINGERPRINT_WORKERS: from the number of cores).
      if (value) {
        if (JSON.stringify(shape[key].safeParse(value[1]).data) !== schemaDefault) wrong.push(`${key}: README ${value[1]}, schema ${schemaDefault}`);
      } else if (/^(—|\(.*\))$/.test(cell.trim()) && schemaDefault !== undefined && schemaDefault !== '[]') {
        wrong.push(`${key}: README unset, schema ${schemaDefault}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names every flag of rounds serve', () => {
    const missing = Object.keys(FLAGS).filter((flag) => !readme.includes(`\`${flag}\``));
    expect(missing).toEqual([]);
  });

  it('lists exactly the rounds_* series that src/ registers', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
    const registered = new Set<string>();
    for (const file of files(fileURLToPath(new URL('../../src/', import.meta.url)))) {
      // `new Counter(registry, 'rounds_…'` (observability/metrics.ts' wrappers) or prom-client's `{ name: 'rounds_…'`.
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/(?:\bregistry, |\bname: )'(rounds_[a-z_]+)'/g)) registered.add(name);
    }
    const table = readme.slice(readme.indexOf('| series | labels |'), readme.indexOf('## Web console'));
    const listed = new Set([...table.matchAll(/`(rounds_[a-z_]+)`/g)].map((m) => m[1]));
    expect([...registered].filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !registered.has(name))).toEqual([]);
    expect(registered.size).toBeGreaterThan(10);
  });

  it('mentions every command', () => {
    const commands = readdirSync(new URL('../../src/cli/commands/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    const missing = commands.filter((c) => !new RegExp(`rounds [a-z|\\\\]*\\b${c}\\b`).test(readme));
    expect(missing).toEqual([]);
  });

  it('gives the install-and-run command first and the test command second', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(block[0]).toMatch(/^npm ci && npm start/);
    expect(block[1]).toMatch(/^npm test/);
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(ci).toContain('npm test');
  });
});
