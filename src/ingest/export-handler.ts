// The transport-independent part of an export: decode, count, commit, build the reply. Both
// servers call this, so gRPC and HTTP behave the same way for the same payload.
import type { HealthyTally } from '../core/attribute-stats.js';
import type { ErrorEvent } from '../core/model.js';
import type { IngestMetrics } from '../observability/ingest-metrics.js';
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

/** Decodes one signal's request body; throws (with a message naming the problem) on bad data. */
export type RequestDecoder = (body: Buffer, encoding: WireEncoding) => DecodedRequest;

export type SignalDecoders = Record<Signal, RequestDecoder>;

export async function handleExport(
  signal: Signal,
  body: Buffer,
  encoding: WireEncoding,
  ticket: Ticket,
  decoders: SignalDecoders,
  metrics: IngestMetrics,
  /** Called once the body has been decoded: its bytes are no longer needed while the commit waits. */
  afterDecode: () => void = () => {},
): Promise<Buffer> {
  let decoded: DecodedRequest;
  try {
    decoded = decoders[signal](body, encoding);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('BAD_DATA', `cannot decode the ${signal} export request: ${(error as Error).message}`);
  } finally {
    afterDecode();
  }
  metrics.itemsReceived.inc({ signal }, decoded.items);
  metrics.errorsSelected.inc({ signal }, decoded.events.length);
  await ticket.commit(decoded.events, decoded.healthy);
  return encodeExportResponse(signal, encoding, decoded.rejected, decoded.rejectionMessage);
}
