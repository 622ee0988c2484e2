// The value a signature's stored samples give most often: how evidence.ts reads the peer they call,
// the status they were answered with, the message redelivered, the queue consumed, and how
// own-system.ts reads the data system the service itself is, each from its own field.

/**
 * The value the samples give most often (the first seen of equals), how many give it, the last
 * `detail` seen beside it, and how many samples gave any value.
 */
export function commonest(samples: Iterable<{ value: string; detail?: string } | undefined>): { value: string; n: number; detail?: string; of: number } | undefined {
  const tally = new Map<string, { n: number; detail?: string }>();
  let of = 0;
  for (const s of samples) {
    if (!s) continue;
    of++;
    const entry = tally.get(s.value) ?? { n: 0 };
    entry.n++;
    if (s.detail !== undefined) entry.detail = s.detail;
    tally.set(s.value, entry);
  }
  let best: [string, { n: number; detail?: string }] | undefined;
  for (const entry of tally) if (!best || entry[1].n > best[1].n) best = entry;
  return best && { value: best[0], n: best[1].n, ...(best[1].detail !== undefined ? { detail: best[1].detail } : {}), of };
}
