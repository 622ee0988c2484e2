// Headers on every console response. The policy allows only the console's own scripts,
// styles and API (no inline script or style, no framing, no plug-ins): CSP Level 3,
// https://www.w3.org/TR/CSP3/. Trace links open other UIs in a new tab, which CSP does not
// restrict; `no-referrer` keeps console URLs (signature ids, filters) out of their logs.
import type { FastifyReply } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function applySecurityHeaders(reply: FastifyReply): void {
  void reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cross-origin-resource-policy', 'same-origin');
}
