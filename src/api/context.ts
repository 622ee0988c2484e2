// What the management routes share: the store, the actions on it, the clock and settings.
import type { Clock } from '../core/ports.js';
import type { SignatureActions } from '../store/signature-actions.js';
import type { LmdbSignatureStore } from '../store/signature-store.js';

export interface ApiContext {
  store: LmdbSignatureStore;
  actions: SignatureActions;
  clock: Clock;
  dataDir: string;
  /**
   * For POST /diagnose: finds the signature of a trace the store has not seen (e.g. by
   * fetching it from the configured telemetry backend and fingerprinting its error).
   */
  resolveUnknownTrace?: (traceId: string) => Promise<string | undefined>;
}
