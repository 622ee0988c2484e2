// Rows a writer wrote, kept decoded beside the bytes it wrote them as, so that reading one back
// in a later transaction needs no decoding when the stored bytes are still those bytes.
//
// Under steady traffic every commit reads each busy signature's row (and its hour counter row)
// and writes it back changed; decoding the row it wrote itself a commit earlier was about 9 % of
// the firehose-shaped commit's main-thread time (bench/commit.ts, CPU profile of `apply`). Other
// writers change these rows too (the API's status changes, the investigator, retention, a purge
// or the CLI in another process), so what was kept is used only while the stored bytes equal the
// bytes it was written as: any other write, a transaction that did not commit, or a removed row
// leaves other bytes (or none) there, and the row is then read and decoded as before. Equal
// bytes decode to an equal value, so a hit returns what a read would.
//
// The value is encoded here with the table's own encoder and handed to lmdb-js already encoded
// (`asBinary`), so the table stores the bytes it would have encoded itself. Kept values are
// shared with the caller and must not be changed in place.
import { asBinary, type Database, type Key } from 'lmdb';

interface Encoder {
  encode(value: unknown): Uint8Array;
}

/** `value` as `db` encodes it, in a buffer of its own (the encoder's is reused by its next call). */
function encoded(db: Database, value: unknown): Buffer {
  return Buffer.from((db as unknown as { encoder: Encoder }).encoder.encode(value));
}

/**
 * `value` encoded once with `db`'s encoder, for writing it at many keys (`putSync(key, it)`):
 * the same bytes the table would encode for each put, without encoding it for each.
 */
export function encodedOnce(db: Database, value: unknown): ReturnType<typeof asBinary> {
  return asBinary(encoded(db, value));
}

export class RowsByBytes<K extends Key, V> {
  private readonly rows = new Map<string | number, { bytes: Buffer; value: V }>();

  constructor(
    private readonly db: Database,
    /** A Map key for the table's key (the key itself when it is a number or a string). */
    private readonly idOf: (key: K) => string | number,
    /** Rows kept at most, the least recently written dropped first. */
    private readonly limit = 512,
  ) {}

  /** The stored value at `key`, as `db.get` gives it. */
  get(key: K): V | undefined {
    const id = this.idOf(key);
    const kept = this.rows.get(id);
    if (kept !== undefined) {
      // lmdb-js's shared read buffer, valid until the next read: compared at once. Its `length`
      // is the value's size, set on a larger buffer, so only that much of it is compared.
      const stored = this.db.getBinaryFast(key);
      if (stored !== undefined && stored.length === kept.bytes.length && kept.bytes.compare(stored, 0, stored.length) === 0) return kept.value;
      this.rows.delete(id);
    }
    return this.db.get(key) as V | undefined;
  }

  /** Writes `value` at `key` inside a write transaction, and keeps it. */
  putSync(key: K, value: V): void {
    const bytes = encoded(this.db, value);
    this.db.putSync(key, asBinary(bytes));
    const id = this.idOf(key);
    this.rows.delete(id);
    this.rows.set(id, { bytes, value });
    if (this.rows.size > this.limit) this.rows.delete(this.rows.keys().next().value!);
  }
}
