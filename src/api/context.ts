// What the management routes share: the store, the actions on it, the clock and settings.
import type { Clock, LifecycleActions, Store } from '../core/ports.js';

/** The roles of the store the routes use. */
export type ApiStore = Pick<Store, 'getSignature' | 'requireSignature' | 'listSignatures' | 'listOccurrences' | 'counts' | 'attributeStats' | 'signaturesInTrace' | 'storeStats' | 'refresh'>;

export interface ApiContext {
  store: ApiStore;
  actions: LifecycleActions;
  clock: Clock;
  /**
   * For POST /diagnose: finds the signature of a trace the store has not seen (e.g. by
   * fetching it from the configured telemetry backend and fingerprinting its error).
   */
  resolveUnknownTrace?: (traceId: string) => Promise<string | undefined>;
}
