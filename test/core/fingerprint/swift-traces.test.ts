// Swift traps and Apple crash reports (src/core/fingerprint/stacktrace/swift.ts), on the pastes of
// test/fixtures/fingerprint/threads-runtimes/swift.ndjson.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { detectRuntime, parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-runtimes', 'swift');
const row = (group: string) => rows.find((r) => r.group === group)!;
const fingerprint = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe('Swift traps and crash reports', () => {
  it('reads every row of the collection as Swift, with at least one frame', () => {
    for (const r of rows) {
      const t = parseStacktrace(r.stacktrace!);
      expect(t.runtime, r.group).toBe('swift');
      expect(t.exceptions[0].frames.length, r.group).toBeGreaterThan(0);
    }
  });

  it("reads only the crashed thread's frames, each named by its image and symbol", () => {
    // https://github.com/mangerlahn/Latest/issues/516: threads 10 and 11, 11 crashed, its app frames unsymbolicated.
    const t = parseStacktrace(row('swift:t:latest-unexpected-error').stacktrace!);
    expect(t.exceptions[0].frames.map((f) => `${f.module} ${f.function}`)).toEqual([
      'libswiftCore.dylib _assertionFailure(_:_:file:line:flags:)',
      'libswiftCore.dylib swift_unexpectedError',
      'Latest +65288',
      'Latest +65484',
    ]);
    const j = parseStacktrace(row('swift:t:justtags-setasactive-assert').stacktrace!);
    expect(j.exceptions[0].frames[2]).toMatchObject({ module: 'JustTags', function: 'AppVM.setAsActive(window:)' });
  });

  it("takes a trap's location in both orders Swift printed it, and a copied message without its kind", () => {
    const before = parseStacktrace('Fatal error: Unexpectedly found nil while unwrapping an Optional value: file BSText/BSTextView.swift, line 1147');
    expect(before.exceptions[0]).toMatchObject({ type: 'Fatal error', message: 'Unexpectedly found nil while unwrapping an Optional value' });
    expect(before.exceptions[0].frames[0]).toMatchObject({ file: 'BSText/BSTextView.swift', line: 1147 });
    // Swift ≥ 5.4 puts the location first.
    const after = parseStacktrace('BSText/BSTextView.swift:1147: Fatal error: Unexpectedly found nil while unwrapping an Optional value');
    expect(after.exceptions[0].frames[0]).toMatchObject({ file: 'BSText/BSTextView.swift', line: 1147 });
    expect(parseStacktrace(row('swift:t:newly-window-119').stacktrace!).exceptions[0].frames[0]).toMatchObject({ file: 'Newly/Newly.swift', line: 119 });
  });

  it('keeps one message at two statements apart', () => {
    expect(fingerprint(row('swift:t:countrypicker-nibview-36'))).not.toBe(fingerprint(row('swift:t:newly-window-119')));
  });

  it("reads a trap inside the standard library as the library's", () => {
    const t = parseStacktrace(row('swift:t:swiftsoup-array-index').stacktrace!);
    expect(t.exceptions[0].frames[0].file).toBe('Swift/ContiguousArrayBuffer.swift');
    const parts = createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace: row('swift:t:swiftsoup-array-index').stacktrace });
    expect(parts.explain.join('\n')).toContain('no in-app frame');
  });

  it("near misses: PHP's fatal error, C++ and JVM traces are not read as Swift", () => {
    expect(detectRuntime('PHP Fatal error:  Uncaught Exception: boom in /var/www/a.php:3\nStack trace:\n#0 /var/www/index.php(12): f()\n#1 {main}\n  thrown in /var/www/a.php on line 3')).toBe('php');
    expect(detectRuntime('Program received signal SIGSEGV, Segmentation fault.\n#0  0x0000555555555139 in parse (s=0x0) at main.cpp:3\n#1  0x0000555555555160 in main () at main.cpp:8')).toBe('cpp');
    expect(detectRuntime('java.lang.IllegalStateException: boom\n\tat com.shop.Cart.total(Cart.java:12)\n\tat com.shop.Main.main(Main.java:5)')).toBe('java');
    expect(detectRuntime('Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/a.php on line 12')).not.toBe('swift');
  });
});
