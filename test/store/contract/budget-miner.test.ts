// The daily LLM budget and the template miner's state, against every store implementation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.js';
import { storeFactories, type StoreUnderTest } from '../../helpers/store-factories.js';

describe.each(storeFactories)('$name: budget ledger', (factory) => {
  let opened: StoreUnderTest;
  let store: Store;
  beforeEach(async () => {
    opened = await factory.open();
    store = opened.store;
  });
  afterEach(() => opened.cleanup());

  it('reservations never take the day past its limit, even when many race for the last dollar', async () => {
    expect(await store.reserveBudget('2026-11-22', 9, 10)).toBe(true);
    const attempts = await Promise.all(Array.from({ length: 8 }, () => store.reserveBudget('2026-11-22', 0.5, 10)));
    expect(attempts.filter(Boolean)).toHaveLength(2);
    expect(await store.spentOn('2026-11-22')).toBeCloseTo(10, 9);
    expect(await store.reserveBudget('2026-11-22', 0.01, 10)).toBe(false);
    // Another day has its own total.
    expect(await store.reserveBudget('2026-11-23', 10, 10)).toBe(true);
  });

  it('settling gives back the unused part of a reservation, never below zero', async () => {
    expect(await store.reserveBudget('2026-11-22', 0.5, 1)).toBe(true);
    await store.recordSpend('2026-11-22', 0.125 - 0.5);
    expect(await store.spentOn('2026-11-22')).toBeCloseTo(0.125, 12);
    await store.recordSpend('2026-11-22', -5);
    expect(await store.spentOn('2026-11-22')).toBe(0);
    await store.recordSpend('2026-11-22', 0.25);
    expect(await store.budgetDays()).toEqual([{ day: '2026-11-22', usd: 0.25 }]);
  });

  it('survives a reopen, and forgets days older than 90 when a new day starts', async () => {
    await store.recordSpend('2026-01-01', 1);
    await store.recordSpend('2026-09-01', 1);
    await store.recordSpend('2026-11-22', 1);
    await store.close();
    const again = await opened.reopen();
    opened.store = again;
    store = again;
    expect((await again.budgetDays()).map((d) => d.day)).toEqual(['2026-09-01', '2026-11-22']);
    expect(await again.spentOn('2026-11-22')).toBe(1);
  });
});

describe.each(storeFactories)('$name: miner state', (factory) => {
  let opened: StoreUnderTest;
  beforeEach(async () => {
    opened = await factory.open();
  });
  afterEach(() => opened.cleanup());

  it('saves, loads and merges with what is stored', async () => {
    const { store } = opened;
    expect(await store.loadMinerState()).toBeUndefined();
    await store.saveMinerState({ templates: ['a <*>'] });
    expect(await store.loadMinerState()).toEqual({ templates: ['a <*>'] });
    const merged = await store.saveMinerState({ templates: ['b <*>'] }, (stored, ours) => ({
      templates: [...(stored as { templates: string[] }).templates, ...(ours as { templates: string[] }).templates],
    }));
    expect(merged).toEqual({ templates: ['a <*>', 'b <*>'] });
    expect(await store.loadMinerState()).toEqual(merged);
  });

  it('gives a version that changes with every save, or none where one process owns the store', async () => {
    const { store } = opened;
    expect(await store.minerStateVersion()).toBeUndefined();
    await store.saveMinerState({ templates: ['a <*>'] });
    const first = await store.minerStateVersion();
    expect(await store.minerStateVersion()).toBe(first);
    await store.saveMinerState({ templates: ['b <*>'] });
    const second = await store.minerStateVersion();
    if (factory.name === 'lmdb') expect([first, second]).toEqual([undefined, undefined]);
    else {
      expect(first).toEqual(expect.any(String));
      expect(second).not.toBe(first);
    }
  });
});
