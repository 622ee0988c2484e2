// Fills a data dir through the real IngestWriter (the receiver's commit path), so CLI and API
// tests read signatures, samples and counters exactly as the server writes them.
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../src/core/model.js';
import { closeTables, openTables, type Tables } from '../../src/store/environment.js';
import { IngestWriter, type PreparedEvent } from '../../src/store/ingest-writer.js';

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

export async function seedTables(tables: Tables, kinds: SeedKind[], nowMs = Date.now()): Promise<void> {
  const writer = new IngestWriter(tables, { first: 2, recent: 5 });
  for (const kind of kinds) {
    const spread = kind.spreadMs ?? 3_600_000;
    const events = Array.from({ length: kind.events }, (_, i) => prepare(kind, nowMs - spread + Math.floor((spread * (i + 1)) / kind.events), i));
    await writer.commit(events, nowMs);
  }
}

export async function seedDataDir(dataDir: string, kinds: SeedKind[], nowMs = Date.now()): Promise<void> {
  const tables = openTables(dataDir);
  try {
    await seedTables(tables, kinds, nowMs);
  } finally {
    await closeTables(tables);
  }
}
