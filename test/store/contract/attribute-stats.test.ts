// Attribute statistics are written in the batch's own commit, over every event (not only the
// sampled ones), per signature and per service and hour, with healthy tallies beside them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorEvent } from '../../../src/core/model.js';
import type { Store } from '../../../src/core/ports.js';
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
});
