// What Rounds knows about one stack-trace runtime, in one place: how to recognise and parse
// its traces, how its frames are named, which of its frames are library code, and which are
// error machinery. Each runtime's file exports exactly one profile and `registry.ts` lists
// them, so adding a runtime is one new file plus one registry line (docs/architecture.md,
// "Extensions"). The readers (detection, in-app classification, frame keys, error machinery,
// exception types) hold no per-runtime branches.
import type { ParsedTrace, RawFrame } from '../types.js';

/** A rewrite of a generated part of a name (`lambda$run$3` → `lambda$run`), applied in order. */
export type NameRule = readonly [pattern: RegExp, replacement: string];

/** Library paths pooled across every runtime (see `RuntimeProfile.library.pooledPaths`). */
export interface PooledLibraryPaths {
  /** Paths of the runtime's install directories and its own code. */
  patterns: readonly RegExp[];
  /**
   * Substrings at least one of which a path matching an unanchored pattern contains: the
   * patterns run only on paths holding one (a substring scan is far cheaper than an
   * alternation tried at every position).
   */
  needles: readonly string[];
  /** Literal starts of the patterns anchored at `^`; their first characters also admit a path. */
  prefixes?: readonly string[];
}

export interface RuntimeProfile<N extends string = string> {
  /** The runtime's name, as `ParsedTrace.runtime` carries it. */
  name: N;
  /** Lower-case OTel `telemetry.sdk.language` / `process.runtime.name` values that name this runtime. */
  hints: readonly string[];
  /** Whether a trace's first 4 KiB look like this runtime's (detection tries profiles in registry order). */
  looksLike(text: string): boolean;
  /**
   * Runtimes whose detectors also accept some traces of this one, so this one's detector must
   * run first; the registry's order is checked against these (test/project/extensions.test.ts).
   */
  detectBefore?: readonly string[];
  parse(text: string): ParsedTrace;
  naming: {
    /** Rewrites of fully qualified names (`module.function`), in order. */
    rules?: readonly NameRule[];
    /**
     * The frame's contribution to a fingerprint; without it, `module.function` when the frame
     * has a module, else `path:function` (frame-key.ts).
     */
    frameKey?(frame: RawFrame): string;
  };
  library: {
    /**
     * Paths that are library code whichever runtime's trace holds them, tested on every frame
     * through one regex of all profiles' patterns.
     */
    pooledPaths?: PooledLibraryPaths;
    /** Paths that are library code, tested on this runtime's frames only. */
    paths?: RegExp;
    /** Modules (classes, namespaces, packages, crate paths) of the runtime and of frameworks. */
    modules?: RegExp;
    /** Frame shapes that are never the application's (`file` has `/` separators). */
    isLibraryFrame?(frame: RawFrame, file: string | undefined): boolean;
  };
  /**
   * The runtime's own standard library: a generic exception it raises from a call at the
   * crash site is named by the function (exception.ts `thrownBy`). By module when `modules`
   * is given, else by path.
   */
  stdlib?: { modules?: RegExp; paths?: RegExp };
  machinery?: {
    /**
     * The frame's module is a package path (Go): its last element names an error-helper
     * package, and no class rules apply.
     */
    errorPackage?: RegExp;
    /**
     * Only constructors of an error class are machinery (`new HttpError` frames included),
     * not its other methods: JavaScript prints any method of a class the same way.
     */
    errorClassConstructorsOnly?: boolean;
    /** Frames in files named like error helpers (`errors.py`, `errs.go`) are machinery. */
    helperFiles?: boolean;
    /**
     * Function names (the last segment, type arguments dropped) of helpers that only pass on an
     * error their caller handed them (Go's `must`/`Must`, `respondError`).
     */
    helperFunction?: RegExp;
  };
  /**
   * The type that names a failure, where the runtime's raw types do not (Go's panic values), read
   * with the exception's message where the runtime raises one failure under two types (Go's
   * unhashable map key).
   */
  canonicalType?(type: string, message: string): string;
  /**
   * Whether an exception of this (specific) type is one whose message, and not its trace, says
   * which failure it is, as a generic type's does (exception.ts). Go: an error value carries no
   * stack, so its trace is where it was recorded, and a type the application or a library
   * outside the standard library defines is one type for the several failures its message
   * tells apart.
   */
  messageNamesFailure?(type: string): boolean;
  /**
   * The module a frame of an exception type's own code carries (its class: `com.shop.OrderException`,
   * `Shop.Orders.OrderException`, `App\Exceptions\OrderException`), where the runtime qualifies
   * types by the namespaces that qualify its frames (Java's packages, .NET's and PHP's
   * namespaces); undefined for a type without one (PHP's own `TypeError`). An exception of a
   * type the in-app rules call the application's is the application's own: its message, which
   * the application's `throw` wrote, tells its throws apart (exception.ts).
   */
  typeModule?(type: string): string | undefined;
  /**
   * Where the runtime names a type without the module that declares it (JavaScript's
   * `err.name`, `NotFoundError`): whether the type may be the application's own, which it is
   * when its stack's top frame, where it was made, is the application's (exception.ts). False
   * for the runtime's own types, which the language makes at the application's frame too
   * (`TypeError: x.map is not a function`).
   */
  unqualifiedOwnType?(type: string): boolean;
  /**
   * Whether an exception of the language's own type (JavaScript's TypeError, RangeError) made at
   * the application's frame was made by the application's `throw new RangeError('...')`, with a
   * message it wrote, rather than by the engine running the application's code (`Cannot read
   * properties of undefined`): false for a message in one of the engine's wordings. Then the
   * message tells that function's throws apart, as a generic type's does (exception.ts).
   */
  writtenByApplication?(type: string, message: string): boolean;
  /**
   * The frame above the crash site is always the method the crash site called, and the
   * standard library's methods keep their names (Java: the JVM never leaves a call out of a
   * Throwable's trace). Then the name of a standard-library method below which the runtime
   * raised a specific type contributes (exception.ts `calls`). Not .NET: its JIT inlines
   * methods, and an inlined method has no frame (two traces of one Jackett failure in the
   * corpus, `System.Double.Parse` above the crash site in one and inlined away in the other);
   * not JavaScript, whose async traces put the task queue's frame above an async function; not
   * Go, whose runtime renames its internals between releases (`mapaccess2_faststr`).
   */
  callsNameFailure?: boolean;
  /**
   * Whether a frame is in minified or bundled code, where its key (a mangled name in a file of
   * one long line) does not say where in the code the failure is: the message then contributes
   * (exception.ts).
   */
  minified?(frame: RawFrame): boolean;
  /**
   * Whether a frame is an anonymous function, keyed by its file alone (JavaScript's inline
   * callbacks: `at /app/app.js:18:25`): every anonymous function of one file has one key, so a
   * server span's route then says which handler it was (index.ts).
   */
  anonymous?(frame: RawFrame): boolean;
  /**
   * Whether a frame is a lambda its compiler numbered by a counter over the containing type (Mono's
   * `<Build>m__0`), which its key leaves out (the counter moves when a lambda is added above) and
   * so names by its method alone: two lambdas of one method then have one key, and the function
   * the method called to run the lambda tells them apart (exception.ts).
   */
  unnumberedLambda?(frame: RawFrame): boolean;
  /**
   * Whether `frame` is a run of the method that wrote the unnumbered lambda `lambda` (Mono's
   * `<Build>m__0` was written in `Build`; one in a static field's initializer or a constructor
   * runs under `.cctor` or `.ctor`). A lambda whose next in-app frame is another method ran
   * after its method returned (a deferred LINQ query enumerated by its consumer), so the library
   * function that consumer called says nothing about which lambda it was (exception.ts).
   */
  lambdaWrittenIn?(lambda: RawFrame, frame: RawFrame): boolean;
  /**
   * Whether a frame is a closure the runtime names by its class alone, not by the method it was
   * written in (PHP before 8.4: `ExportController->App\Http\Controllers\{closure}()`): every
   * closure of a class has one key, so the method of that class it ran under — the next in-app
   * frame of the same class, the method that handed it to `array_map` or a collection — is
   * added to the crash site (exception.ts).
   */
  closureNamedByClass?(frame: RawFrame): boolean;
  /**
   * Whether a frame is generic code, written once for every type it is instantiated with, in a
   * trace that does not print the type arguments (Go's `firstOf[...]`, `(*Cache[...]).Put`; a
   * method of a .NET generic type, `` Repository`1.Get ``). Such a function is a helper its
   * callers hand their own values to, one per instantiation, as a library's function is: two
   * handlers taking the first of an empty list through one generic `firstOf` had one crash site.
   * The first in-app frame below it that is not generic stands for the type arguments and is
   * added to the crash site (exception.ts).
   */
  genericCode?(frame: RawFrame): boolean;
  /**
   * Whether a frame is a wrapper that runs a function once and hands every later call the same
   * outcome, its panic raised again without the function's frames (Go's sync.OnceFunc,
   * OnceValue and OnceValues: "If f panics, the returned function will panic with the same value
   * on every call", https://pkg.go.dev/sync#OnceValue). Only the first call's stack runs into the
   * function; every call's runs through the wrapper into its caller, the first in-app frame
   * below the wrapper, which is the crash site then (exception.ts).
   */
  replaysOutcome?(frame: RawFrame): boolean;
  /**
   * The type that declares the async method a frame is a resumed step of, when it is one: the
   * compiler runs an async method as its state machine's MoveNext, a class nested in the
   * method's type and named for the method (.NET's `Npgsql.ReadBuffer.<Ensure>d__27.MoveNext`).
   * A trace pasted into a Markdown renderer loses the method's name, taken for an HTML tag
   * (`Npgsql.ReadBuffer.d__27.MoveNext`), so a caller frame of that kind, below the first of
   * the library frames that name a failure without an in-app frame, contributes this type
   * alone (exception.ts).
   */
  asyncStepOwner?(frame: RawFrame): string | undefined;
  /**
   * Whether the exception's message says the frame's own function broke a declaration of its own
   * (PHP's TypeError on a function's return, `f(): never-returning function must not implicitly
   * return`): that function is at fault, and stays the crash site even when its name reads as
   * error machinery (exception.ts; php-own-return-error.ts).
   */
  brokeOwnDeclaration?(frame: RawFrame, message: string): boolean;
  /**
   * The type of a recovered panic's value (ParsedException `recovered`) where the event names
   * one: what a log of the recovery, which prints the value's message alone, would type it
   * (Go: `panic`, but for values the runtime types itself).
   */
  recoveredType?(type: string, message: string): string;
}
