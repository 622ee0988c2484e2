// A Go panic line over frames whose `goroutine N [running]:` line a paste left out is read as the
// dump it was cut from (src/core/fingerprint/go-headless-panic-goroutine.ts). Found in threads-56
// (issue-thread-traces-56.test.ts): komuw/ong#463's nil *stackError dereference, quoted from its
// `panic: … [recovered]` lines straight to the frames, read with no message. The near misses are
// the output of a program run here under Go 1.26.8 (`go build -gcflags=all=-l`): main.total
// dereferences a nil *Cart at one line and indexes past three items at another, and each dump is
// taken whole and without its goroutine line.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withHeadlessPanicGoroutine } from '../../../src/core/fingerprint/go-headless-panic-goroutine.js';
import { loadThreadTraces } from './thread-traces.js';

const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', stacktrace });
const withoutGoroutineLine = (dump: string) => dump.replace(/^goroutine \d+ \[running\]:\n/m, '');

const NIL = 'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x4aab30]\n\ngoroutine 1 [running]:\nmain.total(0x0?, {0x7fff4de0dac5?, 0x4184f0?})\n\t/tmp/gohl/main.go:14 +0x30\nmain.main()\n\t/tmp/gohl/main.go:23 +0x9a\n';
const INDEX = 'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.total(0x0?, {0x7ffd7662aac3?, 0x4184f0?})\n\t/tmp/gohl/main.go:12 +0x3b\nmain.main()\n\t/tmp/gohl/main.go:23 +0x9a\n';

describe('a Go panic pasted without its goroutine line', () => {
  it('real: komuw/ong#463\'s recovered nil dereference is read with its message', () => {
    const ong = loadThreadTraces('threads-56', 'go').find((r) => r.source.endsWith('komuw/ong/issues/463'))!.stacktrace!;
    const a = fingerprintOf(ong);
    expect(a.message).toBe('runtime error: invalid memory address or nil pointer dereference');
    // The same dump with the header the runtime printed above the first frame.
    const whole = ong.replace('\n\ngithub.com/komuw/ong/errors.(*stackError)', '\n\ngoroutine 7 [running]:\ngithub.com/komuw/ong/errors.(*stackError)');
    expect(fingerprintOf(whole).fingerprint).toBe(a.fingerprint);
  });

  it('each dump of the program is one signature with and without its goroutine line', () => {
    expect(fingerprintOf(withoutGoroutineLine(NIL)).fingerprint).toBe(fingerprintOf(NIL).fingerprint);
    expect(fingerprintOf(withoutGoroutineLine(INDEX)).fingerprint).toBe(fingerprintOf(INDEX).fingerprint);
  });

  it('near misses: the nil dereference and the index out of range in one function stay apart without their goroutine lines', () => {
    expect(fingerprintOf(withoutGoroutineLine(NIL)).fingerprint).not.toBe(fingerprintOf(withoutGoroutineLine(INDEX)).fingerprint);
  });

  it('only a text with no goroutine header, a panic line at column 0 and a runtime frame after it', () => {
    const headless = withoutGoroutineLine(INDEX);
    expect(withHeadlessPanicGoroutine(headless)).toBe(INDEX);
    // A whole dump, frames alone (a logger's exception.stacktrace), frames above the panic line,
    // a panic line indented in prose, and a %+v stack without the runtime's offsets stay as they are.
    expect(withHeadlessPanicGoroutine(INDEX)).toBe(INDEX);
    const frames = 'main.total(0x0?, {0x7ffd7662aac3?, 0x4184f0?})\n\t/tmp/gohl/main.go:12 +0x3b\n';
    expect(withHeadlessPanicGoroutine(frames)).toBe(frames);
    expect(withHeadlessPanicGoroutine(`${frames}panic: later\n`)).toBe(`${frames}panic: later\n`);
    expect(withHeadlessPanicGoroutine(`the docs say panic: x\n${frames}`)).toBe(`the docs say panic: x\n${frames}`);
    const pkgErrors = 'panic: boom\n\nmain.total\n\t/tmp/gohl/main.go:12\nmain.main\n\t/tmp/gohl/main.go:23\n';
    expect(withHeadlessPanicGoroutine(pkgErrors)).toBe(pkgErrors);
  });
});
