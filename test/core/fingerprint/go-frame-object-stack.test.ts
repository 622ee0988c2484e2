// A Go logger's JSON record whose stack is an array of frame objects, read as the Go frames it
// stands for (go-frame-object-stack.ts). Found in threads-53 (issue-thread-traces-53.test.ts):
// carousell/Orion's gRPC recovery record (`"stack":[{"file":…,"line":153,"function":…},…]`) read
// as no trace, its first line the message. The made-up records follow zerolog's pkgerrors
// marshaller as its documentation gives it (`func`, `line` as a string, `source` the file's base
// name, beside `error`); the near misses must stay apart or as they are.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withGoFrameObjectsAsTrace } from '../../../src/core/fingerprint/go-frame-object-stack.js';
import { loadThreadTraces } from './thread-traces.js';

const orion = loadThreadTraces('threads-53', 'go').find((r) => r.source.endsWith('carousell/Orion/pull/104'))!.stacktrace!;
const span = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'orders', stacktrace });
const log = (body: string) => createFingerprinter().fingerprint({ source: 'log', service: 'orders', body, severityText: 'ERROR' });

/** zerolog's record of `log.Error().Stack().Err(err).Msg(…)` with pkgerrors' stack marshaller. */
const zerolog = (error: string, top: { func: string; line: number; source: string }, time = 1609085256, callerLine = 88) =>
  JSON.stringify({
    level: 'error',
    stack: [
      { func: top.func, line: String(top.line), source: top.source },
      { func: '(*Server).handleOrder', line: String(callerLine), source: 'server.go' },
      { func: 'HandlerFunc.ServeHTTP', line: '2136', source: 'server.go' },
      { func: 'goexit', line: '1695', source: 'asm_amd64.s' },
    ],
    error,
    time,
    message: 'request failed',
  });
const LOAD_ORDER = { func: '(*Store).LoadOrder', line: 41, source: 'store.go' };
const LOAD_CART = { func: '(*Store).LoadCart', line: 67, source: 'store.go' };

describe("a Go logger's stack of frame objects", () => {
  it("real: Orion's cut gRPC recovery record reads as the runtime's index panic it recovered, the runtime's frames qualified by their files (carousell/Orion#104)", () => {
    const text = withGoFrameObjectsAsTrace(orion);
    expect(text.split('\n', 1)[0]).toBe('panic: runtime error: index out of range');
    expect(text).toContain('runtime.gopanic()\n\t/usr/local/go/src/runtime/panic.go:513');
    expect(text).toContain('github.com/carousell/Orion/interceptors.GRPCRecoveryInterceptor.func1.1()');
    // The author's placeholder `{panic func}` names no Go function: left out, not made one.
    expect(text).not.toContain('{panic func}');
    const x = span(orion);
    expect(x.type).toBe('panic');
    expect(x.message).toBe('runtime error: index out of range');
    expect(x.explain.join('\n')).toContain('stack: go format');
  });

  it('one error logged at one place is one signature across records (time, line numbers), and as a log body and a span stack', () => {
    const a = zerolog('sql: no rows in result set', LOAD_ORDER);
    const b = zerolog('sql: no rows in result set', { ...LOAD_ORDER, line: 44 }, 1609999999, 91);
    expect(span(a).fingerprint).toBe(span(b).fingerprint);
    expect(log(a).fingerprint).toBe(span(a).fingerprint);
    expect(span(a).message).toBe('sql: no rows in result set');
    expect(span(a).frames[0]).toMatchObject({ function: '(*Store).LoadOrder', file: 'store.go', line: 41 });
  });

  it('near miss: one error text raised in two functions is two signatures', () => {
    expect(span(zerolog('sql: no rows in result set', LOAD_ORDER)).fingerprint).not.toBe(span(zerolog('sql: no rows in result set', LOAD_CART)).fingerprint);
  });

  it('near miss: two errors raised in one function are two signatures', () => {
    expect(span(zerolog('sql: no rows in result set', LOAD_ORDER)).fingerprint).not.toBe(span(zerolog('context deadline exceeded', LOAD_ORDER)).fingerprint);
  });

  it("near miss: records of that shape that are not a Go stack stay as they are (another runtime's files, objects without a function, a plain record)", () => {
    const node = '{"level":50,"err":"boom","stack":[{"function":"handle","line":12,"file":"/app/src/handler.js"}]}';
    const ids = '{"level":"error","stack":[{"id":1,"name":"checkout"}],"error":"boom"}';
    const plain = '{"level":"error","error":"boom","message":"request failed"}';
    for (const record of [node, ids, plain]) expect(withGoFrameObjectsAsTrace(record)).toBe(record);
  });
});
