// A gRPC export's bytes are let go of once they are decoded, not when the call ends.
//
// The answer waits for the commit (acked = stored), 10–30 ms under load, and grpc-js holds what
// it read until the call ends: the message it passed to the handler (on the call object and in a
// closure of its unary handler) and, in the call's stream decoder, the DATA frames the message
// was assembled from (views of the HTTP/2 session's read buffers). Held that long, they outlive
// the young-generation collections and are promoted, and an old buffer's memory is only freed by
// a full mark-compact. V8 starts one for every 64 MiB of external memory that has grown since the
// last: with the firehose's 512-span exports that was one every ~115 exports, and marking the
// whole heap each time was about a third of the server's CPU (perf, V8 worker threads). Released
// here, the bytes die young: 0.001 mark-compacts per export instead of 0.008, and 3.81 rather
// than 5.07 µs of server CPU per span (bench/firehose.ts, gRPC, 1 % errors, three alternating
// pairs in one run; docs/architecture.md, "Request bytes").

/**
 * What grpc-js hands the Export handler (the service's request deserialiser makes it): a holder
 * of the message's bytes, which the handler empties, so grpc-js only ever keeps the holder.
 */
export class ExportMessage {
  constructor(private bytes: Buffer | undefined) {}

  /** The message's bytes, once; the holder is empty afterwards. */
  take(): Buffer {
    const bytes = this.bytes;
    if (bytes === undefined) throw new Error('the export message was already taken');
    this.bytes = undefined;
    return bytes;
  }
}

/** grpc-js's StreamDecoder fields this reads and resets (see `releaseReceivedFrames`). */
interface StreamDecoderShape {
  readState: number;
  readPartialMessage: Buffer[];
  readCompressFlag: Buffer;
}

/** StreamDecoder's state between two messages. */
const NO_DATA = 0;
/** Interceptors a call passes through before the base call (the receiver installs one). */
const MAX_CHAIN = 8;

/**
 * Empties grpc-js's stream decoder of the frames the call's message was assembled from: it keeps
 * them (and a one-byte view of the first) until the next message starts, which for a unary call
 * is never. Only between messages (the whole message read), which is where it resets them itself.
 * Reaches into grpc-js (the handler's call → interceptors' `nextCall` → the base call's
 * `decoder`); if that shape changes, nothing is released and the call behaves as before.
 */
export function releaseReceivedFrames(handlerCall: object): void {
  let link: unknown = (handlerCall as { call?: unknown }).call;
  for (let depth = 0; depth < MAX_CHAIN && typeof link === 'object' && link !== null; depth++) {
    const decoder = (link as { decoder?: unknown }).decoder;
    if (isStreamDecoder(decoder)) {
      if (decoder.readState === NO_DATA) {
        decoder.readPartialMessage = [];
        decoder.readCompressFlag = Buffer.alloc(1);
      }
      return;
    }
    link = (link as { nextCall?: unknown }).nextCall;
  }
}

function isStreamDecoder(value: unknown): value is StreamDecoderShape {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<StreamDecoderShape>;
  return typeof d.readState === 'number' && Array.isArray(d.readPartialMessage) && Buffer.isBuffer(d.readCompressFlag);
}
