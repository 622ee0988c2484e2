// Reads an HTTP request body into one buffer, counting its bytes against the request's size
// limit and the shared byte budget as they arrive. A declared Content-Length over the limit is
// refused before anything is read. Bytes are counted as they arrive rather than reserved from
// the declared length, so a client that declares a large body and trickles it holds only what
// it actually sent. A body of a declared length that the pool serves (ingest/body-pool.ts) is
// copied into one of its buffers as it arrives, instead of being concatenated into a new one.
import type { Readable } from 'node:stream';
import type { BodyPool, PooledBuffer } from './body-pool.js';
import { overBudget, type ByteAccount } from './byte-budget.js';
import { IngestError } from './status.js';

export interface BodyLimits {
  maxBytes: number;
  account: ByteAccount;
  retryAfterSeconds: number;
  pool?: BodyPool;
}

/** A request body as read. */
export interface ReadBody {
  bytes: Buffer;
  /** Gives a pooled buffer back: call it once nothing reads `bytes` any more (absent when not pooled). */
  recycle?: () => void;
}

const tooLarge = (maxBytes: number) => new IngestError('TOO_LARGE', `the request body is larger than ${maxBytes} bytes`);

export function readBody(stream: Readable, contentLength: string | undefined, limits: BodyLimits): Promise<ReadBody> {
  const declared = contentLength === undefined ? undefined : Number(contentLength);
  if (declared !== undefined && declared > limits.maxBytes) return Promise.reject(tooLarge(limits.maxBytes));
  return new Promise<ReadBody>((resolve, reject) => {
    let chunks: Buffer[] = [];
    // Node's HTTP parser ends a body at its Content-Length, so the declared size is enough.
    let pooled: PooledBuffer | undefined = declared !== undefined && Number.isSafeInteger(declared) ? limits.pool?.take(declared) : undefined;
    let received = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error) {
        pooled?.recycle();
        // Stop reading; the reply (if the client is still there) says why.
        stream.pause();
        reject(error);
      } else if (pooled) {
        resolve({ bytes: pooled.buffer.subarray(0, received), recycle: pooled.recycle });
      } else {
        resolve({ bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received) });
      }
    };
    const onData = (chunk: Buffer) => {
      if (received + chunk.length > limits.maxBytes) return finish(tooLarge(limits.maxBytes));
      if (!limits.account.tryTake(chunk.length)) return finish(overBudget(limits.retryAfterSeconds));
      if (pooled && received + chunk.length > pooled.buffer.length) {
        // Longer than declared (a parser that let it through): go on in chunks.
        chunks = [Buffer.from(pooled.buffer.subarray(0, received))];
        pooled.recycle();
        pooled = undefined;
      }
      if (pooled) chunk.copy(pooled.buffer, received);
      else chunks.push(chunk);
      received += chunk.length;
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new IngestError('BAD_DATA', `the request body could not be read: ${error.message}`));
    // The client went away before the body was complete.
    const onClose = () => finish(new IngestError('BAD_DATA', 'the client closed the connection before the request body was complete'));
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
