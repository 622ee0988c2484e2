// A closure declared in a function the compiler inlined into another closure is named after where
// it landed: `main.main.func18.listOrders.1` (listOrders's closure, listOrders inlined into main's
// 18th closure) in a build that inlines, `main.listOrders.func2` in one that does not. Both are
// keyed by the function that declares the closure, `main.listOrders`. The rows are go-bugs-8's
// (test/fixtures/fingerprint/programs/go-bugs-8): the generic Page helper's slice panic reached
// through listOrders's and listUsers's closures, build 1 inlined, build 2 built with -l; and
// sumPrices's range-over-func loop, whose body is `main.sumPrices-range1` (`-range2` in build 2, a
// loop added above it) and whose iterator's closure is `main.sumPrices.rows.func1` where rows is
// inlined into sumPrices and `main.rows.func1` where it is not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseGo } from '../../../src/core/fingerprint/stacktrace/go.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }

const all = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-8.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);
const rows = all.filter((r) => r.failure === 'Page offset past the end');
const sums = all.filter((r) => r.failure === 'sumPrices iterator past the end');

const key = (fn: string) => frameKey({ function: fn, module: 'main', file: '/srv/app/ops.go', line: 1 }, 'go');

describe('a Go closure of an inlined function', () => {
  it('is keyed by the function that declares it, inlined or not', () => {
    expect(key('main.func18.listOrders.1')).toBe('main.listOrders');
    expect(key('listOrders.func2')).toBe('main.listOrders');
    expect(frameKey({ function: '(*Svc).Run.func3.(*Cart).lines.1', module: 'github.com/acme/shop/orders', file: 'orders/svc.go', line: 1 }, 'go')).toBe('github.com/acme/shop/orders.(*Cart).lines');
  });

  it("keeps one caller's panic in one signature across the inlined and the -l build", () => {
    const fp = createFingerprinter();
    const prints = rows.map((r) => ({ ...r, fp: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }).fingerprint }));
    expect(prints.map((p) => p.build)).toEqual(['1', '1', '2', '2']);
    const byCaller = (caller: string) => new Set(prints.filter((p) => p.stacktrace.includes(caller)).map((p) => p.fp));
    expect(byCaller('listOrders').size).toBe(1);
    expect(byCaller('listUsers').size).toBe(1);
    // Near miss: the two callers' closures are two functions' and stay apart.
    expect([...byCaller('listOrders')][0]).not.toBe([...byCaller('listUsers')][0]);
  });

  it('leaves closures that name no inlined function as they were', () => {
    expect(key('process.func1.2')).toBe('main.process');
    expect(key('main.func18')).toBe('main.main');
    expect(key('(*Server).Serve.func1')).toBe('main.(*Server).Serve');
    // A value method's closure, `T.M.func1`: the name the closure of a function inlined into a
    // plain function would also have, so it is not rewritten.
    expect(key('Cart.Total.func1')).toBe('main.Cart.Total');
    expect(key('glob..func1')).toBe('main.glob');
  });
});

describe('a Go range-over-func loop body and an iterator closure inlined into a plain function', () => {
  it("keep sumPrices's panic in one signature across builds", () => {
    expect(sums.map((r) => r.build)).toEqual(['1', '1', '2', '2']);
    expect(sums[0].stacktrace).toContain('main.sumPrices-range1(');
    expect(sums[0].stacktrace).toContain('main.sumPrices.rows.func1(');
    expect(sums[2].stacktrace).toContain('main.sumPrices-range2(');
    expect(sums[2].stacktrace).toContain('main.rows.func1(');
    const fp = createFingerprinter();
    const prints = new Set(sums.map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }).fingerprint));
    expect(prints.size).toBe(1);
  });

  it('key a loop body by its function, its number dropped', () => {
    expect(key('sumPrices-range1')).toBe('main.sumPrices');
    expect(key('sumPrices-range2')).toBe('main.sumPrices');
    expect(key('sumPrices-range1.func1')).toBe('main.sumPrices');
  });

  it("name an inlined function's closure without the function it landed in, where that function is a frame of the trace", () => {
    const fns = (trace: string) => parseGo(trace).exceptions[0].frames.map((f) => `${f.module}.${f.function}`);
    const frame = (fn: string, line: number) => `${fn}(...)\n\t/srv/app/ops.go:${line}\n`;
    const trace = (...fs: string[]) => `goroutine 1 [running]:\n${fs.join('')}`;
    expect(fns(trace(frame('main.sumPrices.rows.func1', 12), frame('main.sumPrices', 21)))).toEqual(['main.rows.func1', 'main.sumPrices']);
    expect(fns(trace(frame('main.(*Quotes).Sum.rows.func1', 12), frame('main.(*Quotes).Sum', 21)))).toEqual(['main.rows.func1', 'main.(*Quotes).Sum']);
    // Near misses: a value method's closure under its method's frame; a function's own closure;
    // and the inlined name without the frame that would show `sumPrices` is a function.
    expect(fns(trace(frame('main.Cart.Total.func1', 12), frame('main.Cart.Total', 21)))).toEqual(['main.Cart.Total.func1', 'main.Cart.Total']);
    expect(fns(trace(frame('main.sumPrices.func1', 12), frame('main.sumPrices', 21)))).toEqual(['main.sumPrices.func1', 'main.sumPrices']);
    expect(fns(trace(frame('main.sumPrices.rows.func1', 12), frame('main.quote', 21)))).toEqual(['main.sumPrices.rows.func1', 'main.quote']);
    // A frame of another package's function of that name says nothing about this package's.
    expect(fns(trace(frame('main.Cart.Total.func1', 12), frame('github.com/acme/shop/cart.Cart', 21)))).toEqual(['main.Cart.Total.func1', 'github.com/acme/shop/cart.Cart']);
  });
});
