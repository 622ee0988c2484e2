// Buffers for request bodies, used again from one request to the next.
//
// A typical export is a few hundred KiB. Read into a new buffer each time, it costs more than
// the copy: a fresh allocation of that size comes from pages the process has not touched
// lately (malloc hands large blocks back to the kernel and maps them again, and the page faults
// that follow are paid in the copy), and the decoder then reads it out of cold memory. A buffer
// used again is already mapped and usually still in the CPU's caches. Measured on a 278 KB
// export (bench/payloads.ts), copying it into a fresh buffer cost 90–120 µs and into a used one
// 5–11 µs; decoding it from freshly copied memory took 245–290 µs against 135 µs warm.
//
// A body is joined in a pooled buffer once all of it has arrived (a buffer is never taken for a
// size a client only declared, so a slow or lying client holds nothing of the pool). Buffers
// come in four sizes per power of two (256, 320, 384, 448, 512 KiB…), so bodies of nearby
// sizes share them and a body leaves at most a quarter of its buffer unused. With one size per
// power of two, the HTTP receiver's own memory at three times its capacity peaked at 422 MiB
// against 374 with four (bench/overload.ts). A body is a view of the first bytes of its buffer.
// Idle buffers are kept up to a bound and the rest are left to the garbage collector. A buffer
// must come back only once nothing reads the body any more: the next request overwrites it.

/** Smaller bodies arrive in one socket read and are used as they are (no copy to save). */
export const MIN_POOLED_BYTES = 64 * 1024;
/** Larger bodies are rare enough that holding buffers of their size would cost more than it saves. */
export const MAX_POOLED_BYTES = 8 * 1024 * 1024;

/** A buffer taken from the pool, and how to give it back (once; later calls do nothing). */
export interface PooledBuffer {
  buffer: Buffer;
  recycle: () => void;
}

export class BodyPool {
  private readonly idle = new Map<number, Buffer[]>();
  private idleBytes = 0;
  private allocated = 0;

  /** `maxIdleBytes`: most bytes of buffers kept while nobody uses them. */
  constructor(private readonly maxIdleBytes: number) {}

  /** Bytes held by idle buffers. */
  get idleSize(): number {
    return this.idleBytes;
  }

  /** Buffers allocated so far (the rest of the takes were served from idle ones). */
  get allocations(): number {
    return this.allocated;
  }

  /** The size of the buffers a body of `bytes` is joined in: the next of four steps per power of two. */
  static sizeFor(bytes: number): number {
    const step = 2 ** Math.max(0, Math.ceil(Math.log2(bytes)) - 3);
    return Math.ceil(bytes / step) * step;
  }

  /** A buffer of at least `bytes`, or undefined when bodies of that size are not pooled. */
  take(bytes: number): PooledBuffer | undefined {
    if (bytes < MIN_POOLED_BYTES || bytes > MAX_POOLED_BYTES) return undefined;
    const size = BodyPool.sizeFor(bytes);
    const free = this.idle.get(size);
    let buffer = free?.pop();
    if (buffer) this.idleBytes -= size;
    // Not Node's shared small-buffer pool: this buffer's memory is its own, to be used again.
    else {
      buffer = Buffer.allocUnsafeSlow(size);
      this.allocated++;
    }
    const taken = buffer;
    let out = true;
    return {
      buffer: taken,
      recycle: () => {
        if (!out) return;
        out = false;
        this.giveBack(taken);
      },
    };
  }

  private giveBack(buffer: Buffer): void {
    if (this.idleBytes + buffer.length > this.maxIdleBytes) return;
    const free = this.idle.get(buffer.length);
    if (free) free.push(buffer);
    else this.idle.set(buffer.length, [buffer]);
    this.idleBytes += buffer.length;
  }
}

/** Bytes joined from chunks; `recycle`, when present, gives their pooled buffer back. */
export interface JoinedBytes {
  bytes: Buffer;
  recycle?: () => void;
}

/** `chunks` (`total` bytes in all) in one buffer: one of `pool`'s when it serves that size, else a new one. */
export function joinChunks(chunks: readonly Uint8Array[], total: number, pool: BodyPool | undefined): JoinedBytes {
  const taken = pool?.take(total);
  if (!taken) return { bytes: Buffer.concat(chunks, total) };
  let at = 0;
  for (const chunk of chunks) {
    taken.buffer.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: taken.buffer.subarray(0, total), recycle: taken.recycle };
}
