// In-app classification: is a frame the application's own code, or runtime, framework or
// library code? Only in-app frames name the crash site; library frames move with library
// versions and are shared by every application.
//
// Precedence: an `inAppExclude` glob wins, then an `inAppInclude` glob, then the defaults: the
// runtimes' library paths, modules and frame shapes (each runtime's profile, `library`).
import { compileGlob, type Glob } from './glob.js';
import { boundedMemo } from '../bounded-memo.js';
import { profileOf, runtimeProfiles } from './stacktrace/registry.js';
import type { RawFrame, Runtime } from './types.js';

export interface InAppOptions {
  /** Globs that mark frames in-app; matched against the module, the file, and `module.function`. */
  inAppInclude?: string[];
  /** Globs that mark frames as library code; win over `inAppInclude`. */
  inAppExclude?: string[];
}

export class InAppClassifier {
  private readonly include: Glob[];
  private readonly exclude: Glob[];

  constructor(options: InAppOptions = {}) {
    this.include = (options.inAppInclude ?? []).map(compileGlob);
    this.exclude = (options.inAppExclude ?? []).map(compileGlob);
  }

  isInApp(frame: RawFrame, runtime: Runtime): boolean {
    if (this.exclude.length || this.include.length) {
      const qualified = frame.module ? `${frame.module}.${frame.function ?? ''}` : frame.function;
      const hit = (g: Glob) => g.test(frame.module) || g.test(frame.file) || g.test(qualified);
      if (this.exclude.some(hit)) return false;
      if (this.include.some(hit)) return true;
    }
    return defaultInApp(frame, runtime);
  }
}

// The runtimes' library paths (each profile's `library.pooledPaths`) are one regex tested on
// every frame, whichever runtime's trace holds it, run only when a path holds one of the
// substrings or starts with one of the first characters those rules need: `includes` is a
// vectorised scan, while an unanchored alternation is tried at every position (measured: the
// regex alone was a third of an exception's cost).
const pooled = runtimeProfiles.flatMap((p) => (p.library.pooledPaths ? [p.library.pooledPaths] : []));
const LIBRARY_PATH = new RegExp([...new Set(pooled.flatMap((p) => p.patterns.map((re) => `(?:${re.source})`)))].join('|'));
const NEEDLES = [...new Set(pooled.flatMap((p) => p.needles))];
const FIRST_CHARS = new Set(pooled.flatMap((p) => (p.prefixes ?? []).map((prefix) => prefix.charCodeAt(0))));

function libraryPath(file: string): boolean {
  if (FIRST_CHARS.has(file.charCodeAt(0))) return LIBRARY_PATH.test(file);
  for (const n of NEEDLES) if (file.includes(n)) return LIBRARY_PATH.test(file);
  return false;
}

/**
 * Whether a file is library code by its path alone (the pooled paths, then the runtime's own),
 * and whether a module is by its name: pure functions of one string, memoised per runtime, as
 * the same files and modules recur in every trace of a service (core/bounded-memo.ts).
 */
const libraryFile = new Map<Runtime, (file: string) => boolean>();
const libraryModule = new Map<Runtime, (module: string) => boolean>();

function libraryFileOf(runtime: Runtime): (file: string) => boolean {
  let test = libraryFile.get(runtime);
  if (!test) {
    const paths = profileOf(runtime)?.library.paths;
    libraryFile.set(runtime, (test = boundedMemo((file) => libraryPath(file) || Boolean(paths?.test(file)))));
  }
  return test;
}

function libraryModuleOf(runtime: Runtime): (module: string) => boolean {
  let test = libraryModule.get(runtime);
  if (!test) {
    const modules = profileOf(runtime)?.library.modules;
    libraryModule.set(runtime, (test = boundedMemo((module) => Boolean(modules?.test(module)))));
  }
  return test;
}

// A launcher that an installer generated: a console script or binstub without an extension in a
// `bin/` directory (`venv/bin/flask`, `/usr/bin/pod`), at its top level (`<module>`, `load`,
// `<main>`). It is the bottom of every stack of the tool it starts, and was the first in-app
// frame of every error such a tool raised in its own (installed, so library) code.
const LAUNCHER_FILE = /(?:^|\/)bin\/[^/.]{1,100}$/;
const LAUNCHER_FUNCTIONS = new Set(['<module>', 'load', '<main>', '<top (required)>']);

export function defaultInApp(frame: RawFrame, runtime: Runtime): boolean {
  if (frame.native || frame.library) return false;
  const file = frame.file && frame.file.includes('\\') ? frame.file.replace(/\\/g, '/') : frame.file;
  if (file && frame.function !== undefined && LAUNCHER_FUNCTIONS.has(frame.function) && LAUNCHER_FILE.test(file)) return false;
  // A runtime without a profile has no paths of its own: the pooled ones decide alone.
  if (file && libraryFileOf(runtime)(file)) return false;
  const library = profileOf(runtime)?.library;
  if (!library) return true;
  if (frame.module && libraryModuleOf(runtime)(frame.module)) return false;
  return !library.isLibraryFrame?.(frame, file);
}

/**
 * The runtime's own standard library (a subset of library code, each profile's `stdlib`): the
 * JDK and Android's core, .NET's `System`, CPython's and Ruby's standard library, Node core,
 * Go's standard packages. When such a function, called from the crash site, raises a generic
 * exception itself, its message is composed from the input it was given (`Wache is not a
 * constant in …TalentType` from `Enum.valueOf`): the function names the failure (exception.ts
 * `thrownBy`).
 */
export function isRuntimeStdlib(frame: RawFrame, runtime: Runtime): boolean {
  const stdlib = profileOf(runtime)?.stdlib;
  if (stdlib?.modules) return Boolean(frame.module && stdlib.modules.test(frame.module));
  const paths = stdlib?.paths;
  return Boolean(paths && frame.file && paths.test(frame.file.replace(/\\/g, '/')));
}
