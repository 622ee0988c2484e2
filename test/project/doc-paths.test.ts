// Keeps the docs' file references true: every path to a source, test or script file that
// README.md and docs/*.md name exists. docs/architecture.md names modules relative to `src/`
// (`ingest/pipeline.ts`) and docs/fingerprinting.md relative to `src/core/fingerprint/`
// (`stacktrace/go.ts`), so a path counts as found from the repository root or either of those.
// A bare file name (`algorithm.ts`) must be the name of some file of the repository. Only names
// ending in .ts/.tsx/.mjs/.sh/.yaml and folders under src/, test/, bench/, docs/ and web/ are
// read: the docs also quote other programs' stack traces and log lines, whose paths
// (`src/main.rs`, `app/controllers/`) are data, not references to this repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASES = ['', 'src/', 'src/core/fingerprint/'];

/** Stale references a doc may keep on purpose, listed so that none is added silently (none now). */
const KNOWN_STALE = new Set<string>();

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Paths git ignores on purpose (build output a doc may point at), from .gitignore. */
const IGNORED = new Set(
  readFileSync(join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

function fileNames(dir: string, into: Set<string>): Set<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === '.git') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) fileNames(path, into);
    else into.add(name);
  }
  return into;
}

/** True when `path` (relative to the root, possibly with one `*` in its last part) names something that exists. */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(join(ROOT, path));
  const dir = join(ROOT, dirname(path));
  if (!existsSync(dir)) return false;
  const pattern = new RegExp(`^${basename(path).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return readdirSync(dir).some((name) => pattern.test(name));
}

it('every file path named in README.md and docs/*.md exists', () => {
  const names = fileNames(ROOT, new Set());
  const missing: string[] = [];
  for (const doc of DOCS) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const refs = new Set<string>();
    // A path with a folder: `ingest/pipeline.ts`, `test/e2e/collector-*.test.ts`, `test/collector/`.
    for (const m of text.matchAll(/(?<![\w./<>@*-])((?:[\w.-]+\/)+[\w.*-]+\.(?:ts|tsx|mjs|sh|yaml)|(?:src|test|bench|docs|web)\/(?:[\w.-]+\/)*)(?![\w/<>-])/g)) refs.add(m[1]);
    for (const ref of refs) {
      if (IGNORED.has(ref) || BASES.some((base) => exists(base + ref))) continue;
      missing.push(`${doc}: ${ref}`);
    }
    // A bare file name: `algorithm.ts`, `fingerprint-upgrade.test.ts`.
    for (const m of text.matchAll(/(?<![\w./<>@*-])([\w-][\w.-]*\.(?:ts|tsx|mjs))(?![\w/<>*-])/g)) {
      if (!names.has(m[1])) missing.push(`${doc}: ${m[1]}`);
    }
  }
  expect(missing.filter((m) => !KNOWN_STALE.has(m))).toEqual([]);
});
