// In-app classification: is a frame the application's own code, or runtime, framework or
// library code? Only in-app frames name the crash site; library frames move with library
// versions and are shared by every application.
//
// Precedence: an `inAppExclude` glob wins, then an `inAppInclude` glob, then the defaults below.
import { compileGlob, type Glob } from './glob.js';
import type { RawFrame, Runtime } from './types.js';

/** File paths that are never the application's: package managers' install dirs and runtimes. */
const LIBRARY_PATHS: readonly RegExp[] = [
  /(?:^|\/)node_modules\//, // npm, yarn, pnpm (also bundled `webpack:///node_modules/`)
  /^node:/, // Node core (`node:internal/…`, `node:fs`)
  /^internal\//, // Node core before the `node:` prefix
  /^<anonymous>$|^native$|^\[native code\]$|^index \d+$/, // V8 builtins (`Array.map (<anonymous>)`)
  /(?:^|\/)(?:site|dist)-packages\//, // pip
  /\/lib\/python\d[\d.]*\//, // CPython stdlib (system, pyenv, venv base)
  /^<frozen /, // frozen importlib
  /(?:^|\/)gems\//, // RubyGems, bundler
  /\/lib\/ruby\/\d/, // Ruby stdlib
  /^<internal:/, // Ruby core written in Ruby
  /(?:^|\/)vendor\//, // Composer, Go vendoring, bundler --deployment
  /\/pkg\/mod\//, // Go module cache
  /\/(?:usr\/local\/go|usr\/lib\/go[^/]{0,20}|goroot|go\/src)\/src\//, // GOROOT
  /^\/_\/GOROOT\/|^\$GOROOT\//, // -trimpath GOROOT
];

/**
 * Rust's dependencies (crates.io and git, under ~/.cargo) and its std/core/alloc as the
 * toolchain records them (`/rustc/<commit>/library/…`); tested on Rust frames only, so other
 * runtimes' frames do not pay for them.
 */
const RUST_LIBRARY_PATH = /(?:^|\/)\.cargo\/(?:registry|git)\/|^\/rustc\/[0-9a-f]{7,64}\//;

/** Modules (Java/Kotlin classes, .NET namespaces, PHP namespaces) of runtimes and frameworks. */
const LIBRARY_MODULES: Partial<Record<Runtime, RegExp>> = {
  java: /^(?:java|javax|jakarta|jdk|sun|com\.sun|android|androidx|dalvik|libcore|com\.android|kotlin|kotlinx|scala|groovy|org\.springframework|org\.apache|org\.hibernate|org\.eclipse|org\.junit|io\.netty|io\.grpc|io\.micrometer|io\.opentelemetry|io\.reactivex|reactor|com\.fasterxml|com\.google|okhttp3|ch\.qos|org\.slf4j)\./,
  dotnet: /^(?:System|Microsoft|Newtonsoft|Npgsql|Grpc|Polly|Serilog|NLog|OpenTelemetry|Castle|Dapper|StackExchange|Xunit|NUnit)(?:\.|$)/,
  // `\` in PHP's own traces, `.` in opentelemetry-php's Java-style ones.
  php: /^(?:Illuminate|Symfony|Laravel|Doctrine|GuzzleHttp|Monolog|Composer|PHPUnit|OpenTelemetry)[\\.]/,
  // The standard library and the crates every service shares; `<T as std::…>` trait impls too.
  rust: /^<?(?:std|core|alloc|backtrace|anyhow|eyre|color_eyre|thiserror|tokio|futures\w*|hyper|axum|actix\w*|tower\w*|tracing\w*|serde\w*|reqwest|sqlx|diesel|rocket|warp|__rustc)(?:::|$)|^<(?:\w|&)[^>]{0,3} as (?:std|core|alloc|anyhow|eyre|tokio|futures\w*|hyper|axum|actix\w*|tower\w*)::/,
};

