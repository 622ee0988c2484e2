// OTLP/JSON ExportLogsServiceRequest → ErrorEvents, with the same selection and the same
// output as logs-proto.ts. JSON.parse materialises the whole body anyway; what we skip is
// building anything for healthy records: of those only severityNumber and attribute keys are
// read. The resource's attributes are converted once, and only when it holds an error record.
import type { Attributes, ErrorEvent } from '../../core/model.js';
import { jsonNanos } from './nanos.js';
import { type LogFields, type ResourceContext, logErrorEvent, resourceContext } from './event.js';
import {
  type JsonObject,
  SEVERITY_NUMBERS,
  anyValueAt,
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

export function decodeLogsJson(body: string | Uint8Array, options?: Partial<DecodeOptions>): DecodeResult {
  const opts = resolveOptions(options);
  const request = parseJsonBody(body, 'ExportLogsServiceRequest');
  const events: ErrorEvent[] = [];
  const rejections = new Rejections('log record');
  let records = 0;
  const resourceLogs = arrayAt(field(request, 'resourceLogs', 'resource_logs'), () => 'resourceLogs');
  for (let ri = 0; ri < resourceLogs.length; ri++) {
    const rAt = () => `resourceLogs[${ri}]`;
    const rl = objectAt(resourceLogs[ri], rAt);
    if (rl === undefined) continue;
    let res: ResourceContext | undefined;
    const scopeLogs = arrayAt(field(rl, 'scopeLogs', 'scope_logs'), () => `${rAt()}.scopeLogs`);
    for (let si = 0; si < scopeLogs.length; si++) {
      const sAt = () => `${rAt()}.scopeLogs[${si}]`;
      const sl = objectAt(scopeLogs[si], sAt);
      if (sl === undefined) continue;
      const list = arrayAt(field(sl, 'logRecords', 'log_records'), () => `${sAt()}.logRecords`);
      records += list.length;
      for (let i = 0; i < list.length; i++) {
        const at = () => `${sAt()}.logRecords[${i}]`;
        const rec = objectAt(list[i], at);
        if (rec === undefined) continue;
        const severity = enumAt(field(rec, 'severityNumber', 'severity_number'), SEVERITY_NUMBERS, () => `${at()}.severityNumber`);
        const isError = severity >= opts.severityThreshold;
        if (!isError && !(opts.captureHandled && hasExceptionKey(rec, at))) continue;
        res ??= resourceContext(resourceAttributes(rl, rAt));
        const scope = scopeAt(field(sl, 'scope'), () => `${sAt()}.scope`);
        const fields = logFields(rec, severity, at, rejections);
        if (fields !== undefined) events.push(logErrorEvent(fields, !isError, res, scope));
      }
    }
  }
  return rejections.finish(events, records);
}

function resourceAttributes(rl: JsonObject, rAt: () => string): Attributes {
  const out: Attributes = {};
  const resource = objectAt(field(rl, 'resource'), () => `${rAt()}.resource`);
  if (resource !== undefined) keyValuesInto(field(resource, 'attributes'), out, () => `${rAt()}.resource.attributes`);
  return out;
}

function hasExceptionKey(rec: JsonObject, at: () => string): boolean {
  const attrs = arrayAt(field(rec, 'attributes'), () => `${at()}.attributes`);
  for (const kv of attrs) {
    if (typeof kv !== 'object' || kv === null) continue;
    const key = (kv as JsonObject).key;
    if (typeof key === 'string' && key.startsWith('exception.')) return true;
  }
  return false;
}

function logFields(rec: JsonObject, severityNumber: number, at: () => string, rejections: Rejections): LogFields | undefined {
  const severityText = stringAt(field(rec, 'severityText', 'severity_text'), () => `${at()}.severityText`);
  const traceId = idAt(field(rec, 'traceId', 'trace_id'), 'trace_id', TRACE_ID_BYTES, () => `${at()}.traceId`);
  const spanId = idAt(field(rec, 'spanId', 'span_id'), 'span_id', SPAN_ID_BYTES, () => `${at()}.spanId`);
  const bad = traceId.bad ?? spanId.bad;
  if (bad !== undefined) {
    rejections.add(`log record "${severityText || severityNumber}": ${bad}`);
    return undefined;
  }
  const attributes: Attributes = {};
  keyValuesInto(field(rec, 'attributes'), attributes, () => `${at()}.attributes`);
  const body = anyValueAt(field(rec, 'body'), () => `${at()}.body`, 1);
  const fields: LogFields = {
    timeNs: jsonNanos(field(rec, 'timeUnixNano', 'time_unix_nano'), `${at()}.timeUnixNano`),
    observedNs: jsonNanos(field(rec, 'observedTimeUnixNano', 'observed_time_unix_nano'), `${at()}.observedTimeUnixNano`),
    severityNumber,
    severityText,
    body: body === null ? undefined : body,
    attributes,
  };
  if (traceId.hex !== undefined) fields.traceId = traceId.hex;
  if (spanId.hex !== undefined) fields.spanId = spanId.hex;
  return fields;
}
