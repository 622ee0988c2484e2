// The investigation queue and its leases, against every store implementation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvestigationEntry, Store } from '../../../src/core/ports.js';
import { storeFactories, type StoreUnderTest } from '../../helpers/store-factories.js';
import { commitEvents, errorEvent, T0 } from './events.js';

describe.each(storeFactories)('$name: investigation queue', (factory) => {
  let opened: StoreUnderTest;
  let store: Store;
  beforeEach(async () => {
    opened = await factory.open();
    store = opened.store;
  });
  afterEach(() => opened.cleanup());

  it('a new signature is queued by the commit that creates it, in priority order with manual and regressed', async () => {
    const [a, b, c] = await commitEvents(store, [errorEvent('A'), errorEvent('B'), errorEvent('C')], T0);
    expect(await store.queueSize()).toBe(3);
    await store.enqueueInvestigation(c, { reason: 'manual', enqueuedMs: T0 + 5, attempts: 0, notBeforeMs: 0 });
    await store.enqueueInvestigation(b, { reason: 'regressed', enqueuedMs: T0 + 1, attempts: 0, notBeforeMs: T0 + 1 });
    const head = await store.queueHead(10);
    expect(head.map(([id, e]) => [id, e.reason])).toEqual([
      [c, 'manual'],
      [b, 'regressed'],
      [a, 'new'],
    ]);
    expect(await store.queueSize()).toBe(3);
    expect((await store.queueHead(1)).map(([id]) => id)).toEqual([c]);
  });

  it('reschedules and dequeues only the request it was given; a newer request wins', async () => {
    const [id] = await commitEvents(store, [errorEvent('A')], T0);
    const original = (await store.getInvestigation(id))!;
    const retry: InvestigationEntry = { ...original, attempts: 1, notBeforeMs: T0 + 5000, lastError: 'timeout' };
    expect(await store.rescheduleInvestigation(id, original, retry)).toBe(true);
    expect(await store.getInvestigation(id)).toEqual(retry);

    const manual: InvestigationEntry = { reason: 'manual', enqueuedMs: T0 + 10, attempts: 0, notBeforeMs: 0 };
    await store.enqueueInvestigation(id, manual);
    // The outcome of the older request must not touch the newer one.
    expect(await store.rescheduleInvestigation(id, original, retry)).toBe(false);
    expect(await store.dequeueInvestigation(id, original)).toBe(false);
    expect(await store.getInvestigation(id)).toEqual(manual);
    expect(await store.dequeueInvestigation(id, manual)).toBe(true);
    expect(await store.getInvestigation(id)).toBeUndefined();
    expect(await store.dequeueInvestigation(id)).toBe(false);
    expect(await store.queueSize()).toBe(0);
  });

  it('sheds the newest new entries beyond those kept and says so in their history', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(...(await commitEvents(store, [errorEvent(`E${i}`)], T0 + i)));
    const shed = await store.shedNewInvestigations(2, 10, T0 + 100, 'backlog');
    expect(shed.map((s) => s.id).sort()).toEqual(ids.slice(2).sort());
    expect((await store.queueHead(10)).map(([id]) => id)).toEqual(ids.slice(0, 2));
    const sig = await store.getSignature(ids[4]);
    expect(sig!.history.at(-1)).toMatchObject({ action: 'investigation-shed', reason: 'backlog' });
  });

  it('a lease is held by one holder at a time, lapses at its expiry and can then be taken over', async () => {
    expect(await store.takeLease('sig1', 'replica-a', T0, 30_000)).toBe(true);
    expect(await store.takeLease('sig1', 'replica-b', T0 + 1000, 30_000)).toBe(false);
    // The holder may take it again (idempotent) and renew it.
    expect(await store.takeLease('sig1', 'replica-a', T0 + 1000, 30_000)).toBe(true);
    expect(await store.renewLease('sig1', 'replica-a', T0 + 20_000, 30_000)).toBe(true);
    expect(await store.takeLease('sig1', 'replica-b', T0 + 40_000, 30_000)).toBe(false);
    // replica-a stops renewing (it died): after the expiry replica-b takes over.
    expect(await store.takeLease('sig1', 'replica-b', T0 + 50_001, 30_000)).toBe(true);
    expect(await store.renewLease('sig1', 'replica-a', T0 + 50_002, 30_000)).toBe(false);
    // Releasing someone else's lease does nothing; releasing one's own frees it.
    await store.releaseLease('sig1', 'replica-a');
    expect(await store.takeLease('sig1', 'replica-c', T0 + 50_003, 30_000)).toBe(false);
    await store.releaseLease('sig1', 'replica-b');
    expect(await store.takeLease('sig1', 'replica-c', T0 + 50_004, 30_000)).toBe(true);
    // Leases are per signature.
    expect(await store.takeLease('sig2', 'replica-b', T0 + 50_005, 30_000)).toBe(true);
  });
});
