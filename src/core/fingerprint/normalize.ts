// Frame normalisation: reduces a frame to what stays the same between builds, hosts and
// deploys of the same code — never line or column numbers (an unrelated edit shifts them),
// never absolute path prefixes or version segments (they differ per host and per release),
// never generated names (lambda counters, proxy classes, bundle hashes, async state machines).
// The per-runtime rules are in each runtime's profile (stacktrace/<runtime>.ts, `naming`); this
// file holds the pieces they share.
import { boundedMemo } from '../bounded-memo.js';
import type { NameRule } from './stacktrace/profile.js';
import type { RawFrame } from './types.js';

const FILE_HASH = /[.-](?:[0-9a-f]{8,32}|[0-9A-Za-z_-]{20,})(?=\.(?:m?js|cjs|jsx|tsx?)$)/; // main.3f9a2b1c.js, chunk-HASH.js
const URL_PREFIX = /^[a-z][a-z0-9+.-]{1,20}:\/\/\/?(?:[^/]{0,255}\/)?/i; // http://host/, file:///, webpack:///
const VERSION_SEGMENT = /@v?\d[^/]{0,60}|-\d{1,6}(?:\.\d{1,6}){1,4}(?:[-.][\w.]{1,40})?(?=\/|$)|(?<=python)\d(?:\.\d{1,3})?/g;
// GitHub's archive of a branch unpacks into `<repository>-<branch>/`: code installed from the
// default branch's "Download ZIP" (a WordPress plugin as `wp2static-master/`, elementor/wp2static
// #689) is the repository's code, as a release's `<repository>-<version>/` is.
const DEFAULT_BRANCH_ARCHIVE = /-(?:master|main)(?=\/)/g;
// A file kept directly in a user's home directory (`/home/steven/composer.phar`, a script in
// `C:\Users\ana\`): the folder above it, which the last two segments would keep, is the user's
// name, not the code's; another user running the same file is the same code.
// A directory made for one run: Python's tempfile (`tmp` and eight characters of
// [a-z0-9_], `/tmp/tmpa1b2c3d4/job.py`) and pip's, named the same way after their prefix
// (`pip-install-…`, `pip-req-build-…`): code run from there is the same code on the next run.
const RUN_DIRECTORY = /(?<=^|\/)(tmp|pip-(?:install|req-build|build-env|ephem-wheel-cache|target|unpack)-)[a-z0-9_]{8}(?=\/)/g;
const IN_HOME_DIRECTORY = /^(?:[A-Za-z]:)?\/(?:home|Users)\/[^/]{1,255}\/[^/]{1,255}$/i;

/**
 * Path as it contributes: no scheme/host, no query, no versions or bundle hashes, the last two
 * segments — after the package's name for a file inside an installed package.
 */
export function normalizePath(file: string | undefined): string | undefined {
  return file ? normalizedPath(file) : undefined;
}

/**
 * Where an installed package's name is in its files' paths: npm's `node_modules/<pkg>` (or
 * `@scope/pkg`) and Composer's `vendor/<vendor>/<pkg>`. Their files' last two segments are
 * the same in many packages (`dist/index.js`, `src/Client.php`): `sass-loader` and `val-loader`
 * both throw from `dist/index.js` in a function `loader`, two failures that were one signature.
 */
const NPM_PACKAGE = /^((?:@[^/]{1,214}\/)?[^/]{1,214})\/(?=.)/;
// Only for PHP files: `vendor/` is Bundler's (`vendor/bundle/ruby/…`) and Go's too.
const COMPOSER_PACKAGE = /^([^/]{1,100}\/[^/]{1,100})\/(?=.)/;

/** The innermost installed package a path runs through (nested installs), and the path after it. */
function packageOf(path: string): { name: string; rest: string } | undefined {
  const [root, pattern] = path.endsWith('.php') ? ['vendor/', COMPOSER_PACKAGE] : ['node_modules/', NPM_PACKAGE];
  const at = path.lastIndexOf(root);
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return undefined;
  const after = path.slice(at + root.length);
  const name = pattern.exec(after)?.[1];
  return name === undefined ? undefined : { name, rest: after.slice(name.length + 1) };
}

// The same files recur in every trace (core/bounded-memo.ts).
const normalizedPath = boundedMemo((file: string): string => {
  const slashed = file.replace(/\\/g, '/');
  const url = URL_PREFIX.exec(slashed);
  // A query or fragment is a URL's; in a file path `?` and `#` are characters (`C#/…`).
  let p = url ? slashed.slice(url[0].length).replace(/[?#].{0,2000}$/, '') : slashed;
  // A browser's inline script is filed under the page that holds it, which differs from one
  // route to the next (`/demo/public/`, `/shop/eiger_adventure`): the page is not the code.
  if (url && !/\.\w{1,10}$/.test(p)) return '<page>';
  p = p.replace(VERSION_SEGMENT, '').replace(DEFAULT_BRANCH_ARCHIVE, '').replace(RUN_DIRECTORY, '$1');
  const pkg = packageOf(p);
  const parts = (pkg ? pkg.rest : p).split('/').filter((s) => s && s !== '.');
  let tail = parts.slice(!pkg && IN_HOME_DIRECTORY.test(p) ? -1 : -2).join('/');
  tail = tail.replace(FILE_HASH, '');
  return (pkg ? `${pkg.name}/${tail}` : tail).toLowerCase();
});

/** `name` after the runtime's rewrites of generated parts (`NameRule`), in order. */
export function applyNameRules(name: string, rules: readonly NameRule[] | undefined): string {
  if (!rules) return name;
  let out = name;
  for (const [re, to] of rules) out = out.replace(re, to);
  return out;
}

/**
 * The default frame key: `module.function` where the runtime names modules (Java, .NET, PHP,
 * Rust), else `path:function`. A module takes precedence over the file, as in Sentry.
 */
export function moduleFrameKey(frame: RawFrame, rules: readonly NameRule[] | undefined): string {
  if (frame.module) return applyNameRules(`${frame.module}.${frame.function ?? ''}`, rules);
  return `${normalizePath(frame.file) ?? ''}:${applyNameRules(frame.function ?? '', rules)}`;
}

/** `path:function` with the module (a Ruby class, a Python qualifier) before the function: for runtimes whose code is found by file. */
export function fileFrameKey(frame: RawFrame, rules: readonly NameRule[] | undefined): string {
  const fn = applyNameRules(frame.function ?? '', rules);
  return `${normalizePath(frame.file) ?? ''}:${frame.module ? frame.module + '#' : ''}${fn}`;
}

/** Keys of a frame list with direct recursion collapsed (f → f → f becomes f). */
export function collapseRecursion(keys: string[]): string[] {
  const out: string[] = [];
  for (const k of keys) if (out[out.length - 1] !== k) out.push(k);
  return out;
}
