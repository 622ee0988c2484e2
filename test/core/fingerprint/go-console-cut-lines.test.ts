// A Go panic whose file lines and `[recovered]` mark a console cut at its width is read with the
// rows joined again (go-console-cut-lines.ts). Found in threads-37 (issue-thread-traces-37.test.ts):
// Hugo 0.13's nil *pager panic from a Windows console (gohugoio/hugo#1108, `pagination.go:55 +` over
// `0x22`, `[recover` over `ed]`) lost its crash-site frame and was a signature apart from the same
// panic copied whole (zyro/hyde-x#17).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withConsoleCutGoLinesJoined } from '../../../src/core/fingerprint/go-console-cut-lines.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-37', 'go');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const panic = (file: string, fn = 'orders.(*Store).Total') => [
  'panic: runtime error: invalid memory address or nil pointer dereference [recovered]',
  '        panic: runtime error: invalid memory address or nil pointer dereference',
  '',
  'goroutine 1 [running]:',
  `example.com/shop/${fn}(0x0, 0x0)`,
  `        C:/Users/build/go/src/example.com/shop/orders/${file}:58 +0x1d`,
  'example.com/shop/api.handleOrder(0xc0000a2000)',
  '        C:/Users/build/go/src/example.com/shop/api/orders.go:31 +0x65',
].join('\n');
/** The text with its line `i` cut after `at` characters, as a console of that width copies it. */
const cut = (text: string, i: number, at: number) => text.split('\n').flatMap((l, n) => (n === i ? [l.slice(0, at), l.slice(at)] : [l])).join('\n');

describe('a Go panic whose lines a console cut', () => {
  it('real: Hugo 0.13\'s pager panic from a Windows console is one signature with the same panic copied whole (hugo#1108, hyde-x#17)', () => {
    const console = fp(row('https://github.com/gohugoio/hugo/issues/1108').stacktrace!);
    expect(console.culprit).toContain('(*pager).Pages');
    expect(console.message).not.toContain('[recover');
    expect(console.fingerprint).toBe(fp(row('https://github.com/zyro/hyde-x/issues/17').stacktrace!).fingerprint);
  });

  it('a file line cut before its offset, inside it or inside its line number reads whole, and the panic line\'s cut mark too', () => {
    const whole = panic('store.go');
    for (const at of [62, 64, 67]) expect(withConsoleCutGoLinesJoined(cut(whole, 5, at))).toBe(whole);
    expect(withConsoleCutGoLinesJoined(cut(whole, 0, 79))).toBe(whole);
    expect(fp(cut(cut(whole, 5, 67), 0, 79)).fingerprint).toBe(fp(whole).fingerprint);
    expect(fp(cut(panic('store.go', 'orders.(*Store).Refund'), 5, 67)).fingerprint).not.toBe(fp(whole).fingerprint);
  });

  it('near miss: whole lines are never joined, whatever their width, nor a bracket that is not the runtime\'s mark', () => {
    const whole = panic('store.go');
    expect(withConsoleCutGoLinesJoined(whole)).toBe(whole);
    const offsetFirst = whole.replace('orders.go:31 +0x65', 'orders.go:31 +0x65\n0x12');
    expect(withConsoleCutGoLinesJoined(offsetFirst)).toBe(offsetFirst);
    // Cut inside the offset, the row is a whole file line already (`+0x1`): which the runtime printed is not known.
    const insideOffset = cut(whole, 5, 70);
    expect(withConsoleCutGoLinesJoined(insideOffset)).toBe(insideOffset);
    const bracket = 'panic: boom [re\nad]\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:3 +0x1d';
    expect(withConsoleCutGoLinesJoined(bracket)).toBe(bracket);
  });
});
