// Go's encoding/json syntax error at the end of a wrapped error's message: the decoder's account of
// the document is the input's, one value to the end; a log line keeps its words
// (src/core/fingerprint/json-syntax-error.ts). Rows from a real run of
// test/fixtures/fingerprint/programs/go-bugs-13 (Go 1.26.8; the OpenTelemetry Go SDK v1.46.0's
// RecordError, log/slog's JSONHandler): decodeInvoice's one json.Unmarshal statement met with a
// truncated record and a misspelt `null`, its error wrapped with %w by two more layers, in two
// builds. The near misses' texts are what Go 1.26.8's encoding/json returned here for the
// documents shown (`{"id":7,"cents":12` → unexpected end; `x` → looking for beginning of value;
// `{"a" 1}` → after object key; `{"id":42,"cents":"x"}` into Order → cannot unmarshal).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { opensJsonSyntaxAccount } from '../../../src/core/fingerprint/json-syntax-error.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-13.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const logPrints = (bodies: string[]) => {
  const fp = createFingerprinter();
  return bodies.map((body) => fp.fingerprint({ source: 'log', service: 'shop', body, severityText: 'ERROR', runtime: 'go' }).fingerprint);
};

describe("Go's JSON syntax error ending a wrapped error's message", () => {
  const invoice = rows.filter((r) => r.failure === 'decodeInvoice bad stored JSON');
  const span = invoice.find((r) => r.stacktrace !== undefined)!;
  // The recorded span's stack with another message: one crash site (main.getInvoice), as when
  // one handler records every error it meets.
  const spanPrints = (messages: string[]) => {
    const fp = createFingerprinter();
    return messages.map((message) => fp.fingerprint({ source: 'span', service: 'shop', type: '*fmt.wrapError', message, stacktrace: span.stacktrace, runtime: 'go' }).fingerprint);
  };

  it("is one signature for one statement's two malformed records, as spans, in both builds", () => {
    const spans = invoice.filter((r) => r.stacktrace !== undefined);
    expect(new Set(spans.map((r) => r.message)).size).toBe(2);
    const fp = createFingerprinter();
    const prints = spans.map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }).fingerprint);
    expect(new Set(prints).size).toBe(1);
  });

  it('near miss: as log records the accounts keep their words, as the logs sets label them', () => {
    const logged = invoice.filter((r) => r.body !== undefined).map((r) => r.body!);
    expect(logged).toHaveLength(4);
    expect(new Set(logPrints(logged)).size).toBe(2);
  });

  it('opens at the account and only where it ends the text', () => {
    const tokens = "decode invoice <int>: invalid character ' ' in literal null (expecting 'l')".split(' ');
    expect(opensJsonSyntaxAccount(tokens, 3)).toBe(true);
    expect(opensJsonSyntaxAccount(tokens, 2)).toBe(false);
    expect(opensJsonSyntaxAccount('decode: unexpected end of JSON input'.split(' '), 1)).toBe(true);
    expect(opensJsonSyntaxAccount('unexpected end of JSON input while reading body'.split(' '), 0)).toBe(false);
    expect(opensJsonSyntaxAccount('invalid character set utf-9'.split(' '), 0)).toBe(false);
    // Node's JSON.parse writes it capitalised (another runtime's wording, read as it is).
    expect(opensJsonSyntaxAccount('Unexpected end of JSON input'.split(' '), 0)).toBe(false);
  });

  it('near miss: the words before it keep two statements apart', () => {
    const [invoices, orders] = spanPrints(['GET /invoices/{id}: invoices: decode invoice 3: unexpected end of JSON input', 'GET /invoices/{id}: orders: decode order 3: unexpected end of JSON input']);
    expect(invoices).not.toBe(orders);
    const [a, b] = spanPrints(["GET /invoices/{id}: invoices: decode invoice 3: invalid character 'x' looking for beginning of value", "GET /invoices/{id}: orders: decode order 9: invalid character '1' after object key"]);
    expect(a).not.toBe(b);
  });

  it("near miss: a type error, encoding/json's other account, keeps its words", () => {
    const [syntax, type] = spanPrints(['GET /invoices/{id}: orders: decode order 7: unexpected end of JSON input', 'GET /invoices/{id}: orders: decode order 42: json: cannot unmarshal string into Go struct field Order.cents of type int']);
    expect(syntax).not.toBe(type);
  });
});
