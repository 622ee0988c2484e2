// Keeps README.md true to the code: every setting of the config schema is in its table, and
// every command file has a line in its command table.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every setting', () => {
    const missing = Object.keys(configSchema.shape).filter((key) => !readme.includes(`\`${key}\``));
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
