// Builds the web console into dist/console: one minified ES module bundle (Preact and the
// app), one stylesheet, both named by content hash, and index.html pointing at them, each
// also gzip- and brotli-compressed. Runs
// from `npm run build` (so `npm ci` builds it through `prepare`); takes well under a second.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = join(here, '..', 'dist', 'console');

export async function buildConsole({ outDir = OUT_DIR } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src', 'main.tsx'), join(here, 'src', 'console.css')],
    outdir: join(outDir, 'assets'),
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome111', 'firefox114', 'safari16.4'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => basename(p));
  const script = outputs.find((f) => f.endsWith('.js'));
  const style = outputs.find((f) => f.endsWith('.css'));
  const html = readFileSync(join(here, 'index.html'), 'utf8').replace('{{script}}', `/console/assets/${script}`).replace('{{style}}', `/console/assets/${style}`);
  writeFileSync(join(outDir, 'index.html'), html);
  // Compressed once here rather than at every start-up of the server.
  const files = [join(outDir, 'index.html'), ...readdirSync(join(outDir, 'assets')).map((f) => join(outDir, 'assets', f))];
  for (const file of files) {
    const body = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return { script, style };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { script, style } = await buildConsole();
  console.log(`console: dist/console/assets/${script}, ${style}`);
}
