// Keeps README.md true to the code: every setting of the config schema is in its table with the
// schema's default, every flag of `rounds serve` is named, and every command file has a line in
// its command table.
import { readdirSync, readFileSync } from 'node:fs';
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
