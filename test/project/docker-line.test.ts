// README's `docker run` line, as far as it can be checked without a Docker engine: the
// settings the image sets (Dockerfile ENV) plus those the line passes (-e) pass start-up's
// validation, including the API key an API on all interfaces requires.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { requiredApiKey } from '../../src/api/auth.js';
import { loadConfig } from '../../src/config.js';

const ROOT = new URL('../../', import.meta.url);

function dockerfileEnv(): Record<string, string> {
  const text = readFileSync(new URL('Dockerfile', ROOT), 'utf8').replace(/\\\n\s*/g, ' ');
  const env: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => l.startsWith('ENV '))) {
    for (const m of line.slice(4).matchAll(/(\w+)=("[^"]*"|\S+)/g)) env[m[1]] = m[2].replace(/^"|"$/g, '');
  }
  return env;
}

it('the README docker run line gives the image every setting start-up requires', () => {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const line = readme.split('\n').find((l) => l.includes('docker run'));
  expect(line).toBeDefined();
  const passed = Object.fromEntries([...line!.matchAll(/-e (\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  const env = { ...dockerfileEnv(), ...passed };
  expect(env.API_HOST).toBe('0.0.0.0');
  const config = loadConfig({}, env, '');
  expect(() => requiredApiKey(config)).not.toThrow();
  // Without the line's -e the image alone is refused, which is why the line carries it.
  expect(() => requiredApiKey(loadConfig({}, dockerfileEnv(), ''))).toThrow(/WEBHOOK_API_KEY: is required/);
  // Every port the image exposes is published by the line.
  const exposed = /EXPOSE ([\d ]+)/.exec(readFileSync(new URL('Dockerfile', ROOT), 'utf8'))![1].trim().split(/\s+/);
  for (const port of exposed) expect(line).toContain(`-p ${port}:${port}`);
});
