// Traces of runtimes without a parser of their own before this collection: C++ (gdb, glibc's
// backtrace_symbols, AddressSanitizer), Swift (Apple crash reports, `Fatal error:` lines) and Lua
// (OpenResty's and Kong's error log, lua5.x and LuaJIT). test/fixtures/fingerprint/threads-runtimes/
// README.md says where each row comes from: a public thread, or a program run here.
//
// 88 rows: C++ 50 (24 failures; 36 runs of two programs, 14 pasted in 13 threads), Lua 28 (17),
// Swift 10 (10).
//
// Measured on main before the parsers (generic handling), `ROUNDS_PRINT_SCORES=1`:
//   cpp   P 0.415 R 0.5 — 6 merges: Cart::total with Inventory::reserve (vector::at),
//     Customer::name with Invoice::render (SIGSEGV), parse_port with parse_timeout (stoi), each
//     in two forms; splits where one failure's gdb, backtrace_symbols and ASan forms differ;
//   lua   P 0.533 R 0.533 — 3 merges: `attempt to index a nil value` at moochine's
//     mch_content.lua:130 and tch's cpuload.lua:7; `attempt to index local '<*>' (a nil value)`
//     at three statements of three programs and at a fourth of this collection's own program;
//     splits across interpreters' wordings (the rows carry no type: Lua prints none);
//   swift P 0 R 1 — 1 merge: `Unexpectedly found nil while unwrapping an Optional value` at
//     CountryPickerView's NibView.swift:36 and Newly's Newly.swift:119 (no type: the message
//     alone); the other rows' types or messages differ (the collection holds no pair).
//   Fix: a Lua parser (stacktrace/lua.ts, lua-traces.test.ts), frames keyed by source and
//     line (a Lua function is named by how its caller reached it), the error typed as Lua's one
//     kind, a run-time error: lua P 1 R 0.933 — left: lapis/init.lua:17 in Kong 0.11.2 and
//     2.1.4, whose only in-app frame is Kong's generated nginx-kong.conf at two lines.
//   Fix: a C++ parser (stacktrace/cpp.ts, cpp-traces.test.ts) for gdb's, the sanitizers',
//     backtrace_symbols', boost::stacktrace's and backward-cpp's frames, the C++ runtime's throw
//     and the C library's abort dropped, plain and nested mangled names read: cpp P 1 R 1.
//   Fix: a Swift parser (stacktrace/swift.ts, swift-traces.test.ts) for a trap's location (both
//     orders, with or without its kind) and crash reports' crashed thread, system images as
//     library: swift P 1 R 1.
//   Then ten C++ pastes from nine threads (gdb on core files and live processes, on Linux,
//     OpenBSD and OS X; backward-cpp): before any parser cpp P 0.144 R 0.514 (one SIGSEGV
//     signature for seven programs); with the parser P 0.85 R 0.971 — 1 merge: rtags'
//     `Rct::executablePath() ()`, bstone's frames wrapped onto `at` lines, keeperrl's and
//     inventory-agent's stop line without a `bt`, all read as no in-app frame; split: one
//     crash as gdb and as backward-cpp printed it (backward-cpp's shows none of the program).
//   Fix: gdb's wrapped frames joined, its stop line read when no `bt` follows, its `#0` printed
//     before `bt` not taken for another stack, frames without debug info detected, GCC's
//     `[clone …]` suffixes dropped, backward-cpp's outermost-first order and unnamed frames, the
//     C library's string and memory functions as library: cpp P 1 R 0.971 (the split stays).
//   Then three systemd-coredump records (localsearch, swww, csd-automount; before any parser
//     cpp P 0.143 R 0.514 with them), read with its frame form: cpp P 1 R 0.971.
//   Then ceph's boost::stacktrace print from a fatal-signal handler: its crash site was the
//     handler's print_with_backtrace (every crash under that handler one failure); the
//     handler's frames above the C library's signal restorer are now dropped: cpp P 1 R 0.971.
//   Then eight UBSan reports of ub.cpp (two additions overflowing in two functions, two builds,
//     with and without UBSAN_OPTIONS=print_stacktrace=1): before any parser cpp P 0.195
//     R 0.638; with the parser P 0.905 R 0.809 — 1 merge: the two statements' reports without
//     a stack, one message. Fix: UBSan's `file:line:col: runtime error:` location is the
//     statement when no stack follows: cpp P 1 R 0.766 (a report without a stack is keyed by
//     its line, one with a stack by its function: one failure is two signatures across that
//     setting, and a build that moves the line starts another, as Rust's panic location does).
import { describe, expect, it } from 'vitest';
import { loadThreadTraces, scoreThreadTraces, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  cpp: { precision: 1, recall: 0.76, merged: 0 },
  lua: { precision: 1, recall: 0.93, merged: 0 },
  swift: { precision: 1, recall: 1, merged: 0 },
};

describe('traces of C++, Swift and Lua', () => {
  for (const [runtime, floors] of Object.entries(EXPECTED)) {
    it(`${runtime}: at least its measured precision and recall, no merge but those listed`, () => {
      const rows = loadThreadTraces('threads-runtimes', runtime);
      for (const r of rows) expect(r.source, r.group).toMatch(/^(?:https:\/\/|program: )/);
      const s = scoreThreadTraces(rows);
      if (process.env.ROUNDS_PRINT_SCORES) console.log(runtime, JSON.stringify({ items: s.items, groups: s.groups, precision: s.precision, recall: s.recall, merged: s.merged, split: s.split }));
      expect(s.precision).toBeGreaterThanOrEqual(floors.precision);
      expect(s.recall).toBeGreaterThanOrEqual(floors.recall);
      expect(s.merged.length).toBeLessThanOrEqual(floors.merged);
    });
  }
});
