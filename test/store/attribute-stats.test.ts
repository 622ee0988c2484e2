// Attribute statistics are written in the batch's own commit, over every event (not only the
// sampled ones), per signature and per service and hour, with healthy tallies beside them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorEvent } from '../../src/core/model.js';
import { readStatsForSignature } from '../../src/store/attribute-stats.js';
import { openTempStore, prepare, type TempStore } from '../helpers/temp-store.js';

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

describe('attribute statistics in the store', () => {
  let s: TempStore;
  beforeEach(() => {
    s = openTempStore({ first: 1, recent: 1 });
  });
  afterEach(() => s.close());

  it('counts every occurrence though only two are sampled, beside the service and its healthy traffic', async () => {
    await s.writer.commit(Array.from({ length: 30 }, (_, i) => prepare(event(i < 27 ? 'web-3' : 'web-1'))), T0, undefined, [
      { service: 'orders', timeMs: T0, count: 300, facts: [['host.name', 'web-1', 100], ['host.name', 'web-2', 100], ['host.name', 'web-3', 100]] },
    ]);
    await s.writer.commit([prepare(event('web-2', { exception: { type: 'Other', message: 'other' } }))], T0);
    const sig = s.store.iterate('count').next().value!;
    expect(sig.count).toBe(30);
    expect(s.store.listOccurrences(sig.id, 50).length).toBeLessThanOrEqual(2);
    const stats = readStatsForSignature(s.tables, sig.id, sig.service, sig.firstSeenMs, sig.lastSeenMs)!;
    expect(stats.signature.total).toBe(30);
    expect(stats.signature.keys['host.name'].values).toEqual({ 'web-3': 27, 'web-1': 3 });
    expect(stats.serviceErrors.total).toBe(31);
    expect(stats.serviceHealthy?.total).toBe(300);
    expect(stats.serviceHealthy?.keys['host.name'].values['web-3']).toBe(100);
  });

  it('a duplicate (a collector retry) is not counted twice', async () => {
    const e = event('web-1');
    await s.writer.commit([prepare(e)], T0);
    await s.writer.commit([prepare(e)], T0);
    const sig = s.store.iterate('count').next().value!;
    expect(readStatsForSignature(s.tables, sig.id, sig.service, sig.firstSeenMs, sig.lastSeenMs)!.signature.total).toBe(1);
  });
});
