// Signature ordinals (signature-rows.ts): the store numbers signatures 0, 1, 2, … in the order
// it creates them, and keeps the next number in the meta row `nextOrdinal`. Numbers are taken
// inside the write transaction that creates the signatures, so a batch that does not commit
// gives its numbers back, and LMDB's single writer makes them unique.
import type { Tables } from './environment.js';

const NEXT_ORDINAL = 'nextOrdinal';

/** Hands out ordinals inside one write transaction: one read of the counter, one write back. */
export class OrdinalCounter {
  /** The next ordinal to hand out, once one was taken in this transaction. */
  private next: number | undefined;

  constructor(private readonly tables: Pick<Tables, 'meta'>) {}

  take(): number {
    this.next ??= (this.tables.meta.get(NEXT_ORDINAL) as number | undefined) ?? 0;
    return this.next++;
  }

  /** Writes the counter back if an ordinal was taken; call before the transaction ends. */
  saveInTxn(): void {
    if (this.next !== undefined) this.tables.meta.putSync(NEXT_ORDINAL, this.next);
    this.next = undefined;
  }
}

/** One ordinal, for a caller that creates a single signature inside its transaction. */
export function takeOrdinalInTxn(tables: Pick<Tables, 'meta'>): number {
  const counter = new OrdinalCounter(tables);
  const ordinal = counter.take();
  counter.saveInTxn();
  return ordinal;
}

/** Sets the counter (the schema 7 migration, after numbering the stored signatures). */
export function setNextOrdinalInTxn(tables: Pick<Tables, 'meta'>, next: number): void {
  tables.meta.putSync(NEXT_ORDINAL, next);
}
