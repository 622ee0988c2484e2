// The status a failing client span was answered with, in the words the diagnosis reads
// (core/answered-status.ts), and the message a span failed by its status alone is shown with.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answeredStatus } from '../../src/core/answered-status.js';
import { evaluateCauses } from '../../src/core/causes/diagnose.js';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../../src/core/fingerprint/input-of.js';
import type { Evidence } from '../../src/core/model.js';
import { decodeTracesProto } from '../../src/ingest/decode/index.js';

const CLIENT = 3;
const SERVER = 2;
const span = (spanKind: number, attributes: Record<string, string | number>, more: { exception?: { type: string; message: string }; statusMessage?: string } = {}) => ({ source: 'span' as const, spanKind, attributes, ...more });

describe('the status a client span was answered with', () => {
  it('reads HTTP statuses in either convention and gRPC statuses, in words the signals know', () => {
    expect(answeredStatus(span(CLIENT, { 'http.response.status_code': 503 }))).toBe('answered with status code 503 (Service Unavailable)');
    expect(answeredStatus(span(CLIENT, { 'http.status_code': 429 }))).toBe('answered with status code 429 (Too Many Requests)');
    expect(answeredStatus(span(CLIENT, { 'http.response.status_code': '599' }))).toBe('answered with status code 599');
    expect(answeredStatus(span(CLIENT, { 'rpc.grpc.status_code': 14 }))).toBe('answered with gRPC status UNAVAILABLE');
  });

  it('reads the class of a failure no answer came for, from error.type', () => {
    // .NET's HttpClient records no exception: its span's error.type is its HttpRequestError.
    expect(answeredStatus(span(CLIENT, { 'error.type': 'name_resolution_error', 'server.address': 'payments.internal' }))).toBe('failed with error.type name_resolution_error');
    expect(answeredStatus(span(CLIENT, { 'error.type': 'java.net.ConnectException' }))).toBe('failed with error.type java.net.ConnectException');
    expect(answeredStatus(span(CLIENT, { 'error.type': '_OTHER' }))).toBeUndefined();
    // A status, when there is one, says more.
    expect(answeredStatus(span(CLIENT, { 'error.type': '503', 'http.response.status_code': 503 }))).toBe('answered with status code 503 (Service Unavailable)');
  });

  it.each([
    ['connection_error', 'not accepting connections'],
    ['name_resolution_error', 'not resolvable (DNS)'],
    ['secure_connection_error', undefined],
    ['response_ended', 'dropping connections'],
    ['java.net.ConnectException', 'not accepting connections'],
  ])("lets the diagnosis read .NET's and the JVM's error.type %s", (errorType, words) => {
    const ev: Evidence = {
      signatureId: 'abc', service: 'basket', type: 'span', message: '', count: 40, firstSeenMs: 0, lastSeenMs: 600_000,
      trend: { kind: 'new', detail: 'new' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
      callee: { name: 'payments.internal', share: 1 }, answered: { status: `failed with error.type ${errorType}`, share: 1 },
    };
    const [first] = evaluateCauses(ev);
    if (words) expect(first).toMatchObject({ kind: 'dependency-down', cause: `payments.internal is ${words} for basket.` });
    else expect(first).toMatchObject({ kind: 'certificate-or-auth' });
  });

  it("is not read from a server span (its own answer), a success, or a span that words its failure", () => {
    expect(answeredStatus(span(SERVER, { 'http.response.status_code': 503 }))).toBeUndefined();
    expect(answeredStatus(span(CLIENT, { 'http.response.status_code': 200 }))).toBeUndefined();
    expect(answeredStatus(span(CLIENT, { 'rpc.grpc.status_code': 0 }))).toBeUndefined();
    expect(answeredStatus(span(CLIENT, { 'http.response.status_code': 503 }, { statusMessage: 'upstream connect error' }))).toBeUndefined();
    expect(answeredStatus(span(CLIENT, { 'http.response.status_code': 503 }, { exception: { type: 'HTTPError', message: '503' } }))).toBeUndefined();
  });

  it('lets the diagnosis name a dependency that answered 503 to spans that say nothing else', () => {
    const ev: Evidence = {
      signatureId: 'abc', service: 'storefront', type: 'span', message: '', count: 40, firstSeenMs: 0, lastSeenMs: 600_000,
      trend: { kind: 'new', detail: 'new' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
      callee: { name: 'payments.internal', share: 1 }, answered: { status: 'answered with status code 503 (Service Unavailable)', share: 1 },
    };
    expect(evaluateCauses(ev)[0]).toMatchObject({ kind: 'dependency-down', cause: 'payments.internal is unavailable for storefront.' });
    expect(evaluateCauses({ ...ev, answered: undefined })).toEqual([]);
  });
});

describe('a span that failed by its status alone', () => {
  it('is shown by its name and what its attributes say (a real Go client span, otelhttp v0.46)', () => {
    const body = readFileSync(new URL('../fixtures/fingerprint/otlp/go-otelhttp-v0.46.pb', import.meta.url));
    const call = decodeTracesProto(body, { severityThreshold: 17, captureHandled: true }).events.find((e) => e.spanKind === CLIENT && String(e.attributes['http.url']).endsWith('/charge'))!;
    expect(call.statusMessage).toBeUndefined();
    expect(createFingerprinter().fingerprint(fingerprintInputOf(call)).message).toBe('HTTP GET: http 503 from payments.internal');
    expect(answeredStatus(call)).toBe('answered with status code 503 (Service Unavailable)');
  });
});
