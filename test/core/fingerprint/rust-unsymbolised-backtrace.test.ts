// A Rust backtrace that holds no Rust symbol (every frame `<unknown>` or the system's, none with a
// crate path or a file: a Windows release build without its PDB, a stripped binary) says no more
// than no backtrace, so the panic's location is the crash site as it is without one
// (stacktrace/rust.ts). Found while building threads-18 (issue-thread-traces-18.test.ts; the
// row is the labelled corpus's, corpus/threads-rust.ndjson, whose thread threads-18 then left
// out): red_oxide's `unwrap()` on `None` at src\main.rs:177:37, printed with 22 `<unknown>`
// frames, was known by its message alone, the one every `Option::unwrap()` on `None` prints.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { readFileSync } from 'node:fs';
import { loadThreadTraces, signaturesInOrder, type ThreadTrace } from './thread-traces.js';

const others = loadThreadTraces('threads-18', 'others');
const corpus = readFileSync(new URL('../../fixtures/fingerprint/corpus/threads-rust.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ThreadTrace);
const row = (group: string) => [...others, ...corpus].find((r) => r.group === group)!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

// rustc 1.35's ICE as pasted in https://github.com/rust-lang/rust/issues/61777 (first frames):
// another program's `unwrap()` on `None`, its location in libcore, its backtrace unsymbolised.
const RUSTC_ICE = "thread 'rustc' panicked at 'called `Option::unwrap()` on a `None` value', src/libcore/option.rs:347:21\nstack backtrace:\n   0:        0x10c751ff1 - <unknown>\n   1:        0x10c751ce1 - <unknown>\n   2:        0x10b8064d2 - <unknown>\n   3:        0x10c7528c0 - <unknown>\n";

describe('a Rust backtrace without a symbol', () => {
  it('real: red_oxide\'s panic is keyed by its location, src\\main.rs line 177 (DevYukine/red_oxide#10)', () => {
    const x = fingerprintOf(row('rust:rw:redoxide-main-unwrap-none').stacktrace!);
    expect(x.frames).toHaveLength(1);
    expect(x.frames[0]).toMatchObject({ line: 177, inApp: true });
    expect(x.culprit).toContain('main.rs');
  });

  it('real: red_oxide\'s and rustc\'s `unwrap()` on `None` with unsymbolised backtraces are two signatures (red_oxide#10, rust-lang/rust#61777)', () => {
    const [a, b] = signaturesInOrder([row('rust:rw:redoxide-main-unwrap-none'), { stacktrace: RUSTC_ICE }]);
    expect(b).not.toBe(a);
  });

  it('near miss: a backtrace with symbols keeps its frames (difftastic#184)', () => {
    const x = fingerprintOf(row('rust:t18:difftastic-side-by-side-index').stacktrace!);
    expect(x.frames.map((f) => f.function)).toEqual(['display', 'diff_file', 'main']);
  });
});
