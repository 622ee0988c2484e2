// A goroutine's header with the fields Go 1.23 and later print where the runtime throws or
// GOTRACEBACK is `system`/`crash` (runtime/traceback.go, goroutineheader): `goroutine 9375
// gp=0x7dec45e960 m=4 mp=0x7dfbf5f808 [running]:`, `goroutine 55 gp=0x6f7b084b40 m=nil [GC
// worker (idle)]:`. Found in threads-12 (issue-thread-traces-12.test.ts): RethinkDNS's
// firestack panic was not read as a goroutine, and its frames were lost.
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const firestack = loadThreadTraces('threads-12', 'go').find((r) => r.source.endsWith('celzero/firestack/issues/244'))!;
const functions = (text: string) => parseStacktrace(text).exceptions.at(-1)!.frames.map((f) => `${f.module}.${f.function}`);

describe("a goroutine header's gp, m and mp fields", () => {
  it("real: firestack's goroutine is read below its recovered panic (celzero/firestack#244)", () => {
    const parsed = parseStacktrace(firestack.stacktrace!);
    expect(parsed.runtime).toBe('go');
    // Below `panic(…)`: the runtime's fault handling, then the failing function.
    expect(functions(firestack.stacktrace!)).toEqual([
      'runtime.panicmem',
      'runtime.sigpanic',
      'github.com/celzero/firestack/intra/core.Gre[...]',
      'github.com/celzero/firestack/intra/doh.(*transport).httpClientsFor.h2.asDialContext.func3',
    ]);
  });

  it('real: the same goroutine without the fields reads the same frames', () => {
    const plain = firestack.stacktrace!.replace(' gp=0x7dec45e960 m=4 mp=0x7dfbf5f808 [', ' [');
    expect(functions(plain)).toEqual(functions(firestack.stacktrace!));
  });

  it("near misses: `m=nil` without mp is a header, fields that are not the runtime's are not, and a goroutine's later dumps are not the first's", () => {
    const idle = 'goroutine 7 gp=0xc000007a40 m=nil [running]:\nmain.f()\n\t/app/main.go:9 +0x25';
    expect(functions(idle)).toEqual(['main.f']);
    expect(parseStacktrace('goroutine 7 gp=zz m=1 mp=0x1 [running]:\nstep one\nstep two').runtime).not.toBe('go');
    const two = 'goroutine 1 gp=0x1 m=0 mp=0x2 [running]:\nmain.f()\n\t/app/main.go:9 +0x25\n\ngoroutine 2 gp=0x3 m=nil [select]:\nmain.g()\n\t/app/main.go:20 +0x25';
    expect(functions(two)).toEqual(['main.f']);
  });
});
