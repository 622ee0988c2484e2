// Reads and management writes on signatures, for the investigator, the CLI and the API.
// Management writes are small transactions of their own; LMDB serialises them with the
// pipeline's commits (also across processes), so the CLI may write while the server runs.
import type { Occurrence, Signature } from '../../core/model.js';
import { AmbiguousIdError, SignatureNotFoundError } from '../../core/store-errors.js';
import type { Tables } from './environment.js';
import type { InvestigationEntry } from './ingest-writer.js';
import { newEntriesBeyond, putQueueEntryInTxn, queueEntry, queueHead, queueSize, removeQueueEntryInTxn, shedInTxn } from './investigation-queue.js';
import { asSignature, createRow, idsFrom, ordinalOf, readRow, readSignature, writeRow, type SignatureRow } from './signature-rows.js';
import { claimFingerprint, fingerprintOwner } from './fingerprint-ids.js';
import { counterKey, type HourRow } from './hour-counters.js';
import { takeOrdinalInTxn } from './ordinals.js';
import { HOUR_MS, hourBucket, MINUTE_MS, minuteBucket, SORT_PREFIX, type SortOrder } from './keys.js';

/** How many signatures an ambiguous id prefix names. */
const CANDIDATES_SHOWN = 5;

export { AmbiguousIdError, SignatureNotFoundError };

export class LmdbSignatureStore {
  constructor(readonly tables: Tables) {}

  getSignature(id: string): Signature | undefined {
    return readSignature(this.tables, id);
  }

  /** Finds a signature by full id or a unique id prefix (like git); undefined when none. */
  findSignature(idOrPrefix: string): Signature | undefined {
    const exact = this.getSignature(idOrPrefix);
    if (exact) return exact;
    if (!/^[0-9a-f]{1,32}$/.test(idOrPrefix)) return undefined;
    const matches: Signature[] = [];
    // A few candidates are read so an ambiguous prefix can name them (as git does).
    for (const id of idsFrom(this.tables, idOrPrefix, CANDIDATES_SHOWN + 1)) {
      if (!id.startsWith(idOrPrefix)) break;
      const sig = readSignature(this.tables, id);
      if (sig) matches.push(sig);
    }
    if (matches.length > 1) {
      const shown = matches.slice(0, CANDIDATES_SHOWN).map((m) => `${m.id} (${m.service}: ${m.type})`);
      const more = matches.length > CANDIDATES_SHOWN ? ', …' : '';
      throw new AmbiguousIdError(`id prefix "${idOrPrefix}" matches more than one signature: ${shown.join(', ')}${more}`);
    }
    return matches[0];
  }

  /** Like `findSignature`, but a missing signature is an error naming what was asked for. */
  requireSignature(idOrPrefix: string): Signature {
    const sig = this.findSignature(idOrPrefix);
    if (!sig) throw new SignatureNotFoundError(`no signature ${idOrPrefix}`);
    return sig;
  }

  findByFingerprint(fingerprint: string): Signature | undefined {
    const id = fingerprintOwner(this.tables, fingerprint);
    return id === undefined ? undefined : this.getSignature(id);
  }

  listOccurrences(signatureId: string, limit: number): Occurrence[] {
    const out: Occurrence[] = [];
    const ordinal = ordinalOf(this.tables, signatureId);
    if (ordinal === undefined) return out;
    for (const { value } of this.tables.occurrences.getRange({ start: [ordinal, Infinity], end: [ordinal, -1], reverse: true, limit })) {
      out.push(value as Occurrence);
    }
    return out;
  }

  /** Counts per bucket for [fromMs, toMs], oldest first, zero-filled. */
  counts(signatureId: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number): number[] {
    const bucketOf = granularity === 'minute' ? minuteBucket : hourBucket;
    const from = bucketOf(fromMs);
    const to = bucketOf(toMs);
    const out = new Array<number>(Math.max(0, to - from + 1)).fill(0);
    const ordinal = ordinalOf(this.tables, signatureId);
    if (out.length === 0 || ordinal === undefined) return out;
    for (const { key, value } of this.tables.counters.getRange({ start: counterKey(ordinal, hourBucket(fromMs)), end: counterKey(ordinal, hourBucket(toMs) + 1) })) {
      const hour = (key as [string, number])[1];
      const row = value as HourRow;
      if (granularity === 'hour') out[hour - from] = row[0];
      else {
        const firstMinute = (hour * HOUR_MS) / MINUTE_MS;
        for (let i = 1; i + 1 < row.length; i += 2) {
          const at = firstMinute + row[i] - from;
          if (at >= 0 && at < out.length) out[at] = row[i + 1];
        }
      }
    }
    return out;
  }

  /**
   * Walks signatures in a sort order (newest/largest first by default) and yields those that
   * pass `filter`, so a page of results costs only the rows it reads.
   */
  *iterate(order: SortOrder, options: { ascending?: boolean; after?: [number, string] } = {}): Generator<Signature> {
    const prefix = SORT_PREFIX[order];
    const ascending = options.ascending ?? false;
    const range = ascending
      ? { start: options.after ? [prefix, options.after[0], options.after[1] + '\u0000'] : [prefix, -Infinity], end: [prefix, Infinity] }
      : { start: options.after ? [prefix, options.after[0], options.after[1]] : [prefix, Infinity], end: [prefix, -Infinity], reverse: true };
    const field = order === 'count' ? 'count' : order === 'last' ? 'lastSeenMs' : 'firstSeenMs';
    for (const { key } of this.tables.sigIndex.getRange(range)) {
      const id = (key as [string, number, string])[2];
      if (options.after && !ascending && (key as [string, number, string])[1] === options.after[0] && id === options.after[1]) continue;
      const sig = this.getSignature(id);
      if (!sig) continue;
      // A row whose value no longer matches the signature is stale (left by a writer that
      // changed the field without moving the row). It stands in for the signature only when
      // no current row exists, so nothing is listed twice and nothing goes missing.
      if (sig[field] !== (key as [string, number, string])[1] && this.tables.sigIndex.doesExist([prefix, sig[field], id])) continue;
      yield sig;
    }
  }

