// What another release or another host of the same code changes in a trace must not change its
// signature: every trace of every issue-thread collection (test/fixtures/fingerprint/threads-*)
// is fingerprinted as pasted and again with one such change made to it, and the two must be one
// signature (or one an alias of the other). The changes are made to the text, as they happen:
//   - line numbers: code moved by an unrelated edit (every frame's line, 13 further down);
//   - goroutine ids: another run of a Go program;
//   - the home directory: another user's checkout or machine;
//   - compiler-made ordinals: a .NET build with a method or lambda added above (closure classes,
//     lambdas' method ordinals, state machines, Visual Basic's closures).
// Exempt from line numbers, by design: a Rust panic's location and UndefinedBehaviorSanitizer's
// report without a backtrace, and Swift's trap, which are a file and a line and nothing else
// (docs/fingerprinting.md), and line 1 (a minified bundle's, whose column says where).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const FIXTURES = new URL('../../fixtures/fingerprint/', import.meta.url);
const rows: ThreadTrace[] = readdirSync(FIXTURES)
  .filter((d) => d.startsWith('threads-'))
  .flatMap((collection) => readdirSync(new URL(`${collection}/`, FIXTURES)).filter((f) => f.endsWith('.ndjson')).flatMap((f) => loadThreadTraces(collection, f.replace(/\.ndjson$/, ''))))
  .filter((r) => r.stacktrace);

const EXTENSIONS = '(?:go|php|cs|vb|fs|java|kt|scala|groovy|py|rb|js|jsx|ts|tsx|mjs|cjs|ex|exs|erl|dart|swift|rs|c|cc|cpp|h)';
const FRAME_LINE = new RegExp(String.raw`(\.${EXTENSIONS}(?::|\(|", line |:line | line | on line | at line ))(\d{1,7})`, 'g');
const LINE_ONLY_PLACES = /^(?:rust|cpp|swift):/;

const CHANGES: Record<string, { applies?: (r: ThreadTrace) => boolean; change: (text: string) => string }> = {
  'line numbers': {
    applies: (r) => !LINE_ONLY_PLACES.test(r.group),
    change: (t) => t.replace(FRAME_LINE, (m, before: string, n: string) => (n === '1' ? m : before + String(Number(n) + 13))).replace(/\bLine (\d{1,7})\b/g, (_m, n: string) => `Line ${Number(n) + 13}`),
  },
  'goroutine ids': { change: (t) => t.replace(/\bgoroutine (\d{1,12})\b/g, (_m, n: string) => `goroutine ${Number(n) + 5}`) },
  'home directory': {
    change: (t) => t.replace(/\/home\/[\w.-]{1,64}\//g, '/home/someone-else/').replace(/\/Users\/[\w.-]{1,64}\//g, '/Users/someone-else/').replace(/([A-Z]:\\Users\\)[\w.-]{1,64}\\/g, '$1someone-else\\'),
  },
  'compiler ordinals': {
    change: (t) => t
      .replace(/<>c__DisplayClass(\d{1,6})_(\d{1,6})/g, (_m, a: string, b: string) => `<>c__DisplayClass${Number(a) + 3}_${b}`)
      .replace(/<>c__DisplayClass([0-9a-f]{1,6})(?![\w])/g, (_m, a: string) => `<>c__DisplayClass${(parseInt(a, 16) + 3).toString(16)}`)
      .replace(/<>c__(\d{1,6})(?![\w])/g, (_m, a: string) => `<>c__${Number(a) + 3}`)
      .replace(/>b__(\d{1,6})_(\d{1,6})/g, (_m, a: string, b: string) => `>b__${Number(a) + 3}_${b}`)
      .replace(/>d__(\d{1,6})/g, (_m, a: string) => `>d__${Number(a) + 3}`)
      .replace(/_Closure\$__(\d{1,6})/g, (_m, a: string) => `_Closure$__${Number(a) + 3}`),
  },
};

describe('another release or host of the same code is the same signature', () => {
  for (const [name, { applies, change }] of Object.entries(CHANGES)) {
    it(`${name}`, () => {
      const changed: string[] = [];
      let tried = 0;
      for (const r of rows) {
        if (applies && !applies(r)) continue;
        const stacktrace = change(r.stacktrace!);
        const message = r.message === undefined ? undefined : change(r.message);
        if (stacktrace === r.stacktrace && message === r.message) continue;
        tried++;
        const fp = createFingerprinter();
        const before = fp.fingerprint({ source: 'span', service: r.service ?? 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
        const after = fp.fingerprint({ source: 'span', service: r.service ?? 'app', type: r.type, message, stacktrace });
        if (after.fingerprint !== before.fingerprint && !after.aliases.includes(before.fingerprint) && !before.aliases.includes(after.fingerprint)) changed.push(`${r.group} (${r.source})`);
      }
      // Each change reaches a good share of the collections, so the test tests something.
      expect(tried).toBeGreaterThan(50);
      expect(changed).toEqual([]);
    });
  }
});
