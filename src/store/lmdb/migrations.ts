// Schema versions of the data dir. Each migration moves the store one version up inside one
// write transaction; a data dir from a newer Rounds is refused rather than misread.
import { StoreSchemaTooNewError } from '../../core/store-errors.js';
import type { Tables } from './environment.js';
import { rebuildQueueIndexInTxn } from './investigation-queue.js';

export const SCHEMA_VERSION = 3;

const MIGRATIONS: Record<number, (tables: Tables) => void> = {
  // 0 → 1: the first layout; nothing to convert.
  1: () => {},
  // 1 → 2: the attribute-stats table. It starts empty: signatures stored before count from
  // their next occurrence on, and diagnoses fall back to their samples until then.
  2: () => {},
  // 2 → 3: the investigation queue gets its priority index.
  3: rebuildQueueIndexInTxn,
};

export function migrate(tables: Tables): void {
  tables.root.transactionSync(() => {
    const current = (tables.meta.get('schemaVersion') as number | undefined) ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreSchemaTooNewError(current, SCHEMA_VERSION);
    }
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      MIGRATIONS[v](tables);
      tables.meta.putSync('schemaVersion', v);
    }
  });
}
