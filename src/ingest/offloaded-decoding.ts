// Large JSON request bodies are decoded on the fingerprint pool's workers, not on the event
// loop. OTLP/JSON costs about 20 times what the selective protobuf reader does per span
// (bench/decode.ts: ~3.3 ms of CPU for a 512-span export against ~0.15 ms), so one such export
// held the main thread, and every other connection's reads, acknowledgements and commits with
// it, for milliseconds, while the second core waited. A worker decodes it with the same decoders
// and settings (ingest/signals.ts) and answers with what they return or the error they throw,
// so a client sees the same reply either way. Small bodies and protobuf stay on this thread:
// there the copy to the worker and back costs about as much as the decoding itself.
import type { FingerprintPool } from './fingerprint-pool.js';
import type { RequestDecoder, SignalDecoders, SyncRequestDecoder } from './export-handler.js';
import type { Signal } from './status-encoding.js';

/**
 * JSON bodies from this size on are decoded on a worker. At ~12 µs of CPU per KiB of OTLP/JSON,
 * 32 KiB is ~0.4 ms on the event loop: far above the copy (tens of µs).
 */
export const OFFLOADED_JSON_BYTES = 32 * 1024;

export function offloadedDecoders(decoders: Record<Signal, SyncRequestDecoder>, pool: Pick<FingerprintPool, 'decode' | 'backlog' | 'size'>): SignalDecoders {
  const offloaded = (signal: Signal): RequestDecoder => {
    const here = decoders[signal];
    return (body, encoding) => {
      // A worker that already has work would make this body wait behind it while this thread
      // idles: then it is decoded here, and both cores decode.
      if (encoding !== 'json' || body.length < OFFLOADED_JSON_BYTES || pool.backlog >= pool.size) return here(body, encoding);
      return pool.decode(signal, encoding, body, () => here(body, encoding));
    };
  };
  return { traces: offloaded('traces'), logs: offloaded('logs'), metrics: offloaded('metrics') };
}
