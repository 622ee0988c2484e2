// V8 locates code made by eval or `new Function` by where it was made: `eval at create
// (/app/node_modules/tapable/lib/HookCodeFactory.js:19:10), <anonymous>:7:1`. Read whole, the
// frame's file held the maker's line and column (`hookcodefactory.js:19:10), <anonymous>`), so
// the same failure under another release of the maker was another signature (threads-3's
// webpack plugins calling `tap` on a hook tapable compiles with `new Function`). The frame is
// filed under the maker's file. Found by shifting line numbers in every issue-thread trace
// (release-and-host-invariance.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const trace = (makerLine: number, maker = 'tapable/lib/HookCodeFactory.js', evalLine = 7) => [
  "TypeError: Cannot read property 'tap' of undefined",
  '    at /app/node_modules/ignore-emit-webpack-plugin/index.js:64:49',
  `    at SyncHook.eval [as call] (eval at create (/app/node_modules/${maker}:${makerLine}:10), <anonymous>:${evalLine}:1)`,
  '    at SyncHook.lazyCompileHook (/app/node_modules/tapable/lib/Hook.js:154:20)',
  '    at Compiler.newCompilation (/app/node_modules/webpack/lib/Compiler.js:631:26)',
].join('\n');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a V8 frame of code made by eval', () => {
  it("is filed under the maker's file, without its line", () => {
    const frame = fp(trace(19)).frames[1];
    expect(frame.file).toBe('/app/node_modules/tapable/lib/HookCodeFactory.js');
    expect(frame.function).toBe('SyncHook.eval [as call]');
  });

  it('nested eval origins are followed to the file', () => {
    const nested = trace(19).replace('(eval at create (', '(eval at run (eval at create (').replace(', <anonymous>:7:1)', ', <anonymous>:3:2), <anonymous>:7:1)');
    expect(fp(nested).frames[1].file).toBe('/app/node_modules/tapable/lib/HookCodeFactory.js');
  });

  it('the same failure under another release of the maker (lines moved) is one signature', () => {
    expect(fp(trace(32, undefined, 9)).fingerprint).toBe(fp(trace(19)).fingerprint);
  });

  it('near miss: code made by another file stays apart', () => {
    expect(fp(trace(19, 'tapable/lib/SyncBailHookCodeFactory.js')).fingerprint).not.toBe(fp(trace(19)).fingerprint);
  });
});
