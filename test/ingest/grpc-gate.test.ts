// The gRPC receiver answers the calls it refuses (no token, pipeline full) on their HTTP/2
// stream, before grpc-js reads a byte of the message: a trailers-only response with the status
// (UNAVAILABLE + RetryInfo for a full pipeline), then RST_STREAM(NO_ERROR) so the client stops
// sending the rest (RFC 9113 §8.1), as grpc-go's own server does. The real OtlpGrpcServer on
// port 0, behind a fake admission whose answer the test switches; raw HTTP/2 where the client
// must be left mid-message, and grpc-js where a Collector's behaviour matters.
import { connect as connectHttp2, constants as h2, type ClientHttp2Session } from 'node:http2';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bearerTokenCheck } from '../../src/ingest/auth.js';
import { OtlpGrpcServer } from '../../src/ingest/grpc-server.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { otlpType, TYPES } from '../../src/ingest/proto/schema.js';
import { overloaded } from '../../src/ingest/status.js';
import { Registry } from '../../src/observability/metrics.js';
import { decodeStatus, TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { readRawGrpcStatus, type RawGrpcStatus } from '../helpers/raw-grpc-status.js';
import { receiverOptions } from '../helpers/receiver-options.js';

const TOKEN = 'gate-token';
const RETRY_SECONDS = 7;

/** Admission as the transports see it, full or not as the test says; counts what it admits. */
class SwitchedAdmission {
  full = false;
  admitted = 0;
  refusal() {
    return this.full ? overloaded('Rounds is saturated (test); retry later', RETRY_SECONDS) : undefined;
  }
  admit(): Ticket {
    this.admitted++;
    return { commit: async () => {}, release: () => {} };
  }
}

/** A gRPC length-prefixed message header (gRPC over HTTP/2, "Length-Prefixed-Message"). */
function messagePrefix(length: number): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(length, 1);
  return prefix;
}

interface RawAnswer extends RawGrpcStatus {
  rstCode: number;
}

/**
 * Starts a call over raw HTTP/2 and sends only the first part of a large message, never ending
 * it: the call resolves only when the server resets the stream. (Answered by grpc-js, the
 * stream stayed open, half-closed, until the client sent the rest; this never resolved.)
 */
function halfSentCall(session: ClientHttp2Session, authorization: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':method': 'POST', ':path': TRACE_PATH, 'content-type': 'application/grpc', te: 'trailers', authorization });
    const answer = readRawGrpcStatus(stream);
    stream.on('error', reject);
    stream.on('close', () => resolve({ ...answer, rstCode: stream.rstCode ?? -1 }));
    stream.write(Buffer.concat([messagePrefix(4 * 1024 * 1024), Buffer.alloc(64 * 1024)]));
  });
}

function retryDelaySeconds(details: Buffer | Uint8Array | undefined): number | undefined {
  if (!details) return undefined;
  const status = decodeStatus(Buffer.from(details));
  const info = status.details.find((d) => d.type_url === 'type.googleapis.com/google.rpc.RetryInfo');
  if (!info) return undefined;
  const RetryInfo = otlpType(TYPES.retryInfo);
  return (RetryInfo.toObject(RetryInfo.decode(info.value), { longs: Number }) as { retryDelay: { seconds: number } }).retryDelay.seconds;
}

function grpcCall(client: grpc.Client, body: Buffer): Promise<grpc.ServiceError | undefined> {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${TOKEN}`);
  return new Promise((resolve) => client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, metadata, (error) => resolve(error ?? undefined)));
}

describe('calls refused on their HTTP/2 stream', () => {
  const admission = new SwitchedAdmission();
  const registry = new Registry();
  let server: OtlpGrpcServer;
  let port: number;
  const sessions: ClientHttp2Session[] = [];
  const session = () => {
    const s = connectHttp2(`http://127.0.0.1:${port}`);
    s.on('error', () => {});
    sessions.push(s);
    return s;
  };
  const counted = async (outcome: string) => {
    const text = await registry.metrics();
    const line = text.split('\n').find((l) => l.startsWith('rounds_requests_total{') && l.includes('transport="grpc"') && l.includes('signal="traces"') && l.includes(`outcome="${outcome}"`));
    return line ? Number(line.split(' ').pop()) : 0;
  };

  beforeAll(async () => {
    server = new OtlpGrpcServer(receiverOptions({ admission, checkToken: bearerTokenCheck(TOKEN), retryAfterSeconds: RETRY_SECONDS, registry }));
    port = await server.start();
  });
  afterEach(() => {
    admission.full = false;
  });
  afterAll(async () => {
    for (const s of sessions) s.destroy();
    await server?.stop(1000);
  });

  it('answers a full pipeline with UNAVAILABLE + RetryInfo and resets the stream the client has not finished', async () => {
    admission.full = true;
    const refusedBefore = await counted('refused');
    const answer = await halfSentCall(session(), `Bearer ${TOKEN}`);
    expect(answer.status).toBe(grpc.status.UNAVAILABLE);
    expect(retryDelaySeconds(answer.details)).toBe(RETRY_SECONDS);
    // Closed by the server's RST_STREAM(NO_ERROR), the client never having finished its message.
    expect(answer.rstCode).toBe(h2.NGHTTP2_NO_ERROR);
    expect(admission.admitted).toBe(0);
    expect((await counted('refused')) - refusedBefore).toBe(1);
  });

  it('answers a call without the token with UNAUTHENTICATED the same way, whether or not the pipeline is full', async () => {
    const before = await counted('unauthenticated');
    for (const full of [false, true]) {
      admission.full = full;
      const answer = await halfSentCall(session(), 'Bearer wrong');
      expect(answer.status).toBe(grpc.status.UNAUTHENTICATED);
      expect(answer.details).toBeUndefined();
      expect(answer.rstCode).toBe(h2.NGHTTP2_NO_ERROR);
    }
    expect(admission.admitted).toBe(0);
    expect((await counted('unauthenticated')) - before).toBe(2);
  });

  it('a grpc-js client sees UNAVAILABLE with the retry hint, and its connection keeps working after refusing more than a connection window of messages', async () => {
    const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1 });
    try {
      admission.full = true;
      // 40 messages of 1 MiB on one connection: past the connection's flow-control window, so
      // whatever of them reached the server before their reset must have been given back.
      const big = Buffer.alloc(1024 * 1024, 0x0a);
      const refused = await Promise.all(Array.from({ length: 40 }, () => grpcCall(client, big)));
      for (const error of refused) {
        expect(error?.code).toBe(grpc.status.UNAVAILABLE);
        expect(retryDelaySeconds(error?.metadata.get('grpc-status-details-bin')[0] as Buffer)).toBe(RETRY_SECONDS);
      }
      expect(admission.admitted).toBe(0);
      admission.full = false;
      expect(await grpcCall(client, traceRequest('gate', [{ type: 'Error', message: 'after the refusals' }]))).toBeUndefined();
      expect(admission.admitted).toBe(1);
    } finally {
      client.close();
    }
  });

  it('leaves other paths to grpc-js: an unknown method is UNIMPLEMENTED even while full', async () => {
    admission.full = true;
    const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    try {
      const error = await new Promise<grpc.ServiceError | null>((resolve) =>
        client.makeUnaryRequest('/opentelemetry.proto.collector.trace.v1.TraceService/Nope', (b: Buffer) => b, (b: Buffer) => b, Buffer.alloc(0), new grpc.Metadata(), (e) => resolve(e)),
      );
      expect(error?.code).toBe(grpc.status.UNIMPLEMENTED);
    } finally {
      client.close();
    }
  });
});
