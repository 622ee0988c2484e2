// A closure declared in a function the compiler inlined into another closure is named after where
// it landed: `main.main.func18.listOrders.1` (listOrders's closure, listOrders inlined into main's
// 18th closure) in a build that inlines, `main.listOrders.func2` in one that does not. Both are
// keyed by the function that declares the closure, `main.listOrders`. The rows are go-bugs-8's
// (test/fixtures/fingerprint/programs/go-bugs-8): the generic Page helper's slice panic reached
// through listOrders's and listUsers's closures, build 1 inlined, build 2 built with -l.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }

const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-8.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => r.failure === 'Page offset past the end');

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
