// OTLP/JSON ExportTraceServiceRequest → ErrorEvents, with the same selection and the same
// output as traces-proto.ts. JSON.parse materialises the whole body anyway; what we skip is
// building anything for healthy spans: of those only status.code and event names are read.
// The resource's attributes are converted once, and only when it holds an error span.
import { FLAG_EVENT_NAMES, keepEvaluatedFlags } from '../../core/flag-evaluation.js';
import type { Attributes, ErrorEvent } from '../../core/model.js';
import { joinRequestAttributes } from '../../core/request-attributes.js';
import { jsonNanos, decimalNanosToMs } from './nanos.js';
import {
  type ExceptionEventFields,
  type ResourceContext,
  type SpanFields,
  STATUS_CODE_ERROR,
  pushSpanErrors,
  resourceContext,
} from './event.js';
import {
  type JsonObject,
  SPAN_KINDS,
  STATUS_CODES,
  arrayAt,
  enumAt,
  field,
  idAt,
  keyValuesInto,
  objectAt,
  parseJsonBody,
  scopeAt,
  stringAt,
} from './json-values.js';
import { type DecodeOptions, type DecodeResult, Rejections, SPAN_ID_BYTES, TRACE_ID_BYTES, resolveOptions } from './result.js';

export function decodeTracesJson(body: string | Uint8Array, options?: Partial<DecodeOptions>): DecodeResult {
  const opts = resolveOptions(options);
  const request = parseJsonBody(body, 'ExportTraceServiceRequest');
  const events: ErrorEvent[] = [];
  const rejections = new Rejections('span');
  let spans = 0;
  const resourceSpans = arrayAt(field(request, 'resourceSpans', 'resource_spans'), () => 'resourceSpans');
  for (let ri = 0; ri < resourceSpans.length; ri++) {
    const rAt = () => `resourceSpans[${ri}]`;
    const rs = objectAt(resourceSpans[ri], rAt);
    if (rs === undefined) continue;
    let res: ResourceContext | undefined;
    const scopeSpans = arrayAt(field(rs, 'scopeSpans', 'scope_spans'), () => `${rAt()}.scopeSpans`);
    for (let si = 0; si < scopeSpans.length; si++) {
      const sAt = () => `${rAt()}.scopeSpans[${si}]`;
      const ss = objectAt(scopeSpans[si], sAt);
      if (ss === undefined) continue;
      const list = arrayAt(field(ss, 'spans'), () => `${sAt()}.spans`);
      spans += list.length;
      for (let i = 0; i < list.length; i++) {
        const at = () => `${sAt()}.spans[${i}]`;
        const span = objectAt(list[i], at);
        if (span === undefined) continue;
        const status = objectAt(field(span, 'status'), () => `${at()}.status`);
        const code = status === undefined ? 0 : enumAt(field(status, 'code'), STATUS_CODES, () => `${at()}.status.code`);
        const isError = code === STATUS_CODE_ERROR;
        const spanEvents = arrayAt(field(span, 'events'), () => `${at()}.events`);
        const exceptionIdx: number[] = [];
        // Flag evaluation events (core/flag-evaluation.ts), kept on the span if it is an error.
        const flagIdx: number[] = [];
        if (isError || opts.captureHandled) {
          for (let ei = 0; ei < spanEvents.length; ei++) {
            const ev = objectAt(spanEvents[ei], () => `${at()}.events[${ei}]`);
            const name = ev === undefined ? undefined : field(ev, 'name');
            if (name === 'exception') exceptionIdx.push(ei);
            else if ((FLAG_EVENT_NAMES as readonly unknown[]).includes(name)) flagIdx.push(ei);
          }
        }
        if (!isError && exceptionIdx.length === 0) continue;
        res ??= resourceContext(resourceAttributes(rs, rAt));
        const scope = scopeAt(field(ss, 'scope'), () => `${sAt()}.scope`);
        const fields = spanFields(span, code, status, at, rejections);
        if (fields === undefined) continue;
        keepEvaluatedFlags(fields.attributes, flagIdx.map((ei) => eventAttributes(spanEvents[ei] as JsonObject, () => `${at()}.events[${ei}]`)));
        const exceptions: ExceptionEventFields[] = exceptionIdx.map((ei) => exceptionEvent(spanEvents[ei] as JsonObject, ei, () => `${at()}.events[${ei}]`));
        pushSpanErrors(events, fields, exceptions, res, scope);
      }
    }
  }
  // A child error span takes its request's keys from the export's error SERVER spans (as traces-proto.ts).
  joinRequestAttributes(events, opts.requestKeys);
  return rejections.finish(events, spans);
}

function resourceAttributes(rs: JsonObject, rAt: () => string): Attributes {
  const out: Attributes = {};
  const resource = objectAt(field(rs, 'resource'), () => `${rAt()}.resource`);
  if (resource !== undefined) keyValuesInto(field(resource, 'attributes'), out, () => `${rAt()}.resource.attributes`);
  return out;
}

function spanFields(
  span: JsonObject,
  statusCode: number,
  status: JsonObject | undefined,
  at: () => string,
  rejections: Rejections,
): SpanFields | undefined {
  const name = stringAt(field(span, 'name'), () => `${at()}.name`);
  const traceId = idAt(field(span, 'traceId', 'trace_id'), 'trace_id', TRACE_ID_BYTES, () => `${at()}.traceId`);
  const spanId = idAt(field(span, 'spanId', 'span_id'), 'span_id', SPAN_ID_BYTES, () => `${at()}.spanId`);
  const parent = idAt(field(span, 'parentSpanId', 'parent_span_id'), 'parent_span_id', SPAN_ID_BYTES, () => `${at()}.parentSpanId`);
  const bad = traceId.bad ?? spanId.bad ?? parent.bad;
  if (bad !== undefined) {
    rejections.add(`span "${name}": ${bad}`);
    return undefined;
  }
  const attributes: Attributes = {};
  keyValuesInto(field(span, 'attributes'), attributes, () => `${at()}.attributes`);
  const fields: SpanFields = {
    name,
    kind: enumAt(field(span, 'kind'), SPAN_KINDS, () => `${at()}.kind`),
    startMs: decimalNanosToMs(jsonNanos(field(span, 'startTimeUnixNano', 'start_time_unix_nano'), `${at()}.startTimeUnixNano`)),
    endMs: decimalNanosToMs(jsonNanos(field(span, 'endTimeUnixNano', 'end_time_unix_nano'), `${at()}.endTimeUnixNano`)),
    attributes,
    statusCode,
    statusMessage: status === undefined ? '' : stringAt(field(status, 'message'), () => `${at()}.status.message`),
  };
  if (traceId.hex !== undefined) fields.traceId = traceId.hex;
  if (spanId.hex !== undefined) fields.spanId = spanId.hex;
  if (parent.hex !== undefined) fields.parentSpanId = parent.hex;
  return fields;
}

function eventAttributes(ev: JsonObject, at: () => string): Attributes {
  const attributes: Attributes = {};
  keyValuesInto(field(ev, 'attributes'), attributes, () => `${at()}.attributes`);
  return attributes;
}

function exceptionEvent(ev: JsonObject, index: number, at: () => string): ExceptionEventFields {
  const attributes = eventAttributes(ev, at);
  const timeMs = decimalNanosToMs(jsonNanos(field(ev, 'timeUnixNano', 'time_unix_nano'), `${at()}.timeUnixNano`));
  return { index, timeMs, attributes };
}
