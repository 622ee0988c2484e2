// A Go stack a panic-recovery handler formats itself, each function on one line and its
// `file:line` on the next, neither indented nor offset (stacktrace/go.ts hasUnindentedFrames):
// grpc-go's GRPCStatus panic as a gRPC service's handler logged it (grpc/grpc-go#4742,
// threads-34, issue-thread-traces-34.test.ts) reads its frames, as the same stack with its file
// lines indented does; a lone pair, or file lines of another language, is not such a stack.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { looksLikeGo, parseGo } from '../../../src/core/fingerprint/stacktrace/go.js';
import { loadThreadTraces } from './thread-traces.js';

const handler = loadThreadTraces('threads-34', 'go').find((r) => r.source === 'https://github.com/grpc/grpc-go/issues/4742')!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const stack = (site: string) => ['runtime.gopanic', 'runtime/panic.go:969', 'runtime.panicmem', 'runtime/panic.go:212', 'runtime.sigpanic', 'runtime/signal_unix.go:717', `shop/orders.(*Store).${site}`, 'shop/orders/store.go:41', 'shop/api.Checkout', 'shop/api/checkout.go:88'];

describe('a Go stack of function and file lines without indentation', () => {
  it('real: the recovery handler\'s stack reads grpc-go\'s frames, below the runtime\'s panic (grpc/grpc-go#4742)', () => {
    const r = fp(handler.stacktrace!);
    expect(r.type).toBe('panic');
    expect(r.explain.find((e) => e.startsWith('crash site'))).toContain('google.golang.org/grpc/internal/status.(*Error).GRPCStatus | google.golang.org/grpc/status.FromError');
  });

  it('reads as the same stack with its file lines indented', () => {
    const lines = stack('Save');
    const indented = lines.map((l, i) => (i % 2 ? `\t${l}` : l)).join('\n');
    expect(fp(lines.join('\n')).fingerprint).toBe(fp(indented).fingerprint);
    expect(fp(lines.join('\n')).culprit).toContain('(*Store).Save');
  });

  it('near miss: two crash sites are two signatures', () => {
    expect(fp(stack('Save').join('\n')).fingerprint).not.toBe(fp(stack('Load').join('\n')).fingerprint);
  });

  it('near miss: one function and file pair, or file lines of another language, is no Go stack', () => {
    expect(looksLikeGo('config.Load\nconfig/load.go:12')).toBe(false);
    expect(looksLikeGo('app.handler\napp/handler.py:12\napp.main\napp/main.py:40')).toBe(false);
    expect(parseGo('shop.api.Checkout\nshop.api.Pay\nshop/api/checkout.go:88').exceptions[0].frames).toHaveLength(0);
  });
});
