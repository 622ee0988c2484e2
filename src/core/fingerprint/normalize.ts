// Frame normalisation: reduces a frame to what stays the same between builds, hosts and
// deploys of the same code — never line or column numbers (an unrelated edit shifts them),
// never absolute path prefixes or version segments (they differ per host and per release),
// never generated names (lambda counters, proxy classes, bundle hashes, async state machines).
import type { RawFrame, Runtime } from './types.js';

/** Ordered rewrites of fully qualified names (`module.function`), per runtime. */
const NAME_RULES: Partial<Record<Runtime, [RegExp, string][]>> = {
  java: [
    [/\$\$Lambda(?:\$\d{1,10})?(?:[/.]0x[0-9a-fA-F]{1,16})?/g, '$$Lambda'], // Foo$$Lambda$14/0x0000000800c0b040 (JDK 8-17), Foo$$Lambda/0x… (21)
    [/\$\$(?:EnhancerBy|FastClassBy)?(?:Spring)?CGLIB\$\$[0-9a-fA-F]{1,16}/g, ''], // Spring CGLIB subclasses
    [/\$(?:HibernateProxy|ByteBuddy|MockitoMock)\$[\w]{1,40}/g, ''], // runtime proxies
    [/_\$\$_javassist_\d{1,10}/g, ''],
    [/\$Proxy\d{1,10}/g, '$$Proxy'], // JDK dynamic proxies (jdk.proxy2.$Proxy12)
    [/GeneratedMethodAccessor\d{1,10}/g, 'GeneratedMethodAccessor'], // reflection stubs
    [/lambda\$(\w{1,200}?)\$\d{1,6}/g, 'lambda$$$1'], // lambda$process$0 → lambda$process
    [/\$lambda[-$]\d{1,6}/g, '$$lambda'], // Kotlin
    [/\$\d{1,6}(?=\.|$)/g, '$$anon'], // anonymous classes Foo$1: numbered by source order
  ],
  dotnet: [
    [/<(\w{1,200})>d__\d{1,6}\.MoveNext$/, '$1'], // async state machine → the async method
    [/<(\w{1,200})>d__\d{1,6}/g, '$1'], // iterators
    [/<>c__DisplayClass\d{1,6}_\d{1,6}/g, '<>c'], // closure classes
    [/<(\w{1,200})>b__\d{1,6}(?:_\d{1,6})?/g, '$1.lambda'], // lambdas
    [/<(\w{1,200})>g__(\w{1,200})\|\d{1,6}_\d{1,6}/g, '$1.$2'], // local functions
    [/<(\w{1,200})>m__\d{1,6}/g, '$1.lambda'], // Mono's lambdas: <Sizes>m__0
    [/`\d{1,3}/g, ''], // generic arity
  ],
  go: [
    [/\.(?:func|gowrap)\d{1,6}(?:\.\d{1,6})*/g, ''], // closures: main.process.func1.2
    [/glob\.\.func\d{1,6}/g, 'glob'],
    [/\[\.\.\.\]/g, ''], // generic instantiation
  ],
  ruby: [
    [/^(?:(?:block(?: \(\d{1,4} levels\))?|rescue|ensure) in )+/, ''], // block (2 levels) in foo
    [/_{1,2}\d{3,}_\d{3,}$/, ''], // compiled ERB templates: _app_views_x_html_erb__123_456
  ],
  php: [[/\{closure(?::[^}]{0,300})?\}/g, '{closure}']], // PHP 8.4 names closures by file:line
  javascript: [
    [/^(?:async |new )/, ''],
    [/ \[as [^\]]{1,200}\]$/, ''], // `Foo.bar [as baz]`
  ],
  python: [[/^<(?:listcomp|dictcomp|setcomp|genexpr)>$/, '<comprehension>']],
  rust: [
    [/::h[0-9a-f]{16}$/, ''], // symbol hash (RUST_BACKTRACE=full, older toolchains)
    [/\{\{closure\}\}|\{closure#\d{1,6}\}/g, '{closure}'], // closures: legacy and v0 mangling
  ],
};

const FILE_HASH = /[.-](?:[0-9a-f]{8,32}|[0-9A-Za-z_-]{20,})(?=\.(?:m?js|cjs|jsx|tsx?)$)/; // main.3f9a2b1c.js, chunk-HASH.js
const URL_PREFIX = /^[a-z][a-z0-9+.-]{1,20}:\/\/\/?(?:[^/]{0,255}\/)?/i; // http://host/, file:///, webpack:///
const VERSION_SEGMENT = /@v?\d[^/]{0,60}|-\d{1,6}(?:\.\d{1,6}){1,4}(?:[-.][\w.]{1,40})?(?=\/|$)|(?<=python)\d(?:\.\d{1,3})?/g;

/** Path as it contributes: no scheme/host, no query, no versions or bundle hashes, last two segments. */
export function normalizePath(file: string | undefined): string | undefined {
  if (!file) return undefined;
  let p = file.replace(/\\/g, '/').replace(URL_PREFIX, '/').replace(/[?#].{0,2000}$/, '');
  p = p.replace(VERSION_SEGMENT, '');
  const parts = p.split('/').filter((s) => s && s !== '.');
  let tail = parts.slice(-2).join('/');
  tail = tail.replace(FILE_HASH, '');
  return tail.toLowerCase();
}

/** Function name as it contributes. */
export function normalizeFunction(frame: RawFrame, runtime: Runtime): string {
  let fn = frame.function ?? '';
  if (runtime === 'javascript') {
    fn = applyRules(fn, runtime);
    if (fn === '<anonymous>' || fn === '?' || fn.endsWith('/<')) return '';
    // `Object.<anonymous>`, `Module._compile`: keep the last dotted segment, as the receiver
    // (`Object`, `process`, a class) is printed inconsistently by V8.
    const dot = fn.lastIndexOf('.');
    return dot >= 0 ? fn.slice(dot + 1).replace(/^<anonymous>$/, '') : fn;
  }
  return fn;
}

function applyRules(name: string, runtime: Runtime): string {
  const rules = NAME_RULES[runtime];
  if (!rules) return name;
  let out = name;
  for (const [re, to] of rules) out = out.replace(re, to);
  return out;
}

/**
 * The frame's contribution: `module.function` where the runtime names modules (Java, .NET, Go,
 * PHP), else `path:function`. A module takes precedence over the file, as in Sentry.
 */
export function frameKey(frame: RawFrame, runtime: Runtime): string {
  if (runtime === 'javascript') return `${normalizePath(frame.file) ?? ''}:${normalizeFunction(frame, runtime)}`;
  if (runtime === 'python' || runtime === 'ruby') {
    const fn = applyRules(frame.function ?? '', runtime);
    return `${normalizePath(frame.file) ?? ''}:${frame.module ? frame.module + '#' : ''}${fn}`;
  }
  if (runtime === 'go') {
    const mod = (frame.module ?? '').replace(/@v[^/]{1,60}/g, '').replace(/^.{0,300}\/vendor\//, '');
    return applyRules(`${mod}.${frame.function ?? ''}`, runtime);
  }
  if (frame.module) return applyRules(`${frame.module}.${frame.function ?? ''}`, runtime);
  return `${normalizePath(frame.file) ?? ''}:${applyRules(frame.function ?? '', runtime)}`;
}

/** Keys of a frame list with direct recursion collapsed (f → f → f becomes f). */
export function collapseRecursion(keys: string[]): string[] {
  const out: string[] = [];
  for (const k of keys) if (out[out.length - 1] !== k) out.push(k);
  return out;
}
