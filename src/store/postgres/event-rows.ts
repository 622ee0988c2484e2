// What one stored error looks like in the PostgreSQL rows: the capped occurrence sample and
// the trusted event time. The same caps as the LMDB store (docs/architecture.md, "one commit"),
// so a store moved with `rounds migrate-store` holds the same samples.
import type { ErrorEvent, Occurrence } from '../../core/model.js';

const ATTRIBUTE_VALUE_CAP = 512;
const STACKTRACE_CAP = 16 * 1024;
/** Event times further than this from arrival are not trusted for time buckets. */
const CLOCK_SKEW_MS = 24 * 3_600_000;

export function trustedTime(timeMs: number, nowMs: number): number {
  return Number.isFinite(timeMs) && Math.abs(timeMs - nowMs) <= CLOCK_SKEW_MS ? timeMs : nowMs;
}

function capString(value: string | undefined, cap: number): string | undefined {
  return value !== undefined && value.length > cap ? value.slice(0, cap) + '…' : value;
}

function capAttributes(attributes: ErrorEvent['attributes']): ErrorEvent['attributes'] {
  const out: ErrorEvent['attributes'] = {};
  for (const [key, value] of Object.entries(attributes)) {
    out[key] = typeof value === 'string' ? (capString(value, ATTRIBUTE_VALUE_CAP) as string) : value;
  }
  return out;
}

export function toOccurrence(signatureId: string, e: ErrorEvent): Occurrence {
  return {
    signatureId,
    timeMs: e.timeMs,
    source: e.source,
    service: e.service,
    traceId: e.traceId,
    spanId: e.spanId,
    parentSpanId: e.parentSpanId,
    spanName: e.spanName,
    release: e.release,
    environment: e.environment,
    host: e.host,
    handled: e.handled,
    exception: e.exception && {
      type: e.exception.type,
      message: capString(e.exception.message, 4096),
      stacktrace: capString(e.exception.stacktrace, STACKTRACE_CAP),
    },
    body: capString(e.body, 4096),
    severityText: e.severityText,
    statusMessage: capString(e.statusMessage, 1024),
    attributes: capAttributes(e.attributes),
    resource: capAttributes(e.resource),
  };
}

/** JSON for a jsonb column: undefined fields dropped, and NUL (which jsonb cannot hold) as U+FFFD. */
export function jsonb(value: unknown): string {
  // An escaped NUL is `\u0000` after an even number of backslashes (an odd one escapes a literal backslash).
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}

/** A text column cannot hold NUL either: names and keys from senders keep their other characters. */
export function text(value: string): string {
  return value.includes('\u0000') ? value.replace(/\u0000/g, '\ufffd') : value;
}
