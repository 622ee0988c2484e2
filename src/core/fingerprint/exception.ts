// Which parts of an exception contribute to its fingerprint, and why (docs/fingerprinting.md
// "Exceptions" has the reasoning):
//   1. the type of every exception in the chain, outermost first (a wrapper says where the
//      failure was handled, the root cause says what failed; both are stable per failure),
//      less the links that repeat the one they wrap (same type and message: a copy);
//   2. the crash site: the first in-app frame of the innermost exception that has one, after
//      skipping error machinery (factories, throw helpers, stack-capturing helpers, logging
//      wrappers, warning handlers: error-machinery.ts) — only that frame, so one bug reached
//      from different callers stays one signature; without any in-app frame, the top three
//      library frames;
//   3. the message, only when the crash site's type is too generic to name the failure
//      (`Error`, `RuntimeException`, `ValueError`, a Go panic…), when the crash site is
//      minified or bundled code whose frame does not locate it, or when no frame was parsed
//      — mined into a template, so values in it do not split the signature. When the
//      exception was raised by the runtime's own code called from the crash site (a PHP
//      internal function such as `DateTimeImmutable->__construct()`, a Ruby C method), that
//      function names the failure instead: its message describes the input, not the bug.
//   4. the 4xx/5xx response status an HTTP client's error message states (response-status.ts);
//   5. the crash site's source line, where the trace prints it (Python; Ruby's error_highlight),
//      and the text a Rust `expect` was given (a literal in the code): two failures in one
//      function are two lines of it, and the line's code, unlike its number, stays the same
//      from one release to the next unless that line is edited.
// Line and column numbers never contribute; suppressed exceptions never contribute.
import { rubyLibraryCaller } from './ruby-library-caller.js';
import { withoutNodeErrorConstruction } from './node-error-constructor-frame.js';
import type { Frame } from '../model.js';
import { isErrorMachinery } from './error-machinery.js';
import { runtimeRaiser } from './dotnet-runtime-raiser.js';
import { isFailureWord } from './failure-words.js';
import { isRuntimeStdlib, type InAppClassifier } from './in-app.js';
import { frameKey } from './frame-key.js';
import { collapseRecursion } from './normalize.js';
import { profileOf } from './stacktrace/registry.js';
import { LIMITS, type ParsedException, type ParsedTrace, type RawFrame, type Runtime } from './types.js';
import { thrownPart } from './dotnet-async-rethrow.js';
import { withoutLeadingThrowHelpers } from './dotnet-throw-helper-frame.js';
import { withoutContainerResolverFrames } from './dotnet-container-resolver-frames.js';
import { withoutLeadingTransportHeader } from './transport-header.js';
import { libraryPanicLocationOnTop } from './rust-library-panic-location.js';

const GENERIC_TYPES = new Set([
  'error', 'exception', 'throwable', 'runtimeerror', 'runtimeexception', 'standarderror', 'applicationexception',
  'panic', 'errorstring', 'wraperror', 'joinerror', 'errorexception', 'valueerror', 'illegalargumentexception',
  'illegalstateexception', 'argumentexception', 'invalidoperationexception', 'invalidargumentexception',
  'domainexception', 'logicexception', 'unexpectedvalueexception', 'assertionerror', 'unknown',
  // Ruby's ArgumentError is its ValueError / IllegalArgumentException: the type an application
  // raises for every argument it refuses (`raise ArgumentError, "limit must be between 1 and
  // 100, got 250"`) and the core raises for a bad conversion (`Integer("ten")`). A real Ruby
  // method that converts a limit and checks its range raised both, one type at one crash site,
  // one signature (test/core/fingerprint/ruby-mistakes.test.ts); Dart's and Elixir's
  // ArgumentError are used the same way.
  'argumenterror',
]);

