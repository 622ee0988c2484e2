// The Go runtime ends the program, with no panic value and no `panic:` line, when it finds a map
// used by two goroutines at once: it prints `fatal error: <text>` and a goroutine dump. The text
// says which access met the write — a read (`concurrent map read and map write`), a write or
// delete (`concurrent map writes`), a range (`concurrent map iteration and map write`), a clone
// (`concurrent map clone and map write`) — and so which statement of the function failed: two
// such crashes in one function are two failures (a range at one line and a lookup two lines
// below it, threads-45: InfluxDB's inmem idsForExpr), where a fatal error read as no message
// made them one. The `fatal error:` line is not always in the text (a dump quoted from its
// goroutine's header, a log collector that split the lines, two goroutines throwing at once and
// printing two such lines above one dump), but a dump printed by the throw keeps the runtime's
// frames at its top, and the map function there throws only that one text: runtime/map*.go
// (hashmap*.go before Go 1.10; runtime.mapassign1 in Go 1.6–1.8) and internal/runtime/maps since
// Go 1.24 (map.go, table.go, runtime*.go: `fatal("concurrent map read and map write")` in
// getWithKey and mapaccess*, `fatal("concurrent map writes")` in PutSlot, Delete, Clear and
// mapassign*, `fatal("concurrent map iteration and map write")` in Iter.Next). So the text is
// read from that frame, with or without the line. A dump whose top is no runtime throw (a
// deadlock, an out-of-memory, a stack overflow's `runtime stack:`, a Go 1.20–1.23 `fatal` that
// prints no runtime frame) keeps its reading.

/** The runtime functions that print the fatal error and end the program, above the map function. */
const THROW = /^(?:throw|fatal|fatalthrow|throw\.func\d{1,2}|fatal\.func\d{1,2}|fatalthrow\.func\d{1,2})$/;
/** The packages the map implementation and its throw live in. */
const RUNTIME_PACKAGE = /^(?:runtime|internal\/runtime\/maps)$/;
/** The runtime's packages (`runtime`, and those it is split into: `internal/runtime/maps` since Go 1.24). */
const ANY_RUNTIME_PACKAGE = /^(?:runtime|internal\/runtime\/\w+)$/;

/** Each map function the runtime names in a throw's dump, and the text it throws. */
const RACE_TEXT: readonly [RegExp, string][] = [
  [/^(?:mapaccess[12K]?(?:_fast(?:32|64|str))?|runtime_mapaccess[12](?:_fast(?:32|64|str))?|\(\*Map\)\.(?:getWithKey|getWithoutKey|Get|GetWithKey))$/, 'concurrent map read and map write'],
  [/^(?:mapassign1?(?:_fast(?:32|64|str)(?:ptr)?|_fast(?:32|64)ptr)?|mapdelete(?:_fast(?:32|64|str))?|mapclear|runtime_mapassign(?:_fast(?:32|64|str)(?:ptr)?|_fast(?:32|64)ptr)?|\(\*Map\)\.(?:PutSlot|Delete|Clear))$/, 'concurrent map writes'],
  [/^(?:mapiternext|\(\*Iter\)\.Next)$/, 'concurrent map iteration and map write'],
  [/^(?:mapclone2?|\(\*Map\)\.Clone)$/, 'concurrent map clone and map write'],
];

/** The runtime's line for a map race, after whatever prefix a log collector put before it. */
const FATAL_LINE = /(?:^|\s)fatal error: (concurrent map (?:read and map write|writes|iteration and map write|clone and map write))$/gm;

/**
 * The `fatal error:` text a goroutine dump's top frames say the runtime threw for a map used
 * concurrently: the map function right below the runtime's throw (every frame above it a throw
 * helper of the runtime). Since Go 1.24 the dump hides a `runtime.` map function (mapaccess*,
 * mapassign*, mapdelete*: the runtime package's "GOTRACEBACK" documentation, runtime frames are
 * shown at `system` and above) and prints internal/runtime/maps' throw right above the program's
 * frame, so a lookup and an assignment look alike there: only then the text's own `fatal error:`
 * line says which, where the text has one and only one such line. Else undefined.
 */
export function concurrentMapFatalText(frames: readonly { module?: string; function?: string }[], text: string): string | undefined {
  let i = 0;
  while (i < frames.length && i < 4 && RUNTIME_PACKAGE.test(frames[i].module ?? '') && THROW.test(frames[i].function ?? '')) i++;
  if (i === 0 || i >= frames.length) return undefined;
  if (!RUNTIME_PACKAGE.test(frames[i].module ?? '')) return text.includes('fatal error: concurrent map ') ? soleFatalLine(text) : undefined;
  const fn = frames[i].function ?? '';
  for (const [pattern, raced] of RACE_TEXT) if (pattern.test(fn)) return raced;
  return undefined;
}

function soleFatalLine(text: string): string | undefined {
  const seen = new Set<string>();
  for (const m of text.matchAll(FATAL_LINE)) seen.add(m[1]);
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * How many frames at the top of a map race's dump are the runtime's (its throw, the map function,
 * `runtime.mapIterStart` under a range): once the text is read, they say nothing more, as the
 * panic machinery above a panicking frame does not, and the program's frame below them is the
 * crash site whether GOTRACEBACK printed them or not. Zero where no frame of the program's is below.
 */
export function runtimeThrowFrames(frames: readonly { module?: string }[]): number {
  let i = 0;
  while (i < frames.length && ANY_RUNTIME_PACKAGE.test(frames[i].module ?? '')) i++;
  return i < frames.length ? i : 0;
}
