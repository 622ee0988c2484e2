// A Go program installed by its module path at a version runs from the module cache
// (go-installed-program.ts): its own frames are in-app as they are when it is built from its
// checkout, and a dependency beside it in the cache stays library code. The traces are real
// output of Go 1.26.8 here: a two-file program whose view.Window slices lines past their end
// (the shape of Crush's completions panic, charmbracelet/crush#649 and #1076, threads-27), built
// from its checkout (`go build`) and installed from a file-based module proxy (`go install
// example.com/paniccli@v1.0.0`, GOMODCACHE=/tmp/t27go/gopath/pkg/mod); and a second program,
// windowcli, installed the same way, whose dependency example.com/textwin@v1.0.0 panics.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const checkout = `panic: runtime error: slice bounds out of range [3:2]

goroutine 1 [running]:
example.com/paniccli/internal/view.Window({0x4c6a90?, 0x1?}, 0x3, 0x2)
\t/tmp/t27go/src/paniccli/internal/view/view.go:8 +0x86
main.main()
\t/tmp/t27go/src/paniccli/main.go:13 +0x4c`;

const installed = `panic: runtime error: slice bounds out of range [3:2]

goroutine 1 [running]:
example.com/paniccli/internal/view.Window({0x4c6a90?, 0x1?}, 0x3, 0x2)
\t/tmp/t27go/gopath/pkg/mod/example.com/paniccli@v1.0.0/internal/view/view.go:8 +0x86
main.main()
\t/tmp/t27go/gopath/pkg/mod/example.com/paniccli@v1.0.0/main.go:13 +0x4c`;

const dependencyPanics = `panic: runtime error: slice bounds out of range [3:2]

goroutine 1 [running]:
example.com/textwin.Window({0x4c6a90?, 0x1?}, 0x3, 0x2)
\t/tmp/t27go/gopath/pkg/mod/example.com/textwin@v1.0.0/textwin.go:8 +0x86
main.main()
\t/tmp/t27go/gopath/pkg/mod/example.com/windowcli@v1.0.0/main.go:13 +0x4c`;

describe('a Go program installed from the module cache', () => {
  it('real: one panic from the checkout build and from `go install …@v1.0.0` is one signature, at the program\'s own function', () => {
    const a = fp(checkout);
    const b = fp(installed);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.culprit).toContain('view.Window');
  });

  it('near miss: a dependency beside the installed program in the module cache stays library code', () => {
    const r = fp(dependencyPanics);
    const frames = r.frames ?? [];
    expect(frames.find((f) => f.function?.includes('Window'))?.inApp).toBe(false);
    expect(frames.find((f) => f.module === 'main')?.inApp).toBe(true);
  });

  it('near miss: without a `main` frame the module cache says nothing of the program, and its frames stay library code (Crush v0.1.10\'s cut excerpt)', () => {
    const crush = loadThreadTraces('threads-27', 'go').filter((r) => r.group === 'go:t27:crush-listview-start-gt-end');
    const moduleCache = crush.find((r) => r.stacktrace!.includes('crush@v0.1.10'))!;
    const frames = fp(moduleCache.stacktrace!).frames ?? [];
    expect(frames.filter((f) => f.inApp)).toEqual([]);
  });
});
