// The template miner shared live between running replicas on one PostgreSQL (docs/scaling.md):
// replica A learns templates from log lines; replica B, already running, picks them up at its
// next miner refresh, and then files a variant of each line — one it has never seen, that a
// miner of its own would start a new template for — under A's signature. Lines from Loghub-2k
// (test/fixtures/loghub-dev), each pair one event of the dataset's ground truth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { postgresDatabase } from '../helpers/postgres.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

/** [service, line A learns, B's variant] (Spark E2, Hadoop E102, BGL E37). */
const PAIRS = [
  ['spark', 'Block broadcast_9_piece0 stored as bytes in memory (estimated size 5.2 KB, free 5.2 KB)', 'Block rdd_2_2 stored as bytes in memory (estimated size 850.0 B, free 320.3 KB)'],
  ['hadoop', 'task_1445144423722_0020_m_000000 Task Transitioned from NEW to SCHEDULED', 'task_1445144423722_0020_r_000000 Task Transitioned from NEW to SCHEDULED'],
  ['bgl', 'ciod: LOGIN chdir(/p/gb2/glosli/8M_5000K/t800) failed: No such file or directory', 'ciod: LOGIN chdir(pwd) failed: No such file or directory'],
] as const;

function logsRequest(service: string, body: string, n: number): string {
  return JSON.stringify({
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
        scopeLogs: [{ logRecords: [{ timeUnixNano: String(BigInt(Date.now()) * 1_000_000n + BigInt(n)), severityNumber: 17, severityText: 'ERROR', body: { stringValue: body } }] }],
      },
    ],
  });
}

async function send(replica: TestInstance, service: string, body: string, n: number): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${replica.httpPort}/v1/logs`, { method: 'POST', body: logsRequest(service, body, n), headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  await res.arrayBuffer();
}

/** A series of a replica's /metrics (the sum of its children). */
async function metric(replica: TestInstance, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${replica.apiPort}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) if (line.startsWith(`${name}${labels}`) && /[ {]/.test(line[name.length + labels.length] ?? '')) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

describe('the template miner shared live by two replicas on one PostgreSQL', () => {
  let a: TestInstance;
  let b: TestInstance;

  beforeAll(async () => {
    const url = await postgresDatabase('miner_live');
    const settings = { STORE_BACKEND: 'postgresql', STORE_POSTGRESQL_URL: url, MINER_REFRESH_INTERVAL: '300ms' };
    [a, b] = await Promise.all([startTestInstance(settings), startTestInstance(settings)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.dispose(), b?.dispose()]);
  });

  it("files a variant on B under the signature of the template A learned while B was running", async () => {
    // The variants are new shapes to a miner that has not learned the lines before them.
    for (const [service, line, variant] of PAIRS) {
      const fresh = createFingerprinter();
      const learned = fresh.fingerprint({ source: 'log', service, body: line });
      expect(createFingerprinter().fingerprint({ source: 'log', service, body: variant }).fingerprint).not.toBe(learned.fingerprint);
      expect(fresh.fingerprint({ source: 'log', service, body: variant }).fingerprint).toBe(learned.fingerprint);
    }
    expect(await metric(b, 'rounds_miner_templates')).toBe(0);

    for (const [i, [service, line]] of PAIRS.entries()) await send(a, service, line, i);
    // B's refresh rounds from A's acknowledgement until B holds A's templates.
    const roundsBefore = await metric(b, 'rounds_miner_refreshes_total');
    await expect.poll(() => metric(b, 'rounds_miner_templates'), { timeout: 30_000, interval: 50 }).toBe(PAIRS.length);
    const rounds = (await metric(b, 'rounds_miner_refreshes_total')) - roundsBefore;
    console.info(`fleet-miner: B used A's templates after ${rounds} refresh round(s) of B (A saves with its next commit or its own refresh round)`);

    for (const [i, [service, , variant]] of PAIRS.entries()) await send(b, service, variant, 100 + i);
    // One signature per pair in the shared store, holding A's line and B's variant.
    const page = await a.store.listSignatures({ limit: 100 });
    expect(page.items.map((s) => [s.service, s.count]).sort()).toEqual(PAIRS.map(([service]) => [service, 2]).sort());
  });

  it('converges when both replicas start the same template at once: a later line of it gets one signature on either', async () => {
    // Spark E2 again, under another service: A and B each start the template from a different
    // line at the same moment, neither line covering the other.
    const service = 'spark-executor';
    const [first, second, probe] = [
      'Block broadcast_10_piece0 stored as bytes in memory (estimated size 5.8 KB, free 329.6 KB)',
      'Block rdd_2_2 stored as bytes in memory (estimated size 850.0 B, free 320.3 KB)',
      'Block broadcast_11_piece0 stored as bytes in memory (estimated size 5.4 KB, free 344.7 KB)',
    ];
    const [ta, tb] = [await metric(a, 'rounds_miner_templates'), await metric(b, 'rounds_miner_templates')];
    expect(ta).toBe(tb);
    await Promise.all([send(a, service, first, 200), send(b, service, second, 201)]);
    const counts = async () => (await a.store.listSignatures({ service, limit: 100 })).items.map((s) => [s.id, s.count] as const);
    const before = new Map(await counts());
    // Two templates (two signatures) when each replica started its own; one when the refresh
    // was quicker than the other's line. Either way: wait until both replicas hold the same.
    const templates = ta + before.size;
    await expect.poll(async () => [await metric(a, 'rounds_miner_templates'), await metric(b, 'rounds_miner_templates')], { timeout: 30_000, interval: 50 }).toEqual([templates, templates]);
    console.info(`fleet-miner: the two first lines made ${before.size} signature(s) (2: learned concurrently)`);

    // The same later line on each replica lands on one signature, whichever replica took it.
    await Promise.all([send(a, service, probe, 202), send(b, service, probe, 203)]);
    const after = await counts();
    const grown = after.filter(([id, n]) => n !== (before.get(id) ?? 0));
    expect(grown).toHaveLength(1);
    expect(grown[0][1] - (before.get(grown[0][0]) ?? 0)).toBe(2);
  });

  it('a replica whose miner learned nothing new reads nothing: unchanged rounds while the store is quiet', async () => {
    const merged = await metric(b, 'rounds_miner_refreshes_total', '{outcome="merged"}');
    await expect.poll(() => metric(b, 'rounds_miner_refreshes_total', '{outcome="unchanged"}'), { timeout: 30_000, interval: 50 }).toBeGreaterThan(2);
    // Merges only follow changes: at most the one for B's own save of its refinement above.
    expect((await metric(b, 'rounds_miner_refreshes_total', '{outcome="merged"}')) - merged).toBeLessThanOrEqual(2);
  });
});
