// The transport-independent part of an export: inflate, decode, count, commit, build the reply.
// Both servers call this, so gRPC and HTTP behave the same way for the same payload.
import type { HealthyTally } from '../core/attribute-stats.js';
import type { ErrorEvent } from '../core/model.js';
import type { ExportCounters } from '../observability/ingest-metrics.js';
import type { BodyPool, JoinedBytes } from './body-pool.js';
import type { ByteAccount } from './byte-budget.js';
import { inflateWithin, type ContentCoding } from './decompress.js';
import type { Ticket } from './pipeline.js';
import { encodeExportResponse, type Signal, type WireEncoding } from './status-encoding.js';
import { IngestError } from './status.js';

export interface DecodedRequest {
  events: ErrorEvent[];
  /** Spans, log records or resource-metrics seen in the request. */
  items: number;
  /** Items refused (partial success), with the reason. */
  rejected: number;
  rejectionMessage?: string;
  /** Healthy spans counted for the attribute baseline (traces only, when enabled). */
  healthy?: HealthyTally[];
}

/**
 * Decodes one signal's request body; throws (or rejects, when it decodes elsewhere:
 * ingest/offloaded-decoding.ts) with a message naming the problem on bad data.
 */
export type RequestDecoder = (body: Buffer, encoding: WireEncoding) => DecodedRequest | Promise<DecodedRequest>;

/** A decoder that runs on the calling thread (ingest/signals.ts). */
export type SyncRequestDecoder = (body: Buffer, encoding: WireEncoding) => DecodedRequest;

export type SignalDecoders = Record<Signal, RequestDecoder>;

/**
 * Decodes and hands the events to the ticket; resolves with the reply once they are committed.
 *
 * The decoding waits for the event loop's check phase (setImmediate) instead of running in the
 * I/O callback that completed the body. A commit asks lmdb-js for its write transaction, which
 * starts in the check phase and then calls back into this thread; decoding every export that
 * arrived in the same poll phase first held that callback, and the whole group commit with it,
 * behind them (7 ms on HTTP and 15 ms on gRPC of each commit's 14–23 ms in the firehose bench).
 * Deferred, the transaction starts before them. bench/firehose.ts (1 % errors), three runs of
 * three or four alternating pairs: each commit 4–27 % shorter in every run (gRPC 15.9 → 12.2 ms,
 * HTTP 9.8 → 8.5 ms in the last), more of them with fewer exports each; the throughput moved by
 * −4 to +22 % on HTTP and −2 to +2 % on gRPC, within this machine's noise on average a little up.
 * Going further, one export decoded per loop iteration (each wait then lasts about one export)
 * made commits shorter still (gRPC 5.5–6.1 ms, HTTP 4.5–5.0) but smaller and more frequent, with
 * more CPU per span, and the throughput did not follow across three sittings of alternating runs.
 *
 * The body is read (synchronously, or on a worker for a large JSON body) and then let go of
 * (`afterDecode`): nothing of the request but the decoded events is held while the commit waits.
 */
export function handleExport(
  signal: Signal,
  body: Buffer,
  encoding: WireEncoding,
  ticket: Ticket,
  decoders: SignalDecoders,
  counters: ExportCounters,
  /** Called once the body has been decoded: its bytes are no longer needed while the commit waits. */
  afterDecode: () => void = () => {},
): Promise<Buffer> {
  return new Promise<void>((resolve) => setImmediate(resolve)).then(() => decodeAndCommit(signal, body, encoding, ticket, decoders, counters, afterDecode));
}

/**
 * A request body as the transport received it: its bytes, and when they are in a pooled buffer
 * (ingest/body-pool.ts), how to give it back once nothing reads them.
 */
export interface ReceivedBody extends JoinedBytes {
  /** The content coding to inflate first; undefined when the body is not compressed. */
  coding: ContentCoding | undefined;
  /** The request's share of the byte budget: the inflated copy counts on it too. */
  account: ByteAccount;
  /** Most bytes the body may inflate to. */
  maxBytes: number;
  /** Where a compressed body is inflated into when its size is known (see inflateWithin). */
  inflatePool?: BodyPool;
  retryAfterSeconds: number;
}

/**
 * `handleExport` for a body as received: inflated first when compressed. The ticket is given
 * back once the commit settles (or at once when inflating fails); the account is closed, and a
 * pooled buffer the body is in goes back to its pool, once the body is decoded. Returns the
 * commit's promise as soon as the decoder has the body, without awaiting it: V8 keeps every
 * local of a suspended async function, used again or not, so the body and its inflated copy are
 * held here only, and not while the commit waits. A caller that awaits this must not hold the
 * body in a local of its own (see grpc-message-release.ts).
 */
export async function handleReceived(signal: Signal, received: ReceivedBody, encoding: WireEncoding, ticket: Ticket, decoders: SignalDecoders, counters: ExportCounters): Promise<Buffer> {
  let committed: Promise<Buffer>;
  try {
    const { bytes, coding, account, recycle } = received;
    let body = bytes;
    // The buffer to give back once the body is decoded: the received one, or the inflated one.
    let release = recycle;
    if (coding) {
      try {
        ({ bytes: body, recycle: release } = await inflateWithin(bytes, coding, { maxBytes: received.maxBytes, account, retryAfterSeconds: received.retryAfterSeconds }, received.inflatePool));
      } finally {
        recycle?.();
      }
    }
    committed = handleExport(signal, body, encoding, ticket, decoders, counters, () => {
      account.close();
      release?.();
    });
  } catch (error) {
    ticket.release();
    throw error;
  }
  return committed.finally(() => ticket.release());
}

function decodeAndCommit(signal: Signal, body: Buffer, encoding: WireEncoding, ticket: Ticket, decoders: SignalDecoders, counters: ExportCounters, afterDecode: () => void): Promise<Buffer> {
  let decoded: DecodedRequest | Promise<DecodedRequest>;
  try {
    decoded = decoders[signal](body, encoding);
  } catch (error) {
    afterDecode();
    return Promise.reject(decodeFailure(signal, error));
  }
  if (decoded instanceof Promise) {
    return decoded.then(
      (done) => {
        afterDecode();
        return commitDecoded(signal, encoding, done, ticket, counters);
      },
      (error: unknown) => {
        afterDecode();
        throw decodeFailure(signal, error);
      },
    );
  }
  afterDecode();
  return commitDecoded(signal, encoding, decoded, ticket, counters);
}

function decodeFailure(signal: Signal, error: unknown): IngestError {
  return error instanceof IngestError ? error : new IngestError('BAD_DATA', `cannot decode the ${signal} export request: ${(error as Error).message}`);
}

function commitDecoded(signal: Signal, encoding: WireEncoding, decoded: DecodedRequest, ticket: Ticket, counters: ExportCounters): Promise<Buffer> {
  counters.items.inc(decoded.items);
  counters.errors.inc(decoded.events.length);
  const { rejected, rejectionMessage } = decoded;
  return ticket.commit(decoded.events, decoded.healthy).then(() => encodeExportResponse(signal, encoding, rejected, rejectionMessage));
}
