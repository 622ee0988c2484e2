// Protobuf wire-format primitives for the selective OTLP readers
// (https://protobuf.dev/programming-guides/encoding/).
//
// One Reader walks one request body. Every read is bounds-checked against the end of the
// enclosing message that the caller passes in, so a length prefix can never make us read past
// its parent, allocate from an unchecked size, or loop: each step consumes at least one byte.
// Values are read without allocation (varints and fixed64 come back as numbers or as a
// lo/hi pair of uint32 in `lo`/`hi`); strings and bytes are only sliced when a caller asks.
import { DecodeError } from './decode-error.js';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_START_GROUP = 3;
export const WIRE_END_GROUP = 4;
export const WIRE_FIXED32 = 5;

/** Groups (proto2) only appear as unknown fields here; nesting them deeper is an attack, not data. */
const MAX_GROUP_DEPTH = 32;

/**
 * Buffer's own UTF-8 slicer, without `toString`'s argument handling (it runs for every string
 * an error span or record materialises); `toString` when a runtime lacks it.
 */
const utf8Slice = (Buffer.prototype as unknown as { utf8Slice?: (this: Buffer, start: number, end: number) => string }).utf8Slice;

/** Strings `Reader.key` remembers: at most this long (bytes, ASCII), in this many slots. */
const KEY_MAX_BYTES = 48;
const KEY_SLOTS = 2048;
const keySlots: (string | undefined)[] = new Array<string | undefined>(KEY_SLOTS).fill(undefined);

