// The console's built files (web/build.mjs writes them to dist/console): index.html and
// content-hashed scripts and styles, each with its .gz and .br forms. Read once at start-up
// and kept in memory; together they are a few tens of kilobytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  type: string;
  body: Buffer;
  gzip?: Buffer;
  brotli?: Buffer;
}

export interface ConsoleAssets {
  /** index.html, or undefined when the console was not built. */
  index?: Asset;
  /** Files under /console/assets/, by name. */
  files: Map<string, Asset>;
  dir?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** dist/console seen from src/console (tests, tsx) and from dist/src/console (the package). */
export function defaultAssetDir(): string | undefined {
  const candidates = ['../../dist/console', '../../console'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

const readIfThere = (path: string) => (existsSync(path) ? readFileSync(path) : undefined);

function asset(path: string): Asset {
  return { type: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path), gzip: readIfThere(`${path}.gz`), brotli: readIfThere(`${path}.br`) };
}

export function loadAssets(dir = defaultAssetDir()): ConsoleAssets {
  if (dir === undefined || !existsSync(join(dir, 'index.html'))) return { files: new Map() };
  const files = new Map<string, Asset>();
  const assetDir = join(dir, 'assets');
  if (existsSync(assetDir)) {
    for (const name of readdirSync(assetDir)) if (!/\.(gz|br)$/.test(name)) files.set(name, asset(join(assetDir, name)));
  }
  return { index: asset(join(dir, 'index.html')), files, dir };
}

/** The smallest encoding the client accepts (RFC 9110 §12.5.3, q-values not weighed). */
export function pickEncoding(accept: string | undefined, a: Asset): { encoding?: 'br' | 'gzip'; body: Buffer } {
  const given = (accept ?? '').toLowerCase();
  if (a.brotli && /\bbr\b/.test(given)) return { encoding: 'br', body: a.brotli };
  if (a.gzip && /\bgzip\b/.test(given)) return { encoding: 'gzip', body: a.gzip };
  return { body: a.body };
}
