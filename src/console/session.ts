// Console sign-in: after the API key is checked once, the browser holds a session cookie
// instead of the key. The cookie is HttpOnly (page scripts never see it), SameSite=Strict (no
// other site's page can send it) and signed with a secret derived from the API key, so the
// server keeps no session table, every replica accepts it, and changing the key signs
// everyone out. Cookie syntax: RFC 6265 §4.1.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../core/ports.js';

export const SESSION_COOKIE = 'rounds_session';

/** Names recorded as `web:<name>` in a signature's history. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

export interface Session {
  name: string;
  expiresMs: number;
}

export class ConsoleSessions {
  private readonly secret: Buffer;

  /**
   * `apiKey` undefined: the API runs open (loopback), sessions only name the actor and the
   * secret is random per process.
   */
  constructor(
    apiKey: string | undefined,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {
    this.secret = apiKey === undefined ? randomBytes(32) : createHash('sha256').update('rounds-console-session\0').update(apiKey, 'utf8').digest();
  }

  static validName(name: string): boolean {
    return NAME.test(name);
  }

  /** The cookie value for a new session of `name` (already validated). */
  issue(name: string): string {
    const payload = Buffer.from(JSON.stringify({ n: name, e: this.clock.now() + this.ttlMs }), 'utf8').toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The session a cookie value carries, when its signature holds and it has not expired. */
  verify(value: string | undefined): Session | undefined {
    if (!value) return undefined;
    const dot = value.indexOf('.');
    if (dot <= 0) return undefined;
    const payload = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.sign(payload), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const { n, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { n?: unknown; e?: unknown };
      if (typeof n !== 'string' || typeof e !== 'number' || !ConsoleSessions.validName(n) || e <= this.clock.now()) return undefined;
      return { name: n, expiresMs: e };
    } catch {
      return undefined;
    }
  }

  /** The session of a request's Cookie header. */
  fromHeaders(headers: Record<string, string | string[] | undefined>): Session | undefined {
    return this.verify(readCookie(headers.cookie, SESSION_COOKIE));
  }

  /** Set-Cookie for a new session; `secure` when the console is served over HTTPS. */
  setCookie(value: string, secure: boolean): string {
    return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${Math.floor(this.ttlMs / 1000)}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  }

  clearCookie(secure: boolean): string {
    return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}

function readCookie(header: string | string[] | undefined, name: string): string | undefined {
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return undefined;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
