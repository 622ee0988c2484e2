// Which signature a fingerprint belongs to. A signature's id is the first 12 hex digits of its
// first fingerprint's SHA-256, so that fingerprint needs no row of its own: the `fingerprints`
// table holds only what the digest cannot tell — aliases (template merges, upgrades, merged
// signatures) and ids lengthened after a collision. Every new signature saves that write.
// Rows written before this rule stay valid: a row is always read first.
import { hash } from 'node:crypto';
import type { Signature } from '../../core/model.js';
import type { Tables } from './environment.js';
import { readRow, type SignatureRow } from './signature-rows.js';

/** Hex digits of a signature id; lengthened by 4 while taken by another fingerprint. */
export const ID_LENGTH = 12;

/**
 * Digests asked for lately. The writer asks once per signature and commit (twice for a new one:
 * to resolve, then to create), and a steady stream's commits hold the same few fingerprints, so
 * each would be hashed again every commit.
 */
let digests = new Map<string, string>();
const DIGESTS_KEPT = 1024;

export function fingerprintDigest(fingerprint: string): string {
  let digest = digests.get(fingerprint);
  if (digest === undefined) {
    digest = hash('sha256', fingerprint);
    if (digests.size >= DIGESTS_KEPT) digests = new Map();
    digests.set(fingerprint, digest);
  }
  return digest;
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
export function lookupFingerprint(
  tables: Pick<Tables, 'fingerprints' | 'signatures' | 'signatureIds'>,
  fingerprint: string,
  rows = true,
  /** Reads a signature's row (the writer's reads what it wrote without decoding it, rows-by-bytes.ts). */
  read: (id: string) => SignatureRow | undefined = (id) => readRow(tables, id),
): FingerprintLookup {
  const row = rows ? tables.fingerprints.get(fingerprint) : undefined;
  if (row !== undefined) return { owner: row, digestFree: false };
  const id = fingerprintDigest(fingerprint).slice(0, ID_LENGTH);
  const sig = read(id);
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
