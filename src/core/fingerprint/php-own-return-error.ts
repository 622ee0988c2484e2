// The function a PHP TypeError names as having broken its own return declaration. The engine
// checks a function's return against the type it declares and words the failure after that
// function (Zend's zend_verify_return_error and zend_verify_never_error):
//   `App\Orders::find(): Return value must be of type App\Order, null returned`
//   `App\Http::abortUnless(): never-returning function must not implicitly return`
// raised where the function returns or ends, on the function's own behalf: the failure is in that
// function, whatever its name says it is for. A `never` function is one that only throws or exits
// by declaration (the PHP manual's "never" type), so it is named like a throw helper by purpose
// (`abortUnless`, `Guard::deny`) and read as error machinery (error-machinery.ts), which would
// give the crash site to its caller: two such helpers that fell off their end, called from one
// place, were one signature (programs/php-bugs-17). An argument TypeError names a function too,
// but there the call is at fault (php-argument-error-callee.ts, stacktrace/php.ts).
import type { RawFrame } from './types.js';

const OWN_RETURN = /^\\?(?:([A-Za-z_][\w\\]{0,300})::)?(\w{1,200})\(\): (?:Return value must be of type |never-returning function must not implicitly return)/;

/** Whether `message` is a TypeError's account of `frame`'s function breaking its own return declaration. */
export function brokeOwnReturn(frame: RawFrame, message: string): boolean {
  if (!message.includes('(): ')) return false;
  const m = OWN_RETURN.exec(message);
  if (!m || frame.function !== m[2]) return false;
  return (frame.module?.replace(/^\\/, '') ?? '') === (m[1] ?? '');
}
