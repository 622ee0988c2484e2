// Time arguments of CLI options: a duration back from now (`24h`, `7d`) or an ISO 8601 instant.
import { parseDuration } from '../core/duration.js';
import { CliError } from './command.js';

/** `--since 24h` → now − 24 h; `--since 2026-11-01T00:00:00Z` → that instant. */
export function parsePointInPast(option: string, value: string, nowMs: number): number {
  const ms = /^\d+(\.\d+)?(ms|s|m|h|d|w)$/.test(value.trim()) ? parseDuration(value) : undefined;
  if (ms !== undefined) return nowMs - ms;
  return parseInstant(option, value);
}

export function parseInstant(option: string, value: string): number {
  // Only full dates; `Date.parse` would accept things like "1" as a year.
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new CliError(`--${option} needs a duration like 24h or an ISO 8601 time (got "${value}")`, 2);
  return ms;
}

export function parseDurationOption(option: string, value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) throw new CliError(`--${option} needs a duration like 30m, 2h or 7d (got "${value}")`, 2);
  return ms;
}
