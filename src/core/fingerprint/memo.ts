// Bounded memos for the per-frame work that repeats across events: an application's frames
// name the same few hundred files and modules in every trace, so deciding whether a path is
// library code or normalising it once per distinct string, not once per frame, removes most of
// that work from an all-errors export (bench/fingerprint.ts). Only pure functions of the key
// are memoised, so a memo can never change an answer; the bound keeps a stream of ever-new
// paths (generated bundle names, temp dirs) from growing memory, and long keys are not kept.

/** Entries per memo: distinct paths or modules of the services an instance sees. */
const ENTRIES = 4096;
/** Longer keys are computed every time (a memo of them would hold more memory than it saves). */
const MAX_KEY_CHARS = 512;

/** `compute` memoised per key, at most ENTRIES keys, oldest inserted dropped first. */
export function boundedMemo<V>(compute: (key: string) => V): (key: string) => V {
  const entries = new Map<string, V>();
  return (key) => {
    const known = entries.get(key);
    if (known !== undefined || entries.has(key)) return known as V;
    const value = compute(key);
    if (key.length > MAX_KEY_CHARS) return value;
    if (entries.size >= ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  };
}
