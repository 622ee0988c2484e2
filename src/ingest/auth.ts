// Optional bearer-token check shared by both transports. Compared in constant time so the
// answer's timing does not reveal how much of a guessed token was right.
import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerCredential } from '../core/bearer.js';

export type TokenCheck = (authorization: string | undefined) => boolean;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** No token means authentication is off; an empty token is a configuration mistake. */
export function bearerTokenCheck(token: string | undefined): TokenCheck {
  if (token === undefined) return () => true;
  if (token === '') throw new Error('an empty OTLP bearer token would accept every request; unset it to turn authentication off');
  // Hashing first gives both sides the same length, which timingSafeEqual requires.
  const expected = digest(token);
  return (authorization) => {
    const given = bearerCredential(authorization);
    if (given === undefined) return false;
    return timingSafeEqual(digest(given), expected);
  };
}
