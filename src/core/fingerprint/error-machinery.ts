// Error machinery: in-app frames that sit on top of the real crash site because the error was
// built, captured, logged or handled there — an error factory (`Errors.notFound`), a throw
// helper (`Guard.NotEmpty`), a Go helper that records the stack (`errs.New` → runtime.Callers),
// a logging wrapper that calls debug.Stack(), a PHP set_error_handler callback that promotes
// warnings. Every error made through one helper would otherwise share the helper's frame as
// crash site, merging unrelated bugs (docs/fingerprinting.md "Error machinery").
//
// The rules are by name only, and deliberately narrow: a frame is machinery when its class or
// package is an error/assertion utility, when it is a method of an exception class, or when its
// function name says it makes, raises, wraps, captures, logs or handles an error. Library frames
// need none of this (they are never the crash site). How a runtime's names read (a Go package
// rather than a class, JavaScript's constructors, helper files) is its profile's `machinery`.
import { profileOf } from './stacktrace/registry.js';
import type { RawFrame, Runtime } from './types.js';

/**
 * Classes (Java, .NET, PHP, Ruby, JS) whose methods only build, check or throw errors. Guard
 * clause libraries put their clauses in extension classes named for them (Ardalis.GuardClauses'
 * `Guard.Against.Null(input, nameof(input))` runs `GuardClauseExtensions.Null`; others write
 * `GuardClausesExtensions`, `GuardAgainstNullExtensions`), and EnsureThat's and others' in
 * `EnsureArg` / `EnsureArgument`: the name must begin with `Guard`/`Ensure` so an auth guard
 * (`SessionGuard`) or a `Guardian` is not one.
 */
const HELPER_CLASS = /^(?:\w*Errors|\w*Exceptions|\w*(?:Error|Exception)(?:Factory|Helpers?|Builder|Utils?|Util)|Preconditions|Guards?|Guard(?:Clauses?|Against\w*)?Extensions|GuardClauses?|Ensure|EnsureArg(?:ument)?|Asserts?|Assertions|Checks?|ThrowHelper|Throws?|Contract|Requires?|Fail(?:ure)?s?)$/;

/** A class that is itself an error type: its constructors and static factories build the error. */
const ERROR_CLASS = /(?:Error|Exception|Failure|Fault|Panic)$/;

/** Source files (base name, no extension) that hold error helpers (Python, Ruby, JS, Go). */
const ERROR_FILE = /^(?:errors?|errs|exceptions?|errutils?|error[-_]?helpers?|failures?|faults?)$/i;

/**
 * Function names of error machinery. Matched against the last name segment, case-insensitive,
 * with `_` optional so `raise_error`, `raiseError` and `RaiseError` are one rule.
 */
const HELPER_FUNCTION = new RegExp(
  '^(?:' +
    [
      // Making and wrapping errors.
      'new_?(?:error|err|exception|failure)',
      '(?:create|make|build|to|http|api|app|wrap)_?(?:http_?)?(?:error|err|exception)',
      'errorf', 'wrapf?', 'with_?stack', 'with_?message', 'with_?cause',
      // Capturing stacks.
      'capture(?:_?stack(?:_?trace)?|_?error|_?exception|_?callers)?', 'callers', 'stack_?trace',
      // Raising and asserting.
      'raise_?(?:error|exception|for_?status|if\\w*|unless\\w*)', 'throw_?(?:error|exception|if\\w*|unless\\w*|helper)',
      // `failed(span, route, err)`: a service's one helper named for the outcome it reports (a Go
      // handler's, which logs with debug.Stack() and records on the span: programs/go-bugs-16).
      'fail(?:ed|_?with|_?fast)?', 'bail', 'abort_?(?:if|unless|with)\\w*', 'invariant',
      'assert(?:_?\\w+)?', 'require_?non_?null', 'check_?(?:not_?null|argument|arg|state)', 'ensure_?not_?null',
      // Logging and reporting errors.
      '(?:log|report|record|notify|track)_?(?:error|err|exception|panic|failure)s?',
      // Handlers that promote warnings or recover panics.
      'handle_?(?:error|exception|panic|warning|notice)s?', '(?:error|warning|exception|panic)_?handler',
      'on_?(?:error|exception|panic)', '(?:promote|convert)_?(?:warning|error|notice)s?(?:_?to_?exceptions?)?',
      'recover(?:er|y)?', 'recover_?panic',
    ].join('|') +
    ')$',
  'i',
);

