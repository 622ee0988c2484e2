// A child error span takes its request's locating keys from the export's error SERVER span
// (src/core/request-attributes.ts), with the near misses that must keep their own attributes only.
import { describe, expect, it } from 'vitest';
import type { Attributes, ErrorEvent } from '../../src/core/model.js';
import { joinRequestAttributes, requestKeys } from '../../src/core/request-attributes.js';

const TRACE = '0af7651916cd43dd8448eb211c80319c';
const OTHER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

function span(spanId: string, kind: number, attributes: Attributes, more: Partial<ErrorEvent> = {}): ErrorEvent {
  return { source: 'span', dedupeKey: `s:${TRACE}:${spanId}:-1`, service: 'orders', timeMs: 1, handled: false, traceId: TRACE, spanId, spanKind: kind, attributes, resource: {}, ...more };
}
const SERVER = 2;
const CLIENT = 3;
const INTERNAL = 1;
const CONSUMER = 5;
const request: Attributes = { 'http.route': '/v1/orders/:id', 'http.request.method': 'GET', 'tenant.id': 'acme', 'enduser.id': 'u-17', 'user_agent.original': 'ShopApp/5.2.0 (iPhone; iOS 17.6)', 'client.address': '203.0.113.7', 'http.response.status_code': 500, 'server.address': 'orders.internal' };
const query: Attributes = { 'db.system.name': 'postgresql', 'db.query.text': 'SELECT * FROM orders WHERE id = $1', 'server.address': 'pg-main' };

