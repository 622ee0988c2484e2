// Protobuf decoding of opentelemetry.proto.common.v1 AnyValue / KeyValue / ArrayValue /
// KeyValueList / InstrumentationScope, for the items the selective readers materialise.
// Field numbers from common.proto. Mapping rules are in attributes.ts.
import type { AttributeValue, Attributes } from '../../core/model.js';
import { DecodeError } from './decode-error.js';
import type { ScopeInfo } from './event.js';
import { MAX_ANY_VALUE_DEPTH, int64Value, putAttribute } from './attributes.js';
import { eachLengthDelimited, Reader, WIRE_END_GROUP, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from './wire.js';

/** Reads one AnyValue occupying [r.pos, end). */
export function readAnyValue(r: Reader, end: number, depth: number): AttributeValue {
  if (depth > MAX_ANY_VALUE_DEPTH) {
    throw new DecodeError(`AnyValue nested deeper than ${MAX_ANY_VALUE_DEPTH} levels at offset ${r.pos}`, r.pos);
  }
  // A oneof: the last member on the wire wins (protobuf encoding spec, "Oneofs").
  let value: AttributeValue = null;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (wt === WIRE_LEN && (field === 1 || field === 5 || field === 6 || field === 7)) {
      const stop = r.lengthEnd(end, field);
      if (field === 1) value = r.string(r.pos, stop);
      else if (field === 7) value = r.base64(r.pos, stop);
      else if (field === 5) value = readArray(r, stop, depth + 1);
      else value = readKvList(r, stop, depth + 1);
      r.pos = stop;
    } else if (wt === WIRE_VARINT && field === 2) {
      value = r.uint32(end) !== 0;
    } else if (wt === WIRE_VARINT && field === 3) {
      r.varint64(end);
      value = int64Value(r.lo, r.hi);
    } else if (wt === WIRE_FIXED64 && field === 4) {
      value = r.double(end);
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'AnyValue');
  return value;
}

function readArray(r: Reader, end: number, depth: number): AttributeValue[] {
  const out: AttributeValue[] = [];
  eachLengthDelimited(r, end, 1, 'ArrayValue', (stop) => out.push(readAnyValue(r, stop, depth)));
  return out;
}

function readKvList(r: Reader, end: number, depth: number): Attributes {
  const out: Attributes = {};
  eachLengthDelimited(r, end, 1, 'KeyValueList', (stop) => readKeyValueInto(r, stop, out, depth));
  return out;
}

/** Reads one KeyValue occupying [r.pos, end) into `target`. */
export function readKeyValueInto(r: Reader, end: number, target: Attributes, depth = 0): void {
  let key = '';
  let value: AttributeValue = null;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 1 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      key = r.key(r.pos, stop);
      r.pos = stop;
    } else if (field === 2 && wt === WIRE_LEN) {
      // A repeated singular message field merges (protobuf encoding spec, "Last One Wins");
      // for this oneof holder that means the later member wins, and an empty one changes nothing.
      const stop = r.lengthEnd(end, field);
      const v = readAnyValue(r, stop, depth + 1);
      if (v !== null || value === null) value = v;
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'KeyValue');
  putAttribute(target, key, value);
}

/**
 * Reads InstrumentationScope name and version from the given occurrences (a repeated singular
 * message merges: for scalars the last value on the wire wins). Undefined when both are empty.
 */
export function readScope(r: Reader, ranges: number[]): ScopeInfo | undefined {
  let name = '';
  let version = '';
  for (let i = 0; i < ranges.length; i += 2) {
    r.pos = ranges[i];
    const end = ranges[i + 1];
    while (r.pos < end) {
      const tag = r.tag(end);
      const field = tag >>> 3;
      const wt = tag & 7;
      if ((field === 1 || field === 2) && wt === WIRE_LEN) {
        const stop = r.lengthEnd(end, field);
        const s = r.key(r.pos, stop);
        if (field === 1) name = s;
        else version = s;
        r.pos = stop;
      } else if (wt === WIRE_END_GROUP) {
        throw r.strayEndGroup(field);
      } else {
        r.skip(wt, field, end);
      }
    }
    r.expectEnd(end, 'InstrumentationScope');
  }
  if (name === '' && version === '') return undefined;
  return version === '' ? { name } : { name, version };
}

/** Reads Resource attributes (field 1, repeated KeyValue) from the given occurrences. */
export function readResourceAttributes(r: Reader, ranges: number[]): Attributes {
  const out: Attributes = {};
  for (let i = 0; i < ranges.length; i += 2) {
    r.pos = ranges[i];
    eachLengthDelimited(r, ranges[i + 1], 1, 'Resource', (stop) => readKeyValueInto(r, stop, out));
  }
  return out;
}
