// How OTLP AnyValue / KeyValue lists become plain `Attributes`, shared by the protobuf and the
// JSON decoders so both produce identical values for the same data:
// - int64 becomes a number when it is a safe integer, else its exact decimal string;
// - bytes become standard base64 (what the Collector writes in JSON for `bytesValue`);
// - an AnyValue with no member set becomes null;
// - a repeated key keeps its first position and its last value (last wins, as a map would).
import type { AttributeValue, Attributes } from '../../core/model.js';

/**
 * AnyValue can nest arrays and key-value lists without limit in the schema. Real attributes
 * nest a few levels; a deeper value is hostile input, refused rather than recursed into.
 */
export const MAX_ANY_VALUE_DEPTH = 32;

const TWO_32 = 4294967296;

/** A signed int64 given as its two's-complement uint32 halves. */
export function int64Value(lo: number, hi: number): number | string {
  const signedHi = hi | 0;
  const n = signedHi * TWO_32 + lo;
  if (Number.isSafeInteger(n)) return n;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)).toString();
}

/** Sets `key` without letting a `__proto__` key reach the prototype. */
export function putAttribute(target: Attributes, key: string, value: AttributeValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The `exception.*` semantic-convention attributes, when any is present. */
export function exceptionFrom(attributes: Attributes): { type?: string; message?: string; stacktrace?: string } | undefined {
  const type = text(attributes['exception.type']);
  const message = text(attributes['exception.message']);
  const stacktrace = text(attributes['exception.stacktrace']);
  if (type === undefined && message === undefined && stacktrace === undefined) return undefined;
  const out: { type?: string; message?: string; stacktrace?: string } = {};
  if (type !== undefined) out.type = type;
  if (message !== undefined) out.message = message;
  if (stacktrace !== undefined) out.stacktrace = stacktrace;
  return out;
}

function text(v: AttributeValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
