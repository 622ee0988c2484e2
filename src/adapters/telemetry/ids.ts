// Trace and span ids arrive as hex (Jaeger, Tempo search, SigNoz, OTLP JSON) or base64 (Tempo's
// v1 trace endpoint, grafana/tempo#5437). Everything leaving an adapter is lowercase hex, padded
// to the OTLP widths so ids from every backend compare equal with those Rounds stored.

const HEX = /^[0-9a-fA-F]+$/;

/**
 * Hex stays hex; anything else is read as base64. The lengths never collide: a 16-byte trace id
 * is 32 hex or 24 base64 characters, an 8-byte span id 16 hex or 12 base64 characters.
 */
export function toHexId(id: string, bytes: 16 | 8): string {
  if (!id) return '';
  const hex = HEX.test(id) && id.length <= bytes * 2 ? id : Buffer.from(id, 'base64').toString('hex');
  return hex.toLowerCase().padStart(bytes * 2, '0');
}

export const traceIdHex = (id: string): string => toHexId(id, 16);
export const spanIdHex = (id: string): string => toHexId(id, 8);

/** A trace id fit to put in a URL path or a query: hex only, so nothing can be injected. */
export function isHexTraceId(id: string): boolean {
  return HEX.test(id) && id.length >= 16 && id.length <= 32;
}
