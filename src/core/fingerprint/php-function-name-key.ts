// A PHP function that is no method (`collect()`, `Composer\Autoload\includeFile()`,
// `GuzzleHttp\Psr7\str()`) is named by its namespaced name alone, as PHP itself names it: a
// process holds one function of a name ("PHP does not support function overloading, nor is it
// possible to undefine or redefine previously-declared functions", PHP manual, "User-defined
// functions"; a second declaration is the fatal error `Cannot redeclare`). The file a trace puts
// it in is where its code was running, which moves when a release moves the function: Laravel 8
// moved collect() from Illuminate/Support/helpers.php to Illuminate/Collections/helpers.php, so
// LogManager's `Class "Illuminate\Support\Collection" not found` raised inside collect() was one
// signature per Laravel release (speedtest-tracker#1523 against Invoice Ninja's dated release
// directory, invoiceninja#7885; threads-58). What is no function keeps its file: a closure
// (`{closure}`, PHP 8.4's `{closure:/app/x.php:12}`) is one of many in a program, `{main}` is a
// file's top-level code, create_function()'s `__lambda_func` names every such lambda, and the
// loading constructs (`include`, `require`) are read as the file they ran (stacktrace/php.ts).

/** A namespaced PHP name: identifiers joined by `\`, nothing else (no braces, no spaces). */
const FUNCTION_NAME = /^\\?[A-Za-z_\x80-\uffff][\w\x80-\uffff]{0,200}(?:\\[A-Za-z_\x80-\uffff][\w\x80-\uffff]{0,200}){0,20}$/;

/** Names that stand for many pieces of code, never one function. */
const SHARED_NAMES = new Set(['__lambda_func']);

/**
 * The key of a frame that runs a PHP function declared by name (no class, not one of PHP's own
 * built-ins, which stacktrace/php.ts keys by name already): the name without its leading `\`.
 * Undefined for a method, a closure, `{main}` or a frame with no function.
 */
export function phpFunctionNameKey(frame: { module?: string; function?: string }): string | undefined {
  if (frame.module !== undefined || frame.function === undefined) return undefined;
  if (!FUNCTION_NAME.test(frame.function)) return undefined;
  const name = frame.function.replace(/^\\/, '');
  return SHARED_NAMES.has(name) ? undefined : name;
}
