// A Go frame whose file line a paste cut off, its import path under another module's `vendor/`
// (`github.com/golangci/golangci-lint/vendor/github.com/timakin/bodyclose/…(*runner).run`): a
// dependency's, as its file under `vendor/` would have said. Found in threads-12
// (issue-thread-traces-12.test.ts): golangci-lint's vendored bodyclose panic had that cut
// caller as its crash site, read as the only in-app frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const golangci = loadThreadTraces('threads-12', 'go').find((r) => r.source.endsWith('golangci/golangci-lint/issues/622'))!;

describe("a vendored Go frame cut before its file", () => {
  it("real: the cut `run` is a dependency's frame, and the crash site is not it (golangci/golangci-lint#622)", () => {
    const run = parseStacktrace(golangci.stacktrace!).exceptions[0].frames.at(-1)!;
    expect(run.function).toBe('(*runner).run');
    expect(run.library).toBe(true);
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'golangci-lint', type: golangci.type, message: golangci.message, stacktrace: golangci.stacktrace });
    expect(x.explain.find((l) => l.startsWith('crash site:'))).toMatch(/contribute: github\.com\/timakin\/bodyclose\/passes\/bodyclose\.\(\*runner\)\.isCloseCall/);
  });

  it('near misses: a cut frame of the program itself stays in-app, and a vendored frame with its file was a dependency already', () => {
    const own = 'panic: boom\n\ngoroutine 1 [running]:\nmain.f()\n\t/app/main.go:9 +0x25\ngithub.com/acme/app/jobs.Run(0x1)';
    expect(parseStacktrace(own).exceptions[0].frames.at(-1)!.library).toBeFalsy();
    const filed = 'panic: boom\n\ngoroutine 1 [running]:\ngithub.com/acme/app/vendor/github.com/x/y.F()\n\t/src/github.com/acme/app/vendor/github.com/x/y/f.go:3 +0x25\nmain.main()\n\t/src/github.com/acme/app/main.go:9 +0x25';
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'app', message: 'boom', stacktrace: filed });
    expect(x.culprit).toMatch(/^main\.main/);
  });
});
