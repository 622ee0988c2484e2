// Composition step: the fingerprinter with the server's settings (rules file, in-app
// patterns) and the log-template miner's saved state, so that anything built here groups
// events exactly as the running server does (docs/fingerprinting.md); and, on a store that
// replicas share, the refresh that keeps its miner in step with theirs (docs/scaling.md).
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createFingerprinter, type Fingerprinter } from '../core/fingerprint/index.js';
import type { MinerStateStore } from '../core/ports.js';
import { MinerRefresh } from '../ingest/miner-refresh.js';
import type { Registry } from '../observability/metrics.js';

export type FingerprintSettings = Pick<Config, 'FINGERPRINT_RULES_FILE' | 'IN_APP_INCLUDE' | 'IN_APP_EXCLUDE'>;

/**
 * `ingestOnly`: the fingerprinter feeds only the store (the server's ingest), so, as in the
 * fingerprint workers, it skips the display frames and explanations that only custom rules read
 * (about a third of the CPU of a distinct stack trace). The CLI's `rounds fingerprint` keeps them.
 */
export function serverFingerprinter(config: FingerprintSettings, minerState?: unknown, options: { ingestOnly?: boolean } = {}): Fingerprinter {
  return createFingerprinter({
    minerState,
    detail: !options.ingestOnly || Boolean(config.FINGERPRINT_RULES_FILE),
    ...(config.FINGERPRINT_RULES_FILE ? { rules: JSON.parse(readFileSync(config.FINGERPRINT_RULES_FILE, 'utf8')) } : {}),
    inAppInclude: config.IN_APP_INCLUDE,
    inAppExclude: config.IN_APP_EXCLUDE,
  });
}

/**
 * On PostgreSQL, the periodic save-and-merge of the miner's templates (MINER_REFRESH_INTERVAL);
 * none on LMDB, whose one server owns the data dir, or with the interval 0.
 */
export function composeMinerRefresh(
  config: Pick<Config, 'STORE_BACKEND' | 'MINER_REFRESH_INTERVAL'>,
  options: { store: MinerStateStore; fingerprinter: Fingerprinter; registry: Registry; logger: Logger },
): MinerRefresh | undefined {
  if (config.STORE_BACKEND !== 'postgresql' || config.MINER_REFRESH_INTERVAL === 0) return undefined;
  return new MinerRefresh(options.store, options.fingerprinter, config.MINER_REFRESH_INTERVAL, options.registry, options.logger);
}
