// Values of the tables the group commit writes most (signature rows, samples, attribute
// statistics) stored as JSON text behind a marker byte rather than as msgpack maps.
//
// These rows are objects keyed by data — attribute names and values, a sample's attributes — and
// msgpackr writes such objects key by key in JavaScript, where V8's JSON.stringify does the same
// work natively: on the rows the firehose and all-errors benches commit, 12–17 µs per signature
// row or statistics row against 4–8 µs as JSON text, and 34 µs per sample against 12 (both in one
// process, interleaved; docs/architecture.md has the commit's figures).
//
// JSON is taken only where it gives back exactly what was written: a value whose text may hold the
// literal `null` (an actual null, or NaN, an infinity or an undefined array element, which
// JSON.stringify all writes as null) or that JSON cannot write (a BigInt) is stored as msgpack, as
// before. The marker is 0xc1, the one byte the MessagePack specification leaves unused, so no
// msgpack value starts with it and rows written before this (msgpack, or msgpackr records up to
// schema 4) still decode as they did. The rows hold plain data only (no Map, Date or typed array,
// which JSON would write as something else).
import { Packr } from 'msgpackr';

/** MessagePack's "never used" byte (MessagePack specification, formats overview). */
const JSON_MARKER = 0xc1;

/**
 * Whether JSON text may hold the literal `null` (an actual null, or what JSON.stringify writes for
 * NaN, an infinity or an array hole): in its output a literal stands alone or follows `:`, `,` or
 * `[`, with no space between. The word inside a string (`Cannot read properties of null`, common in
 * JavaScript errors) follows a space or a letter and keeps the row in JSON; a string holding
 * `:null` only sends its row to msgpack, which is never wrong.
 */
function holdsNullLiteral(text: string): boolean {
  return text === 'null' || text.includes(':null') || text.includes(',null') || text.includes('[null');
}

/** What lmdb-js calls to write and read a table's values (its `encoder` option). */
export interface ValueEncoder {
  encode(value: unknown): Buffer;
  decode(bytes: Uint8Array, sizeOrOptions?: number | object): unknown;
}

/**
 * The encoder for a table whose values are JSON text where that is exact. `msgpackOptions` are
 * the msgpackr options the table used before (environment.ts), for the values JSON cannot hold
 * and for every row written before.
 */
export function jsonValues(msgpackOptions: ConstructorParameters<typeof Packr>[0]): ValueEncoder {
  // copyBuffers: lmdb-js hands the decoder a read buffer it reuses, as it does its own msgpackr.
  const msgpack = new Packr({ ...msgpackOptions, copyBuffers: true });
  return {
    encode(value) {
      let text: string | undefined;
      try {
        text = JSON.stringify(value);
      } catch {
        text = undefined;
      }
      // Copied: msgpackr's result is a view of its own buffer, which its next call may reuse.
      if (text === undefined || holdsNullLiteral(text)) return Buffer.from(msgpack.pack(value));
      // A buffer of its own: lmdb-js holds a value given to an asynchronous put until it commits.
      const bytes = Buffer.allocUnsafe(1 + Buffer.byteLength(text, 'utf8'));
      bytes[0] = JSON_MARKER;
      bytes.write(text, 1, 'utf8');
      return bytes;
    },
    decode(bytes, sizeOrOptions) {
      // lmdb-js passes the value's size beside a read buffer that may be longer (cursor reads),
      // or sets the buffer's length to it (single reads).
      const size = typeof sizeOrOptions === 'number' ? sizeOrOptions : bytes.length;
      const view = Buffer.from(bytes.buffer, bytes.byteOffset, size);
      if (size > 0 && view[0] === JSON_MARKER) return JSON.parse(view.toString('utf8', 1));
      return msgpack.unpack(view);
    },
  };
}
