// Failed calls recorded by an instrumentation written to the semantic conventions before 1.21
// (rounds-fp/9). The spans are a real Go service's: otelhttp v0.46.1 around net/http, exported
// by otlptracehttp v1.21.0 (test/fixtures/fingerprint/programs/go-otelhttp/main.go; its export
// bodies concatenated, which protobuf reads as one request). A storefront calls payments
// (503), inventory's /stock (503) and /item (404) and a closed port, twice each; payments and
// inventory answer through otelhttp's handler. Its client spans are named `HTTP GET` and carry
// `http.url`, `net.peer.name` and `http.status_code`, no `url.full`: read as calls only by
// their kind, the callee tells the first two apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../../../src/core/fingerprint/input-of.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

function goEvents(): ErrorEvent[] {
  const body = readFileSync(new URL('../../fixtures/fingerprint/otlp/go-otelhttp-v0.46.pb', import.meta.url));
  return decodeTracesProto(body, { severityThreshold: 17, captureHandled: true }).events;
}

/** The storefront's failed call to `path`, by its URL (its port differs from run to run). */
const callTo = (events: ErrorEvent[], path: string) => events.filter((e) => e.spanKind === SPAN_KIND_CLIENT && String(e.attributes['http.url']).endsWith(path));

describe('failed calls of an instrumentation written to the older conventions (Go otelhttp v0.46.1)', () => {
  const events = goEvents();
  const fp = createFingerprinter();
  const fingerprintOf = (e: ErrorEvent) => fp.fingerprint(fingerprintInputOf(e)).fingerprint;

  it('are what the fixture says: client spans with http.url and net.peer.name, no url.full, no exception', () => {
    const payments = callTo(events, '/charge');
    expect(payments).toHaveLength(2);
    for (const e of [...payments, ...callTo(events, '/stock')]) {
      expect(e).toMatchObject({ service: 'storefront', spanName: 'HTTP GET', attributes: { 'http.status_code': 503 } });
      expect(e.attributes['url.full']).toBeUndefined();
      expect(e.attributes['net.peer.name']).toMatch(/\.internal$/);
      expect(e.exception).toBeUndefined();
      expect(e.statusMessage).toBeUndefined();
    }
  });

  it('tell a call to payments from a call to inventory answered with the same status', () => {
    const [payments] = callTo(events, '/charge');
    const [stock] = callTo(events, '/stock');
    expect(fingerprintOf(payments)).not.toBe(fingerprintOf(stock));
    expect(fp.fingerprint(fingerprintInputOf(payments)).explain.join('\n')).toContain('callee payments.internal');
  });

  it('keep each failure one signature across its repeats, and a 404 of one callee apart from its 503', () => {
    for (const path of ['/charge', '/stock', '/item', '/ping']) {
      const repeats = callTo(events, path);
      expect(repeats).toHaveLength(2);
      expect(new Set(repeats.map(fingerprintOf)).size).toBe(1);
    }
    expect(fingerprintOf(callTo(events, '/item')[0])).not.toBe(fingerprintOf(callTo(events, '/stock')[0]));
  });

  it("do not read a server span's own host name as a callee", () => {
    const served = events.filter((e) => e.service === 'payments' && e.spanKind === SPAN_KIND_SERVER);
    expect(served).toHaveLength(2);
    const moved = { ...served[0], attributes: { ...served[0].attributes, 'server.address': 'payments-7f9c', 'net.host.name': 'payments-7f9c' } };
    expect(fingerprintOf(moved)).toBe(fingerprintOf(served[0]));
    expect(fp.fingerprint(fingerprintInputOf(served[0])).explain.join('\n')).not.toContain('callee');
  });

  it('name the callee of a producer span by server.address, which a consumer span does not', () => {
    const base = { source: 'span' as const, service: 'orders', spanName: 'orders publish', attributes: { 'messaging.system': 'kafka', 'error.type': 'TimeoutException' } };
    const a = fp.fingerprint({ ...base, spanKind: 4, attributes: { ...base.attributes, 'server.address': 'kafka-a.internal' } }).fingerprint;
    const b = fp.fingerprint({ ...base, spanKind: 4, attributes: { ...base.attributes, 'server.address': 'kafka-b.internal' } }).fingerprint;
    expect(a).not.toBe(b);
    const c = fp.fingerprint({ ...base, spanKind: 5, attributes: { ...base.attributes, 'server.address': 'kafka-a.internal' } }).fingerprint;
    const d = fp.fingerprint({ ...base, spanKind: 5, attributes: { ...base.attributes, 'server.address': 'kafka-b.internal' } }).fingerprint;
    expect(c).toBe(d);
  });
});