// Types a library or the runtime raises for every reason one kind of operation fails, whose
// message says which reason (docs/fingerprinting.md "Exceptions"). Their message contributes as
// a generic type's does, and also where a function of the runtime raised them at the crash site
// (PDO's `PDOStatement::execute()`, `json_decode()`): that function names the operation, not
// which of its failures it was. A real PHP method's one INSERT failing on a unique, a not-null
// and a foreign-key constraint was one signature, the message being dropped as the input a
// native function was given (test/core/fingerprint/php-libraries.test.ts).
const REASON_TYPES = new Set([
  // A database client's one type for every error the server reports: pgjdbc's PSQLException,
  // Npgsql's PostgresException, JDBC's and .NET's SqlException, MySqlException, the DB-API's
  // IntegrityError and kin, PDO's and Laravel's. One data-access method that hits a unique
  // violation and a not-null violation raised two failures of one type at one crash site: the
  // message (its template) tells them apart, as it does for any generic type.
  'psqlexception', 'postgresexception', 'npgsqlexception', 'sqlexception', 'mysqlexception', 'sqliteexception',
  'sqlintegrityconstraintviolationexception', 'dataintegrityviolationexception', 'integrityerror',
  'operationalerror', 'programmingerror', 'dataerror', 'databaseerror', 'pdoexception', 'queryexception',
  'pgerror', 'mysqlerror',
  // Likewise a data store client's one type for every error reply: ioredis' ReplyError for
  // WRONGTYPE and for `ERR value is not an integer` from one function were one signature (a real
  // redis-server: test/core/fingerprint/reason-in-message.test.ts); redis-py's and the
  // Elasticsearch clients' ResponseError, go-redis' RedisError and the MongoDB driver's
  // MongoServerError are built the same way.
  'replyerror', 'responseerror', 'mongoservererror', 'rediserror',
  // Go's standard library wraps an operation's failure in one type per kind of operation —
  // *fs.PathError {Op, Path, Err}, *net.OpError, *os.SyscallError, *os.LinkError,
  // *strconv.NumError {Func, Num, Err}, *exec.ExitError — and the wrapped error is the failure:
  // a real Go service's `open …: no such file or directory`, `read …: is a directory` and
  // `open …: not a directory` from one function were one signature, and so were Atoi's
  // `invalid syntax` and `value out of range` (test/core/fingerprint/go-wrapped-errors.test.ts).
  'patherror', 'operror', 'syscallerror', 'linkerror', 'numerror', 'exiterror',
  // The same for the JVM's, .NET's and Python's one type per kind of I/O, whose message carries
  // the operating system's error: a real Java method's `FileNotFoundException`s `… (No such
  // file or directory)` and `… (Is a directory)` were one signature
  // (test/core/fingerprint/reason-in-message.test.ts).
  'ioexception', 'filenotfoundexception', 'filesystemexception', 'socketexception', 'oserror', 'ioerror',
  // And for a TLS handshake that rejects the peer's certificate, whose message says why:
  // requests' SSLError for an expired, a self-signed and a wrongly named certificate, from one
  // call, were one signature (a real Python program: test/core/fingerprint/reason-in-message.test.ts);
  // Go's *tls.CertificateVerificationError and .NET's AuthenticationException word it the same way.
  'sslerror', 'sslcertverificationerror', 'certificateverificationerror', 'authenticationexception',
  // And for an HTTP client's one type for every way a call fails to happen, whose message says
  // how (refused, unresolvable, timed out): node-fetch's FetchError for a refused connection and
  // an unresolvable host, from one function, were one signature (a real program with node-fetch,
  // axios and got: test/core/fingerprint/reason-in-message.test.ts); axios' AxiosError, got's
  // RequestError, .NET's HttpRequestException, Guzzle's RequestException and Symfony's
  // TransportException are built the same way. Not Java's ConnectException: its message words
  // one refusal differently by OS (`Connection refused: no further information` on Windows).
  'fetcherror', 'axioserror', 'requesterror', 'httprequestexception', 'requestexception', 'transportexception',
  // And for a cloud SDK's one type for every error code a service answers that it has no class
  // for: botocore's ClientError for S3's SlowDown and InternalError from one call were one
  // signature (boto3 against a local server answering as S3 does, same test).
  'clienterror',
  // PHP's error levels, the type of an error PHP prints without a trace (stacktrace/php.ts): a
  // `PHP Warning` is every warning the engine raises (an undefined array key, a property read on null,
  // a stream that failed to open), and its message says which.
  'php warning', 'php notice', 'php deprecated', 'php fatal error', 'php recoverable fatal error', 'php parse error', 'php strict standards', 'php unknown error',
]);

// Reason types known by their full name, where their base name is another runtime's specific
// type (namespace separators written as dots, lower-cased):
//   - Guzzle's ConnectException, its one type for every transfer that got no response (cURL's
//     refused connection, unresolvable host, timeout: `cURL error 7: Failed to connect…`,
//     `cURL error 28: Operation timed out…`), as node-fetch's FetchError above; Java's
//     java.net.ConnectException is one failure, a refused connection;
//   - PHP's JsonException (the global class), its one type for every error json_decode() and
//     json_encode() report (`Syntax error`, `Maximum stack depth exceeded`, `Malformed UTF-8
//     characters…`: json_last_error_msg(), https://www.php.net/manual/en/function.json-last-error-msg.php),
//     where Python, Go and Jackson raise a syntax error and a nesting too deep as two types.
//     .NET's and Jakarta's JsonException carry their namespace.
//   - PHP's DivisionByZeroError and ArithmeticError (global classes), raised by the engine for
//     an arithmetic operation, whose message names the operation: `Division by zero` for `/` and
//     intdiv(), `Modulo by zero` for `%` (https://www.php.net/manual/en/class.divisionbyzeroerror.php),
//     `Bit shift by negative number` and intdiv()'s `Division of PHP_INT_MIN by -1 is not an
//     integer` (https://www.php.net/manual/en/class.arithmeticerror.php). The message is fixed for
//     an operator, so one statement keeps one; a method's intdiv() by no diners and its `%` by no
//     rounding step were one signature (bugs-19-programs.test.ts, php-arithmetic-error.test.ts).
// A real PHP service's refused and timed-out calls from one method, and json_decode's syntax
// error and depth limit at one statement, were one signature each (php-libraries.test.ts).
const QUALIFIED_REASON_TYPES = new Set(['guzzlehttp.exception.connectexception', 'jsonexception', 'divisionbyzeroerror', 'arithmeticerror']);
/** Their base names: only a type with one of these needs its full name normalised and looked up. */
const QUALIFIED_REASON_BASES = new Set([...QUALIFIED_REASON_TYPES].map((t) => t.slice(t.lastIndexOf('.') + 1)));

