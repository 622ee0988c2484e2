// Bounded memos for pure per-string work that repeats across events. An application's frames
// name the same few hundred files and modules in every trace, so deciding whether a path is
// library code or normalising it once per distinct string, not once per frame, removes most of
// that work from an all-errors export (bench/fingerprint.ts); attribute keys repeat on every
// event, so redaction tests each against its secret-key pattern once (core/redact.ts). Only pure
// functions of the key are memoised, so a memo can never change an answer; the bound keeps a
// stream of ever-new keys (generated bundle names, temp dirs) from growing memory, and long keys
// are not kept.

/** Entries per memo: distinct paths, modules or attribute keys of the services an instance sees. */
const ENTRIES = 4096;
/** Longer keys are computed every time (a memo of them would hold more memory than it saves). */
const MAX_KEY_CHARS = 512;

/** `compute` memoised per key, at most ENTRIES keys, oldest inserted dropped first. */
export function boundedMemo<V>(compute: (key: string) => V): (key: string) => V {
  const entries = new Map<string, V>();
  // The last key first: a trace's library frames often come in a row from one file, and
  // comparing with it is cheaper than hashing a new string for the map.
  let lastKey: string | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let value = entries.get(key);
    if (value === undefined && !entries.has(key)) {
      value = compute(key);
      if (key.length <= MAX_KEY_CHARS) {
        if (entries.size >= ENTRIES) entries.delete(entries.keys().next().value as string);
        entries.set(detached(key), typeof value === 'string' ? (detached(value) as V) : value);
      }
    }
    lastKey = key;
    lastValue = value;
    return value as V;
  };
}

/**
 * A copy of `s` that shares no memory with the string it was cut from. A path read out of a
 * trace is a slice of the whole trace, and V8 keeps the whole trace alive for as long as the
 * slice lives: a memo keeping slices would keep up to ENTRIES traces (64 KB each) alive.
 * A JSON round trip copies any string exactly, lone surrogates included.
 */
function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
