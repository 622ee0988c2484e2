// How values become PostgreSQL column values: jsonb documents and text without NUL. What a
// commit stores for an event (samples, counts) is store/event-rows.ts, shared with LMDB.
/** JSON for a jsonb column: undefined fields dropped, and NUL (which jsonb cannot hold) as U+FFFD. */
export function jsonb(value: unknown): string {
  // An escaped NUL is `\u0000` after an even number of backslashes (an odd one escapes a literal backslash).
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

/** A text column cannot hold NUL either: names and keys from senders keep their other characters. */
export function text(value: string): string {
  return value.includes('\u0000') ? value.replace(/\u0000/g, '\ufffd') : value;
}
