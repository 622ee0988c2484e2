// Which store a process uses, decided in one place: the composition root (`rounds serve`) and
// every CLI command open their store through `openStore`. Today there is one backend, LMDB in
// the data dir (the embedded default); a PostgreSQL store shared by replicas is the second
// (docs/architecture.md "The store port").
import type { Store, StoreOpenOptions } from '../core/ports.js';
import { LmdbStore } from './lmdb/lmdb-store.js';

/** Where the store is. */
export type StoreLocation = { backend: 'lmdb'; dataDir: string };
// The PostgreSQL implementation adds `| { backend: 'postgresql'; url: string }` here.

/** The store the settings name (the server's; the CLI resolves the same settings itself). */
export function storeLocation(settings: { ROUNDS_DATA_DIR: string }): StoreLocation {
  return { backend: 'lmdb', dataDir: settings.ROUNDS_DATA_DIR };
}

export interface OpenStoreOptions extends StoreOpenOptions {
  /** Refuse (StoreNotFoundError) rather than create an empty store: CLI commands. */
  mustExist?: boolean;
}

export function openStore(location: StoreLocation, options: OpenStoreOptions = {}): Promise<Store> {
  switch (location.backend) {
    case 'lmdb':
      return LmdbStore.open(location.dataDir, options);
    // case 'postgresql': the PostgreSQL store, opened with its URL.
  }
}