/** Whether a type is one for every reason its operation fails, its message saying which. */
function statesReason(type: string): boolean {
  const base = typeBaseName(type);
  return REASON_TYPES.has(base) || (QUALIFIED_REASON_BASES.has(base) && QUALIFIED_REASON_TYPES.has(type.replace(/^[\\.]+/, '').replace(/[\\.]+/g, '.').toLowerCase()));
}

/** The type that names the failure, by the runtime's profile (Go's panic values are all `panic`). */
export function canonicalType(type: string, runtime: string, message = ''): string {
  const canonical = profileOf(runtime)?.canonicalType;
  return canonical ? canonical(type, message) : type;
}

export function isGenericType(type: string): boolean {
  return GENERIC_TYPES.has(typeBaseName(type)) || statesReason(type);
}

/**
 * A type's name without its package, namespace or pointer, lower-cased (`java.lang.TypeError`,
 * `Illuminate\…\Error`, `ActiveRecord::RecordNotFound`, `*pq.Error` → `typeerror`, `error`,
 * `recordnotfound`, `error`): how the tables of types are keyed.
 */
export function typeBaseName(type: string): string {
  let i = type.length - 1;
  while (i >= 0 && type[i] !== '.' && type[i] !== '\\' && type[i] !== ':' && type[i] !== '*') i--;
  return type.slice(i + 1).toLowerCase();
}

export interface ExceptionParts {
  types: string[];
  crashSite?: string;
  /** The crash site's source line, when the trace prints one (Python, Ruby's error_highlight). */
  crashCode?: string;
  /** The part of the crash site's message its code wrote as it stands (ParsedException.literal: Rust's `expect`). */
  crashLiteral?: string;
  /** The type of the exception whose message is shown (the crash site's). */
  crashType: string;
  /** Frame keys used when there is no in-app frame. */
  systemFrames: string[];
  /** True when the message must contribute. */
  messageContributes: boolean;
  /**
   * The message contributes as written, its values masked but not mined into a template: in a
   * minified crash site the words that differ (`reading 'id'`, `reading 'map'`) name code,
   * not data, and mining would make them one.
   */
  messageVerbatim?: boolean;
  messageWhy: string;
  /** The exception whose message is shown and mined (the crash site's). */
  message: string;
  /** The crash site is an anonymous function, which its key names by its file alone (profile.anonymous). */
  crashAnonymous?: boolean;
  culprit?: string;
  frames: Frame[];
  /**
   * The name of the standard-library method the crash site called, below which the runtime
   * raised an exception of a specific type whose message does not contribute: two such calls in
   * one function (`Integer.parseInt`, `Double.parseDouble`) are two failures of one type.
   */
  calls?: string;
  /** The runtime-implemented function that raised the exception, called from the crash site. */
  thrownBy?: string;
  /**
   * The library frame the exception was raised in (the trace's top frame, above the in-app crash
   * site), where nothing else says which failure it was: the type is generic or none and there
   * is no message (a backtrace logged without its `Type: message` header).
   */
  raisedIn?: string;
  /**
   * The type of the .NET runtime's method that raised a specific type whose message does not
   * contribute (dotnet-runtime-raiser.ts): List's indexer or String's Substring, under one method.
   */
  raisedBy?: string;
  /** In-app frames above the crash site skipped as error machinery (helpers, handlers). */
  skipped: string[];
  /** The crash site is generic code: its first in-app caller that is not, added to the crash site (profile.ts `genericCode`). */
  genericCaller?: string;
  /** Frames of the exception that names the crash site, and how many of them are in-app (counted only with `detail`). */
  frameCount: number;
  inAppCount: number;
}

