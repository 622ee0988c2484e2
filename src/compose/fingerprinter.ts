// Composition step: the fingerprinter with the server's settings (rules file, in-app
// patterns) and the log-template miner's saved state, so that anything built here groups
// events exactly as the running server does (docs/fingerprinting.md).
import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { createFingerprinter, type Fingerprinter } from '../core/fingerprint/index.js';

export type FingerprintSettings = Pick<Config, 'FINGERPRINT_RULES_FILE' | 'IN_APP_INCLUDE' | 'IN_APP_EXCLUDE'>;

export function serverFingerprinter(config: FingerprintSettings, minerState?: unknown): Fingerprinter {
  return createFingerprinter({
    minerState,
    ...(config.FINGERPRINT_RULES_FILE ? { rules: JSON.parse(readFileSync(config.FINGERPRINT_RULES_FILE, 'utf8')) } : {}),
    inAppInclude: config.IN_APP_INCLUDE,
    inAppExclude: config.IN_APP_EXCLUDE,
  });
}
