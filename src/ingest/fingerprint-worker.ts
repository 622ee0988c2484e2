// A fingerprint pool's worker thread (ingest/fingerprint-pool.ts). Two kinds of job:
// - prepare: redacts and analyses the error events of one request (sent as ingest/event-wire.ts
//   flattens them) and posts back the analyses and what redaction changed;
// - decode: decodes one large JSON request body (ingest/offloaded-decoding.ts) with the
//   receiver's own decoders and settings, and posts back what the main thread's decoder would
//   have returned, or the error it would have thrown.
// It holds no state that matters: killed mid-request, the pool does that request's work on the
// main thread instead.
import { parentPort, workerData } from 'node:worker_threads';
import type { DecodeOptions } from './decode/index.js';
import { postedBatch, preparationFromSettings, type PreparationSettings } from './event-preparation.js';
import { fromWire, type WireEvents } from './event-wire.js';
import type { DecodedRequest } from './export-handler.js';
import { signalDecoders } from './signals.js';
import type { Signal, WireEncoding } from './status-encoding.js';
import { IngestError } from './status.js';

export type WorkerJob = { id: number; events: WireEvents } | { id: number; decode: { signal: Signal; encoding: WireEncoding; body: Uint8Array } };

/** A decode job's answer: the decoded request, or the error the decoder threw. */
export type DecodeReply = { id: number; decoded: DecodedRequest } | { id: number; failed: { message: string; code?: IngestError['code']; retryAfterSeconds?: number } };

const { settings, decode } = workerData as { settings: PreparationSettings; decode?: DecodeOptions };
const preparation = preparationFromSettings(settings);
const decoders = decode ? signalDecoders(decode) : undefined;

parentPort!.on('message', (job: WorkerJob) => {
  if ('events' in job) {
    const records = fromWire(job.events);
    parentPort!.postMessage({ id: job.id, ...postedBatch(records, preparation.prepare(records), settings.detail ?? true) });
    return;
  }
  const { signal, encoding, body } = job.decode;
  let reply: DecodeReply;
  try {
    if (!decoders) throw new Error('this worker was started without decoding settings');
    reply = { id: job.id, decoded: decoders[signal](Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding) };
  } catch (error) {
    const e = error as Error;
    reply = { id: job.id, failed: { message: e.message, ...(e instanceof IngestError ? { code: e.code, retryAfterSeconds: e.retryAfterSeconds } : {}) } };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