/** The internalised copy of `s` (property names are internalised; reading one back gives it). */
function internalised(s: string): string {
  const holder: Record<string, number> = {};
  holder[s] = 0;
  for (const k in holder) return k;
  return s;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

export class Reader {
  readonly buf: Buffer;
  pos = 0;
  /** Low and high 32 bits (unsigned) of the last varint64/fixed64 read. */
  lo = 0;
  hi = 0;

  constructor(input: Uint8Array) {
    this.buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  }

  get length(): number {
    return this.buf.length;
  }

  /**
   * A varint truncated to its low 32 bits, as an unsigned number. Used for tags, lengths,
   * enums and uint32 counts. Longer varints (up to the 10 bytes protobuf allows) are consumed.
   */
  uint32(end: number): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= end) throw this.truncated('varint', pos);
    let b = buf[pos++];
    let v = b & 0x7f;
    if (b < 0x80) {
      this.pos = pos;
      return v;
    }
    let shift = 7;
    for (;;) {
      if (pos >= end) throw this.truncated('varint', pos);
      b = buf[pos++];
      if (shift < 28) v |= (b & 0x7f) << shift;
      else if (shift === 28) v |= (b & 0x0f) << 28;
      if (b < 0x80) break;
      shift += 7;
      if (shift >= 70) throw new DecodeError(`varint longer than 10 bytes at offset ${this.pos}`, this.pos);
    }
    this.pos = pos;
    return v >>> 0;
  }

  /** A full 64-bit varint into `lo`/`hi`. */
  varint64(end: number): void {
    const buf = this.buf;
    let pos = this.pos;
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (;;) {
      if (pos >= end) throw this.truncated('varint', pos);
      const b = buf[pos++];
      if (shift < 28) lo |= (b & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >>> 4;
      } else hi |= (b & 0x7f) << (shift - 32);
      if (b < 0x80) break;
      shift += 7;
      if (shift >= 70) throw new DecodeError(`varint longer than 10 bytes at offset ${this.pos}`, this.pos);
    }
    this.pos = pos;
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
  }

  /** A little-endian fixed64 into `lo`/`hi`, read as two uint32 (no BigInt, no DataView). */
  fixed64(end: number): void {
    const buf = this.buf;
    const pos = this.pos;
    if (pos + 8 > end) throw this.truncated('fixed64', pos);
    this.lo = (buf[pos] | (buf[pos + 1] << 8) | (buf[pos + 2] << 16) | (buf[pos + 3] << 24)) >>> 0;
    this.hi = (buf[pos + 4] | (buf[pos + 5] << 8) | (buf[pos + 6] << 16) | (buf[pos + 7] << 24)) >>> 0;
    this.pos = pos + 8;
  }

  double(end: number): number {
    const pos = this.pos;
    if (pos + 8 > end) throw this.truncated('double', pos);
    this.pos = pos + 8;
    return this.buf.readDoubleLE(pos);
  }

  /**
   * Reads the length prefix of a length-delimited field and returns the end offset of its
   * payload, checked against the enclosing message's end.
   */
  lengthEnd(end: number, field: number): number {
    const at = this.pos;
    const len = this.lengthValue(end);
    const stop = this.pos + len;
    if (stop > end) throw this.truncatedLength(field, len, end, at);
    return stop;
  }

  /**
   * A length prefix. Read as a full varint (not truncated to 32 bits), so a declared length
   * of 2^32 + n cannot pass for n; the caller's bounds check refuses anything too large.
   */
  lengthValue(end: number): number {
    const at = this.pos;
    const b = this.buf[at];
    if (b < 0x80 && at < end) {
      this.pos = at + 1;
      return b;
    }
    this.varint64(end);
    return this.hi * 4294967296 + this.lo;
  }

  /** A length prefix (read up to `this.pos`) that runs past `end`. */
  truncatedLength(field: number, len: number, end: number, at: number): DecodeError {
    return new DecodeError(`truncated length-delimited field ${field} at offset ${at}: declares ${len} bytes, ${end - this.pos} remain`, at);
  }

  /** Skips the value of a field whose tag was just read. */
  skip(wireType: number, field: number, end: number, groupDepth = 0): void {
    switch (wireType) {
      case WIRE_VARINT: {
        const buf = this.buf;
        let pos = this.pos;
        const start = pos;
        while (pos < end && buf[pos] >= 0x80) pos++;
        if (pos >= end) throw this.truncated('varint', pos);
        if (pos - start >= 10) throw new DecodeError(`varint longer than 10 bytes at offset ${start}`, start);
        this.pos = pos + 1;
        return;
      }
      case WIRE_FIXED64:
        if (this.pos + 8 > end) throw this.truncated(`fixed64 field ${field}`, this.pos);
        this.pos += 8;
        return;
      case WIRE_LEN:
        this.pos = this.lengthEnd(end, field);
        return;
      case WIRE_FIXED32:
        if (this.pos + 4 > end) throw this.truncated(`fixed32 field ${field}`, this.pos);
        this.pos += 4;
        return;
      case WIRE_START_GROUP:
        this.skipGroup(field, end, groupDepth + 1);
        return;
      default:
        throw new DecodeError(`invalid wire type ${wireType} for field ${field} at offset ${this.pos}`, this.pos);
    }
  }

  /** Skips a (deprecated, proto2) group up to its matching end-group tag. */
  private skipGroup(field: number, end: number, depth: number): void {
    if (depth > MAX_GROUP_DEPTH) throw new DecodeError(`groups nested deeper than ${MAX_GROUP_DEPTH} at offset ${this.pos}`, this.pos);
    for (;;) {
      if (this.pos >= end) throw this.truncated(`group field ${field}`, this.pos);
      const tag = this.tag(end);
      const wt = tag & 7;
      if (wt === WIRE_END_GROUP) {
        if (tag >>> 3 !== field) throw new DecodeError(`mismatched end-group tag ${tag >>> 3} for group ${field} at offset ${this.pos}`, this.pos);
        return;
      }
      this.skip(wt, tag >>> 3, end, depth);
    }
  }

  /** Reads a tag; field number 0 and a stray end-group are malformed input. */
  tag(end: number): number {
    const at = this.pos;
    const b = this.buf[at];
    if (b >= 8 && b < 0x80 && at < end) {
      this.pos = at + 1;
      return b;
    }
    const tag = this.uint32(end);
    if (tag >>> 3 === 0) throw new DecodeError(`invalid field number 0 at offset ${at}`, at);
    return tag;
  }

  /** Call after walking a message: a field that ran past the message end is malformed. */
  expectEnd(end: number, what: string): void {
    if (this.pos !== end) throw new DecodeError(`${what} overruns its length at offset ${this.pos} (ends at ${end})`, this.pos);
  }

  /** An unexpected end-group tag inside a length-delimited message. */
  strayEndGroup(field: number): DecodeError {
    return new DecodeError(`unexpected end-group tag for field ${field} at offset ${this.pos}`, this.pos);
  }

  string(start: number, end: number): string {
    return utf8Slice === undefined ? this.buf.toString('utf8', start, end) : utf8Slice.call(this.buf, start, end);
  }

  /**
   * A short string that repeats from request to request (an attribute key, a scope name): the
   * same string object as last time when the bytes match, so a repeated key costs a hash and a
   * byte comparison instead of a UTF-8 decode, a fresh string and its internalisation when it
   * becomes a property name. Long or non-ASCII strings are decoded as by `string`.
   */
  key(start: number, end: number): string {
    const len = end - start;
    if (len > KEY_MAX_BYTES) return this.string(start, end);
    const buf = this.buf;
    let h = len;
    let high = 0;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      high |= b;
      h = Math.imul(h ^ b, 0x01000193);
    }
    if (high >= 0x80) return this.string(start, end);
    const slot = (h ^ (h >>> 15)) & (KEY_SLOTS - 1);
    const known = keySlots[slot];
    if (known !== undefined && known.length === len) {
      let same = true;
      for (let i = 0; i < len; i++) {
        if (known.charCodeAt(i) !== buf[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    // Used once as a property name, the string is internalised: later stores with it find
    // their property by identity.
    const fresh = internalised(this.string(start, end));
    keySlots[slot] = fresh;
    return fresh;
  }

  base64(start: number, end: number): string {
    return this.buf.toString('base64', start, end);
  }

  /** Lowercase hex of an id (the OTLP JSON form, and what ErrorEvent stores). */
  hex(start: number, end: number): string {
    const buf = this.buf;
    let s = '';
    for (let i = start; i < end; i++) s += HEX[buf[i]];
    return s;
  }

  /** True when bytes [start, end) equal `ascii` (precomputed bytes). */
  equals(start: number, end: number, ascii: Uint8Array): boolean {
    if (end - start !== ascii.length) return false;
    const buf = this.buf;
    for (let i = 0; i < ascii.length; i++) if (buf[start + i] !== ascii[i]) return false;
    return true;
  }

  /** True when bytes [start, end) begin with `ascii`. */
  startsWith(start: number, end: number, ascii: Uint8Array): boolean {
    if (end - start < ascii.length) return false;
    const buf = this.buf;
    for (let i = 0; i < ascii.length; i++) if (buf[start + i] !== ascii[i]) return false;
    return true;
  }

  truncated(what: string, at: number): DecodeError {
    return new DecodeError(`truncated ${what} at offset ${at}`, at);
  }
}

/**
 * The common message walk: calls `each(stop)` for every length-delimited occurrence of
 * `field`, with r.pos at its start (`each` leaves r.pos at `stop`); skips every other field
 * by its wire type, refuses a stray end-group, and checks the message ends exactly at `end`.
 */
export function eachLengthDelimited(r: Reader, end: number, field: number, message: string, each: (stop: number) => void): void {
  while (r.pos < end) {
    const tag = r.tag(end);
    const f = tag >>> 3;
    const wt = tag & 7;
    if (f === field && wt === WIRE_LEN) each(r.lengthEnd(end, f));
    else if (wt === WIRE_END_GROUP) throw r.strayEndGroup(f);
    else r.skip(wt, f, end);
  }
  r.expectEnd(end, message);
}

export const ascii = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
