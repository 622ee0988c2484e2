// Two ways a Rust panic line reaches an issue thread, found in threads-4
// (issue-thread-traces-4.test.ts): a ≥ 1.73 header with its message line joined onto it, and a
// line retyped without the thread's name. Both were read without their location, so two
// `unwrap()`s on `None` in two programs were one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/rust.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe('a Rust panic line as pasted', () => {
  it('with its message joined onto the location line: the location, then the message', () => {
    const [e] = parseStacktrace("thread 'main' panicked at src/cart.rs:88:14:    called `Option::unwrap()` on a `None` value\n").exceptions;
    expect(e.message.trim()).toBe('called `Option::unwrap()` on a `None` value');
    expect(e.frames[0]).toMatchObject({ file: 'src/cart.rs', line: 88 });
  });

  it("without the thread's name: still a panic with its location", () => {
    const parsed = parseStacktrace("thread panicked at 'called `Option::unwrap()` on a `None` value', src/cart.rs:88:14\n");
    expect(parsed.runtime).toBe('rust');
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ file: 'src/cart.rs', line: 88 });
  });

  it('near misses: the usual two-line header keeps its form, and prose saying a thread panicked is no trace', () => {
    const [e] = parseStacktrace("thread 'main' panicked at src/cart.rs:88:14:\ncalled `Option::unwrap()` on a `None` value\n").exceptions;
    expect(e.message.trim()).toBe('called `Option::unwrap()` on a `None` value');
    expect(parseStacktrace('the worker thread panicked at startup, no idea why\n').runtime).not.toBe('rust');
    expect(parseStacktrace('thread panicked at startup\n').runtime).not.toBe('rust');
  });

  it('real: lune and stevenarella unwrapping None are two failures (lune-org/lune#341, iceiix/stevenarella#505)', () => {
    const lune = fingerprintOf('lune-components-unwrap');
    const steven = fingerprintOf('stevenarella-format-unwrap');
    expect(lune.frames[0]).toMatchObject({ line: 188 });
    expect(steven.frames[0]).toMatchObject({ line: 64 });
    expect(lune.fingerprint).not.toBe(steven.fingerprint);
  });
});
