// Which store a process uses, decided in one place: the composition root (`rounds serve`) and
// every CLI command open their store through `openStore`: LMDB in the data dir (the embedded
// default), or a PostgreSQL database shared by replicas (docs/scaling.md).
import type { Store, StoreOpenOptions } from '../core/ports.js';
import { LmdbStore } from './lmdb/lmdb-store.js';
import { PgStore } from './postgres/pg-store.js';

/** Where the store is. */
export type StoreLocation = { backend: 'lmdb'; dataDir: string } | { backend: 'postgresql'; url: string };

/** The store the settings name (the server's; the CLI resolves the same settings itself). */
export function storeLocation(settings: { ROUNDS_DATA_DIR: string; STORE_BACKEND?: string; STORE_POSTGRESQL_URL?: string }): StoreLocation {
  if (settings.STORE_BACKEND === 'postgresql' && settings.STORE_POSTGRESQL_URL) return { backend: 'postgresql', url: settings.STORE_POSTGRESQL_URL };
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
    case 'postgresql':
      return PgStore.open(location.url, options);
  }
}
