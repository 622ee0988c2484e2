// The store settings: STORE_BACKEND picks LMDB (the default) or PostgreSQL, whose URL is then
// required; STORE_BACKEND=sqlite from old env files runs on LMDB and says what replaced it;
// MINER_REFRESH_INTERVAL, how often replicas share their template miners.
import { describe, expect, it } from 'vitest';
import { loadConfigWithNotices } from '../../../src/config.js';

const load = (env: Record<string, string>) => loadConfigWithNotices({}, env, '');

describe('store settings', () => {
  it('defaults to LMDB and takes postgresql with its URL', () => {
    expect(load({}).config.STORE_BACKEND).toBe('lmdb');
    const { config } = load({ STORE_BACKEND: 'postgresql', STORE_POSTGRESQL_URL: 'postgresql://rounds:pw@db:5432/rounds' });
    expect(config).toMatchObject({ STORE_BACKEND: 'postgresql', STORE_POSTGRESQL_URL: 'postgresql://rounds:pw@db:5432/rounds' });
  });

  it('stops start-up with one line when the URL is missing or not a PostgreSQL URL, never echoing it', () => {
    expect(() => load({ STORE_BACKEND: 'postgresql' })).toThrow(/^invalid setting STORE_POSTGRESQL_URL: is required when STORE_BACKEND is postgresql$/);
    let message = '';
    try {
      load({ STORE_BACKEND: 'postgresql', STORE_POSTGRESQL_URL: 'mysql://rounds:hunter2@db/rounds' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/STORE_POSTGRESQL_URL.*must be a URL like postgresql:\/\//);
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('\n');
  });

  it('runs an old STORE_BACKEND=sqlite on LMDB and says what replaced it; an unknown backend stops start-up', () => {
    const { config, notices } = load({ STORE_BACKEND: 'sqlite' });
    expect(config.STORE_BACKEND).toBe('lmdb');
    expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(/^STORE_BACKEND: "sqlite" was replaced by the embedded LMDB store in ROUNDS_DATA_DIR \(\.\/data\); replicas share one database with STORE_BACKEND=postgresql$/)]);
    expect(() => load({ STORE_BACKEND: 'mongodb' })).toThrow(/^invalid setting STORE_BACKEND: "mongodb" is not one of lmdb, postgresql$/);
  });

  it('shares the template miner every 5 s by default; 0s only at start-up; a bad interval stops start-up', () => {
    expect(load({}).config.MINER_REFRESH_INTERVAL).toBe(5000);
    expect(load({ MINER_REFRESH_INTERVAL: '500ms' }).config.MINER_REFRESH_INTERVAL).toBe(500);
    expect(load({ MINER_REFRESH_INTERVAL: '0s' }).config.MINER_REFRESH_INTERVAL).toBe(0);
    expect(() => load({ MINER_REFRESH_INTERVAL: 'often' })).toThrow(/^invalid setting MINER_REFRESH_INTERVAL: "often" is not a duration \(e\.g\. 30s, 15m, 24h, 7d\)$/);
    expect(() => load({ MINER_REFRESH_INTERVAL: '-5s' })).toThrow(/^invalid setting MINER_REFRESH_INTERVAL: /);
  });
});
