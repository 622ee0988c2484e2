// API-key authentication for the management API and the /diagnose webhook. The key comes
// from WEBHOOK_API_KEY and is accepted as `X-API-Key: <key>` or `Authorization: Bearer <key>`.
// Both sides are hashed to a fixed length first so the comparison is constant-time and does
// not reveal the key's length.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '../config.js';
import { bearerCredential } from '../core/bearer.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function keyMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** The key a request presents, if any. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const x = headers['x-api-key'];
  if (typeof x === 'string' && x) return x;
  const auth = headers.authorization;
  return typeof auth === 'string' ? bearerCredential(auth) : undefined;
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/**
 * The key the API requires, or undefined when it runs open. Listening beyond loopback without
 * a key is refused unless explicitly allowed, so a management API is never exposed by accident.
 */
export function requiredApiKey(settings: { API_HOST: string; WEBHOOK_API_KEY?: string; API_AUTH_DISABLED?: boolean }): string | undefined {
  if (settings.WEBHOOK_API_KEY) return settings.WEBHOOK_API_KEY;
  if (!isLoopback(settings.API_HOST) && !settings.API_AUTH_DISABLED) {
    throw new ConfigError(`invalid setting WEBHOOK_API_KEY: is required when API_HOST (${settings.API_HOST}) is not loopback (or set API_AUTH_DISABLED=true)`);
  }
  return undefined;
}
