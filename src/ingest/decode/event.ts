// Building ErrorEvents from the decoded parts of an error span or log record. Both encodings
// (protobuf, JSON) of both signals end here, so the same data gives the same event.
//
// Resource-derived fields follow the OpenTelemetry semantic conventions: `service.name`
// (the SDK default when unset is `unknown_service`), `service.version`,
// `deployment.environment.name` (which replaced `deployment.environment`), `host.name`
// (falling back to `k8s.pod.name` for pods, which rarely set a host name).
import { createHash } from 'node:crypto';
import type { AttributeValue, Attributes, ErrorEvent } from '../../core/model.js';
import { exceptionFrom } from './attributes.js';

export interface ScopeInfo {
  name: string;
  version?: string;
}

export interface ResourceContext {
  resource: Attributes;
  service: string;
  release?: string;
  environment?: string;
  host?: string;
}

const str = (v: AttributeValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function resourceContext(resource: Attributes): ResourceContext {
  const ctx: ResourceContext = { resource, service: str(resource['service.name']) ?? 'unknown_service' };
  const release = str(resource['service.version']);
  const environment = str(resource['deployment.environment.name']) ?? str(resource['deployment.environment']);
  const host = str(resource['host.name']) ?? str(resource['k8s.pod.name']);
  if (release !== undefined) ctx.release = release;
  if (environment !== undefined) ctx.environment = environment;
  if (host !== undefined) ctx.host = host;
  return ctx;
}

/** An error span's fields, decoded. Ids are lowercase hex, absent when empty. */
export interface SpanFields {
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startMs: number;
  endMs: number;
  attributes: Attributes;
  /** Status.code; 2 is STATUS_CODE_ERROR (trace.proto). */
  statusCode: number;
  statusMessage: string;
}

/** One `exception` event of a span: its position among all the span's events, time, attributes. */
export interface ExceptionEventFields {
  index: number;
  /** 0 when the event carries no time. */
  timeMs: number;
  attributes: Attributes;
}

export const STATUS_CODE_ERROR = 2;

/**
 * Appends the span's error events: one per `exception` event (handled when the span is not
 * ERROR), or for an ERROR span without exception events one status-only event (index -1).
 */
export function pushSpanErrors(
  out: ErrorEvent[],
  span: SpanFields,
  exceptions: ExceptionEventFields[],
  res: ResourceContext,
  scope: ScopeInfo | undefined,
): void {
  const isError = span.statusCode === STATUS_CODE_ERROR;
  const spanTimeMs = span.endMs || span.startMs;
  if (exceptions.length === 0) {
    if (isError) out.push(spanEvent(span, -1, spanTimeMs, undefined, false, res, scope));
    return;
  }
  for (const ex of exceptions) {
    out.push(spanEvent(span, ex.index, ex.timeMs || spanTimeMs, exceptionFrom(ex.attributes), !isError, res, scope));
  }
}

function spanEvent(
  span: SpanFields,
  index: number,
  timeMs: number,
  exception: ErrorEvent['exception'],
  handled: boolean,
  res: ResourceContext,
  scope: ScopeInfo | undefined,
): ErrorEvent {
  const e: ErrorEvent = {
    source: 'span',
    dedupeKey: spanDedupeKey(span, index, res.service, exception),
    service: res.service,
    timeMs,
    handled,
    attributes: span.attributes,
    resource: res.resource,
  };
  if (span.traceId !== undefined) e.traceId = span.traceId;
  if (span.spanId !== undefined) e.spanId = span.spanId;
  if (span.parentSpanId !== undefined) e.parentSpanId = span.parentSpanId;
  e.spanName = span.name;
  if (span.kind !== 0) e.spanKind = span.kind;
  if (span.statusMessage !== '') e.statusMessage = span.statusMessage;
  if (exception !== undefined) e.exception = exception;
  addContext(e, res, scope);
  return e;
}

/**
 * A span is identified by its trace and span ids (and the event's index within it). A span
 * without ids breaks the spec (both are required), but two such errors must still not count
 * as retries of each other, so they are told apart by content instead.
 */
export function spanDedupeKey(span: Pick<SpanFields, 'traceId' | 'spanId' | 'name' | 'startMs' | 'endMs' | 'statusMessage'>, index: number, service: string, exception: ErrorEvent['exception']): string {
  if (span.traceId !== undefined && span.spanId !== undefined) return `s:${span.traceId}:${span.spanId}:${index}`;
  const canonical = JSON.stringify([service, span.name, span.startMs, span.endMs, index, span.statusMessage, exception ?? null]);
  return 's:h:' + createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** An error log record's fields, decoded. Times are exact decimal nanoseconds. */
export interface LogFields {
  timeNs: string;
  observedNs: string;
  severityNumber: number;
  severityText: string;
  /** Undefined when the record has no body. */
  body: AttributeValue | undefined;
  attributes: Attributes;
  traceId?: string;
  spanId?: string;
}

export function logErrorEvent(rec: LogFields, handled: boolean, res: ResourceContext, scope: ScopeInfo | undefined): ErrorEvent {
  const timeNs = rec.timeNs !== '0' ? rec.timeNs : rec.observedNs;
  const e: ErrorEvent = {
    source: 'log',
    dedupeKey: logDedupeKey(res.service, rec),
    service: res.service,
    timeMs: timeNs.length <= 6 ? 0 : Number(timeNs.slice(0, -6)),
    handled,
    attributes: rec.attributes,
    resource: res.resource,
  };
  if (rec.traceId !== undefined) e.traceId = rec.traceId;
  if (rec.spanId !== undefined) e.spanId = rec.spanId;
  e.severityNumber = rec.severityNumber;
  if (rec.severityText !== '') e.severityText = rec.severityText;
  const body = bodyText(rec.body);
  if (body !== undefined) e.body = body;
  const exception = exceptionFrom(rec.attributes);
  if (exception !== undefined) e.exception = exception;
  addContext(e, res, scope);
  return e;
}

function addContext(e: ErrorEvent, res: ResourceContext, scope: ScopeInfo | undefined): void {
  if (res.release !== undefined) e.release = res.release;
  if (res.environment !== undefined) e.environment = res.environment;
  if (res.host !== undefined) e.host = res.host;
  if (scope !== undefined) e.scope = scope;
}

/** A string body stays as is; a structured one (kvlist, array, number…) becomes its JSON. */
export function bodyText(body: AttributeValue | undefined): string | undefined {
  if (body === undefined || body === null) return undefined;
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * Log records carry no id, so a retried export is recognised by the content of the record:
 * the same record re-sent (by the Collector's retry, in either encoding) hashes the same.
 * Inputs are normalised first (exact decimal nanoseconds, lowercase hex ids, attributes in
 * wire order), so the hash does not depend on the encoding.
 */
export function logDedupeKey(service: string, rec: LogFields): string {
  const canonical = JSON.stringify([
    service,
    rec.timeNs,
    rec.observedNs,
    rec.traceId ?? '',
    rec.spanId ?? '',
    rec.severityNumber,
    rec.severityText,
    rec.body ?? null,
    rec.attributes,
  ]);
  return 'l:' + createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
