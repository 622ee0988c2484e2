// C++ backtraces (src/core/fingerprint/stacktrace/cpp.ts), on the program runs of
// test/fixtures/fingerprint/threads-runtimes/cpp.ndjson (gdb, glibc's backtrace_symbols,
// AddressSanitizer; README.md there says how they were made).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { demangleName, withoutParameters } from '../../../src/core/fingerprint/stacktrace/cpp.js';
import { detectRuntime, parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-runtimes', 'cpp');
const row0 = (runtime: string) => loadThreadTraces('threads-runtimes', runtime)[0].stacktrace!;
const pick = (group: string, form: string) => rows.find((r) => r.group === group && r.source.includes(form))!;
const fingerprint = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe('C++ backtraces', () => {
  it('reads every row of the collection as C++', () => {
    for (const r of rows) expect(parseStacktrace(r.stacktrace!).runtime, r.why).toBe('cpp');
  });

  it("drops the C++ runtime's throw and the C library's abort above the failing frame (gdb)", () => {
    const t = parseStacktrace(pick('cpp:run:cart-total-at', 'gdb').stacktrace!);
    const names = t.exceptions[0].frames.map((f) => (f.module ? `${f.module}::${f.function}` : f.function));
    // libstdc++'s `std::__throw_out_of_range_fmt`, unresolved (`?? () from libstdc++.so.6`), then the vector.
    expect(names[0]).toBe('??');
    expect(names[1]).toBe('std::vector<orders::Item, std::allocator<orders::Item> >::_M_range_check');
    expect(names).toContain('orders::Cart::total');
    expect(names).not.toContain('__cxa_throw');
    expect(t.exceptions[0].frames.find((f) => f.function === 'total')).toMatchObject({ file: 'shop.cpp', line: 33 });
  });

  it('demangles backtrace_symbols names it can, and reads the sanitizer first stack only', () => {
    const symbols = parseStacktrace(pick('cpp:run:customer-name-null', 'backtrace_symbols').stacktrace!);
    expect(symbols.exceptions[0].frames.some((f) => f.module === 'orders::Customer' && f.function === 'name')).toBe(true);
    const asan = parseStacktrace(pick('cpp:run:cache-after-free', 'sanitize').stacktrace!);
    expect(asan.exceptions[0].type).toBe('AddressSanitizer: heap-use-after-free');
    expect(asan.exceptions[0].frames.map((f) => f.function)).toEqual(['after_free', 'run', 'main', '__libc_start_call_main', '__libc_start_main_impl', '_start']);
  });

  it('groups one failure across gdb, backtrace_symbols and ASan, and across two builds', () => {
    for (const g of ['cpp:run:cart-total-at', 'cpp:run:customer-name-null', 'cpp:run:cache-peek-overflow']) {
      expect(new Set(rows.filter((r) => r.group === g).map(fingerprint)).size, g).toBe(1);
    }
  });

  it('keeps one exception type or signal at two functions apart', () => {
    expect(fingerprint(pick('cpp:run:cart-total-at', 'gdb'))).not.toBe(fingerprint(pick('cpp:run:inventory-reserve-at', 'gdb')));
    expect(fingerprint(pick('cpp:run:customer-name-null', 'gdb'))).not.toBe(fingerprint(pick('cpp:run:invoice-render-null', 'gdb')));
    expect(fingerprint(pick('cpp:run:parse-port-stoi', 'backtrace_symbols'))).not.toBe(fingerprint(pick('cpp:run:parse-timeout-stoi', 'backtrace_symbols')));
  });

  it("reads gdb's wrapped frames, its stop line and its `#0` printed before `bt`", () => {
    // https://github.com/bibendovsky/bstone/issues/114: libc++ frames without an address, their location on the next line.
    const bstone = parseStacktrace(pick('cpp:t:bstone-ca-open-resource', 'https://').stacktrace!);
    expect(bstone.exceptions[0].frames.map((f) => f.function)).toEqual(['__is_long', 'size', 'operator+<char, std::__1::char_traits<char>, std::__1::allocator<char> >', 'ca_open_resource_non_fatal']);
    expect(bstone.exceptions[0].frames[3]).toMatchObject({ file: '/usr/users/jsg/src/bstone/src/id_ca.cpp', line: 1147 });
    // https://github.com/miki151/keeperrl/issues/585: no `bt`, the stop line is the frame.
    expect(parseStacktrace(pick('cpp:t:keeperrl-debug-fail', 'https://').stacktrace!).exceptions[0].frames).toEqual([{ function: 'fail', file: 'debug.cpp', line: 23 }]);
    // https://github.com/Andersbakken/rtags/issues/720: `#0` once before `(gdb) bt`, then the whole stack.
    const rtags = parseStacktrace(pick('cpp:t:rtags-executablepath', 'https://').stacktrace!);
    expect(rtags.exceptions[0].frames.map((f) => f.function)).toContain('executablePath');
  });

  it("reads backward-cpp's outermost-first stack innermost first, and the C library's string functions as library", () => {
    const b = parseStacktrace(pick('cpp:t:backward54-assert-main', 'https://').stacktrace!);
    expect(b.exceptions[0].frames[0]).toMatchObject({ file: './a.out' });
    const d = createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'SIGSEGV', stacktrace: pick('cpp:t:opendmarc-arcseal-strlcpy', 'https://').stacktrace });
    expect(d.explain.join('\n')).toContain('crash site: opendmarc-arcseal.c:opendmarc_arcseal_parse');
  });

  it("reads systemd-coredump's frames, a frame without a symbol named by its module's offset", () => {
    // https://github.com/SolDoesTech/HyprV3/issues/18: raise and abort dropped, the program's frames unsymbolicated.
    const t = parseStacktrace(pick('cpp:t:swww-abort', 'https://').stacktrace!);
    expect(t.exceptions[0].frames[0]).toMatchObject({ file: 'swww', function: '+0x1e31d7' });
    const l = parseStacktrace(pick('cpp:t:localsearch-zip-read-file', 'https://').stacktrace!);
    expect(l.exceptions[0].frames[0]).toMatchObject({ file: 'libextract-oasis.so', function: 'tracker_zip_read_file' });
  });

  it("drops a crash handler's frames above the C library's signal restorer (boost::stacktrace)", () => {
    // https://github.com/ceph/ceph/pull/40915: print_with_backtrace, FatalSignal::signaled and the
    // handler's lambda, then `0x… in /lib64/libpthread.so.0`, then the failing function.
    const t = parseStacktrace(pick('cpp:t:ceph-crimson-do-until', 'https://').stacktrace!);
    expect(t.exceptions[0].frames).toHaveLength(1);
    expect(t.exceptions[0].frames[0]).toMatchObject({ file: '/home/rzarzynski/ceph1/src/test/crimson/test_errorator.cc', line: 21 });
    // Near misses: an unresolved libc frame under the program's frames is not a restorer without a
    // handler above it (the C library's start, below main), and the program's own frames stay.
    const shop = parseStacktrace(pick('cpp:run:cart-total-at', 'backtrace_symbols').stacktrace!);
    expect(shop.exceptions[0].frames.some((f) => f.function === 'main')).toBe(true);
    const milter = parseStacktrace(pick('cpp:t:opendmarc-arcseal-strlcpy', 'https://').stacktrace!);
    expect(milter.exceptions[0].frames[0].function).toBe('strlcpy');
  });

  it("reads UBSan's location as the statement when no stack follows, and keeps two statements of one message apart", () => {
    const bare = rows.find((r) => r.group === 'cpp:run:ub-add-units' && !r.source.includes('print_stacktrace'))!;
    const t = parseStacktrace(bare.stacktrace!);
    expect(t.exceptions[0]).toMatchObject({ type: 'UndefinedBehaviorSanitizer', message: "signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'" });
    expect(t.exceptions[0].frames).toEqual([{ file: 'ub.cpp', line: 4, function: 'runtime error at line 4' }]);
    const other = rows.find((r) => r.group === 'cpp:run:ub-add-reserved' && !r.source.includes('print_stacktrace') && r.source.includes('build 1'))!;
    expect(fingerprint(bare)).not.toBe(fingerprint(other));
    // With a stack, its frames name the statement (stable across builds).
    const stacked = rows.filter((r) => r.group === 'cpp:run:ub-add-units' && r.source.includes('print_stacktrace'));
    expect(new Set(stacked.map(fingerprint)).size).toBe(1);
    // Near misses: Go's and OpenResty's `runtime error:` are theirs.
    expect(detectRuntime('panic: runtime error: index out of range [5] with length 2\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d')).toBe('go');
    expect(detectRuntime(row0('lua'))).toBe('lua');
  });

  it('names symbols as the Itanium ABI mangles them, and leaves what it does not follow', () => {
    expect(demangleName('_ZNK6orders4Cart5totalEm')).toBe('orders::Cart::total');
    expect(demangleName('_Z3runPKc')).toBe('run');
    expect(demangleName('_ZN6orders4CartC2Ev')).toBe('orders::Cart::Cart');
    expect(demangleName('_ZNKSt6vectorIiSaIiEE2atEm')).toBeUndefined();
    expect(demangleName('main')).toBeUndefined();
    expect(withoutParameters('run(char const*)')).toBe('run');
    expect(withoutParameters('orders::Customer::name() const')).toBe('orders::Customer::name');
    expect(withoutParameters('(anonymous namespace)::load')).toBe('(anonymous namespace)::load');
    expect(withoutParameters('dht::ValueType::ValueType(dht::ValueType const&) [clone .lto_priv.770]')).toBe('dht::ValueType::ValueType');
  });

  it('near misses: traces of other runtimes are not read as C++', () => {
    expect(detectRuntime('Unhandled exception:\nBad state: No element\n#0      ListMixin.firstWhere (dart:collection/list.dart:167:5)\n#1      main (file:///srv/app/bin/server.dart:10:3)')).toBe('dart');
    expect(detectRuntime("PHP Fatal error:  Uncaught Exception: boom in /var/www/a.php:3\nStack trace:\n#0 /var/www/index.php(12): f()\n#1 {main}\n  thrown in /var/www/a.php on line 3")).toBe('php');
    expect(detectRuntime('panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d\nexit status 2')).toBe('go');
    expect(detectRuntime('TypeError: x is undefined\n    at f (/app/a.js:1:2)\n    at main (/app/b.js:3:4)')).toBe('javascript');
  });
});
