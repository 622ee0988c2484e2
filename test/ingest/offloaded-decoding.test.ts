// Large OTLP/JSON bodies decoded on the fingerprint pool's workers (ingest/offloaded-decoding.ts):
// a worker must return exactly what the main thread's decoder returns, reject bad data with the
// same message, hand a request back to the main thread if it dies, and leave small or protobuf
// bodies alone; through a real receiver, the events of a large JSON export are stored once.
import { afterEach, describe, expect, it } from 'vitest';
import { buildTracePayload } from '../../bench/payloads.js';
import { keySelection } from '../../src/core/attribute-stats.js';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { eventRedactor } from '../../src/core/redact-event.js';
import { defaultRedactor } from '../../src/core/redact.js';
import type { DecodeOptions } from '../../src/ingest/decode/index.js';
import { preparationOf } from '../../src/ingest/event-preparation.js';
import { handleExport, type DecodedRequest } from '../../src/ingest/export-handler.js';
import { FingerprintPool } from '../../src/ingest/fingerprint-pool.js';
import { OFFLOADED_JSON_BYTES, offloadedDecoders } from '../../src/ingest/offloaded-decoding.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import type { Signal, WireEncoding } from '../../src/ingest/status-encoding.js';
import { IngestMetrics } from '../../src/observability/ingest-metrics.js';
import { Registry } from '../../src/observability/metrics.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

const OPTIONS: DecodeOptions = { severityThreshold: 17, captureHandled: true, healthyKeys: keySelection() };
const here = signalDecoders(OPTIONS);
const payload = buildTracePayload({ spans: 512, errorRatio: 0.05, stackLines: 20, seed: 11 });

let pool: FingerprintPool | undefined;
let instance: TestInstance | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  await instance?.dispose();
  instance = undefined;
});

function startPool(logged: string[] = []): FingerprintPool {
  const logger = { error: (_obj: object, msg: string) => void logged.push(msg) };
  pool = new FingerprintPool(1, { detail: false }, preparationOf(eventRedactor(defaultRedactor), createFingerprinter()), logger, OPTIONS);
  return pool;
}

/** A pool stand-in that records which bodies it was asked to decode, and decodes them here. */
function recordingPool() {
  const asked: { signal: Signal; encoding: WireEncoding; bytes: number }[] = [];
  return {
    asked,
    backlog: 0,
    size: 1,
    decode: (signal: Signal, encoding: WireEncoding, body: Buffer, onMainThread: () => DecodedRequest) => {
      asked.push({ signal, encoding, bytes: body.length });
      return Promise.resolve(onMainThread());
    },
  };
}

describe('decoding large JSON bodies on a worker', () => {
  it('returns what the main thread decodes: events, counts and healthy tallies', async () => {
    expect(payload.json.length).toBeGreaterThan(OFFLOADED_JSON_BYTES);
    const p = startPool();
    const decoders = offloadedDecoders(here, p);
    const decoding = decoders.traces(payload.json, 'json');
    expect(p.backlog).toBe(1); // with the worker, not decoded here
    const onWorker = await decoding;
    const onMain = here.traces(payload.json, 'json');
    expect(onMain.events).toHaveLength(payload.errors);
    expect(onWorker).toEqual(onMain);
  });

  it('rejects bad data with the message the main thread would give', async () => {
    const decoders = offloadedDecoders(here, startPool());
    const bad = Buffer.concat([payload.json.subarray(0, payload.json.length - 10), Buffer.from('oops')]);
    let expected = '';
    try {
      here.traces(bad, 'json');
    } catch (error) {
      expected = (error as Error).message;
    }
    expect(expected).toMatch(/invalid JSON/);
    await expect(decoders.traces(bad, 'json')).rejects.toThrow(expected);
    // Through the export handler, the client gets the same 400 as before.
    const metrics = new IngestMetrics(new Registry());
    const ticket = { commit: () => Promise.resolve(), release: () => {} };
    let released = 0;
    await expect(handleExport('traces', bad, 'json', ticket, decoders, metrics.forExport('http', 'traces'), () => released++)).rejects.toMatchObject({ code: 'BAD_DATA', message: `cannot decode the traces export request: ${expected}` });
    expect(released).toBe(1);
  });

  it('decodes on the main thread what a worker that died was decoding', async () => {
    const logged: string[] = [];
    const p = startPool(logged);
    const decoders = offloadedDecoders(here, p);
    // A body that takes the worker a while (about 40 exports' worth), so it dies mid-way.
    const big = Buffer.from(JSON.stringify({ resourceSpans: Array.from({ length: 40 }, () => JSON.parse(payload.json.toString()).resourceSpans).flat() }));
    const decoding = decoders.traces(big, 'json');
    await p.terminateWorker(0);
    const decoded = await decoding;
    expect(decoded.events).toHaveLength(40 * payload.errors);
    expect(logged.join('\n')).toMatch(/fingerprint worker 0 stopped/);
  });

  it('leaves protobuf and small JSON bodies on the main thread', async () => {
    const recorder = recordingPool();
    const decoders = offloadedDecoders(here, recorder);
    const small = buildTracePayload({ spans: 8, errorRatio: 0.5, seed: 3 });
    expect(small.json.length).toBeLessThan(OFFLOADED_JSON_BYTES);
    expect(decoders.traces(payload.body, 'protobuf')).not.toBeInstanceOf(Promise);
    expect(decoders.traces(small.json, 'json')).not.toBeInstanceOf(Promise);
    await decoders.traces(payload.json, 'json');
    expect(recorder.asked).toEqual([{ signal: 'traces', encoding: 'json', bytes: payload.json.length }]);
  });

  it('stores the errors of a large JSON export sent to a real receiver once each', async () => {
    instance = await startTestInstance({ FINGERPRINT_WORKERS: '1', INVESTIGATOR_ENABLED: 'false', LOG_LEVEL: 'silent' });
    const response = await fetch(`http://127.0.0.1:${instance.httpPort}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload.json });
    expect(response.status).toBe(200);
    instance.store.refresh();
    const stored = (await instance.store.listSignatures({ sort: 'count', limit: 1000 })).items.reduce((n, s) => n + s.count, 0);
    expect(stored).toBe(payload.errors);
  });
});

