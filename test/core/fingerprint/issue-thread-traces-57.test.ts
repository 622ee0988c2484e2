// A fifty-seventh collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-57/rust.ndjson, elixir.ndjson and others.ndjson), of the runtimes the earlier ones hold
// least: Rust, Elixir/Erlang, and Kotlin, Swift, Dart and C++ in others. None is from a thread an
// earlier collection cites; each row gives its `source` and `why`, the label decided by reading
// the trace, its thread and, where it settles which statement failed, the maintainers' reply;
// where the stored copy of a thread ends inside a trace, the row quotes it through the last whole
// frame and says so.
//   rust: ubi's `not currently running on the Tokio runtime.` panic (tokio-1.0.2's pool.rs:84,
//     reached from hyper's GaiResolver) pasted in one PR without a backtrace and again with
//     RUST_BACKTRACE=1 (one group); beside it Achiefs FIM's three panics of one issue — two
//     `expect`s on a missing file at config.rs:235 and :202 with the same `Os { code: 2, … }` tail,
//     the lines the program printed above each panic pasted with it, and an `unwrap()` on `None`
//     at main.rs:148 — deno's anyhow `Caused by:` chain for a bundle with a bare import, tokio
//     1.44.1's task-state assertion and hyper 1.2's `You must supply a timer.` in shadowsocks-rust,
//     both 1.73+ panics located in a dependency with no frame of the program (apart);
//   elixir: CaptainFact's presence list exiting with noproc, Rollbar's Python-style traceback of
//     Elixir frames filed twice across a deploy that moved the channel's call from line 43 to 44
//     (one group); beside it three Tasks exiting in DBConnection's checkout after their test's
//     owner exited (ErrorTracker's upsert under db_connection 2.7.0, Bike Brigade's Presence.fetch
//     under 2.6.0 and ecto 3.11.1, Blockscout's statistics Task of 2018 through the older
//     Ownership.Proxy), nerves_hub_link's Socket calling a nil IEx server (the same `exited in:
//     GenServer.call … no process` as CaptainFact's, another call), Bandit's HTTP/1 handler
//     stopping with :econnaborted and its whole socket state, and vutuv's Ecto preload of a nil
//     user under Cowboy's `running … terminated` (apart);
//   others: device_info_plus 1.0.0's `_fromList` meeting a null system feature (`type 'Null' is
//     not a subtype of type 'String'`) in three Flutter pastes — line:column frames, the IDE's
//     name-then-location lines, and Catcher's frame under the plugin's (one group); beside it the
//     same message from device_info_plus 8.1.0's fromMap, two kotlinx.coroutines
//     CoroutinesInternalErrors of two releases with different causes (herdr's ClassCastException
//     in releaseInterceptedContinuation, a custom view's StackOverflowError), WordPress for iOS's
//     nil unwrap as lldb's `bt`, AnyImageKit's `Swift/ContiguousArrayBuffer.swift:575: Fatal
//     error: Index out of range` and SumatraPDF's MSVC AddressSanitizer heap-use-after-free in a
//     UI task's lambda (apart).
//
// 25 rows: Rust 8 (one group of two, six alone), Elixir 8 (one group of two, six alone), others 9
// (one group of three, six alone). Not found in the threads the issues search corpus returned
// this round (or only in threads an earlier collection cites): one program's two `unwrap()` on
// `None` at two sites in the 1.73+ form, one panic under two registry versions of a crate, a
// Phoenix/Ecto error pasted from two Ecto releases, Kotlin's `(Coroutine boundary)` frames, a
// Lua trace.
//
// Measured on main's rules, no fix yet
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-57.test.ts`):
//   rust P 1 R 0 — no merge; split: ubi's panic. Without a backtrace its location (tokio's
//     blocking/pool.rs line 84) is the crash site; with one, no frame being the program's, the
//     top three library frames are (core::option::expect_failed, tokio's spawn_blocking, hyper's
//     GaiResolver::call): two signatures for one panic, and the frames below a dependency's
//     panic change with every release of the crates between;
//   elixir P 1 R 1 — no merge, no split;
//   others P 1 R 1 — no merge, no split.
//   Read wrong without a split or merge to show it:
//   - FIM's two config.rs panics read as no trace: the program's output above the panic header
//     was read as the error (`# ./fim` its message), so each signature was the command line
//     typed, and every panic under one command line would be one;
//   - CaptainFact's Rollbar traceback reads as Python's, innermost last, so its crash site is
//     proc_lib's init_p_do_apply, the outermost frame of every Elixir process;
//   - Bandit's report has no frames and is keyed by its first line (`GenServer #PID<…>
//     terminating`), not by its stop reason: every frameless terminating GenServer is one;
//   - WordPress's lldb `bt` reads as no trace, keyed by `unexpectedly found nil while
//     unwrapping an Optional value` alone: every nil unwrap in a Swift service is one.
//
// After this round's rules (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-57.test.ts`):
//   rust P 1 R 1 — rust-library-panic-location.ts: a panic located in a dependency's source
//     (under ~/.cargo's registry or git checkouts) goes on top of its backtrace, and with no frame
//     of the program's it alone is the key, as without a backtrace; ubi's two pastes are one
//     signature (rust-library-panic-location.test.ts, near misses: two crates' panics, a program's
//     frame below the location, a panic located in the toolchain's libcore);
//     rust-output-above-panic.ts: the program's output above the panic header is not the report;
//     FIM's panics are read with their messages and config.rs lines (rust-output-above-panic.test.ts,
//     near misses: two panics under one output, an anyhow report above a panic);
//   elixir P 1 R 1 (the same figures) — rollbar-elixir-frame.ts: Rollbar's list of an Elixir stack
//     is read as the BEAM's, innermost first, its `** (EXIT)` line the exception; CaptainFact's two
//     rows are keyed by VideoDebateChannel.handle_info, not proc_lib (rollbar-elixir-frame.test.ts,
//     near misses: two handlers of one program, a Python traceback in the same form);
//     otp-stop-report.ts: a crash report with a stop reason and no frames is keyed by the reason
//     (and a registered name), its Last message and State left out; Bandit's row is `stop
//     :econnaborted` (otp-stop-report.test.ts, near misses: two reasons, two named servers);
//   others P 1 R 1 (the same figures) — lldb-backtrace-frame.ts: lldb's `bt` of a Swift program
//     is read as a trace; WordPress's row is keyed by RichTextView's backgroundColor setter
//     (lldb-backtrace-frame.test.ts, near misses: two functions' unwraps, a C program's lldb bt).
// Every other collection's figures (threads-3 … threads-56, bugs-*) are the same as at the branch
// point de289f2f (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces
// test/core/fingerprint/bugs-` on both).
//
// Left: Deno's `error: … Caused by:` chain reads as no trace (deno's own `error:` prefix, not
// anyhow's `Error:`), keyed by its outer context, which is what names it here; AnyImageKit's
// ContiguousArrayBuffer trap has no frame of the program's, so any index out of range at that
// standard-library line in one service is one signature (no frame says more).
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  rust: { precision: 1, recall: 1, merged: 0 },
  elixir: { precision: 1, recall: 1, merged: 0 },
  others: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a fifty-seventh collection the rules were not tuned on', () => expectCollectionFloors('threads-57', EXPECTED));
