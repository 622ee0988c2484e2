// Composition step: background upkeep — retention pruning of old occurrences and counters.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock } from '../core/ports.js';
import type { Tables } from '../store/environment.js';
import { Retention } from '../store/retention.js';
import { SignatureActions } from '../store/signature-actions.js';
import type { LmdbSignatureStore } from '../store/signature-store.js';

export function composeRetention(config: Config, options: { tables: Tables; store: LmdbSignatureStore; clock: Clock; logger: Logger }): Retention {
  return new Retention(
    options.tables,
    { occurrencesMs: config.RETENTION_OCCURRENCES, minuteCountersMs: config.RETENTION_MINUTE_COUNTERS, hourlyCountersMs: config.RETENTION_HOURLY_COUNTERS },
    options.clock,
    new SignatureActions(options.store, options.clock),
    options.logger,
  );
}
