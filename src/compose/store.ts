// Composition step: the server's store. One server per data dir (DataDirLockedError); the
// lock is released when the store is closed, also when opening fails.
import type { Config } from '../config.js';
import { closeTables, openTables, type Tables } from '../store/environment.js';
import { lockDataDir } from '../store/server-lock.js';
import { LmdbSignatureStore } from '../store/signature-store.js';

export interface ServerStore {
  tables: Tables;
  store: LmdbSignatureStore;
  /** Closes the tables and releases the data-dir lock. */
  close(): Promise<void>;
}

export async function openServerStore(config: Pick<Config, 'ROUNDS_DATA_DIR'>): Promise<ServerStore> {
  const lock = await lockDataDir(config.ROUNDS_DATA_DIR);
  let tables: Tables;
  try {
    tables = openTables(config.ROUNDS_DATA_DIR);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return {
    tables,
    store: new LmdbSignatureStore(tables),
    close: async () => {
      await closeTables(tables);
      await lock.release();
    },
  };
}