  /**
   * Applies `change` to a signature inside one write transaction and returns the result;
   * sort indexes follow count and time changes. `change` may throw (e.g. LifecycleError).
   */
  async update(id: string, change: (sig: Signature) => Signature): Promise<Signature> {
    const next = await this.tables.root.transaction(() => this.updateInTxn(id, change));
    await this.tables.root.flushed;
    return next;
  }

  /** The same as `update`, for callers already inside a write transaction. */
  updateInTxn(id: string, change: (sig: Signature) => Signature): Signature {
    const current = this.getSignature(id);
    if (!current) throw new Error(`no signature ${id}`);
    const next = change(current);
    this.putInTxn(current, next);
    return next;
  }

  /**
   * Writes `next` over `current`, keeping the indexes and the fingerprint table in step, and
   * the queue entry the stored row holds (queue changes go through investigation-queue.ts).
   */
  putInTxn(current: Signature | undefined, next: Signature): void {
    const { sigIndex } = this.tables;
    if (current) {
      sigIndex.removeSync([SORT_PREFIX.count, current.count, current.id]);
      sigIndex.removeSync([SORT_PREFIX.last, current.lastSeenMs, current.id]);
      sigIndex.removeSync([SORT_PREFIX.first, current.firstSeenMs, current.id]);
    }
    // A signature created here (an import, a test) is numbered like the writer's (ordinals.ts).
    const stored = readRow(this.tables, next.id);
    if (stored) writeRow(this.tables, next, stored.ordinal, stored.queued);
    else createRow(this.tables, { ...asSignature(next as SignatureRow), ordinal: takeOrdinalInTxn(this.tables) });
    if (!next.mergedInto) {
      sigIndex.putSync([SORT_PREFIX.count, next.count, next.id], null);
      sigIndex.putSync([SORT_PREFIX.last, next.lastSeenMs, next.id], null);
      sigIndex.putSync([SORT_PREFIX.first, next.firstSeenMs, next.id], null);
    }
    // A merged signature's fingerprints point at the merge target (it lists them as aliases).
    if (!next.mergedInto) {
      for (const fp of [next.fingerprint, ...next.aliases]) claimFingerprint(this.tables, fp, next.id);
    }
  }

  /** Ids of signatures that occurred in a trace within the last `hours` hours (of arrival). */
  signaturesInTrace(traceId: string, nowMs: number, hours = 48): string[] {
    const ids = new Set<string>();
    const newest = hourBucket(nowMs);
    for (let h = newest; h > newest - hours; h--) {
      for (const { key, value } of this.tables.traceIndex.getRange({ start: [h, traceId], end: [h, traceId, '\uffff'] })) {
        // An event's row holds its signature; a row from before those rows is keyed by it.
        ids.add(typeof value === 'string' ? value : (key as [number, string, string])[2]);
      }
    }
    return [...ids];
  }

  getInvestigation(id: string): InvestigationEntry | undefined {
    return queueEntry(this.tables, id);
  }

  /** Every pending investigation, in the order the investigator takes them. */
  *pendingInvestigations(): Generator<[string, InvestigationEntry]> {
    yield* queueHead(this.tables, Infinity);
  }

  /** The first `limit` pending investigations in the order the investigator takes them. */
  queueHead(limit: number): [string, InvestigationEntry][] {
    return [...queueHead(this.tables, limit)];
  }

  /** Pending investigations (O(1)). */
  queueSize(): number {
    return queueSize(this.tables);
  }

  /**
   * Sheds the newest new-signature entries beyond the first `keep` (at most `limit`): each
   * leaves the queue uninvestigated and its history says so. Returns the shed signatures.
   */
  async shedNewInvestigations(keep: number, limit: number, atMs: number, reason: string): Promise<Signature[]> {
    const shed = await this.tables.root.transaction(() => {
      const ids = [...newEntriesBeyond(this.tables, keep, limit)].map(([id]) => id);
      return shedInTxn(this.tables, ids, atMs, reason);
    });
    await this.tables.root.flushed;
    return shed;
  }

  async putInvestigation(id: string, entry: InvestigationEntry | undefined): Promise<void> {
    await this.tables.root.transaction(() => {
      if (entry) putQueueEntryInTxn(this.tables, id, entry);
      else removeQueueEntryInTxn(this.tables, id);
    });
    await this.tables.root.flushed;
  }

  getMeta<T>(key: string): T | undefined {
    return this.tables.meta.get(key) as T | undefined;
  }

  async putMeta(key: string, value: unknown): Promise<void> {
    await this.tables.root.transaction(() => this.tables.meta.putSync(key, value));
    await this.tables.root.flushed;
  }

  /** Readers in another process see writes once their read snapshot is renewed. */
  refresh(): void {
    this.tables.root.resetReadTxn();
  }
}