/** Go packages without a dot in their first element are the standard library (`net/http`, `runtime`). */
const GO_STDLIB = /^(?:runtime|internal|reflect|sync|syscall|testing|fmt|os|io|bufio|bytes|strings|strconv|errors|sort|time|context|net|encoding|crypto|database|log|math|path|regexp|text|html|mime|compress|archive|container|hash|unicode|embed|flag|slices|maps|iter|unique|plugin|image|debug|expvar|go|cmp)(?:\/|$)/;

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

// One regex for all path rules, run only when a path holds one of the substrings those rules
// need: `includes` is a vectorised scan, while an unanchored alternation is tried at every
// position (measured: the regex alone was a third of an exception's cost).
const LIBRARY_PATH = new RegExp(LIBRARY_PATHS.map((re) => `(?:${re.source})`).join('|'));
const NEEDLES = ['node_modules/', 'packages/', '/lib/python', 'gems/', '/lib/ruby/', 'vendor/', '/pkg/mod/', '/go/src/', '/usr/lib/go', 'goroot/', 'GOROOT/'];

function libraryPath(file: string): boolean {
  const c = file.charCodeAt(0);
  // `node:`, `internal/`, `<anonymous>`, `<frozen …>`, `<internal:…>`, `native`, `[native code]`, `index N`.
  if (c === 110 || c === 105 || c === 60 || c === 91) return LIBRARY_PATH.test(file);
  for (const n of NEEDLES) if (file.includes(n)) return LIBRARY_PATH.test(file);
  return false;
}

export function defaultInApp(frame: RawFrame, runtime: Runtime): boolean {
  if (frame.native) return false;
  const file = frame.file && frame.file.includes('\\') ? frame.file.replace(/\\/g, '/') : frame.file;
  if (file && (libraryPath(file) || (runtime === 'rust' && RUST_LIBRARY_PATH.test(file)))) return false;
  const moduleRule = LIBRARY_MODULES[runtime];
  if (moduleRule && frame.module && moduleRule.test(frame.module)) return false;
  if (runtime === 'go' && frame.module && GO_STDLIB.test(frame.module)) return false;
  if (runtime === 'javascript' && !file) return false; // `at async Promise.all (index 0)`
  // Node before 16 printed its own modules by bare name (`events.js:98:17`, `_http_server.js`);
  // an application file is always printed with its path or URL.
  if (runtime === 'javascript' && !file!.includes('/')) return false;
  if (runtime === 'php' && !frame.file && !frame.module) return false; // `[internal function]`
  // Rust: symbols without a crate path are the C runtime's (`main`, `__libc_start_main`, `_start`).
  if (runtime === 'rust' && !frame.module) return false;
  return true;
}

/**
 * The runtime's own standard library (a subset of library code): the JDK and Android's core,
 * .NET's `System`, CPython's and Ruby's standard library, Node core, Go's standard packages.
 * When such a function, called from the crash site, raises a generic exception itself, its
 * message is composed from the input it was given (`Wache is not a constant in …TalentType`
 * from `Enum.valueOf`): the function names the failure (exception.ts `thrownBy`). Rust is not
 * listed: its std raises panics whose message carries the error (`Result::unwrap`).
 */
const STDLIB_MODULES: Partial<Record<Runtime, RegExp>> = {
  java: /^(?:java|javax|jdk|sun|android|dalvik|libcore|kotlin)\./,
  dotnet: /^System(?:\.|$)/,
};
const STDLIB_PATHS: Partial<Record<Runtime, RegExp>> = {
  python: /\/lib\/python\d[\d.]*\/(?!(?:site|dist)-packages\/)/,
  ruby: /\/lib\/ruby\/\d[\d.]*\/(?!gems\/)|^<internal:/,
  javascript: /^node:|^internal\//,
};

export function isRuntimeStdlib(frame: RawFrame, runtime: Runtime): boolean {
  const modules = STDLIB_MODULES[runtime];
  if (modules) return Boolean(frame.module && modules.test(frame.module));
  if (runtime === 'go') return Boolean(frame.module && GO_STDLIB.test(frame.module));
  const paths = STDLIB_PATHS[runtime];
  return Boolean(paths && frame.file && paths.test(frame.file.replace(/\\/g, '/')));
}
