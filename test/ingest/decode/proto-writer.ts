// A raw protobuf writer for tests: it can write what protobufjs's encoder will not — unknown
// fields, groups, repeated singular fields, known fields with the wrong wire type, odd
// field orders, malformed bytes — so the differential tests cover the whole wire format.
export type Chunk = Uint8Array;

export function varintBytes(value: bigint | number): Uint8Array {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return Uint8Array.from(out);
}

export const concat = (parts: Chunk[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

export const tag = (field: number, wt: number): Chunk => varintBytes((field << 3) | wt);
export const varint = (field: number, value: bigint | number): Chunk => concat([tag(field, 0), varintBytes(value)]);
export const len = (field: number, payload: Uint8Array): Chunk => concat([tag(field, 2), varintBytes(payload.length), payload]);
export const str = (field: number, s: string): Chunk => len(field, Buffer.from(s, 'utf8'));
export const msg = (field: number, parts: Chunk[]): Chunk => len(field, concat(parts));

export function fixed64(field: number, value: bigint): Chunk {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt.asUintN(64, value));
  return concat([tag(field, 1), b]);
}

export function double(field: number, value: number): Chunk {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(value);
  return concat([tag(field, 1), b]);
}

export function fixed32(field: number, value: number): Chunk {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return concat([tag(field, 5), b]);
}

export const group = (field: number, parts: Chunk[]): Chunk => concat([tag(field, 3), ...parts, tag(field, 4)]);
