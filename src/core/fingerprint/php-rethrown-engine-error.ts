// The class of the engine error Nextcloud's dispatcher rethrew, where the record no longer holds it.
//
// Nextcloud's AppFramework dispatcher (lib/private/AppFramework/Http/Dispatcher.php) catches an
// `\Exception` as it is and any other `\Throwable` — an `\Error`: PHP's engine errors — as a new
// `\Exception` whose message is the error's own with ` in file '<file>' line <n>` appended and
// whose previous is the error (php-json-log-record.ts reads that chain). When a thread's copy of
// the record is cut before `Previous`, the record says the error's message and place but not its
// class, and its own Trace is the dispatcher's callers, every request's. Read as the `Exception`
// with that Trace, AppAPI's `AppAPIFetcher::get(): Return value must be of type array, null
// returned` on the apps page (nextcloud/server#53404) was another failure than the same TypeError
// `occ app_api:app:update` printed (nextcloud/app_api#594, threads-52).
//
// What the wrapper proves is that the cause was an `\Error`; which one, PHP's engine says in its
// wording (php-src Zend/zend_execute.c and zend_operators.c raise these with zend_type_error or
// zend_argument_count_error, everything else an engine error raises with zend_throw_error, a
// plain `Error`):
//   TypeError            `%s(): Argument #%d ($%s) must be of type %s, %s given`,
//                        `%s(): Return value must be of type %s, %s returned`,
//                        `Cannot access offset of type %s on %s`, `Unsupported operand types: %s`,
//                        PHP 7's `Argument %d passed to %s() must be …` and `Return value of %s()
//                        must be …`
//   ArgumentCountError   `Too few arguments to function %s(), %d passed …`
//   DivisionByZeroError  `Division by zero`, `Modulo by zero`
//   Error                anything else (`Call to a member function %s() on null`, `Class "%s" not
//                        found`, …)
// A message of the application's own words under an `\Error` subclass it defined would read as
// `Error`; no thread quotes one, and the class would still be one per message.

const TYPE_ERROR = [
  /\(\): Argument #\d{1,3} \(\$\w{1,100}\) must be of type .{1,300}, .{1,200} given/,
  /\(\): Return value must be of type .{1,300}, .{1,200} returned/,
  /^Cannot access offset of type \S{1,100} on \S{1,100}/,
  /^Unsupported operand types: /,
  /^Argument \d{1,3} passed to .{1,500}\(\) must (?:be|implement)/,
  /^Return value of .{1,500}\(\) must (?:be|implement)/,
];

/** The class of the engine error whose message is `message`, as PHP 8 raises it. */
export function rethrownEngineErrorClass(message: string): string {
  if (TYPE_ERROR.some((re) => re.test(message))) return 'TypeError';
  if (/^Too few arguments to function /.test(message)) return 'ArgumentCountError';
  if (/^(?:Division|Modulo) by zero$/.test(message)) return 'DivisionByZeroError';
  return 'Error';
}
