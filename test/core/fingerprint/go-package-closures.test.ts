// A function literal at package level (a `var handler = func(…)` or an init-time closure) is
// compiled as `pkg.glob..func1`: keyed by its package's `glob`, its number dropped, as closures
// inside functions are (`main.process.func1` → `main.process`). The closure rule used to run first
// and left the key `upload.glob.` with a dangling dot (threads-8's notes).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';

const panicIn = (fn: string, line: number) =>
  `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6d2c1a]\n\ngoroutine 34 [running]:\n${fn}(0xc0000a6000, 0xc0001b2000)\n\t/home/dev/upload/handlers.go:${line} +0x3a\nnet/http.HandlerFunc.ServeHTTP(0x7a1c20, 0x8b0e40, 0xc0000a6000, 0xc0001b2000)\n\t/usr/local/go/src/net/http/server.go:2042 +0x44\n`;

describe('a package-level function literal', () => {
  it('is keyed by its package, without a dangling dot, and its number does not split it', () => {
    expect(frameKey({ function: 'glob..func1', module: 'github.com/dev/upload', file: '/home/dev/upload/handlers.go', line: 41 }, 'go')).toBe('github.com/dev/upload.glob');
    const fp = createFingerprinter();
    const one = fp.fingerprint({ source: 'span', service: 'upload', stacktrace: panicIn('github.com/dev/upload.glob..func1', 41) });
    const renumbered = fp.fingerprint({ source: 'span', service: 'upload', stacktrace: panicIn('github.com/dev/upload.glob..func3', 44) });
    expect(renumbered.fingerprint).toBe(one.fingerprint);
    // Near miss: a closure inside a named function keeps that function's name.
    expect(frameKey({ function: 'saveFile.func1', module: 'github.com/dev/upload', file: '/home/dev/upload/handlers.go', line: 41 }, 'go')).toBe('github.com/dev/upload.saveFile');
    const inner = fp.fingerprint({ source: 'span', service: 'upload', stacktrace: panicIn('github.com/dev/upload.saveFile.func1', 41) });
    expect(inner.fingerprint).not.toBe(one.fingerprint);
  });
});
