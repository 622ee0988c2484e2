// src/core is the pure domain: no I/O, no frameworks, no outer layers (docs/architecture.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));
const FORBIDDEN = /from ['"](?:node:)?(?:fs|fs\/promises|net|http|https|http2|child_process|dgram|worker_threads|dns|tls)['"]|from ['"](?:lmdb|fastify|@grpc\/grpc-js|pino|undici|@anthropic-ai\/sdk|openai)['"]|from ['"]\.\.\/(?:\.\.\/)*(?:ingest|store|adapters|api|cli|main|config|observability|investigate|demo)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('src/core imports nothing that does I/O or belongs to an outer layer', () => {
  const offenders = files(CORE).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      // A comment may quote an error's words (Python's `cannot import name 'X' from 'openai'`).
      .filter((line) => !/^\s*(?:\/\/|\/?\*)/.test(line))
      .filter((line) => FORBIDDEN.test(line))
      .map((line) => `${file.slice(CORE.length)}: ${line.trim()}`),
  );
  expect(offenders).toEqual([]);
});
