// The kinds of value a setting can hold, as zod schemas shared by config.ts and the settings
// fragments each extension declares (docs/architecture.md, "Extensions"). Values arrive as
// strings from the environment, `.env` or flags.
import { z } from 'zod';
// One parser for durations everywhere, so a setting overflows the same way an API field does.
import { parseDuration } from '../core/duration.js';

export const port = z.coerce.number().int().min(0).max(65535);
export const positiveInt = z.coerce.number().int().positive();
export const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');
export const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));
export const optionalString = z.string().min(1).optional();
/** Backends and notifiers speak HTTP: `jaeger:16686` (no scheme) is a mistake, not a URL. */
export const httpUrl = z.url({ protocol: /^https?$/ });
export const url = httpUrl.optional();

/** `90s`, `15m`, `24h`, `7d`, `2w` or plain milliseconds → milliseconds. */
export const duration = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration (e.g. 30s, 15m, 24h, 7d)` });
    return z.NEVER;
  }
  return ms;
});
