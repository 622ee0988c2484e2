// The GitHub notifier's issue-number cache, against every store implementation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFactories, type StoreUnderTest } from '../../helpers/store-factories.js';

describe.each(storeFactories)('$name: issue-number cache', (factory) => {
  let opened: StoreUnderTest;
  beforeEach(async () => {
    opened = await factory.open();
  });
  afterEach(() => opened.cleanup());

  it('remembers issue numbers across a reopen and forgets deleted ones', async () => {
    const cache = opened.store.issueNumbers;
    await cache.set('fp-a', 17);
    await cache.set('fp-b', 18);
    await cache.delete('fp-b');
    expect(await cache.get('fp-a')).toBe(17);
    expect(await cache.get('fp-b')).toBeUndefined();
    await opened.store.close();
    opened.store = await opened.reopen();
    expect(await opened.store.issueNumbers.get('fp-a')).toBe(17);
    expect(await opened.store.issueNumbers.get('fp-b')).toBeUndefined();
    await opened.store.issueNumbers.set('fp-a', 21);
    expect(await opened.store.issueNumbers.get('fp-a')).toBe(21);
  });
});
