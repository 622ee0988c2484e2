// A copy of src/store/lmdb/fingerprint-ids.ts as of 8c1e4d4, before the group commit's main-thread cost was cut
// (issue #12): writer-equivalence.test.ts commits the same batches through it and through the
// current writer and requires the same rows. Not used by Rounds.
// Which signature a fingerprint belongs to. A signature's id is the first 12 hex digits of its
// first fingerprint's SHA-256, so that fingerprint needs no row of its own: the `fingerprints`
// table holds only what the digest cannot tell — aliases (template merges, upgrades, merged
// signatures) and ids lengthened after a collision. Every new signature saves that write.
// Rows written before this rule stay valid: a row is always read first.
import { hash } from 'node:crypto';
import type { Signature } from '../../../../src/core/model.js';
import type { Tables } from '../../../../src/store/lmdb/environment.js';
import { readRow, type SignatureRow } from '../../../../src/store/lmdb/signature-rows.js';

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

export interface FingerprintLookup {
  /** The id `fingerprint` resolves to (before following merges), or undefined. */
  owner?: string;
  /** The owner's row when it was read on the way (the owner is the digest's id). */
  signature?: SignatureRow;
  /** No signature holds the digest's id: a new signature can take it without another read. */
  digestFree: boolean;
}

/**
 * Resolves `fingerprint`. `rows`: false when the caller knows the `fingerprints` table is empty
 * (a read that cannot hit is skipped).
 */
export function lookupFingerprint(tables: Pick<Tables, 'fingerprints' | 'signatures' | 'signatureIds'>, fingerprint: string, rows = true): FingerprintLookup {
  const row = rows ? tables.fingerprints.get(fingerprint) : undefined;
  if (row !== undefined) return { owner: row, digestFree: false };
  const id = fingerprintDigest(fingerprint).slice(0, ID_LENGTH);
  const sig = readRow(tables, id);
  return claims(sig, fingerprint) ? { owner: id, signature: sig, digestFree: false } : { digestFree: sig === undefined };
}

/** The id `fingerprint` resolves to (before following merges), or undefined. */
export function fingerprintOwner(tables: Pick<Tables, 'fingerprints' | 'signatures' | 'signatureIds'>, fingerprint: string): string | undefined {
  return lookupFingerprint(tables, fingerprint).owner;
}

/** Makes `fingerprint` resolve to `id`, writing a row only when the digest does not say so. */
export function claimFingerprint(tables: Pick<Tables, 'fingerprints' | 'signatures' | 'signatureIds'>, fingerprint: string, id: string): void {
  if (fingerprintOwner(tables, fingerprint) === id) return;
  tables.fingerprints.putSync(fingerprint, id);
}
