// A real LMDB store in a temp dir with the real writer, for tests that fill it through the
// same path the pipeline uses.
import { rmSync } from 'node:fs';
import { createFingerprinter, type Fingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../src/core/model.js';
import type { SignatureStore, SignatureUpdater } from '../../src/core/ports.js';
import { closeTables, openTables, type Tables } from '../../src/store/environment.js';
import { IngestWriter, type PreparedEvent, type SamplePolicy } from '../../src/store/ingest-writer.js';
import { LmdbSignatureStore } from '../../src/store/signature-store.js';
import { tempDataDir } from './temp-dir.js';

export interface TempStore {
  dir: string;
  tables: Tables;
  store: LmdbSignatureStore;
  writer: IngestWriter;
  close(): Promise<void>;
}

export function openTempStore(samples: SamplePolicy = { first: 5, recent: 20 }): TempStore {
  const dir = tempDataDir();
  const tables = openTables(dir);
  return {
    dir,
    tables,
    store: new LmdbSignatureStore(tables),
    writer: new IngestWriter(tables, samples),
    async close() {
      await closeTables(tables);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const defaultFingerprinter = createFingerprinter();

/** Pairs an event with its fingerprint, as the pipeline hands it to the writer. */
export function prepare(event: ErrorEvent, fingerprinter: Fingerprinter = defaultFingerprinter): PreparedEvent {
  return {
    event,
    fp: fingerprinter.fingerprint({ source: event.source, service: event.service, type: event.exception?.type, message: event.exception?.message, body: event.body }),
  };
}

/** Transitional: the investigator's async port over the synchronous LMDB reader. */
export function investigatorStore(store: LmdbSignatureStore): SignatureStore & SignatureUpdater {
  return {
    getSignature: async (id) => store.getSignature(id),
    listOccurrences: async (id, limit) => store.listOccurrences(id, limit),
    update: (id, change) => store.update(id, change),
  };
}
