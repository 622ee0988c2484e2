// Composition step: background upkeep — retention pruning of old occurrences and counters,
// and the end of due time-based mutes.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock, Store } from '../core/ports.js';
import { SignatureActions } from '../core/signature-actions.js';
import { Retention } from '../store/retention.js';

export function composeRetention(config: Config, options: { store: Store; clock: Clock; logger: Logger }): Retention {
  return new Retention(
    options.store,
    { occurrencesMs: config.RETENTION_OCCURRENCES, minuteCountersMs: config.RETENTION_MINUTE_COUNTERS, hourlyCountersMs: config.RETENTION_HOURLY_COUNTERS },
    options.clock,
    new SignatureActions(options.store, options.clock),
    options.logger,
  );
}
