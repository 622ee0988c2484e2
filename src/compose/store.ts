// Composition step: the server's store, chosen by the settings (store/open-store.ts). With
// LMDB, one server per data dir (DataDirLockedError); the lock is released when the store is
// closed, also when opening fails.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Store } from '../core/ports.js';
import { openStore, storeLocation } from '../store/open-store.js';

export function openServerStore(
  config: Pick<Config, 'ROUNDS_DATA_DIR' | 'OCCURRENCE_SAMPLES_FIRST' | 'OCCURRENCE_SAMPLES_RECENT' | 'DIAGNOSIS_ATTRIBUTE_KEYS'>,
  logger?: Logger,
): Promise<Store> {
  return openStore(storeLocation(config), {
    server: true,
    samples: { first: config.OCCURRENCE_SAMPLES_FIRST, recent: config.OCCURRENCE_SAMPLES_RECENT },
    attributeKeys: config.DIAGNOSIS_ATTRIBUTE_KEYS,
    logger,
  });
}
