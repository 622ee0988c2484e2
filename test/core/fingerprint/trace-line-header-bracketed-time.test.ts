// A header repeated before every line of a trace (trace-line-headers.test.ts) that is only a
// bracketed time, shorter than the twelve characters a header otherwise needs. Found in
// threads-11 (issue-thread-traces-11.test.ts): Istio Mixer's CI log stamps every line of a Go
// fatal error `[19:56:49] `, and the trace read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const istio = loadThreadTraces('threads-11', 'go').find((r) => r.source.endsWith('istio/old_mixer_repo/issues/1282'))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'mixer', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('a bracketed time before every line', () => {
  it("real: Istio's CI stamp goes from every line and the goroutine is read (istio/old_mixer_repo#1282)", () => {
    const plain = withoutLineHeaders(istio.stacktrace!);
    expect(plain.split('\n')[0]).toBe('goroutine 75 [running]:');
    const x = fingerprintOf(istio);
    expect(x.culprit).toContain('(*Interpreter).run');
    expect(fingerprintOf({ ...istio, stacktrace: plain }).fingerprint).toBe(x.fingerprint);
  });

  it('near misses: a bracketed word, a bracketed number, and times that differ are left as they are', () => {
    const level = '[ERROR] panic: boom\n[ERROR] goroutine 1 [running]:\n[ERROR] main.main()';
    expect(withoutLineHeaders(level)).toBe(level);
    const counter = '[12] a\n[12] b\n[12] c';
    expect(withoutLineHeaders(counter)).toBe(counter);
    const times = '[19:56:49] goroutine 75 [running]:\n[19:56:50] main.main()\n[19:56:51] \t/app/main.go:9 +0x25';
    expect(withoutLineHeaders(times)).toBe(times);
  });
});
