// A name in square brackets after a word for a kind of code object, in an exception's message:
// the name the program's code gave what failed, not data.
//
// Laravel and Livewire write the name of the object a lookup failed for in square brackets:
// Livewire's ComponentNotFoundException `Unable to find component: [modules.test.livewire.create]`,
// Laravel's `View [welcome] not found.`, `Route [login] not defined.`, `Target class
// [App\Http\Controllers\HomeController] does not exist.` The name is an alias, a view, a route or
// a class the application's code or templates refer to, so two names are two failures (two
// components never registered). A whole bracketed token is otherwise a value in an exception's
// message (template-tokens.ts), so every component not found was one template and, with no frame
// read, one signature (threads-19: laravel-modules-livewire's two components). Only right after
// one of these words, and only a name (a letter first, then word characters, dots, `::`, `-`, `/`
// or `\`): `[42]`, `[a b]`, or a bracket after any other word stays a value.

const CODE_OBJECT_WORDS = new Set(['component', 'view', 'route', 'class']);
const BRACKETED_NAME = /^\[[A-Za-z_][\w.:\\/-]{0,200}\][,.;:]?$/;

/** Whether `tokens[i]` is a bracketed name right after a word for a kind of code object (`component: [x]`, `View [x]`). */
export function namesBracketedCodeObject(tokens: readonly string[], i: number): boolean {
  if (i < 1 || !BRACKETED_NAME.test(tokens[i])) return false;
  const before = tokens[i - 1].toLowerCase();
  return CODE_OBJECT_WORDS.has(before.endsWith(':') ? before.slice(0, -1) : before);
}

/** Two different bracketed names kept by namesBracketedCodeObject (no other bracketed token stays a word in a message). */
export function differentBracketedCodeNames(a: string, b: string): boolean {
  return a !== b && BRACKETED_NAME.test(a) && BRACKETED_NAME.test(b);
}
