// Binds each signal and encoding to its decoder, with the selection settings applied.
import { checkMetricsJson, checkMetricsProto, decodeLogsJson, decodeLogsProto, decodeTracesJson, decodeTracesProto, type DecodeOptions } from './decode/index.js';
import type { SyncRequestDecoder } from './export-handler.js';
import type { Signal } from './status-encoding.js';

export function signalDecoders(options: DecodeOptions): Record<Signal, SyncRequestDecoder> {
  return {
    traces: (body, encoding) => (encoding === 'json' ? decodeTracesJson(body, options) : decodeTracesProto(body, options)),
    logs: (body, encoding) => (encoding === 'json' ? decodeLogsJson(body, options) : decodeLogsProto(body, options)),
    // Metrics are acknowledged, not stored: checked for well-formedness so bad data still gets 400.
    metrics: (body, encoding) => ({ events: [], items: (encoding === 'json' ? checkMetricsJson(body) : checkMetricsProto(body)).metrics, rejected: 0 }),
  };
}