export function exceptionParts(trace: ParsedTrace, classifier: InAppClassifier, inputType?: string, inputMessage?: string, detail = true): ExceptionParts {
  const chain = trace.exceptions;
  const profile = profileOf(trace.runtime);
  // The event's type for the reported exception; a recovered panic's value as its recovery's log
  // would type it (profile.ts `recoveredType`), so the span and the log record agree.
  const eventType = (e: ParsedException, type: string): string => (e.recovered && profile?.recoveredType ? profile.recoveredType(type, e.message || (inputMessage ?? '')) : type);
  const types = chain.map((e, i) => canonicalType(i === 0 && inputType ? eventType(e, inputType) : e.type, trace.runtime, e.message || (i === 0 ? (inputMessage ?? '') : '')));
  if (!types.length && inputType) types.push(inputType);
  let crashIndex = -1;
  let crashFrame: RawFrame | undefined;
  // Classify lazily, frame by frame, root cause outwards, and stop at the crash site: frames
  // below it and outer exceptions' frames are never classified then (unless `detail` asks for
  // every frame of the crash site's exception, for display and rules).
  const classified: (boolean | undefined)[][] = chain.map(() => []);
  const inApp = (i: number, k: number): boolean => (classified[i][k] ??= classifier.isInApp(chain[i].frames[k], trace.runtime));
  const closureNamedByClass = profile?.closureNamedByClass;
  const genericCode = profile?.genericCode;
  let genericCaller: RawFrame | undefined;
  let lambdaRunBy: RawFrame | undefined;
  let lambdaRunByType: RawFrame | undefined;
  let skipped: RawFrame[] = [];
  let enclosing: RawFrame | undefined;
  let thrower: RawFrame | undefined;
  let callee: RawFrame | undefined;
  let raiser: RawFrame | undefined;
  for (let i = chain.length - 1; i >= 0 && !crashFrame; i--) {
    const frames = chain[i].frames;
    let first = 0;
    while (first < frames.length && !inApp(i, first)) first++;
    if (first >= frames.length) continue;
    crashIndex = i;
    // The first in-app frame from `from` on that is not error machinery (frames.length if none);
    // a helper the message says broke its own declaration is at fault, not machinery (profile.ts
    // `brokeOwnDeclaration`).
    const ownFault = (k: number): boolean => profile?.brokeOwnDeclaration?.(frames[k], chain[i].message) === true;
    const crashSiteFrom = (from: number): number => {
      let k = from;
      while (k < frames.length && (!inApp(i, k) || (isErrorMachinery(frames[k], trace.runtime) && !ownFault(k)))) k++;
      return k;
    };
    // The first in-app frame that is not error machinery; when every in-app frame is (the
    // helper is all the stack shows), the first in-app frame.
    let j = crashSiteFrom(first);
    if (j >= frames.length) j = first;
    // A stack through a wrapper that replays one outcome to every call (profile.ts
    // `replaysOutcome`): the first in-app frame below the outermost such frame, the wrapper's
    // caller, which every call's stack shows (the wrapped function's frames only the first's).
    // The wrapper is no function the crash site called to raise it (below: thrower, callee).
    const replays = profile?.replaysOutcome;
    let replayed = false;
    if (replays) {
      let w = -1;
      for (let k = 0; k < frames.length; k++) if (replays(frames[k])) w = k;
      const k = w >= 0 ? crashSiteFrom(w + 1) : frames.length;
      if (k < frames.length) [j, replayed] = [k, true];
    }
    crashFrame = frames[j];
    // A closure named by its class alone: the method of that class it ran under.
    if (closureNamedByClass?.(crashFrame)) {
      const cls = crashFrame.module;
      for (let k = j + 1; k < frames.length && !enclosing; k++) if (frames[k].module === cls && inApp(i, k) && !closureNamedByClass(frames[k])) enclosing = frames[k];
    }
    // Generic code whose trace does not print the type arguments: its first in-app caller that
    // is neither generic nor error machinery says which use of it failed (profile.ts `genericCode`).
    if (!enclosing && genericCode?.(crashFrame)) {
      for (let k = j + 1; k < frames.length && !enclosing; k++) if (inApp(i, k) && !genericCode(frames[k]) && !isErrorMachinery(frames[k], trace.runtime)) genericCaller = enclosing = frames[k];
    }
    // A lambda keyed by its method alone (profile.ts `unnumberedLambda`): the library function
    // that method called to run it, the frame right above the method, says which of the
    // method's lambdas it was (a Select's and a Where's in one method, programs/dotnet-bugs-12).
    // None where the method called the lambda itself. A lambda that ran after its method
    // returned (profile.ts `lambdaWrittenIn`: a deferred LINQ query, run where it is enumerated)
    // sits under whichever consumer enumerates: a foreach's MoveNext, Sum, ToList
    // (programs/dotnet-bugs-18). The type of the library code that called the lambda itself,
    // the operator it was handed to (`Enumerable+SelectListIterator`), goes with the query
    // wherever it runs, and its method with the consumer: the type alone says which.
    if (profile?.unnumberedLambda?.(crashFrame)) {
      let k = j + 1;
      while (k < frames.length && !inApp(i, k)) k++;
      if (k < frames.length && k > j + 1) {
        // The caller skips Mono's `(wrapper …)` stubs, runtime glue rather than an operator.
        let caller = j + 1;
        while (caller < k && (frames[caller].native || !frames[caller].module)) caller++;
        // Only an iterator's MoveNext runs a lambda after its method returned (`…+SelectListIterator`,
        // `WhereSelectListIterator\`2`, a compiler's `<SelectIterator>d__5`); an eager operator
        // (`FirstOrDefault`, `List.ForEach`) ran it where it was called, and its name says which.
        if (profile.lambdaWrittenIn && !profile.lambdaWrittenIn(crashFrame, frames[k]) && caller < k && DEFERRED_OPERATOR.test(frames[caller].module ?? '')) lambdaRunByType = frames[caller];
        else lambdaRunBy = frames[k - 1];
      }
    }
    // Raised by the runtime's own code called from the crash site: a native function (PHP
    // internals, Ruby C methods) or, when it is the top frame itself, a standard-library
    // function that is not an assertion helper (`Enum.valueOf`, not `Objects.requireNonNull`,
    // whose message is the caller's).
    // In .NET so is a run of `System.*` frames from the top down to the crash site, the runtime
    // raising the exception several calls below the function the application called (`new
    // Regex(pattern)`: ArgumentException `parsing "<pattern>" - <reason>` from RegexParser's
    // methods): the function called names the failure, the reason describes the input
    // (programs/dotnet-bugs-9, one loader's two bad patterns were two signatures). Only .NET:
    // elsewhere the deeper frames are read as they were (Go's `sync.(*WaitGroup).Add` under
    // `Done`, Ruby's library frames), whose messages the labelled sets count.
    const stdlibRun = () => trace.runtime === 'dotnet' && frames.slice(0, j).every((f, k) => !inApp(i, k) && isRuntimeStdlib(f, trace.runtime) && !isErrorMachinery(f, trace.runtime));
    if (!replayed && j > 0 && !inApp(i, j - 1) && (frames[j - 1].native || (j === 1 && isRuntimeStdlib(frames[0], trace.runtime) && !isErrorMachinery(frames[0], trace.runtime)) || (j > 1 && stdlibRun()))) thrower = frames[j - 1];
    // The standard-library function the crash site called, however deep the runtime raised
    // the exception below it (`Integer.parseInt` → `NumberFormatException.forInputString`).
    if (!replayed && j > 0 && !inApp(i, j - 1) && isRuntimeStdlib(frames[j - 1], trace.runtime) && !isErrorMachinery(frames[j - 1], trace.runtime)) callee = frames[j - 1];
    // The .NET runtime's frame at the top of such a run, the one holding the `throw`
    // (dotnet-runtime-raiser.ts says why its type and not the method the crash site called).
    if (!replayed && j > 0 && stdlibRun()) raiser = frames[0];
    skipped = j > first ? frames.slice(first, j).filter((_, k) => inApp(i, first + k)) : [];
  }
  const rootIndex = crashIndex >= 0 ? crashIndex : innermostThrown(chain, trace.runtime);
  const root = chain[rootIndex];
  // Frames are for display and for rules; the top 50 hold the crash site and its callers.
  const frames: Frame[] = [];
  let inAppCount = 0;
  if (detail && root) {
    const all = root.frames;
    for (let k = 0; k < all.length; k++) {
      const app = inApp(rootIndex, k);
      if (app) inAppCount++;
      if (k < 50) {
        const f = all[k];
        frames.push({ function: f.function, module: f.module, file: f.file, line: f.line, column: f.column, inApp: app });
      }
    }
  }
  const frameCount = detail ? frames.length : Math.min(50, root?.frames.length ?? 0);
  // An overload the trace names (a .NET constructor's parameter types) goes with the crash site
  // alone: a library frame printed without its list (a paste cut inside it) is the same frame.
  const crashSite = crashFrame ? frameKey(crashFrame, trace.runtime) + (crashFrame.overload !== undefined ? `(${crashFrame.overload})` : '') + (enclosing ? ` in ${frameKey(enclosing, trace.runtime)}` : '') + (lambdaRunBy ? ` run by ${frameKey(lambdaRunBy, trace.runtime)}` : '') + (lambdaRunByType ? ` run by ${typeKey(lambdaRunByType, trace.runtime)}` : '') : undefined;
  // The top library frames' callers that are async steps contribute their type (profile
  // asyncStepOwner): the step's method name is what a pasted trace loses to Markdown.
  const systemFrames = crashFrame || !root ? [] : collapseRecursion(topLibraryFrames(root.frames, trace.runtime).map((f, k) => (k > 0 && profile?.asyncStepOwner?.(f)) || frameKey(f, trace.runtime))).slice(0, 3);
  // The program that entered the one gem those frames are in (ruby-library-caller.ts).
  const enteredFrom = systemFrames.length === 3 && root ? rubyLibraryCaller(root.frames, 3, trace.runtime) : undefined;
  if (enteredFrom) systemFrames.push(`called from ${enteredFrom}`);
  const crashType = types[rootIndex] || types[0] || inputType || 'Error';
  // A type whose message names the failure: a generic one, or one the runtime's profile says
  // its trace does not locate (Go's error values, recorded where they were handled).
  // A type whose message says which failure it is, when the message reads as a sentence its
  // code wrote and not as a bare value (`new UserNotFoundException(username)`: `alice`).
  const sentence = () => readsAsSentence(root?.message || inputMessage || '');
  const generic = isGenericType(crashType) || ((profile?.messageNamesFailure?.(crashType) ?? false) && sentence());
  // A type the runtime names without its module (JavaScript) is the application's own when the
  // application made it: its exception's top frame is in-app, where a library's type (pg's
  // DatabaseError) is made in the library's frames.
  const madeInApp = crashIndex >= 0 && inApp(crashIndex, 0);
  const own = !generic && crashFrame !== undefined && (ownType(crashType, profile?.typeModule, classifier, trace.runtime) || (madeInApp && (profile?.unqualifiedOwnType?.(crashType) ?? false))) && sentence();
  const wrapped = crashFrame && !generic && !own ? wrappedGeneric(chain, types, rootIndex) : undefined;
  // A record's header before the message is the transport's, not the message's (transport-header.ts).
  const message = withoutLeadingTransportHeader(wrapped?.message ?? (root?.message || (rootIndex <= 0 ? inputMessage ?? '' : '') || inputMessage || ''));
  let messageContributes = true;
  let messageVerbatim = false;
  let calls: string | undefined;
  let raisedBy: string | undefined;
  let messageWhy: string;
  let applicationTypeNamed: string | undefined;
  if (!crashSite && !systemFrames.length) messageWhy = 'no stack frame was parsed, so the message names the failure';
  else if (wrapped) messageWhy = `the ${wrapped.type} it wraps, raised in library code only, is too generic to name the failure on its own`;
  else if (generic && thrower && statesReason(crashType)) messageWhy = `type ${crashType} is raised for every reason its operation fails, and the runtime's ${frameKey(thrower, trace.runtime)} called from the crash site names the operation, not the reason: the message says which`;
  else if (generic && thrower) {
    messageContributes = false;
    messageWhy = `ignored: raised by the runtime's ${frameKey(thrower, trace.runtime)} called from the crash site, which names the failure; its message describes the input`;
  } else if (isGenericType(crashType)) messageWhy = `type ${crashType} is too generic to name the failure on its own`;
  else if (generic) messageWhy = `type ${crashType} is one type for several failures, and its trace says where the error was recorded, not where it was made`;
  // The application threw the language's own type itself (`throw new RangeError(\`quantity ${n}
  // exceeds …\`)`) with a message it wrote: one function's throws of it share the type and the
  // crash site, and line numbers never contribute, so its words say which throw it was.
  else if (madeInApp && !own && (profile?.writtenByApplication?.(crashType, message) ?? false)) messageWhy = `type ${crashType} is the language's, made at the crash site by the application's own throw with a message it wrote: the message says which`;
  else if (own) messageWhy = `type ${crashType} is the application's own, which its code throws for several failures: the message it wrote says which`;
  // Raised in library code only, about a type of the application the message names (Laravel's
  // queue worker's `App\Jobs\Publish has been attempted too many times`): the library's frames
  // are the same for every one of the application's types it runs, so the name says which.
  else if (!crashFrame && (applicationTypeNamed = ownTypeNamed(message, profile?.typeModule, classifier, trace.runtime)) !== undefined) messageWhy = `the library code that raised ${crashType} is the same for every type of the application it runs; the message names the application's ${applicationTypeNamed}`;
  else if (crashFrame && profile?.minified?.(crashFrame)) {
    messageVerbatim = true;
    messageWhy = `the crash site is minified or bundled code (line ${crashFrame.line ?? '?'}, column ${crashFrame.column ?? '?'}): its name does not say where the failure is, so the message does, its values masked but not mined`;
  } else {
    messageContributes = false;
    messageWhy = `ignored: type ${crashType} and the crash site already name the failure, and messages carry data`;
    // Only where the frame above the crash site is always the method it called (profile.ts).
    calls = callee && profile?.callsNameFailure ? calledMethod(frameKey(callee, trace.runtime)) : undefined;
    raisedBy = !calls && raiser ? runtimeRaiser(raiser, trace.runtime, crashType) : undefined;
  }
  const culprit = crashFrame ? culpritOf(crashFrame) : undefined;
  // A backtrace logged on its own, its `Type: message` written as another record (Sidekiq's error
  // handler, `logger.warn(ex.backtrace.join("\n"))`), names no type and no message: a JSON parse
  // error and a refused connection below one in-app method were one signature. Where the
  // exception was raised, the library frame at the top, is then what says which failure it was.
  // The top frame only: frames between it and the crash site are the call path.
  const raisedIn = crashFrame && crashIndex >= 0 && generic && !thrower && !message.trim() && chain[crashIndex].frames[0] !== crashFrame && !inApp(crashIndex, 0) ? frameKey(chain[crashIndex].frames[0], trace.runtime) : undefined;
  return { raisedIn, types: withoutReflectionWrappers(withoutCopies(types, chain)), crashSite, crashAnonymous: crashFrame ? (profile?.anonymous?.(crashFrame) ?? false) : false, crashCode: crashFrame?.code, crashLiteral: crashFrame ? root?.literal : undefined, calls, raisedBy, crashType: wrapped?.type ?? crashType, systemFrames, messageContributes, messageVerbatim, messageWhy, message, culprit, frames, frameCount, inAppCount, skipped: skipped.map((f) => frameKey(f, trace.runtime)), genericCaller: genericCaller ? frameKey(genericCaller, trace.runtime) : undefined, thrownBy: thrower && generic ? frameKey(thrower, trace.runtime) : undefined };
}

