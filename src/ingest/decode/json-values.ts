// Reading OTLP/JSON values (opentelemetry-proto docs/specification.md §JSON Protobuf Encoding)
// as leniently as the Collector's pdata decoder:
// - keys in lowerCamelCase, and also snake_case (`case "traceId", "trace_id"` in pdata);
// - enums as integers, and also as their names ("STATUS_CODE_ERROR") or numeric strings;
// - 64-bit integers as decimal strings or numbers;
// - trace/span ids as case-insensitive hex (not base64), other bytes as base64;
// - null is the same as absent; unknown fields are ignored.
// Shapes that cannot be read (an object where a list belongs, a number for a string…) throw a
// DecodeError naming the path, which the transport answers with 400 / INVALID_ARGUMENT.
import type { AttributeValue, Attributes } from '../../core/model.js';
import { DecodeError } from './decode-error.js';
import { MAX_ANY_VALUE_DEPTH, putAttribute } from './attributes.js';
import type { ScopeInfo } from './event.js';

export type JsonObject = Record<string, unknown>;

/** The body as a JSON object; anything else is malformed. */
export function parseJsonBody(input: string | Uint8Array, what: string): JsonObject {
  const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DecodeError(`invalid JSON in ${what}: ${(err as Error).message}`);
  }
  if (!isObject(value)) throw new DecodeError(`${what} must be a JSON object`);
  return value;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The field under its lowerCamelCase or snake_case key; null counts as absent. */
export function field(o: JsonObject, camel: string, snake?: string): unknown {
  const v = o[camel];
  if (v !== undefined && v !== null) return v;
  if (snake === undefined) return undefined;
  const s = o[snake];
  return s === null ? undefined : s;
}

export function objectAt(v: unknown, where: () => string): JsonObject | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) throw new DecodeError(`${where()}: expected an object`);
  return v;
}

export function arrayAt(v: unknown, where: () => string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new DecodeError(`${where()}: expected an array`);
  return v;
}

export function stringAt(v: unknown, where: () => string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new DecodeError(`${where()}: expected a string`);
  return v;
}

/** An enum as an integer, a numeric string, or one of its names. Absent is 0. */
export function enumAt(v: unknown, names: ReadonlyMap<string, number>, where: () => string): number {
  if (v === undefined) return 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v | 0;
  if (typeof v === 'string') {
    const byName = names.get(v);
    if (byName !== undefined) return byName;
    if (/^-?[0-9]{1,10}$/.test(v)) return Number(v) | 0;
  }
  throw new DecodeError(`${where()}: invalid enum value ${JSON.stringify(v)?.slice(0, 60)}`);
}

export const STATUS_CODES: ReadonlyMap<string, number> = new Map([
  ['STATUS_CODE_UNSET', 0],
  ['STATUS_CODE_OK', 1],
  ['STATUS_CODE_ERROR', 2],
]);

export const SPAN_KINDS: ReadonlyMap<string, number> = new Map(
  ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'].map((n, i) => [`SPAN_KIND_${n}`, i]),
);

export const SEVERITY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['SEVERITY_NUMBER_UNSPECIFIED', 0],
  ...['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'].flatMap((level, i) =>
    ['', '2', '3', '4'].map((n, j): [string, number] => [`SEVERITY_NUMBER_${level}${n}`, i * 4 + j + 1]),
  ),
]);

const HEX = /^[0-9a-fA-F]*$/;

/**
 * A trace or span id: hex of `bytes` bytes, lowercased. Absent or empty gives `{}`; a value of
 * the wrong size or not hex gives `{ bad }` (the item is rejected, not the request).
 */
export function idAt(v: unknown, name: string, bytes: number, where: () => string): { hex?: string; bad?: string } {
  if (v === undefined || v === '') return {};
  if (typeof v !== 'string') throw new DecodeError(`${where()}: ${name} must be a hex string`);
  if (!HEX.test(v) || v.length % 2 !== 0) return { bad: `${name} "${v.slice(0, 40)}" is not hex` };
  if (v.length !== bytes * 2) return { bad: `${name} is ${v.length / 2} bytes, want ${bytes}` };
  return { hex: v.toLowerCase() };
}

