// Which signature a fingerprint belongs to. A signature's id is the first 12 hex digits of its
// first fingerprint's SHA-256, so that fingerprint needs no row of its own: the `fingerprints`
// table holds only what the digest cannot tell — aliases (template merges, upgrades, merged
// signatures) and ids lengthened after a collision. Every new signature saves that write.
// Rows written before this rule stay valid: a row is always read first.
import { hash } from 'node:crypto';
import type { Signature } from '../../core/model.js';
import type { Tables } from './environment.js';

/** Hex digits of a signature id; lengthened by 4 while taken by another fingerprint. */
export const ID_LENGTH = 12;

// The writer asks for the same digest twice in a row (to resolve, then to create): the last one is kept.
let last: [fingerprint: string, digest: string] = ['', ''];

export function fingerprintDigest(fingerprint: string): string {
  if (last[0] !== fingerprint || last[1] === '') last = [fingerprint, hash('sha256', fingerprint)];
  return last[1];
}

const claims = (sig: Signature | undefined, fingerprint: string): sig is Signature =>
  sig !== undefined && (sig.fingerprint === fingerprint || sig.aliases.includes(fingerprint));

/** The id `fingerprint` resolves to (before following merges), or undefined. */
export function fingerprintOwner(tables: Pick<Tables, 'fingerprints' | 'signatures'>, fingerprint: string): string | undefined {
  const row = tables.fingerprints.get(fingerprint);
  if (row !== undefined) return row;
  const id = fingerprintDigest(fingerprint).slice(0, ID_LENGTH);
  return claims(tables.signatures.get(id) as Signature | undefined, fingerprint) ? id : undefined;
}

/** Makes `fingerprint` resolve to `id`, writing a row only when the digest does not say so. */
export function claimFingerprint(tables: Pick<Tables, 'fingerprints' | 'signatures'>, fingerprint: string, id: string): void {
  if (fingerprintOwner(tables, fingerprint) === id) return;
  tables.fingerprints.putSync(fingerprint, id);
}
