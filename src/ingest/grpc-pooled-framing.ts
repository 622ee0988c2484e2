// gRPC messages assembled into pooled buffers (ingest/body-pool.ts), as HTTP bodies are.
//
// grpc-js's stream decoder assembles each message from the DATA frames it arrived in by
// concatenating them into a new buffer, a few hundred KiB per export: the fresh memory costs the
// same page faults and cache misses as a new HTTP body buffer did. grpc-js has no option for
// where a message is assembled, so this replaces its StreamDecoder's `write` (a guarded reach,
// like the others of grpc-server.ts and grpc-message-release.ts: if grpc-js changes the shape,
// nothing is replaced and grpc-js assembles messages as before).
//
// The replacement reads the same framing (gRPC over HTTP/2, "Length-Prefixed-Message": a
// compressed flag byte, a 4-byte big-endian length, the message) and returns what grpc-js's
// does: each whole message with its 5-byte prefix, joined from the frames it came in once all of
// it is in. A message the pool serves is joined in one of its buffers; `takeRecycle` then tells
// the receiver how to give it back, once it is decoded. Every other message (small, or on a
// client's call) gets a buffer of its own, which nothing gives back.
import { createRequire } from 'node:module';
import { joinChunks, type BodyPool } from './body-pool.js';

const PREFIX_BYTES = 5;

/** The StreamDecoder members this relies on: its `write` and its receive limit (-1: none). */
interface StreamDecoderLike {
  maxReadMessageLength: number;
  write(data: Buffer): Buffer[];
}

/** This decoder's own state, kept beside grpc-js's fields (which stay as a fresh decoder has them). */
interface Framing {
  prefix: Buffer;
  prefixRead: number;
  /** The length of the message being read (-1 while its prefix is), and its parts so far. */
  size: number;
  parts: Buffer[];
  partsBytes: number;
}

const framings = new WeakMap<object, Framing>();
/** How to give each pooled message's buffer back, by the buffer's memory. */
const recycles = new WeakMap<ArrayBufferLike, () => void>();
let pool: BodyPool | undefined;

function framingOf(decoder: object): Framing {
  let framing = framings.get(decoder);
  if (!framing) framings.set(decoder, (framing = { prefix: Buffer.alloc(PREFIX_BYTES), prefixRead: 0, size: -1, parts: [], partsBytes: 0 }));
  return framing;
}

function pooledWrite(this: StreamDecoderLike, data: Buffer): Buffer[] {
  const f = framingOf(this);
  const out: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    if (f.size === -1) {
      const n = Math.min(PREFIX_BYTES - f.prefixRead, data.length - at);
      data.copy(f.prefix, f.prefixRead, at, at + n);
      f.prefixRead += n;
      at += n;
      if (f.prefixRead < PREFIX_BYTES) break;
      f.size = f.prefix.readUInt32BE(1);
      if (this.maxReadMessageLength !== -1 && f.size > this.maxReadMessageLength) {
        // grpc-js answers a throw from `write` with RESOURCE_EXHAUSTED and these details.
        throw new Error(`Received message larger than max (${f.size} vs ${this.maxReadMessageLength})`);
      }
    }
    // The parts are views of the frames (as grpc-js keeps them), joined once the message is whole.
    const n = Math.min(f.size - f.partsBytes, data.length - at);
    if (n > 0) f.parts.push(data.subarray(at, at + n));
    f.partsBytes += n;
    at += n;
    if (f.partsBytes === f.size) {
      const { bytes, recycle } = joinChunks([f.prefix, ...f.parts], f.size + PREFIX_BYTES, pool);
      if (recycle) recycles.set(bytes.buffer, recycle);
      out.push(bytes);
      f.prefixRead = 0;
      f.size = -1;
      f.parts = [];
      f.partsBytes = 0;
    }
  }
  return out;
}

/**
 * Assembles the gRPC messages of this process in buffers of `bodyPool` from now on. The pool is
 * the process's: the last one given is used (the receivers of one Rounds share one).
 */
export function usePooledFraming(bodyPool: BodyPool): boolean {
  pool = bodyPool;
  let decoderClass: { prototype: StreamDecoderLike } | undefined;
  try {
    const require = createRequire(import.meta.url);
    decoderClass = (require('@grpc/grpc-js/build/src/stream-decoder.js') as { StreamDecoder?: { prototype: StreamDecoderLike } }).StreamDecoder;
  } catch {
    return false;
  }
  const proto = decoderClass?.prototype;
  if (!proto || typeof proto.write !== 'function') return false;
  if (proto.write === pooledWrite) return true;
  // A fresh decoder must show the receive limit this reads, or grpc-js is not the shape known here.
  const probe = new (decoderClass as unknown as new (max: number) => StreamDecoderLike)(123);
  if (probe.maxReadMessageLength !== 123) return false;
  proto.write = pooledWrite;
  return true;
}

/**
 * How to give back the pooled buffer a received message (as grpc-js handed it to the
 * deserialiser) was assembled in; undefined when it was not pooled. Once only: a second call
 * for the same message returns undefined.
 */
export function takeRecycle(message: Buffer): (() => void) | undefined {
  const recycle = recycles.get(message.buffer);
  if (recycle) recycles.delete(message.buffer);
  return recycle;
}
