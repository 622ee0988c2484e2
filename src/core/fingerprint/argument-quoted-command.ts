// A command line a program prints argument by argument, each in single quotes, in parentheses:
// one value, whatever its arguments hold.
//
// icinga2 2.13.6 writes the command of every check, notification and event it runs that way
// (lib/base/process.cpp PrettyPrintArguments: `'` + the arguments joined by `' '` + `'`, quotes
// inside an argument left as they are) in `Check command for object '%s' (PID: %d, arguments: %s)
// terminated with exit code %d, …` and `Terminating process %d (%s) after timeout of %s seconds`
// (programs/icinga2, server-logs-36.test.ts). An argument of several words (`'echo database
// connection refused; exit 7'`) was read word by word, so every command was a template of its own.
//
// The span opens with a quote at the start of a token (after the parenthesis, or after a label
// inside it: `(PID: 1, arguments: '/bin/sh' …`), holds two quoted arguments at least (a token
// closing a quote right before one opening the next), and ends at the first token that closes a
// quote and the parenthesis (`'60')`, `'60'),`), within SPAN_TOKENS tokens. A single quoted text
// (`('a b')`), quotes that do not open the parenthesis or the label's value (`(user 'bob' and
// 'eve')`) and a list that is never closed by `')` are left alone.

/** Tokens a command line may span before its parenthesis is taken for a stray one. */
const SPAN_TOKENS = 32;

// The first token: a quote opening it, after an optional parenthesis.
const OPENS = /^\(?'/;
// The last token: a quote closing an argument, the parenthesis, and the punctuation after it.
const CLOSES = /'\)[,;:.]?$/;
// A token that ends one argument: a closing quote after at least one character.
const ENDS_ARGUMENT = /.'$/;

/** Whether the line's words before `start` leave it inside a parenthesis or right after a label. */
function opensValue(tokens: readonly string[], start: number): boolean {
  if (tokens[start].charCodeAt(0) === 40) return true;
  if (start === 0) return false;
  const previous = tokens[start - 1];
  return previous.length > 1 && previous.endsWith(':');
}

/** When `tokens[start]` opens a quoted command line in parentheses (see above), the index of its last token; otherwise -1. */
export function argumentQuotedCommandEnd(tokens: readonly string[], start: number): number {
  if (!OPENS.test(tokens[start]) || CLOSES.test(tokens[start]) || !opensValue(tokens, start)) return -1;
  let quotedArguments = 1;
  for (let j = start + 1; j < tokens.length && j <= start + SPAN_TOKENS; j++) {
    if (tokens[j].charCodeAt(0) === 39 && ENDS_ARGUMENT.test(tokens[j - 1])) quotedArguments++;
    if (CLOSES.test(tokens[j])) return quotedArguments >= 2 ? j : -1;
  }
  return -1;
}
