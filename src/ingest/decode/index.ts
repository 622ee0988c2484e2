// OTLP request bodies → ErrorEvents. One entry per signal and encoding; the transport picks
// by path and Content-Type, and turns a DecodeError into 400 / INVALID_ARGUMENT.
export { DecodeError } from './decode-error.js';
export { type DecodeOptions, type DecodeResult, DEFAULT_DECODE_OPTIONS } from './result.js';
export { decodeTracesProto } from './traces-proto.js';
export { decodeLogsProto } from './logs-proto.js';
export { decodeTracesJson } from './traces-json.js';
export { decodeLogsJson } from './logs-json.js';
export { type MetricsCheck, checkMetricsProto, checkMetricsJson } from './metrics.js';
