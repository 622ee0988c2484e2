// Lua tracebacks (src/core/fingerprint/stacktrace/lua.ts), on traces from
// test/fixtures/fingerprint/threads-runtimes/lua.ndjson: OpenResty's and Kong's error log and
// the stand-alone interpreters.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { detectRuntime, parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-runtimes', 'lua');
const row = (group: string, k = 0) => rows.filter((r) => r.group === group)[k];
const fingerprint = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe('Lua tracebacks', () => {
  it('reads every row of the collection as Lua, with at least one frame', () => {
    for (const r of rows) {
      const t = parseStacktrace(r.stacktrace!);
      expect(t.runtime, r.group).toBe('lua');
      expect(t.exceptions[0].frames.length, r.group).toBeGreaterThan(0);
    }
  });

  it("takes the error's position for LuaJIT's top frame printed without its line", () => {
    // https://github.com/p0pr0ck5/lua-resty-waf/issues/328
    const t = parseStacktrace(row('lua:t:resty-waf-self-430').stacktrace!);
    expect(t.exceptions[0]).toMatchObject({ type: 'runtime error', message: "attempt to index local 'self' (a nil value)" });
    expect(t.exceptions[0].frames[0]).toMatchObject({ file: '/usr/local/openresty/site/lualib/resty/waf.lua', line: 430, function: 'exec' });
    expect(t.exceptions[0].frames[1]).toMatchObject({ file: 'access_by_lua(sabahost.org.conf:109)', line: 8, function: 'main chunk' });
  });

  it('reads C functions as native and tail calls as no frame', () => {
    const t = parseStacktrace(rows.find((r) => r.group === 'lua:run:orders-validate-error' && r.why.includes('lua5.4'))!.stacktrace!);
    expect(t.exceptions[0].frames.map((f) => [f.function, f.line, f.native ?? false])).toEqual([
      ['error', undefined, true],
      ['validate', 17, false],
      ['app.orders.add', 23, false],
      ['main chunk', 11, false],
      ['?', undefined, true],
    ]);
  });

  it('groups one statement whatever name its caller gave the function, and in every interpreter', () => {
    for (const g of ['lua:t:rediscluster-slots-207', 'lua:run:orders-total-index-cart', 'lua:run:orders-add-arith-count']) {
      const prints = new Set(rows.filter((r) => r.group === g).map(fingerprint));
      expect(prints.size, g).toBe(1);
    }
  });

  it('keeps one message at two statements apart', () => {
    // `attempt to index a nil value` at moochine's mch_content.lua:130 and tch's cpuload.lua:7.
    expect(fingerprint(row('lua:t:moochine-mch-content-130'))).not.toBe(fingerprint(row('lua:t:tch-cpuload-7')));
    expect(fingerprint(row('lua:t:kong-cors-conf-6'))).not.toBe(fingerprint(row('lua:t:resty-waf-self-430')));
  });

  it('near misses: traces of other runtimes are not read as Lua', () => {
    // Rust's `stack backtrace:`, Python's and Ruby's frames, and a Lua error without a traceback.
    expect(detectRuntime("thread 'main' panicked at src/main.rs:2:5:\nboom\nstack backtrace:\n   0: rust_begin_unwind\n             at /rustc/abc/library/std/src/panicking.rs:645:5\n   1: app::main\n             at ./src/main.rs:2:5")).toBe('rust');
    expect(detectRuntime('Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    main()\nKeyError: \'x\'')).toBe('python');
    expect(detectRuntime("app.rb:3:in 'Object#boom': boom (RuntimeError)\n\tfrom app.rb:5:in '<main>'")).toBe('ruby');
    expect(detectRuntime("lua5.4: app.lua:3: attempt to index a nil value (global 'x')")).toBe('unknown');
  });
});
