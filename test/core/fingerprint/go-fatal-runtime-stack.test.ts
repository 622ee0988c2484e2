// A Go fatal error's `runtime stack:` (out of memory on the system stack) prints each function
// with its arguments, as a goroutine's frames do; the goroutine-less reader took the argument
// list into the function's name (`runtime.systemstack(0x454489)`, the address of the function
// it runs, which every build moves), so the same fatal error of two builds was two signatures.
// Found by shifting what another build changes in every issue-thread trace (addresses, line
// numbers: release-and-host-invariance.test.ts): threads-16's tls-observatory out of memory.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const outOfMemory = (systemstackArg: string, allocator = 'runtime.(*mheap).alloc.func1()') => [
  'fatal error: out of memory',
  '',
  'runtime stack:',
  'runtime.throw(0x6731d0, 0x16)',
  '        /usr/local/go/src/runtime/panic.go:608 +0x72',
  allocator,
  '        /usr/local/go/src/runtime/mheap.go:1048 +0x4c',
  `runtime.systemstack(${systemstackArg})`,
  '        /usr/local/go/src/runtime/asm_amd64.s:351 +0x66',
  'runtime.mstart()',
  '        /usr/local/go/src/runtime/proc.go:1153',
  '',
  'goroutine 1 [running]:',
  'runtime.systemstack_switch()',
  '        /usr/local/go/src/runtime/asm_amd64.s:311 fp=0xc0006f8958 sp=0xc0006f8950 pc=0x454580',
].join('\n');

describe("a Go fatal error's runtime stack", () => {
  it('frames are named without their arguments', () => {
    const functions = fp(outOfMemory('0x454489')).frames.map((f) => f.function);
    expect(functions).toContain('systemstack');
    expect(functions.some((f) => f?.includes('('.concat('0x')))).toBe(false);
  });

  it('the same fatal error of two builds (other addresses) is one signature', () => {
    expect(fp(outOfMemory('0x4575c9')).fingerprint).toBe(fp(outOfMemory('0x454489')).fingerprint);
  });

  it('near miss: a runtime stack through other runtime functions stays apart', () => {
    expect(fp(outOfMemory('0x454489', 'runtime.largeAlloc(0x2af80, 0x620001, 0x7f92dcdc2658)')).fingerprint).not.toBe(fp(outOfMemory('0x454489')).fingerprint);
  });

  it('near miss: a %+v stack (bare function lines, pkg/errors) reads as before', () => {
    const stack = ['boom', 'main.load', '\t/src/app/main.go:12', 'main.main', '\t/src/app/main.go:5'].join('\n');
    expect(fp(stack).frames.map((f) => f.function)).toEqual(['load', 'main']);
  });
});
