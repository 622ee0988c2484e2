// The credential of an `Authorization: Bearer <token>` header (RFC 6750 §2.1). The scheme is
// case-insensitive (RFC 9110 §11.1) and spaces around the header value and between scheme and
// token are not part of the token. Shared by the OTLP transports and the API so the same
// header is accepted or refused the same way everywhere.
const BEARER = /^bearer[ \t]+(\S(?:.*\S)?)$/is;

export function bearerCredential(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = BEARER.exec(header.trim());
  return match ? match[1] : undefined;
}
