// A stack overflow whose stack is one in-app function calling itself: a recursive walk that never
// ends. Code that has run for long without overflowing overflows when the data it walks changes
// shape under it — a record that references itself through its parents (a category whose parent
// is itself or one of its descendants, a cyclic manager chain), so the walk goes round the loop
// until the stack runs out (MemberJunction/MJ#2419: one cyclic ParentID in a collections table,
// every recursive walker of the tree overflowing; ezraroi/ngJsTree#55: a node whose id and parent
// were the same; cod3rcursos/knowledge#3: categories made each other's parents) — or a chain
// deeper than the stack allows. Only the requests that reach that record fail. Each runtime's words
// for the stack run out: V8's `RangeError: Maximum call stack size exceeded`, SpiderMonkey's `too
// much recursion`, the JVM's `java.lang.StackOverflowError`, CPython's `RecursionError: maximum
// recursion depth exceeded` (whose traceback prints a repeated frame three times, then `[Previous
// line repeated N more times]`), Ruby's `SystemStackError: stack level too deep`, Go's `goroutine
// stack exceeds 1000000000-byte limit`, Rust's `has overflowed its stack`, .NET's `Stack overflow.`
// and InsufficientExecutionStackException.

/** A runtime's words for a stack that ran out. */
export const STACK_OVERFLOW = /\bMaximum call stack size exceeded\b|\btoo much recursion\b|\bStackOverflowError\b|\bmaximum recursion depth exceeded\b|\bRecursionError\b|\bstack level too deep\b|\bSystemStackError\b|\bgoroutine stack exceeds\b|\bhas overflowed its stack\b|\bStack overflow\.|\bInsufficientExecutionStackException\b/i;

/** The function part of an in-app frame as evidence names it (`descendantsOf (categories/tree.js)` → `descendantsOf`, `a.b.Walker.walk` → `walk`). */
function functionOf(frame: string): string {
  const head = frame.trim().split(/[\s(]/)[0];
  return head.split(/[.#:]/).filter((p) => p !== '').pop() ?? head;
}

/**
 * The in-app frame that recurses without end: the error is a stack overflow, and the stack shows
 * the frame's function on at least three of its lines (or CPython's `[Previous line repeated …]`
 * right under it). A stack overflow whose stack does not show the frame repeating (a library's
 * recursion, a deep but varied stack) is not read as one.
 */
export function unboundedRecursion(text: string, stack: string | undefined, topInAppFrame: string | undefined): string | undefined {
  if (!topInAppFrame || !stack || !STACK_OVERFLOW.test(text)) return undefined;
  const fn = functionOf(topInAppFrame);
  if (fn.length < 2) return undefined;
  const named = new RegExp(`(?:^|[\\s.#:'\`])${fn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[\\s('\`]|$)`);
  const lines = stack.split('\n');
  const repeats = lines.filter((l) => named.test(l.trim())).length;
  const python = lines.some((l, i) => /\[Previous line repeated \d+ more times?\]/.test(l) && lines.slice(Math.max(0, i - 3), i).some((p) => named.test(p.trim())));
  return repeats >= 3 || python ? topInAppFrame : undefined;
}

/** What the code-defect rule says of it. */
export function recursionWithoutEnd(frame: string, words: string): { cause: string; fix: string } {
  return {
    cause: `${frame} calls itself without end until the stack runs out ("${words}"; the same frame fills the stack). A recursive walk that ends for well-formed data goes round for ever when a record references itself through the links it follows — a record that is its own parent or ancestor, a cycle in the data — or when a chain is deeper than the stack: only the requests that reach that record fail.`,
    fix: `Find the record on the loop: follow the parent links from the failing requests' records until an id comes back (in SQL, a recursive query with a CYCLE clause or a path array), and break the cycle. Then guard ${frame} with the set of ids already visited on the path (or a depth bound), so a cycle fails with a message naming its record, and refuse an update that makes a record its own ancestor. A larger stack only delays the overflow.`,
  };
}
