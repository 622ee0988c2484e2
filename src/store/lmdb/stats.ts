// Store-wide figures for `rounds stats` and GET /api/stats. Counting by status reads every
// signature once (there is no status index: the receiver changes statuses inside its own
// commits); recent event totals visit only the signatures seen in the last day, newest first.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SIGNATURE_STATUSES, type SignatureStatus } from '../../core/model.js';
import type { StoreStats } from '../../core/ports.js';
import { countFromMinute, counterKey, type HourRow } from './hour-counters.js';
import { queueSize } from './investigation-queue.js';
import { allRows, ordinalOf } from './signature-rows.js';
import { hourBucket, MINUTE_MS, minuteBucket, SORT_PREFIX } from './keys.js';
import type { LmdbSignatureStore } from './signature-store.js';

export function collectStats(store: LmdbSignatureStore, dataDir: string, nowMs: number): StoreStats {
  const { tables } = store;
  const byStatus = Object.fromEntries(SIGNATURE_STATUSES.map((s) => [s, 0])) as Record<SignatureStatus, number>;
  let total = 0;
  let regressed = 0;
  let merged = 0;
  let events = 0;
  for (const sig of allRows(tables)) {
    if (sig.mergedInto) {
      merged++;
      continue;
    }
    total++;
    byStatus[sig.status]++;
    if (sig.regressed) regressed++;
    events += sig.count;
  }

  let lastHour = 0;
  let lastDay = 0;
  const dayStart = nowMs - 24 * 3_600_000;
  const hourFrom = hourBucket(dayStart) + 1;
  const minuteFrom = minuteBucket(nowMs - 3_600_000) + 1;
  const hourOfMinuteFrom = hourBucket(minuteFrom * MINUTE_MS);
  for (const key of tables.sigIndex.getKeys({ start: [SORT_PREFIX.last, Infinity], end: [SORT_PREFIX.last, dayStart], reverse: true })) {
    const ordinal = ordinalOf(tables, (key as [string, number, string])[2]);
    if (ordinal === undefined) continue;
    for (const { key, value } of tables.counters.getRange({ start: counterKey(ordinal, hourFrom), end: counterKey(ordinal, Infinity) })) {
      const hour = (key as [number, number])[1];
      lastDay += (value as HourRow)[0];
      if (hour >= hourOfMinuteFrom) lastHour += countFromMinute(value as HourRow, hour, minuteFrom);
    }
  }

  const file = join(dataDir, 'rounds.mdb');
  let bytesOnDisk = 0;
  try {
    bytesOnDisk = statSync(file).blocks * 512;
  } catch {
    // A data dir being deleted concurrently: report zero rather than fail the whole command.
  }
  const env = tables.root.getStats() as { pageSize: number; lastPageNumber: number };
  return {
    signatures: { total, byStatus, regressed, merged },
    events: { total: events, lastHour, lastDay },
    investigationsQueued: queueSize(tables),
    dataDir: { path: dataDir, bytesOnDisk, bytesUsed: (env.lastPageNumber + 1) * env.pageSize },
  };
}
