// A V8 frame written without the space before its location's parenthesis:
//   at assert(node:internal/assert:14:10)
//   at new NodeError(node:internal/errors:406:5)
// V8 prints `at fn (file:line:col)`; some error trackers' copies, and traces retyped by hand into
// an issue, drop the space (nodejs/node#51489 and #56780, threads-55). Read as V8 reads an
// anonymous frame's bare location, the whole `assert(node:internal/assert:14:10)` was a function
// name, its line and column inside it, and the same assertion copied with and without the space
// were two signatures. Only a name without spaces or parentheses before a location that ends in
// a line number (and a column), or `<anonymous>`, is read so: `at Promise.all (index 0)` and
// `at file.js:1:2` keep their readings.
const UNSPACED = /^(?:new )?([A-Za-z_$<][^\s()]{0,300})\(((?:[^\s()]{1,600}:\d{1,7}(?::\d{1,7})?)|<anonymous>)\)$/;

/** `[function, location]` of an unspaced frame's text after `at ` (and `async `), or undefined. */
export function unspacedFrame(text: string): [fn: string, location: string] | undefined {
  if (!text.endsWith(')')) return undefined;
  const m = UNSPACED.exec(text);
  return m ? [m[1], m[2]] : undefined;
}
