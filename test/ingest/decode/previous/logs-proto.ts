// The reader as it was before its skip path was reworked (commit 27b9a7e): the reference
// test/ingest/decode/equivalence.test.ts compares the current readers with. Not used by src/.
// Selective reader for opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest.
//
// Scope: it walks ResourceLogs → ScopeLogs → LogRecord by length prefix and, for each record,
// reads only severity_number and (when handled exceptions are captured) the keys of its
// attributes, looking for `exception.*`. Only error records (severity ≥ threshold, or
// carrying `exception.*` attributes — see event.ts) are materialised, together with their
// scope (name, version) and their resource's attributes; a resource's attributes are decoded
// once, and only when one of its records is an error (their offsets are remembered on the way).
// Everything else is skipped by its length, never copied or UTF-8 decoded.
//
// Limits, by design (the same as traces-proto.ts):
// - Bytes inside skipped fields (bodies and attribute values of healthy records) are not
//   validated beyond their length prefix. Every tag and length we walk is checked, so the
//   walk always terminates and never reads past a message.
// - Strings are decoded leniently: invalid UTF-8 becomes U+FFFD instead of failing the request.
// - AnyValue nesting deeper than 32 levels (attributes.ts) in a materialised record or its
//   resource is refused with a DecodeError; skipped values are never recursed into.
// - A known field with an unexpected wire type is skipped as unknown; a singular message
//   field that repeats is merged (last scalar wins).
// - trace_id / span_id are optional on logs, but when present must be 16 / 8 bytes; an error
//   record with another size is rejected (OTLP partial success), the rest is accepted.
// Field numbers: opentelemetry/proto/logs/v1/logs.proto.
import type { AttributeValue, Attributes, ErrorEvent } from '../../../../src/core/model.js';
import { readAnyValue, readKeyValueInto, readResourceAttributes, readScope } from './any-value.js';
import { nanosToDecimal } from '../../../../src/ingest/decode/nanos.js';
import { type LogFields, type ResourceContext, type ScopeInfo, logErrorEvent, resourceContext } from '../../../../src/ingest/decode/event.js';
import { type DecodeOptions, type DecodeResult, Rejections, SPAN_ID_BYTES, TRACE_ID_BYTES, badId, resolveOptions } from '../../../../src/ingest/decode/result.js';
import { walkRequest } from './envelope.js';
import { Reader, WIRE_END_GROUP, WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, ascii } from './wire.js';

const EXCEPTION_PREFIX = ascii('exception.');

/** Scan flags of one record. */
const IS_ERROR = 1;
const HAS_EXCEPTION = 2;

interface Walk {
  r: Reader;
  opts: DecodeOptions;
  events: ErrorEvent[];
  rejections: Rejections;
  records: number;
  /** Offsets [start, end, …] of the current resource's Resource field(s). */
  resourceRanges: number[];
  resource: ResourceContext | undefined;
  scopeRanges: number[];
  /** [start, end, flags, …] of the current ScopeLogs' error records. */
  errorRecords: number[];
}

export function decodeLogsProto(body: Uint8Array, options?: Partial<DecodeOptions>): DecodeResult {
  const r = new Reader(body);
  const w: Walk = {
    r,
    opts: resolveOptions(options),
    events: [],
    rejections: new Rejections('log record'),
    records: 0,
    resourceRanges: [],
    resource: undefined,
    scopeRanges: [],
    errorRecords: [],
  };
  walkRequest(r, 'ResourceLogs', {
    resource: (ranges) => {
      w.resourceRanges = ranges;
      w.resource = undefined;
    },
    scope: (end) => walkScopeLogs(w, end),
  });
  return w.rejections.finish(w.events, w.records);
}

function walkScopeLogs(w: Walk, end: number): void {
  const r = w.r;
  const { captureHandled, severityThreshold } = w.opts;
  const errorRecords = w.errorRecords;
  w.scopeRanges.length = 0;
  errorRecords.length = 0;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 2 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      const start = r.pos;
      w.records++;
      const flags = scanLogRecord(r, stop, severityThreshold, captureHandled);
      if (flags !== 0) errorRecords.push(start, stop, flags);
      r.pos = stop;
    } else if (field === 1 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      w.scopeRanges.push(r.pos, stop);
      r.pos = stop;
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'ScopeLogs');
  if (errorRecords.length === 0) return;
  w.resource ??= resourceContext(readResourceAttributes(r, w.resourceRanges));
  const scope = readScope(r, w.scopeRanges);
  for (let i = 0; i < errorRecords.length; i += 3) {
    r.pos = errorRecords[i];
    materialiseLogRecord(w, errorRecords[i + 1], (errorRecords[i + 2] & IS_ERROR) === 0, w.resource, scope);
  }
  r.pos = end;
}

/**
 * The hot loop: every record passes here. Reads severity_number and, when handled exceptions
 * count, attribute keys; skips the rest. Returns IS_ERROR, HAS_EXCEPTION (handled) or 0.
 * One- or two-byte tags and lengths (nearly all of them in a record) are read inline
 * from the buffer; anything longer or unusual goes through the checked Reader methods.
 */
