// Fills a store through its ingest writer (the receiver's commit path), so CLI and API tests
// read signatures, samples and counters exactly as the server writes them.
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../src/core/model.js';
import type { PreparedEvent, SamplePolicy, Store } from '../../src/core/ports.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';

const fingerprinter = createFingerprinter();
let seq = 0;

export interface SeedKind {
  service: string;
  type: string;
  message: string;
  /** Events, spread over the last `spreadMs` (default one hour) before `nowMs`. */
  events: number;
  spreadMs?: number;
  release?: string;
  host?: (i: number) => string;
  traceId?: string;
  stacktrace?: string;
}

export function prepare(kind: SeedKind, timeMs: number, i: number): PreparedEvent {
  seq++;
  const e: ErrorEvent = {
    source: 'span',
    dedupeKey: `s:seed${seq}:${process.pid}:${Date.now()}`,
    service: kind.service,
    timeMs,
    traceId: kind.traceId ?? (seq + 1).toString(16).padStart(32, 'a'),
    spanId: (seq + 1).toString(16).padStart(16, 'b'),
    spanName: 'POST /checkout',
    exception: { type: kind.type, message: kind.message, stacktrace: kind.stacktrace },
    handled: false,
    release: kind.release ?? '1.0.0',
    environment: 'prod',
    host: kind.host?.(i) ?? `web-${i % 3}`,
    attributes: { 'http.route': '/checkout' },
    resource: { 'service.name': kind.service },
  };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message }) };
}

/** The samples seeded stores keep: few, so tests see the window slide. */
export const SEED_SAMPLES: SamplePolicy = { first: 2, recent: 5 };

/** Commits each kind's events as one batch through the store's writer. */
export async function seedStore(store: Store, kinds: SeedKind[], nowMs = Date.now()): Promise<void> {
  for (const kind of kinds) {
    const spread = kind.spreadMs ?? 3_600_000;
    const events = Array.from({ length: kind.events }, (_, i) => prepare(kind, nowMs - spread + Math.floor((spread * (i + 1)) / kind.events), i));
    await store.ingest!.commit(events, nowMs);
  }
}

/** Seeds the LMDB store of a data dir (created when there is none). */
export async function seedDataDir(dataDir: string, kinds: SeedKind[], nowMs = Date.now()): Promise<void> {
  const store = await LmdbStore.open(dataDir, { samples: SEED_SAMPLES });
  try {
    await seedStore(store, kinds, nowMs);
  } finally {
    await store.close();
  }
}
