// The method a PHP argument TypeError names as the one whose parameter refused the value. PHP's
// check of a userland parameter's type (Zend's zend_verify_arg_error) words the error after that
// function:
//   PHP 7: `Argument 1 passed to Shop\Orders::add() must be an instance of Item, null given`
//   PHP 8: `Shop\Orders::add(): Argument #1 ($item) must be of type Item, null given`
// and adds `, called in <file> on line <n>` when PHP code made the call. Without that clause the
// engine made it (an exception handler, a callback of a built-in), and the trace's frame #0, where
// the error is raised, is that method, the crash site (stacktrace/php.ts reads a call site the
// clause names as the crash site instead). A report that quotes only the uncaught error's message,
// its first line without the file or the trace (kohana/kohana#96 beside kohana/core#704,
// threads-30), still names its crash site then; read as a message alone it was another signature.
// A method only (`Class::method`): a function's frame is keyed by its file, which the message lacks.
// With a trace that shows a built-in called it back (`#1 app.php(47): array_map()`), the crash site
// is the function that called the built-in instead (stacktrace/php.ts, engineArgumentError).

const PHP7 = /^Argument \d{1,3} passed to ([A-Za-z_\\][\w\\]{0,300})::(\w{1,200})\(\) must /;
const PHP8 = /^([A-Za-z_\\][\w\\]{0,300})::(\w{1,200})\(\): Argument #\d{1,3} (?:\(\$\w{1,200}\) )?must /;
/** The clause of a call PHP code made, which makes the caller the crash site. */
const CALLED_FROM_PHP = /, called in \S/;

/** The class and method an argument TypeError's message names as refusing the value, when the engine made the call. */
export function argumentErrorCallee(message: string): { module: string; function: string } | undefined {
  if (CALLED_FROM_PHP.test(message)) return undefined;
  const m = PHP7.exec(message) ?? PHP8.exec(message);
  return m ? { module: m[1].replace(/^\\/, ''), function: m[2] } : undefined;
}
