// Symfony's carriers of a PHP engine error: the exception its error handling made of an Error PHP
// raised, which keeps the Error's message, file, line and trace and adds nothing of its own.
//
//   - Symfony\Component\Debug\Exception\FatalThrowableError (Symfony 2.8–4.4, and
//     Symfony\Component\ErrorHandler\Exception\FatalThrowableError in 4.4): Laravel 5's
//     HandleExceptions and Symfony's Debug ErrorHandler wrap any uncaught Throwable that is no
//     Exception in it. Up to Symfony 4.x its message is the Error's, prefixed `Type error: ` for a
//     TypeError and `Parse error: ` for a ParseError (FatalThrowableError::__construct); later
//     releases keep the message as it was and the class in getOriginalClassName().
//   - Symfony\Component\Debug\Exception\FatalErrorException and, from Symfony 4.4,
//     Symfony\Component\ErrorHandler\Error\FatalError: what the shutdown handler makes of PHP's
//     last error (error_get_last()). When that error is an uncaught throwable, its message is
//     PHP's own text of it: `Uncaught Error: Class 'Logger' not found in /app/Handler.php:59`,
//     then `Stack trace:`, the `#N` frames and `  thrown` — the throwable's whole trace.
//
// The carrier is not the failure: Faveo's Bugsnag issues show one `Class 'Logger' not found` in
// App\Exceptions\Handler::report as a FatalThrowableError and, for the same request, as a
// FatalErrorException whose message is PHP's `Uncaught Error: …` (threads-48). Read by the
// carrier's class, the first made the message ignored (a specific type names the failure), so
// one method's two missing classes (`Logger`, `Monolog\Handler\StreamHandler`) were one
// signature; and the second was a message with no frame of its own. Read as the Error it carries,
// each is the engine error at its own statement, as PHP's own `PHP Fatal error:  Uncaught Error:
// …` line of it is. A FatalErrorException whose message is no uncaught throwable (a compile-time
// `Class '…' not found` while declaring a class) is PHP's fatal error itself and keeps its reading.
import type { FingerprintInput } from './index.js';

const THROWABLE_CARRIERS = new Set([
  'Symfony\\Component\\Debug\\Exception\\FatalThrowableError',
  'Symfony\\Component\\ErrorHandler\\Exception\\FatalThrowableError',
]);
const FATAL_CARRIERS = new Set([
  'Symfony\\Component\\Debug\\Exception\\FatalErrorException',
  'Symfony\\Component\\ErrorHandler\\Error\\FatalError',
]);

/**
 * The carriers of PHP's last error, as a header's prefix before the uncaught throwable PHP names
 * (`Symfony\Component\ErrorHandler\Error\FatalError: Uncaught Error: … in …:180`), for
 * stacktrace/php.ts's header pattern: the throwable after it is the header.
 */
export const FATAL_CARRIER_PREFIX = String.raw`(?:\\?Symfony\\{1,2}Component\\{1,2}(?:Debug\\{1,2}Exception\\{1,2}FatalErrorException|ErrorHandler\\{1,2}Error\\{1,2}FatalError): (?=Uncaught ))?`;

/** The engine classes FatalThrowableError's message prefix names (Symfony Debug's constructor). */
const PREFIXED_ENGINE_ERRORS: readonly (readonly [string, string])[] = [
  ['Type error: ', 'TypeError'],
  ['Parse error: ', 'ParseError'],
];

const withoutLeadingSlash = (type: string) => (type.startsWith('\\') ? type.slice(1) : type);

/** True for Symfony's FatalThrowableError, which carries an Error PHP raised. */
export function isThrowableCarrier(type: string | undefined): boolean {
  return type !== undefined && THROWABLE_CARRIERS.has(withoutLeadingSlash(type));
}

/**
 * The engine error a FatalThrowableError carries: `TypeError` or `ParseError` when its message
 * opens with the prefix Symfony gave them (taken off), else PHP's base class `Error` (the class
 * is not printed; Error is the one every engine error is).
 */
export function carriedEngineError(message: string): { type: string; message: string } {
  for (const [prefix, type] of PREFIXED_ENGINE_ERRORS) if (message.startsWith(prefix)) return { type, message: message.slice(prefix.length) };
  return { type: 'Error', message };
}

/** PHP's text of an uncaught throwable: `Uncaught <Class>: <message> in <file>:<line>` on its first line. */
const UNCAUGHT = /^Uncaught \\?[A-Za-z_][\w\\]{0,300}: .{0,2000} in [^ \n].{0,499}?:\d{1,7}$/;

/**
 * The input read as the engine error a Symfony carrier holds: a FatalThrowableError's type and
 * message as the Error's (carriedEngineError); a FatalErrorException or FatalError whose message
 * is PHP's text of an uncaught throwable as that text, the trace PHP printed of it (its frames
 * are the throwable's, where the carrier's own trace, if any, is the shutdown handler's). Any
 * other input is returned as it is.
 */
export function withSymfonyCarrierRead(input: FingerprintInput): FingerprintInput {
  const type = input.type === undefined ? undefined : withoutLeadingSlash(input.type.trim());
  if (type === undefined || input.message === undefined) return input;
  if (THROWABLE_CARRIERS.has(type)) return { ...input, ...carriedEngineError(input.message) };
  if (FATAL_CARRIERS.has(type) && UNCAUGHT.test(input.message.split('\n', 1)[0])) {
    return { ...input, type: undefined, message: undefined, stacktrace: input.message };
  }
  return input;
}