/** int64 AnyValue.intValue: a number or decimal string; a safe integer becomes a number. */
function int64At(v: unknown, where: () => string): number | string {
  if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2 ** 63) {
    return Number.isSafeInteger(v) ? v : BigInt(v).toString();
  }
  if (typeof v === 'string' && /^[-+]?[0-9]{1,20}$/.test(v)) {
    const n = BigInt(v);
    if (n >= -(1n << 63n) && n < 1n << 63n) {
      const num = Number(n);
      return Number.isSafeInteger(num) ? num : n.toString();
    }
  }
  throw new DecodeError(`${where()}: invalid int64 ${JSON.stringify(v)?.slice(0, 40)}`);
}

/** double AnyValue.doubleValue: a number, or a string (proto3 JSON writes "NaN", "Infinity"). */
function doubleAt(v: unknown, where: () => string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    if (v === 'NaN') return NaN;
    if (v === 'Infinity') return Infinity;
    if (v === '-Infinity') return -Infinity;
    const n = Number(v);
    if (v.trim() !== '' && !Number.isNaN(n)) return n;
  }
  throw new DecodeError(`${where()}: invalid double ${JSON.stringify(v)?.slice(0, 40)}`);
}

/** An AnyValue object; the mapping matches the protobuf decoder (attributes.ts). */
export function anyValueAt(v: unknown, where: () => string, depth: number): AttributeValue {
  if (depth > MAX_ANY_VALUE_DEPTH) throw new DecodeError(`${where()}: AnyValue nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  const o = objectAt(v, where);
  if (o === undefined) return null;
  let x: unknown;
  if ((x = field(o, 'stringValue', 'string_value')) !== undefined) return stringAt(x, where);
  if ((x = field(o, 'boolValue', 'bool_value')) !== undefined) {
    if (typeof x !== 'boolean') throw new DecodeError(`${where()}: boolValue must be a boolean`);
    return x;
  }
  if ((x = field(o, 'intValue', 'int_value')) !== undefined) return int64At(x, where);
  if ((x = field(o, 'doubleValue', 'double_value')) !== undefined) return doubleAt(x, where);
  if ((x = field(o, 'arrayValue', 'array_value')) !== undefined) {
    const arr = objectAt(x, where);
    const values = arrayAt(arr === undefined ? undefined : field(arr, 'values'), where);
    return values.map((item, i) => anyValueAt(item, () => `${where()}.values[${i}]`, depth + 1));
  }
  if ((x = field(o, 'kvlistValue', 'kvlist_value')) !== undefined) {
    const kv = objectAt(x, where);
    const out: Attributes = {};
    keyValuesInto(kv === undefined ? undefined : field(kv, 'values'), out, () => `${where()}.kvlistValue`, depth + 1);
    return out;
  }
  if ((x = field(o, 'bytesValue', 'bytes_value')) !== undefined) {
    const s = stringAt(x, where);
    // Re-encode so that url-safe or unpadded base64 gives the same value as the protobuf path.
    return Buffer.from(s, 'base64').toString('base64');
  }
  return null;
}

/** A list of KeyValue objects into `target`. */
export function keyValuesInto(list: unknown, target: Attributes, where: () => string, depth = 0): void {
  const items = arrayAt(list, where);
  for (let i = 0; i < items.length; i++) {
    const at = () => `${where()}[${i}]`;
    const kv = objectAt(items[i], at);
    if (kv === undefined) continue;
    const key = stringAt(field(kv, 'key'), at);
    putAttribute(target, key, anyValueAt(field(kv, 'value'), () => `${at()}.value`, depth + 1));
  }
}

/** InstrumentationScope name and version; undefined when both are empty. */
export function scopeAt(v: unknown, where: () => string): ScopeInfo | undefined {
  const o = objectAt(v, where);
  if (o === undefined) return undefined;
  const name = stringAt(field(o, 'name'), where);
  const version = stringAt(field(o, 'version'), where);
  if (name === '' && version === '') return undefined;
  return version === '' ? { name } : { name, version };
}
