// Every store implementation the contract suite (test/store/contract) runs against. Each entry
// opens a fresh, empty store of its kind and removes it afterwards; `reopen` opens the same
// data again (a restart, or another replica on the same database). PostgreSQL runs in the test
// run's throwaway cluster (test/helpers/postgres.ts), a fresh database per store.
import { rmSync } from 'node:fs';
import type { Store, StoreOpenOptions } from '../../src/core/ports.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { postgresDatabase } from './postgres.js';
import { tempDataDir } from './temp-dir.js';

export interface StoreUnderTest {
  /** The store `cleanup` closes (replace it after closing and reopening). */
  store: Store;
  /** Opens the same data once more (another process, a restart); close it yourself. */
  reopen(options?: StoreOpenOptions): Promise<Store>;
  /** Closes `store` and removes the data. */
  cleanup(): Promise<void>;
}

export interface StoreFactory {
  name: string;
  /** True when two stores opened on the same data stand for two replicas sharing it. */
  shared: boolean;
  open(options?: StoreOpenOptions): Promise<StoreUnderTest>;
}

export const lmdbFactory: StoreFactory = {
  name: 'lmdb',
  shared: false,
  async open(options = {}) {
    const dir = tempDataDir('rounds-contract-');
    const handle: StoreUnderTest = {
      store: await LmdbStore.open(dir, options),
      reopen: (again = {}) => LmdbStore.open(dir, again),
      async cleanup() {
        await handle.store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return handle;
  },
};

export const postgresFactory: StoreFactory = {
  name: 'postgresql',
  shared: true,
  async open(options = {}) {
    const url = await postgresDatabase('contract');
    const handle: StoreUnderTest = {
      store: await PgStore.open(url, options),
      reopen: (again = {}) => PgStore.open(url, again),
      async cleanup() {
        await handle.store.close();
      },
    };
    return handle;
  },
};

export const storeFactories: StoreFactory[] = [lmdbFactory, postgresFactory];