function scanLogRecord(r: Reader, end: number, threshold: number, captureHandled: boolean): number {
  const buf = r.buf;
  let pos = r.pos;
  let severity = 0;
  let hasException = false;
  while (pos < end) {
    let tag = buf[pos];
    if (tag >= 8 && tag < 0x80) pos++;
    else if (tag >= 0x80 && pos + 1 < end && buf[pos + 1] < 0x80 && buf[pos + 1] !== 0) {
      tag = (tag & 0x7f) | (buf[pos + 1] << 7);
      pos += 2;
    } else {
      r.pos = pos;
      tag = r.tag(end);
      pos = r.pos;
    }
    const wt = tag & 7;
    if (wt === WIRE_LEN) {
      if (pos >= end) throw r.truncated('varint', pos);
      const lenAt = pos;
      let len = buf[pos];
      if (len < 0x80) pos++;
      else if (pos + 1 < end && buf[pos + 1] < 0x80) {
        len = (len & 0x7f) | (buf[pos + 1] << 7);
        pos += 2;
      } else {
        r.pos = pos;
        len = r.lengthValue(end);
        pos = r.pos;
      }
      const stop = pos + len;
      if (stop > end) {
        r.pos = pos;
        throw r.truncatedLength(tag >>> 3, len, end, lenAt);
      }
      if (tag >>> 3 === 6 && captureHandled && !hasException) {
        r.pos = pos;
        hasException = keyIsException(r, stop);
      }
      pos = stop;
    } else if (wt === WIRE_FIXED64) {
      pos += 8;
      if (pos > end) throw r.truncated(`fixed64 field ${tag >>> 3}`, pos - 8);
    } else if (wt === WIRE_FIXED32) {
      pos += 4;
      if (pos > end) throw r.truncated(`fixed32 field ${tag >>> 3}`, pos - 4);
    } else if (wt === WIRE_VARINT && tag >>> 3 === 2) {
      r.pos = pos;
      severity = r.uint32(end) | 0;
      pos = r.pos;
    } else if (wt === WIRE_END_GROUP) {
      r.pos = pos;
      throw r.strayEndGroup(tag >>> 3);
    } else {
      r.pos = pos;
      r.skip(wt, tag >>> 3, end);
      pos = r.pos;
    }
  }
  r.pos = pos;
  r.expectEnd(end, 'LogRecord');
  if (severity >= threshold) return IS_ERROR;
  return hasException ? HAS_EXCEPTION : 0;
}

/** Whether a KeyValue's key (field 1, last one wins) starts with `exception.`. */
function keyIsException(r: Reader, end: number): boolean {
  let is = false;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 1 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      is = r.startsWith(r.pos, stop, EXCEPTION_PREFIX);
      r.pos = stop;
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'KeyValue');
  return is;
}

/** Full decode of one error record (only the fields an ErrorEvent uses). */
function materialiseLogRecord(w: Walk, end: number, handled: boolean, res: ResourceContext, scope: ScopeInfo | undefined): void {
  const r = w.r;
  let traceStart = 0;
  let traceEnd = 0;
  let spanStart = 0;
  let spanEnd = 0;
  let timeNs = '0';
  let observedNs = '0';
  let severityNumber = 0;
  let severityText = '';
  let body: AttributeValue | undefined;
  const attributes: Attributes = {};
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      const start = r.pos;
      switch (field) {
        case 3:
          severityText = r.string(start, stop);
          break;
        case 5: {
          // A repeated singular message merges: an empty later AnyValue changes nothing.
          const v = readAnyValue(r, stop, 1);
          if (v !== null || body === undefined) body = v;
          break;
        }
        case 6:
          readKeyValueInto(r, stop, attributes);
          break;
        case 9:
          traceStart = start;
          traceEnd = stop;
          break;
        case 10:
          spanStart = start;
          spanEnd = stop;
          break;
        default:
          break;
      }
      r.pos = stop;
    } else if (wt === WIRE_VARINT && field === 2) {
      severityNumber = r.uint32(end) | 0;
    } else if (wt === WIRE_FIXED64 && (field === 1 || field === 11)) {
      r.fixed64(end);
      if (field === 1) timeNs = nanosToDecimal(r.lo, r.hi);
      else observedNs = nanosToDecimal(r.lo, r.hi);
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'LogRecord');

  const bad = badId('trace_id', traceEnd - traceStart, TRACE_ID_BYTES) ?? badId('span_id', spanEnd - spanStart, SPAN_ID_BYTES);
  if (bad !== undefined) {
    w.rejections.add(`log record "${severityText || severityNumber}": ${bad}`);
    return;
  }
  const rec: LogFields = { timeNs, observedNs, severityNumber, severityText, body: body === null ? undefined : body, attributes };
  if (traceEnd > traceStart) rec.traceId = r.hex(traceStart, traceEnd);
  if (spanEnd > spanStart) rec.spanId = r.hex(spanStart, spanEnd);
  w.events.push(logErrorEvent(rec, handled, res, scope));
}
