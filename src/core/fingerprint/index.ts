// Fingerprinting entry point: the one versioned function the pipeline calls.
// PROVISIONAL first version (type + parameterised message + top frames); replaced by the
// full implementation of issue #3, which keeps this exported API.
import { createHash } from 'node:crypto';
import type { Attributes, ErrorSource, Frame } from '../model.js';

export interface FingerprintInput {
  source: ErrorSource;
  service: string;
  type?: string;
  message?: string;
  stacktrace?: string;
  /** Log body, for log records without an exception. */
  body?: string;
  severityText?: string;
  severityNumber?: number;
  spanName?: string;
  attributes?: Attributes;
}

export interface FingerprintResult {
  /** Hex digest; equal for the same failure, different for different failures. */
  fingerprint: string;
  /** Version id of the algorithm, stored with every signature. */
  algorithm: string;
  /** Display type: the exception type, or the severity for a plain log. */
  type: string;
  /** Parameterised message or mined template. */
  message: string;
  /** Top in-app frame, for display. */
  culprit?: string;
  frames: Frame[];
  /** Fingerprints that now resolve to this one (e.g. two log templates merged). */
  aliases: string[];
  /** Which parts contributed and why others did not (for `rounds fingerprint --explain`). */
  explain: string[];
}

export interface Fingerprinter {
  readonly algorithm: string;
  fingerprint(input: FingerprintInput): FingerprintResult;
  /** True when the template miner learned something since the last `exportState`. */
  readonly dirty: boolean;
  /** JSON-serialisable miner state, to persist; clears `dirty`. */
  exportState(): unknown;
}

export interface FingerprinterOptions {
  /** Previously exported miner state. */
  minerState?: unknown;
}

const ALGORITHM = 'fp0';

function parameterize(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>')
    .replace(/\b\d+(\.\d+)?\b/g, '<num>');
}

export function createFingerprinter(_options: FingerprinterOptions = {}): Fingerprinter {
  return {
    algorithm: ALGORITHM,
    dirty: false,
    exportState: () => ({}),
    fingerprint(input) {
      const type = input.type ?? input.severityText ?? (input.source === 'log' ? 'log' : 'error');
      const message = parameterize((input.message ?? input.body ?? '').split('\n')[0] ?? '');
      const top = (input.stacktrace ?? '').split('\n').slice(1, 4).map((l) => l.replace(/:\d+(:\d+)?/g, '').trim());
      const fingerprint = createHash('sha256').update([input.service, type, message, ...top].join('\u0000')).digest('hex').slice(0, 32);
      return { fingerprint, algorithm: ALGORITHM, type, message, frames: [], aliases: [], explain: [] };
    },
  };
}
