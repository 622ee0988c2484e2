// A Rust panic located in a dependency's source is keyed by that location with its backtrace as
// without it (src/core/fingerprint/rust-library-panic-location.ts): ubi's tokio panic pasted both
// ways in one pull request was two signatures (threads-57, issue-thread-traces-57.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

interface Row { group: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-57/rust.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fp = (stacktrace: string, message = '') => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'panic', message, stacktrace });

const TOKIO = "thread 'main' panicked at 'not currently running on the Tokio runtime.', /home/u/.cargo/registry/src/github.com-1ecc6299db9ec823/tokio-1.0.2/src/runtime/blocking/pool.rs:84:33";
const HYPER = "thread 'tokio-runtime-worker' panicked at /home/u/.cargo/registry/src/index.crates.io-6f17d22bba15001f/hyper-1.4.1/src/common/time.rs:37:17:\nYou must supply a timer.";
const libraryFrames = (first: string) => `stack backtrace:\n   0: rust_begin_unwind\n   1: core::panicking::panic_fmt\n   2: ${first}\n   3: tokio::runtime::blocking::pool::spawn_blocking\n   4: <hyper::client::connect::dns::GaiResolver as tower_service::Service<hyper::client::connect::dns::Name>>::call\n`;

describe("a Rust panic located in a dependency's source", () => {
  it('real: ubi without and with RUST_BACKTRACE=1 is one signature (houseabsolute/ubi#6)', () => {
    const [bare, traced] = rows.filter((r) => r.group.endsWith('ubi-gai-resolver-outside-tokio-1-runtime'));
    expect(fp(traced.stacktrace!, traced.message).fingerprint).toBe(fp(bare.stacktrace!, bare.message).fingerprint);
  });

  it('with a backtrace whose frames change between releases of the crates below: still the location', () => {
    const a = fp(`${TOKIO}\n${libraryFrames('core::option::expect_failed')}`);
    const b = fp(`${TOKIO}\n${libraryFrames('core::option::expect_failed')}   5: tokio::runtime::context::with_current\n`);
    const c = fp(`${TOKIO}\nstack backtrace:\n   0: rust_begin_unwind\n   1: core::panicking::panic_fmt\n   2: core::option::expect_failed\n   3: tokio::runtime::blocking::pool::Spawner::spawn_blocking_inner\n`);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).toBe(a.fingerprint);
  });

  it("near misses: two dependencies' panics stay two; a frame of the program's below is still the crash site", () => {
    expect(fp(`${HYPER}\n${libraryFrames('hyper::common::time::Time::sleep')}`).fingerprint).not.toBe(fp(`${TOKIO}\n${libraryFrames('core::option::expect_failed')}`).fingerprint);
    const fromFetch = fp(`${TOKIO}\n${libraryFrames('core::option::expect_failed')}   5: shop::fetch_price\n             at ./src/prices.rs:40:9\n`);
    const fromLogin = fp(`${TOKIO}\n${libraryFrames('core::option::expect_failed')}   5: shop::login\n             at ./src/auth.rs:12:5\n`);
    expect(fromFetch.culprit).toContain('prices.rs');
    expect(fromFetch.fingerprint).not.toBe(fromLogin.fingerprint);
  });

  it("near miss: a panic located in the toolchain's library (before track_caller) is keyed by the frames below, not by libcore's line", () => {
    const head = "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/libcore/option.rs:345:21\nstack backtrace:\n   0: rust_begin_unwind\n   1: core::panicking::panic_fmt\n   2: core::panicking::panic\n   3: core::option::Option<T>::unwrap\n";
    const a = fp(`${head}   4: serde_json::de::Deserializer<R>::parse_value\n`);
    const b = fp(`${head}   4: tokio::runtime::task::harness::poll_future\n`);
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });
});
