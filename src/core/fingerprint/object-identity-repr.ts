// An object's identity repr in a log line (`<Class at <address> …>`, Python's default
// `<module.Class object at 0x…>`): one value, from its opening `<` to the `>` that closes it.
//
// A program that logs an object with %r writes its class, its address and whatever state its
// __repr__ adds, nested reprs inside: supervisor 4.2.5's dispatchers.py logs `fd %s closed,
// stopped monitoring %s` with a dispatcher's repr, `<POutputDispatcher at 140385552813008 for
// <Subprocess at 140385552892624 with name nodir in state STARTING> (stdout)>` (its __repr__ and
// process.py's), naming the program, its state and the channel. Those are the object's values,
// the statement's one %s, and every program, state and channel was a template of its own
// (programs/supervisor, server-logs-46.test.ts: 7 signatures for 34 lines). An object without a
// __repr__ of its own prints in the same identity form (CPython's `<__main__.Job object at
// 0x7f3a2c1d0e50>`).
//
// Only the identity form: a `<` and a class name opening the token, `at` right after it (or
// `object at`), and an address after that (an integer or hex the parameteriser masked). A repr
// without an address (`<Response [200]>`), a function's (`<function handler at 0x…>`, whose name
// is code), and a bracket that never closes keep their words; log lines only (an exception's
// message is read as it was).

/** A token opening a repr: `<` and a class name, module-qualified or not. */
const OPENS = /^<[A-Za-z_][\w.]{0,200}$/;
/** The address after `at`, as the parameteriser masked it (`<int>`, `<hex>`), with what closes the repr after it. */
const ADDRESS = /^<(?:int|hex)>/;
/** A parameteriser's placeholder (`<int>`, `<hex>`, `<*>`): no bracket of the repr. */
const PLACEHOLDER = /<(?:[a-z][a-z_]{0,31}|\*)>/g;
/** A `<` opening a nested repr. */
const NESTED_OPEN = /<[A-Za-z_]/g;
/** Tokens a repr may span before a `<` is taken for a stray one. */
const MAX_TOKENS = 48;

/** The index of the token closing an identity repr that opens at `tokens[i]` (see above), or -1. */
export function objectIdentityReprEnd(tokens: readonly string[], i: number): number {
  if (!OPENS.test(tokens[i])) return -1;
  const at = tokens[i + 1] === 'at' ? i + 1 : tokens[i + 1] === 'object' && tokens[i + 2] === 'at' ? i + 2 : -1;
  if (at < 0 || tokens[at + 1] === undefined || !ADDRESS.test(tokens[at + 1])) return -1;
  let depth = 0;
  const last = Math.min(tokens.length - 1, i + MAX_TOKENS);
  for (let j = i; j <= last; j++) {
    const bare = tokens[j].replace(PLACEHOLDER, '');
    depth += (bare.match(NESTED_OPEN)?.length ?? 0) - (bare.split('>').length - 1);
    if (depth <= 0) return j;
  }
  return -1;
}
