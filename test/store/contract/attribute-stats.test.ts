// Attribute statistics are written in the batch's own commit, over every event (not only the
// sampled ones), per signature and per service and hour, with healthy tallies beside them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorEvent } from '../../../src/core/model.js';
import type { Store } from '../../../src/core/ports.js';
import { randomBytes } from 'node:crypto';
import { keySelection } from '../../../src/core/attribute-stats.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { encodeTraceRequest } from '../../helpers/otlp-requests.js';
import { storeFactories, type StoreUnderTest } from '../../helpers/store-factories.js';
import { prepare } from '../../helpers/temp-store.js';

const T0 = Date.parse('2026-05-04T10:00:00Z');
let n = 0;
const event = (host: string, over: Partial<ErrorEvent> = {}): ErrorEvent => ({
  source: 'span',
  dedupeKey: `s:stats:${n++}`,
  service: 'orders',
  timeMs: T0,
  handled: false,
  exception: { type: 'Error', message: 'boom' },
  attributes: { 'http.route': '/orders' },
  resource: { 'service.name': 'orders', 'host.name': host, 'service.version': '1.0.0' },
  host,
  release: '1.0.0',
  ...over,
});

describe.each(storeFactories)('$name: attribute statistics', (factory) => {
  let opened: StoreUnderTest;
  let store: Store;
  beforeEach(async () => {
    opened = await factory.open({ samples: { first: 1, recent: 1 } });
    store = opened.store;
  });
  afterEach(() => opened.cleanup());
  const top = async () => (await store.listSignatures({ sort: 'count', limit: 1 })).items[0];

  it('counts every occurrence though only two are sampled, beside the service and its healthy traffic', async () => {
    await store.ingest!.commit(Array.from({ length: 30 }, (_, i) => prepare(event(i < 27 ? 'web-3' : 'web-1'))), T0, undefined, [
      { service: 'orders', timeMs: T0, count: 300, facts: [['host.name', 'web-1', 100], ['host.name', 'web-2', 100], ['host.name', 'web-3', 100]] },
    ]);
    await store.ingest!.commit([prepare(event('web-2', { exception: { type: 'Other', message: 'other' } }))], T0);
    const sig = await top();
    expect(sig.count).toBe(30);
    expect((await store.listOccurrences(sig.id, 50)).length).toBeLessThanOrEqual(2);
    const stats = (await store.attributeStats(sig))!;
    expect(stats.signature.total).toBe(30);
    expect(stats.signature.keys['host.name'].values).toEqual({ 'web-3': 27, 'web-1': 3 });
    expect(stats.serviceErrors.total).toBe(31);
    expect(stats.serviceHealthy?.total).toBe(300);
    expect(stats.serviceHealthy?.keys['host.name'].values['web-3']).toBe(100);
  });

  it('a duplicate (a collector retry) is not counted twice', async () => {
    const e = event('web-1');
    await store.ingest!.commit([prepare(e)], T0);
    await store.ingest!.commit([prepare(e)], T0);
    const sig = await top();
    expect((await store.attributeStats(sig))!.signature.total).toBe(1);
  });

  // An export whose spans ended just before an hour's end, committed just after it (a batch
  // that waited in a Collector's queue, or any export near the turn of the hour): its errors are
  // counted in their own hour, and so must its healthy spans be, or the diagnosis finds no
  // healthy baseline for them.
  it("counts an export's healthy spans in the hour of its spans, with its errors, whenever it arrives", async () => {
    const ended = String(BigInt(T0 - 10 * 60_000) * 1_000_000n);
    const kv = (key: string, value: string) => ({ key, value: { stringValue: value } });
    const span = (error: boolean, route: string) => ({
      traceId: randomBytes(16),
      spanId: randomBytes(8),
      name: `GET ${route}`,
      kind: 2,
      startTimeUnixNano: ended,
      endTimeUnixNano: ended,
      attributes: [kv('http.route', route)],
      status: error ? { code: 2, message: 'boom' } : { code: 1 },
    });
    const body = encodeTraceRequest({
      resourceSpans: [{ resource: { attributes: [kv('service.name', 'orders'), kv('host.name', 'web-1')] }, scopeSpans: [{ scope: { name: 't' }, spans: [span(true, '/pay'), span(false, '/orders'), span(false, '/orders'), span(true, '/pay')] }] }],
    });
    const decoded = decodeTracesProto(body, { healthyKeys: keySelection() });
    const arrived = T0 + 30_000;
    await store.ingest!.commit(decoded.events.map((e) => prepare(e)), arrived, undefined, decoded.healthy);
    const stats = (await store.attributeStats(await top()))!;
    expect(stats.signature.total).toBe(2);
    expect(stats.serviceHealthy?.total).toBe(2);
    expect(stats.serviceHealthy?.keys['http.route'].values).toEqual({ '/orders': 2 });
  });

  it("keeps the service's healthy spans per minute, from three hours before a signature's first hour, for its traffic", async () => {
    const minute = 60_000;
    const tallies = (fromMs: number, minutes: number, perMinute: number) =>
      Array.from({ length: minutes }, (_, i) => ({ service: 'orders', timeMs: fromMs + i * minute + 5_000, count: perMinute, facts: [] as [string, string, number][] }));
    // Three hours at 10 a minute, then from the first error (10:00) six minutes at 50, in two commits.
    await store.ingest!.commit([], T0 - 3 * 60 * minute, undefined, tallies(T0 - 3 * 60 * minute, 170, 10));
    await store.ingest!.commit(Array.from({ length: 6 }, (_, i) => prepare(event('web-1', { timeMs: T0 + i * minute }))), T0 + 6 * minute, undefined, [...tallies(T0 - 10 * minute, 10, 10), ...tallies(T0, 6, 50)]);
    const sig = await top();
    const perMinute = (await store.attributeStats(sig))!.healthyPerMinute!;
    expect(perMinute.fromMs).toBe(T0 - 3 * 60 * minute);
    expect(perMinute.counts).toHaveLength(4 * 60);
    expect(perMinute.counts.slice(0, 3)).toEqual([10, 10, 10]);
    expect(perMinute.counts.slice(178, 186)).toEqual([10, 10, 50, 50, 50, 50, 50, 50]);
    expect(perMinute.counts.slice(186)).toEqual(new Array(54).fill(0));
    expect(perMinute.counts.reduce((a, b) => a + b, 0)).toBe(180 * 10 + 6 * 50);
  });
});
