// Drives the `rounds` signature commands as a user would: separate processes from
// bin/rounds.js against the data dir of a running `rounds serve`, which keeps receiving OTLP
// errors while the CLI reads and writes the same LMDB environment.
import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signature } from '../../src/core/model.js';
import type { Store } from '../../src/core/ports.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { ensureBuilt, runCli, spawnServer, type SpawnedServer } from '../helpers/cli.js';
import { postOtlp, traceRequest } from '../helpers/otlp-requests.js';
import { seedDataDir } from '../helpers/seed-store.js';
import { allSignatures } from '../helpers/temp-store.js';
import { tempDataDir } from '../helpers/temp-dir.js';

const KEY = 'cli-test-key';
const DAY = 86_400_000;
const actor = `cli:${userInfo().username}`;

interface Item {
  id: string;
  fingerprint: string;
  status: string;
  regressed: boolean;
  service: string;
  type: string;
  message: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

describe('rounds signature commands against a running server', () => {
  let dir: string;
  let server: SpawnedServer;
  let httpPort: number;
  let apiPort: number;
  const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);
  const listJson = async (...args: string[]): Promise<Item[]> => {
    const r = await cli('list', '--json', ...args);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Item[];
  };
  /** Checks go through the running server's API (fast); the actions under test go through the CLI. */
  const api = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${apiPort}${path}`, { headers: { 'x-api-key': KEY } });
    expect(res.status).toBe(200);
    return res.json() as Promise<any>;
  };
  const byType = async (type: string) => ((await api('/api/signatures?limit=500')).items as Item[]).find((i) => i.type === type)!;
  const send = async (service: string, type: string, message: string, n = 1) => {
    const res = await postOtlp(httpPort, '/v1/traces', traceRequest(service, Array.from({ length: n }, () => ({ type, message }))));
    expect(res.status).toBe(200);
  };
  /** Opens the store in this process too — a third party next to server and CLI. */
  const withStore = async <T>(fn: (store: Store) => Promise<T> | T): Promise<T> => {
    const store = await LmdbStore.open(dir);
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDataDir('rounds-cli-');
    const now = Date.now();
    await seedDataDir(dir, [
      { service: 'checkout', type: 'TypeError', message: "Cannot read properties of undefined (reading 'id')", events: 40, host: (i) => (i % 10 ? 'web-3' : 'web-1'), stacktrace: 'TypeError: boom\n    at handle (src/checkout.ts:10:5)' },
      { service: 'cart', type: 'ConnectionError', message: 'connect ECONNREFUSED', events: 7, spreadMs: 20 * 3_600_000 },
      { service: 'cart', type: 'TimeoutError', message: 'upstream timed out', events: 3, release: '1.1.0' },
    ], now);
    // Two signatures last seen ten days ago, for purge.
    await seedDataDir(dir, [
      { service: 'legacy', type: 'OldError', message: 'from the old days', events: 2 },
      { service: 'legacy', type: 'AncientError', message: 'from older days', events: 1 },
    ], now - 10 * DAY);
    // Two ids sharing a prefix, for the ambiguity check.
    await withStore(async (store) => {
      // Any stored signature as the template, without the releases it happened to carry (which
      // one comes first depends on the ids, digests of the fingerprints).
      const base = { ...(await allSignatures(store))[0], releases: [] };
      await store.transactSignatures([], (txn) => {
        txn.put(undefined, { ...base, id: 'abcabc000001', fingerprint: 'twin-1', aliases: [], count: 1, service: 'twins', type: 'TwinError', lastSeenMs: now - 5 * DAY, firstSeenMs: now - 5 * DAY });
        txn.put(undefined, { ...base, id: 'abcabc000002', fingerprint: 'twin-2', aliases: [], count: 1, service: 'twins', type: 'TwinError', lastSeenMs: now - 5 * DAY, firstSeenMs: now - 5 * DAY });
      });
    });
    server = await spawnServer(['--data-dir', dir], {
      INVESTIGATOR_ENABLED: 'false',
      WEBHOOK_API_KEY: KEY,
      LOG_LEVEL: 'warn',
    });
    ({ http: httpPort, api: apiPort } = server.ports);
  }, 120_000);

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('list prints a table with status, count, last seen, a 24-hour sparkline, service and error', async () => {
    const r = await cli('list', '--sort', 'count');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+COUNT\s+LAST SEEN\s+LAST 24H\s+SERVICE\s+ERROR$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{12}\s+new\s+40\s+\d+[smh] ago\s+\[[ ▁▂▃▄▅▆▇█]{24}\]\s+checkout\s+TypeError: Cannot read properties of undefined/);
  });

  it('list --json carries status, regressed and ISO times; filters, sort and limit work', async () => {
    const all = await listJson('--limit', '500');
    expect(all).toHaveLength(7);
    for (const item of all) {
      expect(Object.keys(item).sort()).toEqual(['count', 'fingerprint', 'firstSeen', 'id', 'lastSeen', 'message', 'regressed', 'service', 'status', 'type']);
      expect(new Date(item.lastSeen).toISOString()).toBe(item.lastSeen);
    }
    const [cart, release, since, byCount, oldestFirst] = await Promise.all([
      listJson('--service', 'cart'),
      listJson('--release', '1.1.0'),
      listJson('--since', '2d'),
      listJson('--sort', 'count', '--limit', '2'),
      listJson('--sort', 'first', '--asc', '--limit', '1'),
    ]);
    expect(cart.map((i) => i.type).sort()).toEqual(['ConnectionError', 'TimeoutError']);
    expect(release.map((i) => i.type)).toEqual(['TimeoutError']);
    expect(since.map((i) => i.type).sort()).toEqual(['ConnectionError', 'TimeoutError', 'TypeError']);
    expect(byCount.map((i) => i.count)).toEqual([40, 7]);
    expect(oldestFirst[0].service).toBe('legacy');
  });

  it('bad flags and values are usage errors: one line, exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['list', '--sort', 'size'], /--sort must be one of count, last, first/],
      [['list', '--status', 'open'], /--status "open" is not one of/],
      [['list', '--limit', '0'], /--limit needs a positive whole number/],
      [['list', '--since', 'yesterday'], /--since needs a duration/],
      [['list', '--bogus'], /unknown option --bogus/],
      [['mute', 'abc', '--for', 'soon'], /--for needs a duration/],
      [['mute', 'abc', '--for', '1h', '--until', '2030-01-01T00:00:00Z'], /give --for or --until, not both/],
      [['show'], /give exactly one signature id/],
      [['purge'], /--older-than is required/],
      [['export', '--format', 'xml'], /--format must be json or ndjson/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(...args)));
    results.forEach((r, i) => {
      expect(r.code, cases[i][0].join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(cases[i][1]);
    });
  });

  it('show: unique prefixes, one-line errors for unknown and ambiguous ids', async () => {
    const sig = await byType('TypeError');
    const [shown, missing, ambiguous] = await Promise.all([cli('show', sig.id.slice(0, 5)), cli('show', 'fedcba987654'), cli('show', 'abcabc')]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${sig.id}  TypeError: Cannot read properties of undefined`);
    expect(shown.stdout).toMatch(/last 24 hours\s+\[[ ▁▂▃▄▅▆▇█]{24}\]\s+40 events/);
    expect(shown.stdout).toMatch(/Stands out among \d+ samples\n(.*\n)*\s+host\.name = web-3/);
    expect(shown.stdout).toContain('at handle (src/checkout.ts:10:5)');
    expect(shown.stdout).toMatch(/History\n\s+\S+\s+pipeline\s+created/);
    expect(missing).toMatchObject({ code: 1, stderr: 'rounds show: no signature fedcba987654\n' });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toBe('rounds show: id prefix "abcabc" matches more than one signature: abcabc000001 (twins: TwinError), abcabc000002 (twins: TwinError)\n');
  });

  it('show --json includes the stored diagnosis and the occurrence samples', async () => {
    const sig = await byType('ConnectionError');
    const diagnosis = { rootCause: 'the database refuses connections', evidence: ['7 of 7 on db-1'], suggestedFix: 'restart db-1', confidence: 0.8, model: 'evidence', costUsd: 0, createdMs: Date.now() };
    await withStore((store) => store.update(sig.id, (s) => ({ ...s, status: 'diagnosed', diagnosis })));
    const r = await cli('show', sig.id, '--json');
    expect(r.code, r.stderr).toBe(0);
    const detail = JSON.parse(r.stdout);
    expect(detail).toMatchObject({ id: sig.id, status: 'diagnosed', diagnosis });
    expect(detail.occurrences.length).toBeGreaterThan(0);
    expect(detail.occurrences[0]).toMatchObject({ service: 'cart', exception: { type: 'ConnectionError' } });
    expect(detail.timeline.hourly.counts).toHaveLength(24);
    const text = await cli('show', sig.id);
    expect(text.stdout).toMatch(/Diagnosis\n\s+by evidence, confidence 0\.80.*\n\s+Root cause: the database refuses connections/);
  });

  it('resolve from the CLI while the server runs; the next occurrence reopens it as regressed', async () => {
    await send('payments', 'CardDeclined', 'card declined by issuer');
    const sig = await byType('CardDeclined');
    const resolved = await cli('resolve', sig.id, '--reason', 'fixed in #12');
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout).toMatch(new RegExp(`^resolved ${sig.id} — resolved`));
    expect((await byType('CardDeclined')).status).toBe('resolved');
    await send('payments', 'CardDeclined', 'card declined by issuer');
    const after = await byType('CardDeclined');
    expect(after).toMatchObject({ status: 'new', regressed: true, count: 2 });
    const shown = await api(`/api/signatures/${sig.id}`);
    expect(shown.regression.release).toBe('2.0.0');
    expect(shown.history.map((h: { actor: string; action: string }) => `${h.actor} ${h.action}`)).toEqual(['pipeline created', `${actor} resolve`, 'pipeline regressed']);
    // "Resolved in 3.0.0": occurrences from 2.0.0 no longer reopen it.
    expect((await cli('resolve', sig.id, '--in-release', '3.0.0')).code).toBe(0);
    await send('payments', 'CardDeclined', 'card declined by issuer');
    expect(await byType('CardDeclined')).toMatchObject({ status: 'resolved', count: 3 });
  });

  it('mute keeps counting without reopening; --until-count ends it; unmute and reset record the CLI user', async () => {
    await send('search', 'IndexMissing', 'index products missing');
    const sig = await byType('IndexMissing');
    const muted = await cli('mute', sig.id, '--until-count', '2', '--json');
    expect(muted.code, muted.stderr).toBe(0);
    expect(JSON.parse(muted.stdout).status).toBe('muted');
    await send('search', 'IndexMissing', 'index products missing');
    expect(await byType('IndexMissing')).toMatchObject({ status: 'muted', count: 2 });
    await send('search', 'IndexMissing', 'index products missing');
    expect(await byType('IndexMissing')).toMatchObject({ status: 'new', count: 3 });

    expect((await cli('mute', sig.id, '--for', '2h')).code).toBe(0);
    const unmuteTwice = await cli('unmute', sig.id);
    expect(unmuteTwice.code).toBe(0);
    const again = await cli('unmute', sig.id);
    expect(again).toMatchObject({ code: 1, stderr: `rounds unmute: signature ${sig.id} is not muted (it is new)\n` });
    expect((await cli('reset', sig.id, '--reason', 'start over')).code).toBe(0);
    const history = (await api(`/api/signatures/${sig.id}`)).history as { actor: string; action: string; reason?: string }[];
    expect(history.at(-1)).toMatchObject({ actor, action: 'reset', reason: 'start over' });
    expect(history.filter((h) => h.actor === actor).map((h) => h.action.split(' ')[0])).toEqual(['mute', 'mute', 'unmute', 'reset']);
  });

  it('tag, merge and split', async () => {
    const [a, b] = [await byType('TimeoutError'), await byType('ConnectionError')];
    const tagged = await cli('tag', a.id, 'p1', 'network');
    expect(tagged.stdout).toContain('tags: network, p1');
    expect((await listJson('--tag', 'p1')).map((i) => i.id)).toEqual([a.id]);
    expect((await api(`/api/signatures?tag=network`)).items.map((i: Item) => i.id)).toEqual([a.id]);
    expect((await cli('tag', a.id, 'p1', '--remove')).stdout).toContain('tags: network');

    const merged = await cli('merge', a.id, b.id, '--reason', 'same outage');
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toContain(`merged ${b.id}`);
    expect((await api('/api/signatures?limit=500')).items.map((i: Item) => i.id)).not.toContain(b.id);
    expect((await byType('TimeoutError')).count).toBe(a.count + b.count);
    const twice = await cli('merge', a.id, b.id);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already merged into/);
    const split = await cli('split', a.id, b.id);
    expect(split.code, split.stderr).toBe(0);
    expect((await byType('TimeoutError')).count).toBe(a.count);
    expect((await byType('ConnectionError')).id).toBe(b.id);
  });

  it('diagnose queues a manual investigation; --wait returns once a diagnosis is stored, or times out', async () => {
    const sig = await byType('TypeError');
    const queued = await cli('diagnose', sig.id);
    expect(queued.code).toBe(0);
    expect(await withStore((s) => s.getInvestigation(sig.id))).toMatchObject({ reason: 'manual', notBeforeMs: 0, attempts: 0 });

    const timedOut = await cli('diagnose', sig.id, '--wait', '--timeout', '1s');
    expect(timedOut.code).toBe(1);
    expect(timedOut.stderr.trim().split('\n').at(-1)).toMatch(/no diagnosis for \w+ within 1s \(still queued/);

    // Stand in for the investigator: store a diagnosis while the CLI waits.
    const waiting = cli('diagnose', sig.id, '--wait', '--timeout', '20s');
    await new Promise((r) => setTimeout(r, 1500));
    await withStore((store) =>
      store.update(sig.id, (s) => ({ ...s, status: 'diagnosed', diagnosis: { rootCause: 'a null order id', evidence: ['all on web-3'], suggestedFix: 'check order.id', confidence: 0.7, model: 'evidence', costUsd: 0, createdMs: Date.now() } })),
    );
    const done = await waiting;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Root cause: a null order id');
  });

  it('export streams every signature as JSON or NDJSON; stats count them', async () => {
    const [json, ndjson, stats] = await Promise.all([cli('export'), cli('export', '--format', 'ndjson'), cli('stats', '--json')]);
    const all = JSON.parse(json.stdout) as Signature[];
    const lines = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((l) => l.id).sort()).toEqual(all.map((s) => s.id).sort());
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(json.stderr).toMatch(/exported \d+ signatures/);
    const s = JSON.parse(stats.stdout);
    expect(s.signatures.total).toBe(all.length);
    expect(s.dataDir.bytesOnDisk).toBeGreaterThan(0);
    const text = await cli('stats');
    expect(text.stdout).toMatch(/signatures\s+\d+\n\s+new\s+\d+/);
    expect(text.stdout).toMatch(/on disk\s+[\d.]+ (KiB|MiB)/);
  });

  it('CLI writes interleave with the server ingesting: nothing lost on either side', async () => {
    await send('orders', 'RaceError', 'under load');
    const sig = await byType('RaceError');
    const sends = Array.from({ length: 20 }, () => send('orders', 'RaceError', 'under load', 5));
    const edits = [cli('tag', sig.id, 'one'), cli('tag', sig.id, 'two'), cli('mute', sig.id, '--for', '1h'), cli('tag', sig.id, 'three')];
    const results = await Promise.all([...edits, ...sends]);
    for (const r of results.slice(0, edits.length)) expect((r as { code: number }).code, (r as { stderr: string }).stderr).toBe(0);
    const detail = JSON.parse((await cli('show', sig.id, '--json')).stdout);
    expect(detail).toMatchObject({ count: 101, status: 'muted', tags: ['one', 'three', 'two'] });
    // And the server reads the CLI's changes at once.
    expect(await api(`/api/signatures/${sig.id}`)).toMatchObject({ count: 101, status: 'muted', tags: ['one', 'three', 'two'] });
  });

  it('the API of the running server answers over HTTP with the key, 401 without', async () => {
    expect((await fetch(`http://127.0.0.1:${apiPort}/api/signatures`)).status).toBe(401);
    const res = await fetch(`http://127.0.0.1:${apiPort}/api/signatures?sort=count&limit=1`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: Item[] }).items[0].count).toBeGreaterThanOrEqual(40);
    const alert = (service: string, type: string) =>
      fetch(`http://127.0.0.1:${apiPort}/diagnose`, { method: 'POST', headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, body: JSON.stringify({ service, error_type: type }) });
    expect((await alert('checkout', 'TypeError')).status).toBe(202);
    // Resolved from the CLI above: not investigated, so the alert is answered with the reason.
    const resolved = await alert('payments', 'CardDeclined');
    expect(resolved.status).toBe(409);
    expect(((await resolved.json()) as { error: { message: string } }).error.message).toMatch(/is resolved and is not investigated/);
  });

  it('purge deletes signatures not seen for longer than the cutoff, with progress on stderr', async () => {
    const dry = await cli('purge', '--older-than', '7d', '--dry-run');
    expect(dry.stdout).toMatch(/^2 signatures last seen before .* would be purged/);
    const r = await cli('purge', '--older-than', '7d');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^purged 2 signatures last seen before /);
    expect(r.stderr).toContain('purging: 2/2 signatures');
    const left = (await api('/api/signatures?limit=500')).items as Item[];
    expect(left.some((i) => i.service === 'legacy')).toBe(false);
    expect(left.filter((i) => i.type === 'TwinError')).toHaveLength(2);
  });
});
