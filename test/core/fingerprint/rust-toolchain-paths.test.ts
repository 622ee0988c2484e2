// The Rust standard library's own sources wherever a toolchain was built, and dependencies under
// ~/.cargo with Windows separators, are library code (stacktrace/rust.ts `library.paths`).
// Found in threads-18 (issue-thread-traces-18.test.ts): toolchains before track_caller locate an
// `index out of bounds` or an `unwrap()` in libcore, and Asciimon's Windows toolchain wrote that
// place as `C:\projects\rust\src\libcore\slice\mod.rs`, tflgtfs's as `src/libcore/result.rs`;
// only `/rustc/<commit>/…` was read as the standard library, so the place was taken for the
// program's own code and named its crash site.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const others = loadThreadTraces('threads-18', 'others');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const row = (group: string) => others.find((r) => r.group === group)!;

describe('a Rust toolchain\'s standard library and cargo\'s dependencies, by their paths', () => {
  it('real: a panic located in libcore by a Windows or an older toolchain is no crash site of the program (Asciimon#25, tflgtfs#26)', () => {
    for (const g of ['rust:t18:asciimon-move-left-slice-index', 'rust:t18:tflgtfs-fetch-lines-json-unwrap']) {
      const x = fingerprintOf(row(g).stacktrace!);
      expect(x.frames.every((f) => !f.inApp), g).toBe(true);
      expect(x.culprit, g).toBeUndefined();
    }
  });

  it('reads a dependency under a Windows ~/.cargo and the later `library/core/src/…` tree as library code', () => {
    const dep = fingerprintOf("thread 'tokio-runtime-worker' panicked at C:\\Users\\jaspe\\.cargo\\registry\\src\\index.crates.io-1949cf8c6b5b557f\\rubato-0.16.0\\src\\asynchro_fast.rs:593:30:\nrange end index 11387 out of range for slice of length 11141\n");
    expect(dep.frames.every((f) => !f.inApp)).toBe(true);
    const std = fingerprintOf("thread 'main' panicked at 'explicit panic', library/core/src/option.rs:12:5\n");
    expect(std.frames.every((f) => !f.inApp)).toBe(true);
  });

  it('near misses: the program\'s own files stay its code (`src/main.rs`, a module `src/lib/core.rs`, a folder `mylibrary/core/src`)', () => {
    for (const place of ['src\\explorer_modinfo.rs:45:14', 'src/lib/core.rs:3:9', 'mylibrary/core/src/x.rs:7:1']) {
      const x = fingerprintOf(`thread 'main' panicked at ${place}:\ncalled \`Option::unwrap()\` on a \`None\` value\n`);
      expect(x.frames.some((f) => f.inApp), place).toBe(true);
    }
  });
});