/**
 * Whether a message's first line reads as a sentence a `throw` wrote: a word of it states a kind
 * of failure or is grammar (failure-words.ts: `order o-17 is not paid`, `customer c2 not found`).
 * A message that is only a value (`alice`, `Mary Ann`, `user-42`: an application's
 * `new UserNotFoundException(username)`) names no failure, and mined it would split one failure
 * by its data (a message's first word is a constant to the miner).
 */
function readsAsSentence(message: string): boolean {
  const head = message.length > LIMITS.maxMessageChars ? message.slice(0, LIMITS.maxMessageChars) : message;
  const nl = head.indexOf('\n');
  const words = (nl >= 0 ? head.slice(0, nl) : head).split(/\s+/, 64);
  return words.some((w) => w !== '' && isFailureWord(w));
}

/**
 * A method's name without its class (`java.lang.Integer.parseInt` → `parseInt`,
 * `System.Collections.Generic.Dictionary.get_Item` → `get_Item`): the method a statement calls
 * is the same whichever class implements it for the value at hand (`List.add` on `List.of()`
 * or on `Collections.emptyList()`), so one statement is one failure whatever its data.
 */
function calledMethod(key: string): string {
  const paren = key.indexOf('(');
  const name = paren >= 0 ? key.slice(0, paren) : key;
  const dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'), name.lastIndexOf('\\'));
  return name.slice(dot + 1);
}

