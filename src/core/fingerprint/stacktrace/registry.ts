// The stack-trace runtimes, in detection order: a trace of unknown runtime is given to the
// first profile whose detector accepts it. Adding a runtime is one file exporting its profile
// (profile.ts) plus one line here (docs/architecture.md, "Extensions").
//
// Order matters: the most distinctive markers are tested first (a Go dump never contains
// "Traceback", a .NET frame has `:line N` which a Java frame never has, a Java frame's
// `(File.java:12)` is stricter than V8's, and a Rust backtrace's `at src/main.rs:1:2` lines
// would pass for V8's). Each profile's `detectBefore` states the constraints it relies on, and
// test/project/extensions.test.ts checks this order against them.
import { cppProfile } from './cpp.js';
import { dartProfile } from './dart.js';
import { dotnetProfile } from './dotnet.js';
import { erlangProfile } from './erlang.js';
import { goProfile } from './go.js';
import { javaProfile } from './java.js';
import { javascriptProfile } from './javascript.js';
import { luaProfile } from './lua.js';
import { phpProfile } from './php.js';
import type { RuntimeProfile } from './profile.js';
import { pythonProfile } from './python.js';
import { rubyProfile } from './ruby.js';
import { rustProfile } from './rust.js';
import { swiftProfile } from './swift.js';

export const runtimeProfiles = [
  pythonProfile,
  goProfile,
  // `stack traceback:` over `\t[C]: in ` or `x.lua:12: in ` frames is Lua's alone.
  luaProfile,
  phpProfile,
  // Before Ruby: a logger's `lib/x.ex:217:in \`Mod.fun/1'` also reads as a Ruby frame.
  erlangProfile,
  rubyProfile,
  javaProfile,
  dotnetProfile,
  // Before JavaScript: a Rust frame's `at ./src/main.rs:13:24` line also reads as a V8 frame.
  rustProfile,
  javascriptProfile,
  // After the runtimes above, whose traces never hold gdb's, a sanitizer's or backtrace_symbols'
  // frame lines; before Dart, whose `#0      main (file.dart:3:5)` has no ` at file:line`.
  cppProfile,
  // A crash report's `0   MyApp   0x… symbol + 148` lines, or a trap's `file X.swift, line N`.
  swiftProfile,
  // Last: a Dart frame carries no marker another runtime's detector looks for (`#0 ` with a
  // `.dart` location in parentheses, or a terse `package:x/y.dart 12:3  member`).
  dartProfile,
] as const;

/** The runtimes a trace parser exists for. */
export type KnownRuntime = (typeof runtimeProfiles)[number]['name'];

const byName = new Map<string, RuntimeProfile>(runtimeProfiles.map((p) => [p.name, p]));

/** The profile of a runtime; none for `unknown`. */
export function profileOf(runtime: string): RuntimeProfile | undefined {
  return byName.get(runtime);
}
