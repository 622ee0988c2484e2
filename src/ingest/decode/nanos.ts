// OTLP timestamps are uint64 nanoseconds since the epoch (fixed64 on the wire, a decimal
// string or number in JSON). Present-day values (~1.8e18) exceed 2^53, so a naive
// `Number(ns) / 1e6` is off by up to 256 ns and can land on the wrong millisecond. These
// conversions are exact, so the protobuf and the JSON decoders agree to the millisecond and
// produce the same log dedupe hash for the same record.
import { DecodeError } from './decode-error.js';

const TWO_32 = 4294967296;

/** Exact floor(ns / 1e6) of the fixed64 (lo, hi): 2^32 = 4294 * 1e6 + 967296. */
export function nanosToMs(lo: number, hi: number): number {
  return hi * 4294 + Math.floor((hi * 967296 + lo) / 1e6);
}

/** Exact decimal string of the fixed64 (lo, hi). */
export function nanosToDecimal(lo: number, hi: number): string {
  if (hi < 0x200000) return String(hi * TWO_32 + lo);
  return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

const DIGITS = /^[0-9]+$/;

/**
 * A JSON uint64 timestamp (string per the OTLP JSON encoding, or a number, which decoders must
 * also accept) as its exact decimal string. Absent/null is 0.
 */
export function jsonNanos(value: unknown, where: string): string {
  if (value === undefined || value === null) return '0';
  if (typeof value === 'string') {
    if (!DIGITS.test(value) || value.length > 20) throw new DecodeError(`${where}: expected an unsigned 64-bit integer, got "${value.slice(0, 40)}"`);
    const n = BigInt(value);
    if (n >= 1n << 64n) throw new DecodeError(`${where}: ${value} is out of the uint64 range`);
    return n.toString();
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 64) return BigInt(value).toString();
  throw new DecodeError(`${where}: expected an unsigned 64-bit integer, got ${JSON.stringify(value)?.slice(0, 40)}`);
}

/** floor(ns / 1e6) of an exact decimal string. */
export function decimalNanosToMs(decimal: string): number {
  return decimal.length <= 6 ? 0 : Number(decimal.slice(0, -6));
}
