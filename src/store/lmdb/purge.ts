// `rounds purge`: deletes signatures whose last occurrence is older than a cutoff, with every
// row that belongs to them (samples, counters, index rows, fingerprints, queue entry). The
// candidates come from the last-seen index, oldest first, so the work is proportional to what
// is deleted; each batch is its own transaction so a running server keeps committing.
import type { Tables } from './environment.js';
import { dropQueueIndexRowInTxn } from './investigation-queue.js';
import { allRows, readRow, removeRow, type SignatureRow } from './signature-rows.js';
import { signatureStatsKey } from './attribute-stats.js';
import { MUTE_DEADLINE_PREFIX, SORT_PREFIX } from './keys.js';


export interface PurgeProgress {
  done: number;
  total: number;
}

const BATCH = 200;

export async function purgeOlderThan(tables: Tables, cutoffMs: number, onProgress?: (p: PurgeProgress) => void): Promise<{ purged: number; tombstones: number }> {
  const { sigIndex } = tables;
  // A fresh options object per call: lmdb-js keeps state on the one it is given.
  const range = () => ({ start: [SORT_PREFIX.last, -Infinity], end: [SORT_PREFIX.last, cutoffMs] });
  const total = sigIndex.getKeysCount(range());
  let purged = 0;
  let done = 0;
  while (true) {
    const keys = [...sigIndex.getKeys({ ...range(), limit: BATCH })] as [string, number, string][];
    if (keys.length === 0) break;
    await tables.root.transaction(() => {
      for (const key of keys) {
        const sig = readRow(tables, key[2]);
        if (sig && !sig.mergedInto && sig.lastSeenMs === key[1]) {
          deleteSignatureInTxn(tables, sig);
          purged++;
        } else {
          // The signature moved on since the read (a new occurrence) or the row is stale.
          sigIndex.removeSync(key);
          if (sig && !sig.mergedInto) sigIndex.putSync([SORT_PREFIX.last, sig.lastSeenMs, sig.id], null);
        }
      }
    });
    done += keys.length;
    onProgress?.({ done: Math.min(done, total), total });
  }
  // Merged signatures have no index rows; they go once they are as old as the cutoff.
  const tombstones: SignatureRow[] = [];
  for (const sig of allRows(tables)) {
    if (sig.mergedInto && sig.lastSeenMs < cutoffMs) tombstones.push(sig);
  }
  for (let i = 0; i < tombstones.length; i += BATCH) {
    const chunk = tombstones.slice(i, i + BATCH);
    await tables.root.transaction(() => {
      for (const sig of chunk) deleteSignatureInTxn(tables, sig);
    });
  }
  await tables.root.flushed;
  return { purged, tombstones: tombstones.length };
}

/**
 * Removes one signature and everything that belongs to it (rows keyed by its id or its
 * ordinal). Trace-index rows expire with retention.
 * `sig` is the stored row (signature-rows.ts), so its queue entry's index row goes with it.
 */
export function deleteSignatureInTxn(tables: Tables, sig: SignatureRow): void {
  const { sigIndex, fingerprints, occurrences, counters, attributeStats, meta } = tables;
  sigIndex.removeSync([SORT_PREFIX.count, sig.count, sig.id]);
  sigIndex.removeSync([SORT_PREFIX.last, sig.lastSeenMs, sig.id]);
  sigIndex.removeSync([SORT_PREFIX.first, sig.firstSeenMs, sig.id]);
  for (const fp of [sig.fingerprint, ...sig.aliases]) {
    if (fingerprints.get(fp) === sig.id) fingerprints.removeSync(fp);
  }
  // Samples, counters and attribute statistics are keyed by the ordinal (signature-rows.ts).
  const rows = { start: [sig.ordinal], end: [sig.ordinal + 1] };
  for (const key of occurrences.getKeys(rows)) occurrences.removeSync(key);
  for (const key of counters.getKeys(rows)) counters.removeSync(key);
  attributeStats.removeSync(signatureStatsKey(sig.ordinal));
  dropQueueIndexRowInTxn(tables, sig);
  if (meta.get(MUTE_DEADLINE_PREFIX + sig.id) !== undefined) meta.removeSync(MUTE_DEADLINE_PREFIX + sig.id);
  removeRow(tables, sig);
}
