// Reads an HTTP request body into one buffer, counting its bytes against the request's size
// limit and the shared byte budget as they arrive. A declared Content-Length over the limit is
// refused before anything is read. Bytes are counted as they arrive rather than reserved from
// the declared length, so a client that declares a large body and trickles it holds only what
// it actually sent. A body that arrived in several chunks is joined in a buffer of the pool
// (ingest/body-pool.ts) when the pool serves its size, instead of in a new one.
import type { Readable } from 'node:stream';
import { joinChunks, type BodyPool, type JoinedBytes } from './body-pool.js';
import { overBudget, type ByteAccount } from './byte-budget.js';
import { IngestError } from './status.js';

export interface BodyLimits {
  maxBytes: number;
  account: ByteAccount;
  retryAfterSeconds: number;
  /** Where a body that arrived in several chunks is joined; without, in a new buffer. */
  pool?: BodyPool;
}

const tooLarge = (maxBytes: number) => new IngestError('TOO_LARGE', `the request body is larger than ${maxBytes} bytes`);

export function readBody(stream: Readable, contentLength: string | undefined, limits: BodyLimits): Promise<JoinedBytes> {
  const declared = contentLength === undefined ? undefined : Number(contentLength);
  if (declared !== undefined && declared > limits.maxBytes) return Promise.reject(tooLarge(limits.maxBytes));
  return new Promise<JoinedBytes>((resolve, reject) => {
    const chunks: Buffer[] = [];
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
        // Stop reading; the reply (if the client is still there) says why.
        stream.pause();
        reject(error);
      } else {
        resolve(chunks.length === 1 ? { bytes: chunks[0] } : joinChunks(chunks, received, limits.pool));
      }
    };
    const onData = (chunk: Buffer) => {
      if (received + chunk.length > limits.maxBytes) return finish(tooLarge(limits.maxBytes));
      if (!limits.account.tryTake(chunk.length)) return finish(overBudget(limits.retryAfterSeconds));
      chunks.push(chunk);
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
