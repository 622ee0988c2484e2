// The investigation queue's order on PostgreSQL, the same as the LMDB store's index: manual
// requests first, then regressions, then new signatures, oldest first within each.
import type { InvestigationEntry } from '../../core/ports.js';

export const QUEUE_CLASS: Record<InvestigationEntry['reason'], number> = { manual: 0, regressed: 1, new: 2 };