/**
 * Precondition accessors, by Kotlin's and Android's convention: `requireX()` returns X or throws
 * (androidx's `requireContext()`). An app's own (`val Fragment.requireComponents`, compiled to
 * `getRequireComponents`) is reached by every caller that uses it at the wrong time, and the
 * caller is where the bug is. Case-sensitive, so `requirements()` and `required_fields()` are not.
 */
const PRECONDITION_ACCESSOR = /^(?:get_?)?[Rr]equire(?:[A-Z]|_[a-z])/;

const CONSTRUCTORS = new Set(['<init>', '.ctor', '__construct', '__init__', 'initialize', 'constructor']);

// Cheap pre-filters (a substring scan of a short name) so the common frame — a plain
// application function — never runs the long alternations above: this check runs on the
// crash-site candidate of every exception.
const FUNCTION_HINT = /err|exc|fail|rais|throw|wrap|stack|captur|caller|bail|abort|invariant|assert|requir|check|ensur|handl|promot|convert|recover|with_?(?:message|cause)|panic|warn|notice/i;
const CLASS_HINT = /err|exc|precondition|guard|ensure|assert|check|throw|contract|requir|fail|fault|panic/i;

/** The part of `name` after the last of the separator characters. */
function lastSegment(name: string, separators: string): string {
  for (let i = name.length - 1; i >= 0; i--) if (separators.includes(name[i])) return name.slice(i + 1);
  return name;
}

function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dot = file.indexOf('.', slash + 1);
  return file.slice(slash + 1, dot > slash + 1 ? dot : undefined);
}

/** True when an in-app frame only builds, captures, logs or handles the error. */
export function isErrorMachinery(frame: RawFrame, runtime: Runtime): boolean {
  const rules = profileOf(runtime)?.machinery;
  const constructorsOnly = rules?.errorClassConstructorsOnly === true;
  let fn = frame.function ?? '';
  // `new HttpError` (V8 constructor frames), `Foo.bar [as baz]`.
  const constructed = fn.startsWith('new ');
  if (constructed) fn = fn.slice(4);
  if (fn.endsWith(']')) fn = fn.replace(/ \[as [^\]]{1,200}\]$/, '');
  // Go's generic function: `must[...]` (type arguments elided) or `Map[go.shape.int]`.
  if (fn.endsWith(']') && rules?.helperFunction) fn = fn.replace(/\[[^\]\s]{0,300}\]$/, '');
  if (constructed && constructorsOnly && ERROR_CLASS.test(lastSegment(fn, '.'))) return true;
  fn = lastSegment(fn, '.:\\');
  if (FUNCTION_HINT.test(fn) && (HELPER_FUNCTION.test(fn) || PRECONDITION_ACCESSOR.test(fn))) return true;
  if (rules?.helperFunction?.test(fn)) return true;
  const module = frame.module;
  if (module && CLASS_HINT.test(module)) {
    if (rules?.errorPackage) {
      if (rules.errorPackage.test(lastSegment(module, '/'))) return true;
    } else {
      const cls = lastSegment(module, '.\\$+:#/');
      if (HELPER_CLASS.test(cls)) return true;
      if (ERROR_CLASS.test(cls) && (CONSTRUCTORS.has(fn) || !constructorsOnly)) return true;
    }
  }
  if (frame.file && rules?.helperFiles) {
    const base = baseName(frame.file);
    if (base.length <= 14 && CLASS_HINT.test(base) && ERROR_FILE.test(base)) return true;
  }
  return false;
}
