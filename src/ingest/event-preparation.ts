// What happens to an error event between decoding and the commit queue, apart from the template
// miner: its secrets are redacted (core/redact-event.ts) and its fingerprint is analysed
// (core/fingerprint: stack parsing, crash site, parameterising, hashing). Both are stateless
// apart from bounded memos, so they can run on any thread; the fingerprint pool builds one
// preparation per worker thread from the same settings the main thread uses, so an event is
// prepared the same way wherever it runs.
import { createFingerprinter, type Analysis } from '../core/fingerprint/index.js';
import { fingerprintInputOf, type FingerprintedRecord } from '../core/fingerprint/input-of.js';
import type { ErrorEvent } from '../core/model.js';
import { eventRedactor } from '../core/redact-event.js';
import { createRedactor, parseRedactPatterns } from '../core/redact.js';
import { redactedFields, withRedactedFields, type RedactedFields } from './event-wire.js';

/** Settings that decide how an event is prepared; plain data, so a worker thread can get them. */
export interface PreparationSettings {
  /** REDACT_PATTERNS, as configured (`;;`-separated regular expressions). */
  redactPatterns?: string;
  inAppInclude?: string[];
  inAppExclude?: string[];
  /**
   * Keep each analysis's frames and explanation. Only custom fingerprint rules read them (the
   * store keeps neither), so without rules a worker leaves them out of what it posts back:
   * copying 20 frames per event across threads cost more than the rest of the reply.
   */
  detail?: boolean;
}

/** An analysis that failed: the pipeline logs it and uses the fallback fingerprint. */
export interface FailedAnalysis {
  kind: 'failed';
  error: string;
}

export interface PreparedBatch<E extends FingerprintedRecord = ErrorEvent> {
  /** The events, redacted, in the order given. */
  events: E[];
  analyses: (Analysis | FailedAnalysis)[];
}

/**
 * What a worker posts back: what redaction changed (ingest/event-wire.ts), only for the events it
 * changed (`undefined` = unchanged). Most events carry no secret, and copying an event back
 * across threads costs the main thread as much as redacting it would.
 */
export interface PostedBatch {
  changed: (RedactedFields | undefined)[];
  analyses: (Analysis | FailedAnalysis)[];
}

/**
 * The event redactor (core/redact-event.ts) returns an event without secrets as the very object
 * it was given, so "unchanged" is an identity test.
 */
export function postedBatch(sent: readonly FingerprintedRecord[], prepared: PreparedBatch<FingerprintedRecord>, detail: boolean): PostedBatch {
  return { changed: prepared.events.map((e, i) => (e === sent[i] ? undefined : redactedFields(e))), analyses: detail ? prepared.analyses : prepared.analyses.map(withoutDetail) };
}

function withoutDetail(a: Analysis | FailedAnalysis): Analysis | FailedAnalysis {
  if (a.kind === 'done') return { ...a, result: { ...a.result, frames: [], explain: [] } };
  if (a.kind === 'mine') return { ...a, frames: [], explain: [] };
  if (a.kind === 'body') return { ...a, explainBefore: [], explainAfter: [] };
  return a;
}

export function receivedBatch(sent: readonly ErrorEvent[], posted: PostedBatch): PreparedBatch {
  return { events: posted.changed.map((changed, i) => (changed === undefined ? sent[i] : withRedactedFields(sent[i], changed))), analyses: posted.analyses };
}

export interface EventPreparation<E extends FingerprintedRecord = ErrorEvent> {
  redact(event: E): E;
  analyze(event: E): Analysis | FailedAnalysis;
  prepare(events: readonly E[]): PreparedBatch<E>;
}

type Analyzer = { analyze: (input: ReturnType<typeof fingerprintInputOf>) => Analysis };

/** Redaction and analysis of whole events with the given functions (the pipeline's own, in-process). */
export function preparationOf(redact: (event: ErrorEvent) => ErrorEvent, analyzer: Analyzer): EventPreparation {
  return preparationOfRecords(redact, analyzer);
}

/** The same for any records that carry what preparation reads: a worker's (ingest/event-wire.ts). */
function preparationOfRecords<E extends FingerprintedRecord>(redact: (event: E) => E, analyzer: Analyzer): EventPreparation<E> {
  const analyze = (event: E): Analysis | FailedAnalysis => {
    try {
      return analyzer.analyze(fingerprintInputOf(event));
    } catch (error) {
      return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  };
  return {
    redact,
    analyze,
    prepare(events) {
      const redacted = events.map(redact);
      return { events: redacted, analyses: redacted.map(analyze) };
    },
  };
}

/** The preparation a worker thread builds from the settings. */
export function preparationFromSettings(settings: PreparationSettings): EventPreparation<FingerprintedRecord> {
  const redactor = createRedactor({ extraPatterns: parseRedactPatterns(settings.redactPatterns) });
  // Only `analyze` and `tokenize` are used: no miner state and no rules, those belong to the main thread's fingerprinter.
  const fingerprinter = createFingerprinter({ inAppInclude: settings.inAppInclude, inAppExclude: settings.inAppExclude, detail: settings.detail ?? true });
  // Made for the main thread's fingerprinter to complete: with the line's tokens, so that the
  // main thread only matches them (core/fingerprint/index.ts Analysis).
  const analyzer = { analyze: (input: ReturnType<typeof fingerprintInputOf>) => fingerprinter.tokenize(fingerprinter.analyze(input)) };
  return preparationOfRecords<FingerprintedRecord>(eventRedactor(redactor), analyzer);
}
