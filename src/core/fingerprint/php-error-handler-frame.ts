// An application's error handler that throws PHP's warnings as ErrorException (the PHP manual's
// ErrorException page: set_error_handler throwing `new ErrorException($message, 0, $severity,
// $file, $line)`; Laravel's HandleExceptions does the same) gives the exception the file and line
// of the warning, not its own. When a built-in raised the warning (file_get_contents' `Failed to
// open stream`), the engine calls the handler from inside that built-in, so PHP prints the handler
// as frame #0 `[internal function]: App\{closure}()`, the built-in as #1 at the application's line,
// and the header's file:line is that line, the one frame #2's function was running. Read as the
// trace reads elsewhere, frame #0 took the header's place and was the crash site: the handler, one
// closure shared by every warning of the application, keyed at its own line, so one statement's
// warning was a signature per release (programs/php-bugs-23, Template::load). The handler is
// error machinery there, never the crash site. Only for an ErrorException: a closure of the
// application handed to array_map on the line that throws has the same shape and is its code.
import type { ParsedException, RawFrame } from './types.js';

/** A class named ErrorException, PHP's own or a framework's (`Whoops\Exception\ErrorException`). */
const ERROR_EXCEPTION = /(?:^|\\)ErrorException$/;

/** Marks frame #0 native when it is the error handler the engine called inside the built-in at the header's line. */
export function markEngineCalledErrorHandler(e: ParsedException): void {
  if (!ERROR_EXCEPTION.test(e.type) || e.frames.length < 3) return;
  const [handler, builtin, caller] = e.frames;
  // The built-in has no location of its own (it ran inside the engine); the header's file:line,
  // given to frame #0, is where frame #2's function called it.
  if (handler.native || builtin.file !== undefined || handler.file === undefined) return;
  if (handler.file === caller.file && handler.line === caller.line) handler.native = true;
}

/**
 * The error handler's own name (the last segment of the function PHP prints for frame #0):
 * Laravel's and Symfony's `handleError`, an application's `errorHandler` or `error_handler`.
 */
const HANDLER_NAME = /(?:^|\\|->|::|\.)(?:handle_?(?:php_?)?error|(?:php_?)?error_?handler)$/i;

/**
 * Whether frame #0 of an ErrorException is the error handler the engine called for a warning the
 * engine raised itself, at the header's own line (a property read on null, an undefined array
 * key: no built-in between), printed `#0 <file>(<line>): …HandleExceptions->handleError()` at
 * the header's file and line. That shape, a function running where it was called, is otherwise a
 * built-in's, which names the failure so that its message, describing the input, is dropped. The
 * handler names nothing: it is the one every warning of the application goes through, and the
 * engine's words say which warning it was. Read as a built-in, Snipe-IT's transformer's read of
 * `eol` on null and its array offset on null three statements below were one signature
 * (threads-41). Not a built-in then: it is error machinery above the crash site, whose message
 * contributes as an ErrorException's does.
 */
export function isEngineCalledErrorHandler(type: string, frame: RawFrame, index: number): boolean {
  return index === 0 && ERROR_EXCEPTION.test(type) && frame.function !== undefined && HANDLER_NAME.test((frame.module ? `${frame.module}->` : '') + frame.function);
}
