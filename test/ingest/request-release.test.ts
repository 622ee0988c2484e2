// An export's bytes are let go of once decoded, while its commit still waits (acked = stored):
// nothing of the request but the decoded events may be held that long, or the bytes outlive the
// young-generation collections and are only freed by a full mark-compact (see
// src/ingest/grpc-message-release.ts). The real OtlpGrpcServer and OtlpHttpServer on port 0,
// with the real decoders, behind an admission whose commits the test holds open; the body the
// decoder got is watched through a WeakRef across a full collection.
import { gzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SignalDecoders } from '../../src/ingest/export-handler.js';
import { releaseReceivedFrames } from '../../src/ingest/grpc-message-release.js';
import { OtlpGrpcServer } from '../../src/ingest/grpc-server.js';
import { OtlpHttpServer } from '../../src/ingest/http-server.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import { fullCollector } from '../helpers/full-gc.js';
import { TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { receiverOptions } from '../helpers/receiver-options.js';

const fullGc = fullCollector();
/** Polls until the condition holds; the generous bound only turns a hang into a failure. */
const POLL = { timeout: 60_000, interval: 5 };

/** Commits that wait until the test lets them go; counts the tickets given back. */
class HeldAdmission {
  private waiting: (() => void)[] = [];
  released = 0;
  refusal() {
    return undefined;
  }
  admit(): Ticket {
    return {
      commit: () => new Promise<void>((resolve) => this.waiting.push(resolve)),
      release: () => {
        this.released++;
      },
    };
  }
  get held(): number {
    return this.waiting.length;
  }
  letGo(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/** The real trace decoder, remembering (weakly) the last body it was given. */
function watchedDecoders(): { decoders: SignalDecoders; lastBody: () => WeakRef<Buffer> | undefined } {
  const decoders = signalDecoders({ severityThreshold: 17, captureHandled: true });
  const traces = decoders.traces;
  let last: WeakRef<Buffer> | undefined;
  decoders.traces = (body, encoding) => {
    last = new WeakRef(body);
    return traces(body, encoding);
  };
  return { decoders, lastBody: () => last };
}

/** Whether the body is still reachable after full collections (a WeakRef is cleared only between jobs). */
async function stillHeld(ref: WeakRef<Buffer>): Promise<boolean> {
  for (let i = 0; i < 2; i++) {
    fullGc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return ref.deref() !== undefined;
}

// A request large enough to be assembled from several HTTP/2 DATA frames and socket reads.
const errors = Array.from({ length: 200 }, (_, i) => ({ type: 'OrderError', message: `order ${i} failed`, stacktrace: `OrderError: order ${i} failed\n    at load (/app/src/orders.ts:${i + 1}:5)` }));
const body = traceRequest('checkout', errors, 400);

describe('an export waiting for its commit holds none of its bytes', () => {
  const admission = new HeldAdmission();
  const watched = watchedDecoders();
  const options = receiverOptions({ admission, decoders: watched.decoders });
  const grpcServer = new OtlpGrpcServer(options);
  const httpServer = new OtlpHttpServer(options);
  let grpcPort = 0;
  let httpPort = 0;
  let client: grpc.Client;
  let gzipClient: grpc.Client;

  beforeAll(async () => {
    grpcPort = await grpcServer.start();
    httpPort = await httpServer.start();
    client = new grpc.Client(`127.0.0.1:${grpcPort}`, grpc.credentials.createInsecure());
    // grpc-js compresses every message of this channel (grpc-encoding: gzip).
    gzipClient = new grpc.Client(`127.0.0.1:${grpcPort}`, grpc.credentials.createInsecure(), { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip });
  });
  afterAll(async () => {
    admission.letGo();
    client?.close();
    gzipClient?.close();
    await grpcServer.stop(1000);
    await httpServer.stop();
  });

  const grpcExport = (through: grpc.Client) =>
    new Promise<grpc.ServiceError | null>((resolve) => through.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, new grpc.Metadata(), (error) => resolve(error)));

  it('over gRPC, plain and gzip', async () => {
    for (const through of [client, gzipClient]) {
      const releasedBefore = admission.released;
      const answered = grpcExport(through);
      await vi.waitFor(() => expect(admission.held).toBe(1), POLL);
      expect(await stillHeld(watched.lastBody()!)).toBe(false);
      admission.letGo();
      expect(await answered).toBeNull();
      expect(admission.released - releasedBefore).toBe(1);
    }
  });

  it('over HTTP, plain and gzip', async () => {
    for (const gzip of [false, true]) {
      const releasedBefore = admission.released;
      const answered = fetch(`http://127.0.0.1:${httpPort}/v1/traces`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', ...(gzip ? { 'content-encoding': 'gzip' } : {}) },
        body: gzip ? gzipSync(body) : body,
      });
      await vi.waitFor(() => expect(admission.held).toBe(1), POLL);
      expect(await stillHeld(watched.lastBody()!)).toBe(false);
      admission.letGo();
      expect((await answered).status).toBe(200);
      expect(admission.released - releasedBefore).toBe(1);
    }
  });
});

describe('releaseReceivedFrames', () => {
  // grpc-js's own StreamDecoder, reached the way the receiver reaches it (the handler's call →
  // interceptors → the base call): if grpc-js changes that shape, this fails rather than the
  // release silently doing nothing.
  it("empties grpc-js's stream decoder of a whole message's frames", async () => {
    const { StreamDecoder } = (await import('@grpc/grpc-js/build/src/stream-decoder.js')) as unknown as { StreamDecoder: new (max: number) => { write(data: Buffer): Buffer[]; readPartialMessage: Buffer[]; readCompressFlag: Buffer } };
    const decoder = new StreamDecoder(-1);
    const message = Buffer.alloc(50_000, 7);
    const framed = Buffer.concat([Buffer.from([0, 0, 0, 0xc3, 0x50]), message]);
    const messages = [...decoder.write(framed.subarray(0, 20_000)), ...decoder.write(framed.subarray(20_000))];
    expect(messages).toHaveLength(1);
    expect(decoder.readPartialMessage.length).toBe(2);
    releaseReceivedFrames({ call: { nextCall: { decoder } } });
    expect(decoder.readPartialMessage).toEqual([]);
    expect(decoder.readCompressFlag.buffer).not.toBe(framed.buffer);
  });

  it('leaves a decoder in the middle of a message as it is', async () => {
    const { StreamDecoder } = (await import('@grpc/grpc-js/build/src/stream-decoder.js')) as unknown as { StreamDecoder: new (max: number) => { write(data: Buffer): Buffer[]; readPartialMessage: Buffer[] } };
    const decoder = new StreamDecoder(-1);
    decoder.write(Buffer.concat([Buffer.from([0, 0, 0, 0xc3, 0x50]), Buffer.alloc(10_000)]));
    releaseReceivedFrames({ call: { decoder } });
    expect(decoder.readPartialMessage.length).toBe(1);
  });
});
