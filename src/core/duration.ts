// Durations as people type them: `90s`, `15m`, `24h`, `7d`, `2w`, or plain milliseconds.
// Kept free of zod so the CLI's read paths start without loading the config schema.

const UNIT_MS = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 } as const;

/**
 * The longest duration accepted anywhere: 100 years. Far beyond any mute, retention or
 * timeout anyone means, and small enough that `now + duration` is always a valid Date (the
 * ECMAScript time value stops at ±8.64e15 ms) and an exact integer, so `mute --for
 * 99999999999999999999d` is an error rather than an Invalid Date deep in the store.
 */
export const MAX_DURATION_MS = 36525 * UNIT_MS.d;

/** Milliseconds, or undefined when `value` is not a duration or is out of range (negative, over MAX_DURATION_MS). */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return inRange(Math.round(value));
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$/.exec(value);
  if (!m) return undefined;
  return inRange(Math.round(Number(m[1]) * UNIT_MS[(m[2] ?? 'ms') as keyof typeof UNIT_MS]));
}

function inRange(ms: number): number | undefined {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_DURATION_MS ? ms : undefined;
}
