// The healthy-traffic baseline read by the selective reader: per resource, how many spans were
// healthy and which locating values they carried — resource attributes once, span attributes
// only for the counted keys — while errors are decoded as before.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keySelection, locatingFacts } from '../../../src/core/attribute-stats.js';
import { decodeTracesJson, decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { fullCollector } from '../../helpers/full-gc.js';
import { encodeTraceRequest } from '../../helpers/otlp-requests.js';

const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
// Span attributes are read for the first sixteen spans of an export, each counted once; beyond
// them for one span in sixteen, chosen by the span id's first byte (0 mod 16), and weighted by
// sixteen. The '/x' spans' ids start with 1: past the first sixteen they are not read.
const span = (route: string, tenant: string, error = false, idByte = route === '/x' ? 1 : 0) => ({
  traceId: randomBytes(16),
  spanId: Buffer.concat([Buffer.from([idByte]), randomBytes(7)]),
  name: `GET ${route}`,
  kind: 2,
  startTimeUnixNano: '1700000000000000000',
  endTimeUnixNano: '1700000000005000000',
  attributes: [str('http.route', route), str('tenant.id', tenant), str('http.request.header.referer', 'x'.repeat(300)), str('url.path', '/items/42')],
  ...(error ? { events: [{ timeUnixNano: '1700000000005000000', name: 'exception', attributes: [str('exception.type', 'Error'), str('exception.message', 'boom')] }] } : {}),
  status: error ? { code: 2, message: 'boom' } : { code: 1 },
});

const body = encodeTraceRequest({
  resourceSpans: [
    {
      resource: { attributes: [str('service.name', 'orders'), str('service.version', '8.2.0'), str('host.name', 'orders-1'), str('cloud.availability_zone', 'eu-west-1a')] },
      scopeSpans: [{ scope: { name: 't' }, spans: [span('/a', 'blue'), span('/x', 'x'), span('/x', 'x'), span('/b', 'blue', true), span('/a', 'green'), span('/x', 'x'), span('/x', 'x'), span('/x', 'x')] }],
    },
    { resource: { attributes: [str('service.name', 'orders'), str('host.name', 'orders-2')] }, scopeSpans: [{ scope: { name: 't' }, spans: [span('/a', 'blue')] }] },
  ],
});

describe('healthy-span counting in the selective reader', () => {
  it('counts healthy spans per resource with resource and counted span attributes', () => {
    const out = decodeTracesProto(body, { healthyKeys: keySelection() });
    expect(out.events).toHaveLength(1);
    expect(out.healthy).toHaveLength(2);
    const [first, second] = out.healthy!;
    expect(first).toMatchObject({ service: 'orders', count: 7 });
    const facts = Object.fromEntries(first.facts.map(([k, v, n]) => [`${k}=${v}`, n]));
    // A small export: every span's attributes are read and counted once.
    expect(facts).toEqual({ 'host.name=orders-1': 7, 'cloud.availability_zone=eu-west-1a': 7, 'service.version=8.2.0': 7, 'http.route=/a': 2, 'http.route=/x': 5, 'tenant.id=blue': 1, 'tenant.id=green': 1, 'tenant.id=x': 5, 'span.kind=server': 7 });
    // The error span (/b) is not part of the healthy baseline.
    expect(facts['http.route=/b']).toBeUndefined();
    expect(second).toMatchObject({ service: 'orders', count: 1, facts: [['host.name', 'orders-2', 1], ['http.route', '/a', 1], ['tenant.id', 'blue', 1], ['span.kind', 'server', 1]] });
  });

  it('reads the first sixteen spans of a large export, then one in sixteen by span id, weighted by sixteen', () => {
    const first = Array.from({ length: 16 }, () => span('/first', 'red', false, 1));
    // Past the first sixteen: ids starting 0 and 32 are read (0 mod 16), 1 and 4 are not.
    const later = [span('/a', 'blue', false, 0), span('/a', 'blue', false, 32), span('/x', 'x', false, 1), span('/x', 'x', false, 4), span('/b', 'blue', true, 0)];
    const large = encodeTraceRequest({ resourceSpans: [{ resource: { attributes: [str('service.name', 'orders')] }, scopeSpans: [{ scope: { name: 't' }, spans: [...first, ...later] }] }] });
    const [tally] = decodeTracesProto(large, { healthyKeys: keySelection() }).healthy!;
    expect(tally.count).toBe(20);
    expect(Object.fromEntries(tally.facts.map(([k, v, n]) => [`${k}=${v}`, n]))).toEqual({ 'http.route=/first': 16, 'tenant.id=red': 16, 'http.route=/a': 32, 'tenant.id=blue': 32, 'span.kind=server': 20 });
  });

  it('counts a User-Agent as the client it names, on the short-string path and the decoded one alike', () => {
    const withAgent = (agent: string, error = false) => ({ ...span('/a', 'blue', error), attributes: [str('http.route', '/a'), str('user_agent.original', agent)] });
    const edge = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.2651.98';
    expect(Buffer.byteLength(edge)).toBeGreaterThan(127); // a two-byte length: decoded, not matched by bytes
    const spans = [withAgent('ShopApp/5.2.0 (iPhone; iOS 17.6; Scale/3.00)'), withAgent('ShopApp/5.2.0 (iPhone; iOS 17.5.1; Scale/3.00)'), withAgent('ShopApp/5.2.0 (iPhone; iOS 17.6; Scale/3.00)'), withAgent(edge), withAgent('ShopApp/5.2.0 (iPhone; iOS 17.6; Scale/3.00)', true)];
    const out = decodeTracesProto(encodeTraceRequest({ resourceSpans: [{ resource: { attributes: [str('service.name', 'orders')] }, scopeSpans: [{ scope: { name: 't' }, spans }] }] }), { healthyKeys: keySelection() });
    const facts = Object.fromEntries(out.healthy![0].facts.map(([k, v, n]) => [`${k}=${v}`, n]));
    expect(facts).toEqual({ 'http.route=/a': 4, 'user_agent.original=ShopApp/5.2.0': 3, 'user_agent.original=Edge/127': 1, 'span.kind=server': 4 });
    // The error's own facts say the same (core/attribute-stats.ts).
    expect(locatingFacts(out.events[0].resource, out.events[0].attributes, keySelection())).toContainEqual(['user_agent.original', 'ShopApp/5.2.0']);
  });

  it('counts an attribute sent under its former name as its current one, and a span sending both once', () => {
    const sent = (attributes: ReturnType<typeof str>[], error = false) => ({ ...span('/a', 'blue', error), attributes: [str('http.route', '/a'), ...attributes] });
    const older = [str('http.method', 'POST'), str('net.peer.name', 'payments.internal'), str('http.user_agent', 'ShopApp/5.2.0 (iPhone; iOS 17.6)'), str('messaging.destination', 'invoices')];
    const both = [str('http.request.method', 'POST'), str('http.method', 'POST'), str('server.address', 'payments.internal'), str('net.peer.name', 'payments.internal')];
    const spans = [sent(older), sent(older), sent(both), sent(older, true)];
    const out = decodeTracesProto(encodeTraceRequest({ resourceSpans: [{ resource: { attributes: [str('service.name', 'checkout')] }, scopeSpans: [{ scope: { name: 't' }, spans }] }] }), { healthyKeys: keySelection() });
    const facts = Object.fromEntries(out.healthy![0].facts.map(([k, v, n]) => [`${k}=${v}`, n]));
    expect(facts).toEqual({
      'http.route=/a': 3,
      'http.request.method=POST': 3,
      'server.address=payments.internal': 3,
      'user_agent.original=ShopApp/5.2.0': 2,
      'messaging.destination.name=invoices': 2,
      'span.kind=server': 3,
    });
    // The error's own facts say the same (core/attribute-stats.ts).
    expect(locatingFacts(out.events[0].resource, out.events[0].attributes, keySelection())).toEqual(
      expect.arrayContaining([['http.request.method', 'POST'], ['server.address', 'payments.internal'], ['user_agent.original', 'ShopApp/5.2.0'], ['messaging.destination.name', 'invoices']]),
    );
    // A former name asked for under its own name is counted as that too.
    const asked = decodeTracesProto(encodeTraceRequest({ resourceSpans: [{ resource: { attributes: [str('service.name', 'checkout')] }, scopeSpans: [{ scope: { name: 't' }, spans: [sent(older)] }] }] }), { healthyKeys: keySelection(['http.method']) });
    const askedFacts = Object.fromEntries(asked.healthy![0].facts.map(([k, v, n]) => [`${k}=${v}`, n]));
    expect(askedFacts).toMatchObject({ 'http.method=POST': 1, 'http.request.method=POST': 1 });
  });

  // The conventions record a flag evaluation as an event on the span it happened in
  // (`feature_flag.evaluation`; `feature_flag` before), as OpenFeature's and LaunchDarkly's hooks
  // send it: each flag counts, on healthy spans and errors alike, as `key=variant` (else its value).
  it('counts the flags a span evaluated, from its feature_flag.evaluation and feature_flag events', () => {
    const flag = (name: string, key: string, result: ReturnType<typeof str> | { key: string; value: { boolValue: boolean } }) => ({
      timeUnixNano: '1700000000001000000',
      name,
      attributes: [str('feature_flag.key', key), str('feature_flag.provider.name', 'flagd'), result],
    });
    const evaluating = (error: boolean, events: ReturnType<typeof flag>[]) => {
      const s = span('/a', 'blue', error);
      return { ...s, events: [...events, ...(s.events ?? [])] };
    };
    const pricingOn = flag('feature_flag.evaluation', 'new-pricing', str('feature_flag.result.variant', 'on'));
    const pricingOff = flag('feature_flag.evaluation', 'new-pricing', str('feature_flag.result.variant', 'off'));
    // LaunchDarkly's hook: the older event name, the value and no variant.
    const darkMode = flag('feature_flag', 'dark-mode', { key: 'feature_flag.result.value', value: { boolValue: true } });
    const spans = [evaluating(false, [pricingOff, darkMode]), evaluating(false, [pricingOn]), evaluating(false, [pricingOff, pricingOff]), evaluating(true, [pricingOn, darkMode])];
    const request = { resourceSpans: [{ resource: { attributes: [str('service.name', 'checkout')] }, scopeSpans: [{ scope: { name: 't' }, spans }] }] };
    const out = decodeTracesProto(encodeTraceRequest(request), { healthyKeys: keySelection() });
    const facts = Object.fromEntries(out.healthy![0].facts.map(([k, v, n]) => [`${k}=${v}`, n]));
    // One span evaluating a flag twice the same way counts it once.
    expect(facts).toMatchObject({ 'feature_flag[new-pricing]=off': 2, 'feature_flag[new-pricing]=on': 1, 'feature_flag[dark-mode]=true': 1 });
    expect(out.events).toHaveLength(1);
    expect(out.events[0].attributes.feature_flag).toEqual(['new-pricing=on', 'dark-mode=true']);
    expect(locatingFacts(out.events[0].resource, out.events[0].attributes, keySelection())).toEqual(
      expect.arrayContaining([['feature_flag[new-pricing]', 'on'], ['feature_flag[dark-mode]', 'true']]),
    );
    // The exception is still the event it was, at its own index among the span's events.
    expect(out.events[0].dedupeKey).toMatch(/:2$/);
    // OTLP/JSON keeps the same flags on the error.
    const json = decodeTracesJson(JSON.stringify(jsonOf(request)));
    expect(json.events[0].attributes.feature_flag).toEqual(['new-pricing=on', 'dark-mode=true']);
  });

  // A worker's jobs run where the web's requests do not: its CONSUMER and INTERNAL spans are
  // counted where they ran under keys of their kind (core/kind-baseline.ts), and the spans of
  // every kind under span.kind, so a job's errors are compared with the same kind's traffic.
  it("counts where a worker's kinds of span ran under keys of that kind", () => {
    const of = (kind: number, error = false) => ({ ...span('/a', 'blue', error), kind });
    const request = {
      resourceSpans: [
        { resource: { attributes: [str('service.name', 'reports'), str('host.name', 'reports-web-1'), str('k8s.pod.name', 'reports-web-7c9d-x2')] }, scopeSpans: [{ scope: { name: 't' }, spans: [of(2), of(2), of(2), of(1)] }] },
        { resource: { attributes: [str('service.name', 'reports'), str('host.name', 'reports-worker-1')] }, scopeSpans: [{ scope: { name: 't' }, spans: [of(5), of(5), of(3), of(5, true), of(0)] }] },
      ],
    };
    const [web, worker] = decodeTracesProto(encodeTraceRequest(request), { healthyKeys: keySelection() }).healthy!;
    const facts = (t: typeof web) => Object.fromEntries(t.facts.filter(([k]) => k.includes('@') || k === 'span.kind').map(([k, v, n]) => [`${k}=${v}`, n]));
    expect(facts(web)).toEqual({ 'span.kind=server': 3, 'span.kind=internal': 1, 'host.name@internal=reports-web-1': 1, 'k8s.pod.name@internal=reports-web-7c9d-x2': 1 });
    // The failing CONSUMER span is not healthy; an UNSPECIFIED one has no kind to count under.
    expect(facts(worker)).toEqual({ 'span.kind=client': 1, 'span.kind=consumer': 2, 'host.name@consumer=reports-worker-1': 2 });
    expect(worker.count).toBe(4);
  });

  it('counts nothing when not asked, and decodes the same errors', () => {
    const plain = decodeTracesProto(body);
    expect(plain.healthy).toBeUndefined();
    expect(plain.events.map((e) => e.exception?.message)).toEqual(decodeTracesProto(body, { healthyKeys: keySelection() }).events.map((e) => e.exception?.message));
  });

  // Healthy tallies are stored by hour, like the errors they are compared with; the errors' hour
  // comes from their own time, so the tallies' must too, not from when the export arrived.
  it("times a scope's tally by its first healthy span's end, not by the error's", () => {
    const at = (ns: string, error = false) => ({ ...span('/a', 'blue', error), startTimeUnixNano: ns, endTimeUnixNano: ns });
    const timed = encodeTraceRequest({
      resourceSpans: [
        {
          resource: { attributes: [str('service.name', 'orders')] },
          scopeSpans: [
            { scope: { name: 'a' }, spans: [at('1699999000123456789', true), at('1700000000987654321'), at('1700000500000000000')] },
            { scope: { name: 'b' }, spans: [at('0')] },
          ],
        },
      ],
    });
    const out = decodeTracesProto(timed, { healthyKeys: keySelection() });
    expect(out.healthy!.map((t) => [t.count, t.timeMs])).toEqual([
      [2, 1_700_000_000_987],
      // No time on the span: 0, and the store takes the arrival time (HealthyTally.timeMs).
      [1, 0],
    ]);
  });

  // The reader remembers counted values across requests by their bytes (routes and tenants
  // repeat). Those bytes must be its own: a view of the request would keep the whole body alive
  // for as long as the value is remembered, and the HTTP receiver reads bodies into buffers it
  // uses again (ingest/body-pool.ts), which would change the remembered bytes under it.
  it('remembers counted values without holding any request body', async () => {
    const fullGc = fullCollector();
    const decodeOwnBuffer = (tenant: string) => {
      const encoded = encodeTraceRequest({ resourceSpans: [{ resource: { attributes: [str('service.name', 'orders')] }, scopeSpans: [{ scope: { name: 't' }, spans: [span('/a', tenant)] }] }] });
      const memory = new ArrayBuffer(encoded.length);
      new Uint8Array(memory).set(encoded);
      const [tally] = decodeTracesProto(Buffer.from(memory), { healthyKeys: keySelection() }).healthy!;
      return { memory: new WeakRef(memory), facts: tally.facts };
    };
    const tenant = `tenant-${randomBytes(6).toString('hex')}`;
    const first = decodeOwnBuffer(tenant);
    expect(first.facts).toContainEqual(['tenant.id', tenant, 1]);
    // Seen before: now matched by its remembered bytes.
    expect(decodeOwnBuffer(tenant).facts).toContainEqual(['tenant.id', tenant, 1]);
    for (let i = 0; i < 2; i++) {
      fullGc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(first.memory.deref()).toBeUndefined();
  });
});

/** An export request object as OTLP/JSON has it: ids as hex (the OTLP specification's JSON encoding). */
function jsonOf(request: object): unknown {
  return JSON.parse(JSON.stringify(request, (_key, value: unknown) => (isBufferJson(value) ? Buffer.from(value.data).toString('hex') : value)));
}
function isBufferJson(value: unknown): value is { type: 'Buffer'; data: number[] } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data);
}
