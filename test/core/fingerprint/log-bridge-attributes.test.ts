// What a log record's attributes say of its error where an OpenTelemetry log bridge put the
// logger's fields there (embedded-trace.ts attributeTrace, log-body.ts attributeError), and a
// callee's port (span-failure.ts): the rules rounds-fp/19 added, beside otel-demo.test.ts's
// real records, with the cases they must leave alone.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string | undefined, attributes: Record<string, unknown>) =>
  f.fingerprint({ source: 'log', service: 'orders', body, severityText: 'ERROR', attributes: attributes as never });

describe("a log bridge's attributes", () => {
  it('the message, then the error a Go bridge sends as `err` (slog) or `error` (zap)', () => {
    const f = createFingerprinter();
    const deadline = log(f, 'query failed', { err: 'context deadline exceeded' });
    const refused = log(f, 'query failed', { err: 'dial tcp 10.0.0.7:5432: connect: connection refused' });
    expect(refused.fingerprint).not.toBe(deadline.fingerprint);
    expect(deadline.message).toBe('query failed: context deadline exceeded');
    expect(log(f, 'query failed', { error: 'context deadline exceeded' }).fingerprint).toBe(deadline.fingerprint);
  });

  it("a map's message where it has no stack, and its stack where it has one", () => {
    const f = createFingerprinter();
    expect(log(f, 'charge failed', { err: { type: 'Error', message: 'card k1 expired' } }).message).toBe('charge failed: card k1 expired');
    const withStack = log(f, undefined, { err: { type: 'TypeError', message: "Cannot read properties of undefined (reading 'id')", stack: "TypeError: Cannot read properties of undefined (reading 'id')\n    at load (/app/src/orders.js:12:20)\n    at main (/app/src/index.js:3:1)" } });
    expect(withStack.type).toBe('TypeError');
    expect(withStack.culprit).toBe('load (src/orders.js)');
  });

  it('leaves a record alone whose attributes hold no error: a text of several lines is not a trace', () => {
    const f = createFingerprinter();
    const r = log(f, 'slow query', { 'db.statement': 'SELECT *\nFROM orders\nWHERE id = 12', 'duration.ms': 812 });
    expect(r.explain).not.toContain('source: log whose body prints an exception — read as that exception');
    expect(r.message).toBe('slow query');
  });
});

describe("a failed call's callee", () => {
  const span = (f: ReturnType<typeof createFingerprinter>, attributes: Record<string, unknown>) =>
    f.fingerprint({ source: 'span', service: 'checkout', spanName: 'HTTP POST', spanKind: 3, message: '', attributes: attributes as never });

  it('names a host and its port, where one host serves several components', () => {
    const f = createFingerprinter();
    const a = span(f, { 'server.address': 'localhost', 'server.port': 50050, 'http.response.status_code': 503 });
    const b = span(f, { 'server.address': 'localhost', 'server.port': 6060, 'http.response.status_code': 503 });
    expect(b.fingerprint).not.toBe(a.fingerprint);
    expect(a.message).toBe('HTTP POST: http 503 from localhost:50050');
  });

  it('keeps one service one callee whatever port it was reached on, and a URL without a port by its host', () => {
    const f = createFingerprinter();
    const a = span(f, { 'peer.service': 'payments', 'server.port': 443, 'http.response.status_code': 503 });
    const b = span(f, { 'peer.service': 'payments', 'server.port': 8443, 'http.response.status_code': 503 });
    expect(b.fingerprint).toBe(a.fingerprint);
    // A host's name names its component: its port is not read.
    expect(span(f, { 'server.address': 'payments.internal', 'server.port': 8080, 'http.response.status_code': 503 }).message).toBe('HTTP POST: http 503 from payments.internal');
    // Two databases at addresses are two callees by their ports.
    expect(span(f, { 'server.address': '10.0.0.5', 'server.port': 5432, 'http.response.status_code': 503 }).message).toBe('HTTP POST: http 503 from <ip>:5432');
    expect(span(f, { 'url.full': 'https://inventory.internal/items/7', 'http.response.status_code': 404 }).message).toBe('HTTP POST: http 404 from inventory.internal');
  });
});
