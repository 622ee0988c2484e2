// A Rust panic located in a dependency's source, read the same with and without its backtrace.
// Without RUST_BACKTRACE (the default) a panic prints only its location, and the location is the
// crash site (stacktrace/rust.ts). With a backtrace whose frames are all the libraries' — the panic
// raised by a crate's own code on a runtime worker, or by a crate the program called through
// others — the top library frames were the key instead (exception.ts topLibraryFrames): the
// frames below the panicking statement, the crates' internals, which are renamed and reshaped
// between their releases. So one panic was two signatures by whether the service ran with
// RUST_BACKTRACE: ubi's `not currently running on the Tokio runtime.` at tokio-1.0.2's
// blocking/pool.rs:84, reached from hyper's GaiResolver, pasted both ways in one pull request
// (houseabsolute/ubi#6, threads-57). The location names the statement that panicked, and
// `#[track_caller]` makes an `unwrap`'s or `expect`'s the crate's own line that called it
// (https://doc.rust-lang.org/reference/attributes/codegen.html#the-track_caller-attribute); so
// where it is a dependency's (a crate's source under ~/.cargo's registry or git checkouts) it goes
// on top of the backtrace's frames, and with no frame of the program's it alone names the
// failure, as it does without a backtrace. A frame of the program's below it is still the crash
// site, and a location in the program's own source changes nothing (it is a frame of the
// program's already). The toolchain's library is left out: before track_caller (Rust 1.42) every
// `unwrap()` on `None` was located in libcore's option.rs, and there the frames below say which.
import type { RawFrame } from './types.js';

/** The function a panic's location frame is given (stacktrace/rust.ts): its line names it. */
export const panicLocationFunction = (line: number): string => `panicked at line ${line}`;

const LOCATION_FUNCTION = /^panicked at line \d{1,7}$/;

/** A crate's source as cargo fetches it: `~/.cargo/registry/src/<index>/<crate>-<version>/…`, `~/.cargo/git/checkouts/…`. */
const DEPENDENCY_SOURCE = /(?:^|\/)\.cargo\/(?:registry|git)\//;

/** Whether a frame is a panic's location, as stacktrace/rust.ts records it. */
export const isPanicLocationFrame = (frame: RawFrame): boolean => frame.module === undefined && frame.file !== undefined && LOCATION_FUNCTION.test(frame.function ?? '');

/**
 * The backtrace's frames (the panic machinery already cut) with the panic's location on top
 * when the location is in a dependency's source; as they are otherwise (and with no backtrace,
 * where the location is the one frame already).
 */
export function withLibraryPanicLocation(frames: RawFrame[], location: RawFrame | undefined): RawFrame[] {
  if (!location?.file || !frames.length || frames[0] === location || !DEPENDENCY_SOURCE.test(location.file.replace(/\\/g, '/'))) return frames;
  return [location, ...frames];
}

/**
 * The top library frames of a Rust trace with no frame of the program's: the panic's location
 * alone when it is on top (see above), the frames as they are otherwise.
 */
export function libraryPanicLocationOnTop<F extends RawFrame>(frames: readonly F[]): readonly F[] {
  return frames.length > 1 && isPanicLocationFrame(frames[0]) ? frames.slice(0, 1) : frames;
}
