// A real store in a temp dir (LMDB, the default backend) with its real writer, for tests that
// fill it through the same path the pipeline uses.
import { rmSync } from 'node:fs';
import { createFingerprinter, type Fingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent, Signature } from '../../src/core/model.js';
import type { IngestCommit, PreparedEvent, SamplePolicy, Store } from '../../src/core/ports.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { tempDataDir } from './temp-dir.js';

export interface TempStore {
  dir: string;
  store: Store;
  writer: IngestCommit;
  /** A restart: closes the store and opens the same data again (`store` and `writer` are replaced). */
  reopen(): Promise<Store>;
  /** Closes the store and removes the data dir. */
  close(): Promise<void>;
}

export async function openTempStore(samples: SamplePolicy = { first: 5, recent: 20 }, attributeKeys?: readonly string[]): Promise<TempStore> {
  const dir = tempDataDir();
  const open = () => LmdbStore.open(dir, { samples, attributeKeys });
  const store = await open();
  const temp: TempStore = {
    dir,
    store,
    writer: store.ingest!,
    async reopen() {
      await temp.store.close();
      temp.store = await open();
      temp.writer = temp.store.ingest!;
      return temp.store;
    },
    async close() {
      await temp.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return temp;
}

const defaultFingerprinter = createFingerprinter();

/** Pairs an event with its fingerprint, as the pipeline hands it to the writer. */
export function prepare(event: ErrorEvent, fingerprinter: Fingerprinter = defaultFingerprinter): PreparedEvent {
  return {
    event,
    fp: fingerprinter.fingerprint({ source: event.source, service: event.service, type: event.exception?.type, message: event.exception?.message, body: event.body }),
  };
}

/** Every signature (merged ones left out) in a sort order, newest/largest first: one page of all. */
export async function allSignatures(store: Pick<Store, 'listSignatures' | 'refresh'>, sort: 'count' | 'last' | 'first' = 'last'): Promise<Signature[]> {
  store.refresh();
  return (await store.listSignatures({ sort, limit: Number.MAX_SAFE_INTEGER })).items;
}
