// PHP's assert() called without a description throws AssertionError whose message is the call's
// own source as the engine prints it back from the compiled code, `assert($qty > 0)` (the PHP
// manual's assert page, https://www.php.net/manual/en/function.assert.php, with zend.assertions=1;
// PHP 8.2.36 prints it so whatever the line's spacing, programs/php-bugs-24). The message is then the
// statement's own code, not its data: the same for every value that fails it, and another for
// another assertion. Read as any message raised by a built-in called from the crash site (the
// built-in names the failure, its message the input: exception.ts), Cart::add's `assert($qty > 0)`
// and `assert($price >= 0)` were one signature (programs/php-bugs-24). The expression is kept as
// the text the code gave the runtime (ParsedException.literal, as a Rust `expect`'s is): two
// assertions in one function are two statements, and one assertion stays one whatever fails it.
// Only the default description: one the code passed (`assert($ok, "order $id is unpaid")`) may be
// built from the data, and keeps the rule for a built-in's message.
import type { ParsedException } from './types.js';

/** A class named AssertionError, PHP's own (the global class, with or without its leading `\`). */
const ASSERTION_ERROR = /^\\?AssertionError$/;
/** The default description: `assert(` … `)` on one line, as the engine prints the call back. */
const DEFAULT_DESCRIPTION = /^assert\([^\n]{1,500}\)$/;

/** Marks the asserted expression as the code's own text when a native assert() at the top threw with its default description. */
export function markAssertionExpression(e: ParsedException): void {
  if (!ASSERTION_ERROR.test(e.type) || e.literal !== undefined) return;
  const top = e.frames[0];
  if (!top?.native || top.module !== undefined || top.function !== 'assert') return;
  const message = e.message.trim();
  if (DEFAULT_DESCRIPTION.test(message)) e.literal = message;
}
