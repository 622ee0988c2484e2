// What every decoder takes and returns, and how rejected items are reported. Rejections
// follow OTLP partial success (opentelemetry-proto docs/specification.md §Partial Success):
// the request is accepted, `rejected` items are counted, and an English message says why.
import type { HealthyTally, KeySelection } from '../../core/attribute-stats.js';
import type { ErrorEvent } from '../../core/model.js';

export interface DecodeOptions {
  /** Log records at or above this severity_number are errors. Default 17 (SEVERITY_NUMBER_ERROR). */
  severityThreshold: number;
  /**
   * Also keep handled exceptions: `exception` events on spans that are not ERROR, and log
   * records below the threshold carrying `exception.*` attributes. Default true.
   */
  captureHandled: boolean;
  /**
   * Count healthy spans per resource with these keys (the baseline a diagnosis compares a
   * signature's attributes with). Undefined: healthy spans are only skipped.
   */
  healthyKeys?: KeySelection;
  /**
   * The keys a child error span takes from its request's SERVER span in the same export
   * (core/request-attributes.ts). Default REQUEST_KEYS; DIAGNOSIS_ATTRIBUTE_KEYS adds to them.
   */
  requestKeys?: readonly string[];
}

export const DEFAULT_DECODE_OPTIONS: Readonly<DecodeOptions> = Object.freeze({ severityThreshold: 17, captureHandled: true });

export function resolveOptions(opts: Partial<DecodeOptions> | undefined): DecodeOptions {
  return {
    severityThreshold: opts?.severityThreshold ?? DEFAULT_DECODE_OPTIONS.severityThreshold,
    captureHandled: opts?.captureHandled ?? DEFAULT_DECODE_OPTIONS.captureHandled,
    ...(opts?.healthyKeys ? { healthyKeys: opts.healthyKeys } : {}),
    ...(opts?.requestKeys ? { requestKeys: opts.requestKeys } : {}),
  };
}

export interface DecodeResult {
  /**
   * The errors found, in request order. Events of one resource share its `resource` object,
   * and the events of one span share its `attributes`: treat them as read-only.
   */
  events: ErrorEvent[];
  /** Spans (traces) or log records (logs) in the request, errors or not. */
  items: number;
  /** Error spans / log records refused (invalid ids); the spec's rejected_spans / rejected_log_records. */
  rejected: number;
  /** English reason for the rejections, for the partial-success `error_message`. */
  rejectionMessage?: string;
  /** Healthy spans counted per resource (traces, when DecodeOptions.healthyKeys is set). */
  healthy?: HealthyTally[];
}

/** Collects rejections while decoding; the first reason stands for all in the message. */
export class Rejections {
  count = 0;
  private first: string | undefined;

  constructor(private readonly itemName: 'span' | 'log record') {}

  add(reason: string): void {
    this.count++;
    this.first ??= reason;
  }

  finish(events: ErrorEvent[], items: number): DecodeResult {
    if (this.count === 0) return { events, items, rejected: 0 };
    const noun = this.count === 1 ? this.itemName : `${this.itemName}s`;
    const more = this.count > 1 ? ` (first: ${this.first})` : `: ${this.first}`;
    return { events, items, rejected: this.count, rejectionMessage: `rejected ${this.count} ${noun} with invalid ids${more}` };
  }
}

/** OTLP id sizes (trace.proto / logs.proto: trace_id 16 bytes, span_id 8 bytes). */
export const TRACE_ID_BYTES = 16;
export const SPAN_ID_BYTES = 8;

/** Why an id of `size` bytes is invalid (present but not `want` bytes), else undefined. */
export function badId(field: string, size: number, want: number): string | undefined {
  return size !== 0 && size !== want ? `${field} is ${size} bytes, want ${want}` : undefined;
}
