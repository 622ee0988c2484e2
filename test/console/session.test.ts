import { describe, expect, it } from 'vitest';
import { ConsoleSessions, SESSION_COOKIE } from '../../src/console/session.js';

const clockAt = (ms: number) => ({ now: () => ms });

describe('console sessions', () => {
  const t0 = Date.parse('2026-03-01T10:00:00Z');
  const sessions = new ConsoleSessions('the-api-key', 3_600_000, clockAt(t0));

  it('verifies a cookie it issued and reads the name back', () => {
    const value = sessions.issue('ana');
    expect(sessions.verify(value)).toEqual({ name: 'ana', expiresMs: t0 + 3_600_000 });
    expect(sessions.fromHeaders({ cookie: `other=1; ${SESSION_COOKIE}=${value}; x=y` })?.name).toBe('ana');
  });

  it('refuses a cookie whose payload was changed', () => {
    const [payload, mac] = sessions.issue('ana').split('.');
    const forged = Buffer.from(JSON.stringify({ n: 'admin', e: t0 + 1e12 })).toString('base64url');
    expect(sessions.verify(`${forged}.${mac}`)).toBeUndefined();
    expect(sessions.verify(`${payload}.${mac.slice(0, -2)}AA`)).toBeUndefined();
    expect(sessions.verify(payload)).toBeUndefined();
    expect(sessions.verify('')).toBeUndefined();
  });

  it('refuses a cookie signed for another API key (a key change signs everyone out)', () => {
    const other = new ConsoleSessions('another-key', 3_600_000, clockAt(t0));
    expect(sessions.verify(other.issue('ana'))).toBeUndefined();
  });

  it('refuses an expired cookie', () => {
    const value = sessions.issue('ana');
    const later = new ConsoleSessions('the-api-key', 3_600_000, clockAt(t0 + 3_600_000));
    expect(later.verify(value)).toBeUndefined();
  });

  it('sets the cookie HttpOnly and SameSite=Strict, Secure over HTTPS', () => {
    expect(sessions.setCookie('v', false)).toMatch(/^rounds_session=v; Path=\/; Max-Age=3600; HttpOnly; SameSite=Strict$/);
    expect(sessions.setCookie('v', true)).toMatch(/; Secure$/);
    expect(sessions.clearCookie(false)).toContain('Max-Age=0');
  });

  it('accepts plain names and refuses ones that would garble the history', () => {
    for (const ok of ['ana', 'Ana Lima', 'ops-bot', 'ana@example.org', 'José']) expect(ConsoleSessions.validName(ok)).toBe(true);
    for (const bad of ['', ' ana', 'a\nb', 'a;b', 'x'.repeat(65), '<script>']) expect(ConsoleSessions.validName(bad)).toBe(false);
  });
});
