// Optional bearer-token check shared by both transports. Compared in constant time so the
// answer's timing does not reveal how much of a guessed token was right.
import { createHash, timingSafeEqual } from 'node:crypto';

export type TokenCheck = (authorization: string | undefined) => boolean;

export function bearerTokenCheck(token: string | undefined): TokenCheck {
  if (!token) return () => true;
  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  const expected = createHash('sha256').update(`Bearer ${token}`).digest();
  return (authorization) => {
    if (!authorization) return false;
    const given = createHash('sha256').update(authorization.trim()).digest();
    return timingSafeEqual(given, expected);
  };
}
