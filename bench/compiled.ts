// Compiled JavaScript for the benchmark's server processes, so they run as users run Rounds
// (`npm start` loads the compiled dist/ with plain node) and not through tsx, whose loader adds
// about 40 MB to every isolate: the main thread and each fingerprint worker, which inherits it.
// dist/ is built with the project's own build when a source file is newer; the bench's server
// file is transpiled with esbuild (a development dependency) into dist/bench/, where tsconfig's
// layout (rootDir ".", outDir "dist") would put it, so its `../src/*.js` imports resolve to the
// compiled dist/src/ and its packages to the project's node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { newestMtime, takeBuildLock } from '../test/helpers/build-lock.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Builds dist/ (tsconfig.build.json) when it is missing or older than a file under src/. */
function ensureDist(): void {
  const built = join(ROOT, 'dist/src/main.js');
  const fresh = () => existsSync(built) && existsSync(join(ROOT, 'dist/src/ingest/fingerprint-worker.js')) && statSync(built).mtimeMs >= newestMtime(join(ROOT, 'src'));
  if (fresh()) return;
  // The same lock directory as the tests' build (test/helpers/cli.ts), so the two never build at once.
  const release = takeBuildLock(join(ROOT, '.build-lock'), 'another build of dist/');
  try {
    if (!fresh()) {
      console.error('(building dist/ for the benchmark servers: tsc -p tsconfig.build.json)');
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    }
  } finally {
    release();
  }
}

/**
 * The compiled form of a bench file (e.g. `bench/firehose-server.ts`), with dist/ up to date.
 * Returns the path of the .js file to run with plain `node`.
 */
export function compiledBenchFile(relative: string): string {
  ensureDist();
  return transpiled(relative, new Set());
}

/**
 * Transpiles one bench file into dist/ and, first, the files it imports from outside src/ (the
 * bench's siblings `./x.js`, a test helper `../test/helpers/x.js`): the project's build leaves
 * bench/ and test/ out, so nothing else puts them there. An import of `../src/…` resolves to the
 * compiled dist/src/.
 */
function transpiled(relative: string, done: Set<string>): string {
  const out = join(ROOT, 'dist', relative.replace(/\.ts$/, '.js'));
  if (done.has(relative)) return out;
  done.add(relative);
  const source = join(ROOT, relative);
  const { code } = transformSync(readFileSync(source, 'utf8'), { loader: 'ts', format: 'esm', platform: 'node', target: 'node22', sourcefile: source });
  for (const [, specifier] of code.matchAll(/from ["'](\.{1,2}\/[\w./-]+)\.js["']/g)) {
    const imported = join(dirname(relative), `${specifier}.ts`);
    if (!imported.startsWith(`src${sep}`)) transpiled(imported, done);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  return out;
}