// A qualified type name in a message: namespaces or packages, then a capitalised type
// (`App\Jobs\Publish`, `com.shop.Order`), in quotes, brackets or with trailing punctuation.
const QUALIFIED_TYPE_IN_TEXT = /^[\w$]{1,200}(?:(?:\\|\.)[\w$]{1,200}){0,30}(?:\\|\.)[A-Z][\w$]{0,200}$/;

/** The first qualified type name in `message` that the in-app rules call the application's. */
function ownTypeNamed(message: string, typeModule: ((type: string) => string | undefined) | undefined, classifier: InAppClassifier, runtime: Runtime): string | undefined {
  if (!typeModule) return undefined;
  for (const raw of message.split(/\s+/, 40)) {
    const word = raw.replace(/^[\[("'`«]+|[\])"'`»:,;.]+$/g, '').replace(/^\\/, '');
    if (QUALIFIED_TYPE_IN_TEXT.test(word) && ownType(word, typeModule, classifier, runtime)) return word;
  }
  return undefined;
}

/**
 * Whether an exception type is the application's own: declared in a module the in-app rules
 * (and the user's inAppInclude/inAppExclude) call the application's, as they would a frame of
 * it. An application throws its own type for several failures (`OrderException("order 7 is not
 * paid")`, `OrderException("order 7 has no shipping address")` in one method), and the message
 * its throw wrote is what tells them apart; a library's or the runtime's type names its
 * failure, and its message describes the input.
 */
function ownType(type: string, typeModule: ((type: string) => string | undefined) | undefined, classifier: InAppClassifier, runtime: Runtime): boolean {
  const module = typeModule?.(type);
  return module !== undefined && classifier.isInApp({ module }, runtime);
}

/**
 * The type chain without links that repeat the one they wrap (the same type with the same
 * message): kotlinx.coroutines' stack-trace recovery rethrows a copy of the exception whose
 * cause is the original (`X: m` caused by `X: m`), and a rethrow that copies its cause
 * (`throw new IllegalStateException(e.getMessage(), e)`) adds no failure either; the same
 * failure thrown without the copy was another signature.
 */
function withoutCopies(types: string[], chain: ParsedTrace['exceptions']): string[] {
  return types.filter((type, i) => i + 1 >= types.length || type !== types[i + 1] || (!cutBeforeItsLine(chain[i]) && (chain[i]?.message ?? '').trim() !== (chain[i + 1]?.message ?? '').trim()));
}

/**
 * The type chain without the wrappers that only say how the failure was reached: .NET's
 * TargetInvocationException (https://learn.microsoft.com/dotnet/api/system.reflection.targetinvocationexception)
 * and Java's InvocationTargetException say the failing method was called through reflection — a
 * dependency-injection container's factory, a test runner — and wrap whatever it threw. The same
 * failure reached by a direct call has no such link: RatScanner's cancelled start-up pasted
 * through its Blazor UI's DI and through its minimal UI (threads-17) were two signatures. .NET's
 * AggregateException says the failing task was waited for with Task.Wait or Task.Result, where
 * `await` rethrows the inner exception itself
 * (https://learn.microsoft.com/dotnet/standard/parallel-programming/exception-handling-task-parallel-library):
 * Kestrel 1.1's reset logged with and without it (threads-22) was two signatures. The innermost
 * link is kept: a wrapper thrown alone is its own failure.
 */
const PASS_THROUGH_WRAPPER = /(?:^|\.)(?:TargetInvocationException|InvocationTargetException|AggregateException)$/;
function withoutReflectionWrappers(types: string[]): string[] {
  return types.filter((type, i) => i + 1 >= types.length || !PASS_THROUGH_WRAPPER.test(type));
}

/**
 * Without an in-app frame, the exception whose frames stand for the crash site: the innermost.
 * In .NET an inner exception printed without frames was made and handed to its wrapper's
 * constructor, never thrown (StackTrace is filled in where an exception is thrown:
 * https://learn.microsoft.com/dotnet/api/system.exception.stacktrace), so the innermost one that
 * has frames is where the failure surfaced: Kestrel 1.1's IOException around libuv's UvException
 * contributed no frame and was one signature with every other IOException ← UvException
 * (threads-22). Elsewhere a link without frames may have had them elided (Java's `... 12 more`).
 */
function innermostThrown(chain: ParsedTrace['exceptions'], runtime: Runtime): number {
  const last = chain.length - 1;
  if (runtime !== 'dotnet' || last < 0 || chain[last].frames.length) return last;
  for (let i = last - 1; i >= 0; i--) if (chain[i].frames.length && chain[i].relation !== 'suppressed') return i;
  return last;
}

/**
 * A link printed without its exception line (a paste cut inside the traceback CPython prints
 * after `During handling of the above exception, another exception occurred:`): its type is only
 * the one the record states, and when that is the type of the exception it wraps, it names that
 * one, not another link. Counted, Mycodo's chained pastes cut there were `AttributeError ←
 * AttributeError`, apart from the same failure pasted without the chain (threads-9).
 */
function cutBeforeItsLine(e: ParsedTrace['exceptions'][number] | undefined): boolean {
  return e !== undefined && e.type === '' && e.message.trim() === '';
}

/**
 * The innermost exception wrapped by the crash site's (the one whose frames hold the crash site),
 * when its type is generic and its message says something: it was raised in library code only
 * (else the crash site would be its), and the crash site's own type wraps every such failure —
 * EF Core's DbUpdateException around PostgreSQL's unique and not-null violations (`See the inner
 * exception for details`), .NET's AggregateException around a refused connection and a failed
 * TLS handshake — so its message names the failure. A suppressed exception is not wrapped.
 */
function wrappedGeneric(chain: ParsedTrace['exceptions'], types: readonly string[], crashIndex: number): { type: string; message: string } | undefined {
  let found: { type: string; message: string } | undefined;
  // Inwards from the crash site's exception, as far as the links wrap; the last one found is the innermost.
  for (let i = crashIndex + 1; i < chain.length && chain[i].relation !== 'suppressed'; i++) {
    const type = types[i] ?? chain[i].type;
    if (chain[i].message.trim() && isGenericType(type)) found = { type, message: chain[i].message };
  }
  return found;
}

function culpritOf(f: RawFrame): string {
  const file = f.file ? lastSegments(f.file.includes('\\') ? f.file.replace(/\\/g, '/') : f.file) : undefined;
  // A location known by its file alone (a PHP error printed without a trace) is that file.
  if (file && !f.module && !f.function) return file;
  const fn = f.module ? `${f.module}.${f.function ?? '?'}` : f.function || '<anonymous>';
  return file ? `${fn} (${file})` : fn;
}

/** `a/b/c/d.js` → `c/d.js`. */
function lastSegments(path: string): string {
  const last = path.lastIndexOf('/');
  if (last < 0) return path;
  const prev = path.lastIndexOf('/', last - 1);
  return path.slice(prev + 1);
}

/**
 * The top frames that name a failure without an in-app frame: the libraries' rather than the
 * runtime's own when the top holds both. The runtime's frames are shared by every caller and
 * renamed between its releases (Node's `throwExportsNotFound` became `exportsNotFound`), so a
 * resolver error raised for a package's import was one signature per Node version and one for
 * every package; the package's frame below them names it.
 */
function topLibraryFrames(frames: readonly RawFrame[], runtime: Runtime): readonly RawFrame[] {
  // Where the exception was thrown, not the methods that awaited it, when that part has a frame
  // outside the runtime's own (dotnet-async-rethrow.ts).
  // Node's error constructors on top are not where it was raised (node-error-constructor-frame.ts).
  const shown = withoutNodeErrorConstruction(frames, runtime);
  const top = thrownPart(shown.slice(0, 12), (f) => !isRuntimeStdlib(f, runtime)) ?? shown.slice(0, 12);
  const outside = top.filter((f) => !isRuntimeStdlib(f, runtime));
  const picked = outside.length ? outside : top;
  // A throw helper on top is printed by some releases and not others (dotnet-throw-helper-frame.ts);
  // the DI container's walk below the factory or constructor it called changes with its release
  // (dotnet-container-resolver-frames.ts).
  // A Rust panic located in a dependency is keyed by that location, with its backtrace as
  // without it (rust-library-panic-location.ts).
  if (runtime === 'rust') return libraryPanicLocationOnTop(picked);
  return runtime === 'dotnet' ? withoutContainerResolverFrames(withoutLeadingThrowHelpers(picked)) : picked;
}

/** A type that runs a deferred query's lambdas as it is enumerated: an iterator class, named so or generated for a `yield` method. */
const DEFERRED_OPERATOR = /(?:Iterator|<\w{1,200}>d__\d{1,6})(?:`\d{1,2})?$/;

/** A frame's type alone, named as its key names it (`System.Linq.Enumerable+SelectListIterator`). */
function typeKey(frame: RawFrame, runtime: Runtime): string {
  return frameKey({ module: frame.module }, runtime).replace(/\.$/, '');
}