describe('joinRequestAttributes', () => {
  it('gives a database client span under the request its route, method, client, user and tenant, and nothing of the call', () => {
    const events = [span('00f067aa0ba902b7', SERVER, request), span('b7ad6b7169203331', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' })];
    joinRequestAttributes(events);
    expect(events[1].attributes).toEqual({ ...query, 'http.route': '/v1/orders/:id', 'http.request.method': 'GET', 'tenant.id': 'acme', 'enduser.id': 'u-17', 'user_agent.original': 'ShopApp/5.2.0 (iPhone; iOS 17.6)', 'client.address': '203.0.113.7' });
    // The span's own server.address and the server span's status are not the request's to give.
    expect(events[1].attributes['server.address']).toBe('pg-main');
    expect(events[1].attributes['http.response.status_code']).toBeUndefined();
    // Nothing decoded is changed: a new object, the server span's as it was.
    expect(query['http.route']).toBeUndefined();
    expect(events[0].attributes).toBe(request);
  });

  it('walks up through error spans of the same service to the nearest server span', () => {
    const events = [
      span('00f067aa0ba902b7', SERVER, request),
      span('1111111111111111', INTERNAL, { 'code.function': 'loadOrder' }, { parentSpanId: '00f067aa0ba902b7' }),
      span('2222222222222222', CLIENT, query, { parentSpanId: '1111111111111111' }),
    ];
    joinRequestAttributes(events);
    expect(events[1].attributes['http.route']).toBe('/v1/orders/:id');
    expect(events[2].attributes['tenant.id']).toBe('acme');
  });

  it('falls back to the trace\'s one server span of the service when a healthy span between them was not decoded', () => {
    const events = [span('00f067aa0ba902b7', SERVER, request), span('2222222222222222', CLIENT, query, { parentSpanId: '3333333333333333' })];
    joinRequestAttributes(events);
    expect(events[1].attributes['http.route']).toBe('/v1/orders/:id');
  });

  it('shares one joined object among the events of one span (two exception events)', () => {
    const events = [span('00f067aa0ba902b7', SERVER, request), span('2222222222222222', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' }), span('2222222222222222', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' })];
    joinRequestAttributes(events);
    expect(events[1].attributes).toBe(events[2].attributes);
  });

  it('reads a key the span has under a former name as its own, and copies a former name under its own name', () => {
    const events = [
      span('00f067aa0ba902b7', SERVER, { 'http.method': 'POST', 'http.route': '/v1/orders', 'http.user_agent': 'okhttp/4.12.0' }),
      span('2222222222222222', CLIENT, { 'http.request.method': 'GET', 'url.full': 'https://payments.internal/v2/charges' }, { parentSpanId: '00f067aa0ba902b7' }),
    ];
    joinRequestAttributes(events);
    expect(events[1].attributes['http.request.method']).toBe('GET');
    expect(events[1].attributes['http.method']).toBeUndefined();
    expect(events[1].attributes['http.user_agent']).toBe('okhttp/4.12.0');
  });

  it('finds the parent when another trace\'s span has the same span id', () => {
    const events = [
      span('00f067aa0ba902b7', SERVER, { 'http.route': '/v1/refunds' }, { traceId: OTHER_TRACE }),
      span('00f067aa0ba902b7', SERVER, request),
      span('2222222222222222', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' }),
    ];
    joinRequestAttributes(events);
    expect(events[2].attributes['http.route']).toBe('/v1/orders/:id');
  });

  describe('near misses: the child keeps its own attributes only', () => {
    it('a server span with the parent\'s span id in another trace', () => {
      const events = [span('00f067aa0ba902b7', SERVER, request, { traceId: OTHER_TRACE }), span('2222222222222222', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' })];
      joinRequestAttributes(events);
      expect(events[1].attributes).toBe(query);
    });

    it('the trace\'s server span of another service (the callee that answered 500, the caller\'s own request healthy)', () => {
      const events = [span('2222222222222222', CLIENT, { 'url.full': 'http://inventory/v1/stock' }, { parentSpanId: '1111111111111111' }), span('3333333333333333', SERVER, request, { service: 'inventory', parentSpanId: '2222222222222222' })];
      joinRequestAttributes(events);
      expect(events[0].attributes['http.route']).toBeUndefined();
    });

    it('a parent of another service above the child (no server span of its own in between)', () => {
      const events = [span('00f067aa0ba902b7', SERVER, request, { service: 'gateway' }), span('2222222222222222', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' })];
      joinRequestAttributes(events);
      expect(events[1].attributes).toBe(query);
    });

    it('a key the child already has, under its own name', () => {
      const own: Attributes = { ...query, 'tenant.id': 'globex' };
      const events = [span('00f067aa0ba902b7', SERVER, request), span('2222222222222222', CLIENT, own, { parentSpanId: '00f067aa0ba902b7' })];
      joinRequestAttributes(events);
      expect(events[1].attributes['tenant.id']).toBe('globex');
      expect(events[1].attributes['http.route']).toBe('/v1/orders/:id');
    });

    it('two server spans of the service in the trace, and the child\'s own ancestors not in the export: which request is not told', () => {
      const events = [span('00f067aa0ba902b7', SERVER, request), span('4444444444444444', SERVER, { 'http.route': '/v1/refunds' }), span('2222222222222222', CLIENT, query, { parentSpanId: '3333333333333333' })];
      joinRequestAttributes(events);
      expect(events[2].attributes).toBe(query);
    });

    it('a job: a consumer span, or a child under one, takes no request', () => {
      const events = [
        span('00f067aa0ba902b7', SERVER, request),
        span('5555555555555555', CONSUMER, { 'messaging.destination.name': 'orders' }, { parentSpanId: '6666666666666666' }),
        span('2222222222222222', CLIENT, query, { parentSpanId: '5555555555555555' }),
      ];
      joinRequestAttributes(events);
      expect(events[1].attributes['http.route']).toBeUndefined();
      expect(events[2].attributes['http.route']).toBeUndefined();
    });

    it('a root span that is no server span (a scheduled run) and its children', () => {
      const events = [span('00f067aa0ba902b7', SERVER, request), span('7777777777777777', INTERNAL, { 'code.function': 'nightly' }), span('2222222222222222', CLIENT, query, { parentSpanId: '7777777777777777' })];
      joinRequestAttributes(events);
      expect(events[1].attributes['http.route']).toBeUndefined();
      expect(events[2].attributes['http.route']).toBeUndefined();
    });

    it('a log record in the request\'s trace (records are exported apart from spans)', () => {
      const log: ErrorEvent = { source: 'log', dedupeKey: 'l:1', service: 'orders', timeMs: 1, handled: false, traceId: TRACE, spanId: '2222222222222222', attributes: { 'code.function': 'x' }, resource: {} };
      const events = [span('00f067aa0ba902b7', SERVER, request), log];
      joinRequestAttributes(events);
      expect(events[1]).toBe(log);
    });
  });

  it('joins a deployment\'s extra keys that locate a request, not those that describe a call or its answer', () => {
    expect(requestKeys(['app.shop.id', 'http.response.status_code', 'db.collection.name', 'server.address'])).toEqual([...requestKeys(), 'app.shop.id']);
    const events = [span('00f067aa0ba902b7', SERVER, { ...request, 'app.shop.id': 'shop-9' }), span('2222222222222222', CLIENT, query, { parentSpanId: '00f067aa0ba902b7' })];
    joinRequestAttributes(events, requestKeys(['app.shop.id']));
    expect(events[1].attributes['app.shop.id']).toBe('shop-9');
  });
});
