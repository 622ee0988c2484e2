// An incident's shed investigations reach people as one summary, not a thousand reports: the
// scheduler sends a BacklogReport to every configured notifier when it sheds new signatures,
// at most one per interval, covering everything shed since the previous one. A real store
// (LMDB) with its writer, the real scheduler, the real notifiers (terminal, Markdown files, a webhook receiver
// that checks the signature, the fake GitHub API).
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubIssueNotifier } from '../../src/adapters/notify/github.js';
import { MarkdownNotifier } from '../../src/adapters/notify/markdown.js';
import { StdoutNotifier } from '../../src/adapters/notify/stdout.js';
import { WebhookNotifier } from '../../src/adapters/notify/webhook.js';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { Investigator } from '../../src/core/investigator.js';
import type { Diagnosis, ErrorEvent } from '../../src/core/model.js';
import { ok, type Diagnoser, type IngestCommit, type PreparedEvent, type Store } from '../../src/core/ports.js';
import { InvestigationScheduler } from '../../src/investigate/scheduler.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { startFakeHttp, type FakeHttpServer } from '../helpers/fake-llm/http.js';
import { tempDataDir } from '../helpers/temp-dir.js';
import { openTempStore, type TempStore } from '../helpers/temp-store.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const SECRET = 'backlog-webhook-secret';
const TOKEN = 'ghp_backlogtesttoken';
const MINUTE = 60_000;
const fingerprinter = createFingerprinter();
const diagnosis: Diagnosis = { rootCause: 'cause', evidence: [], suggestedFix: 'fix', confidence: 0.5, model: 'fake', costUsd: 0 };
let seq = 0;

// Error types and messages as an incident of a bad deploy produces them (a Java service whose
// dependency went away, a Node service timing out on it).
const KINDS = [
  { service: 'checkout', type: 'java.net.ConnectException', message: (n: number) => `Connection refused: inventory-${n}.internal/10.0.3.${n % 250}:8080` },
  { service: 'payments', type: 'TimeoutError', message: (n: number) => `upstream ledger-${n} did not answer within 5000ms` },
];

function event(kind: (typeof KINDS)[number]): PreparedEvent {
  const n = ++seq;
  // Each event its own signature: the type carries the number, as distinct failures would.
  const type = `${kind.type}${n}`;
  const e: ErrorEvent = { source: 'span', dedupeKey: `b:${seq}`, service: kind.service, timeMs: T0, handled: false, attributes: {}, resource: {}, exception: { type, message: kind.message(n) } };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type, message: e.exception?.message }) };
}

describe('backlog summaries to notifiers', () => {
  let temp: TempStore;
  let reportsDir: string;
  let store: Store;
  let writer: IngestCommit;
  let webhook: FakeHttpServer;
  let gh: FakeGitHub;
  let terminal: string;
  let now: number;
  const clock = { now: () => now };

  beforeEach(async () => {
    temp = await openTempStore({ first: 2, recent: 2 });
    ({ store, writer } = temp);
    reportsDir = tempDataDir('rounds-backlog-reports-');
    webhook = await startFakeHttp(() => ({ status: 204 }));
    gh = await startFakeGitHub({ token: TOKEN, repo: 'acme/shop' });
    terminal = '';
    now = T0;
  });
  afterEach(async () => {
    await webhook.close();
    await gh.close();
    await temp.close();
    rmSync(reportsDir, { recursive: true, force: true });
  });

  async function queueNew(count: number, kind: (typeof KINDS)[number]): Promise<void> {
    for (let start = 0; start < count; start += 500) {
      await writer.commit(Array.from({ length: Math.min(500, count - start) }, () => event(kind)), now);
      now += 1;
    }
  }

  function scheduler(logger?: { info(): void; debug(): void; error(): void; warn(obj: object, msg: string): void }) {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (terminal += chunk.toString('utf8')));
    const notifiers = [
      new StdoutNotifier({ stream }),
      new MarkdownNotifier({ dir: reportsDir, clock }),
      new WebhookNotifier({ url: `${webhook.url}/hooks/rounds`, secret: SECRET, clock }),
      new GitHubIssueNotifier({ token: TOKEN, repo: 'acme/shop', apiUrl: gh.url, clock, mutationIntervalMs: 0 }),
    ];
    const diagnoser: Diagnoser = { name: 'fake', estimateCostUsd: () => 0, diagnose: async () => ok(diagnosis) };
    // Signature reports would go to the same notifiers in production; here they go nowhere, so
    // what the notifiers receive is the backlog summaries alone.
    const investigator = new Investigator({ store, backends: [], diagnoser, notifiers: [], clock, budgetUsd: 1 });
    return new InvestigationScheduler({ store, investigator, clock, policy: { settleMs: 0, minCount: 1 }, concurrency: 2, shedAbove: 1_000, notifiers, backlogReportIntervalMs: 15 * MINUTE, logger: logger as never });
  }

  const webhookBodies = () => webhook.requests.map((r) => r.body as { kind: string; title: string; backlog: Record<string, unknown> });
  const markdownFiles = () => readdirSync(reportsDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));

  it('sends one summary per interval to every notifier, naming services, types and how to ask for a diagnosis', async () => {
    await queueNew(1_000, KINDS[0]);
    await queueNew(500, KINDS[1]);
    expect(await store.queueSize()).toBe(1_500);
    const s = scheduler();

    await s.tick();
    await s.idle();
    // 500 shed: the newest, all of them payments (queued last).
    expect(webhook.requests).toHaveLength(1);
    const [first] = webhook.requests;
    expect(first.headers['x-rounds-event']).toBe('report.shed');
    expect(first.headers['x-rounds-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(first.rawBody).digest('hex')}`);
    const body = webhookBodies()[0];
    expect(body.kind).toBe('shed');
    expect(body.backlog).toMatchObject({ shed: 500, queued: 1_500, kept: 1_000, byService: [{ name: 'payments', count: 500 }], ask: 'rounds diagnose <id>' });
    const examples = body.backlog.examples as { id: string; service: string; message: string }[];
    expect(examples).toHaveLength(10);
    for (const e of examples) {
      expect(e.service).toBe('payments');
      // Each example is a real shed signature: it left the queue, and its history says why.
      expect(await store.getInvestigation(e.id)).toBeUndefined();
      expect((await store.getSignature(e.id))!.history.at(-1)).toMatchObject({ action: 'investigation-shed' });
    }
    expect((body.backlog.byType as unknown[]).length).toBe(10);

    // GitHub: one issue of its own, titled by the summary, its body naming the command.
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].title).toBe('[Rounds] Investigation backlog: 500 new signatures not diagnosed (payments)');
    expect(gh.issues[0].body).toContain('`rounds diagnose <id>`');
    expect(gh.issues[0].body).toContain(`| payments | 500 |`);
    expect(gh.issues[0].body).toContain(examples[0].id);
    expect(gh.issues[0].labels).toEqual(['rounds']);

    // A Markdown file and a terminal block saying the same.
    const files = markdownFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/_backlog\.md$/);
    const markdown = readFileSync(join(reportsDir, files[0]), 'utf8');
    expect(markdown).toContain('# Investigation backlog: 500 new signatures not diagnosed (payments)');
    expect(markdown).toContain('more than the 1000 kept');
    expect(terminal).toContain('── Backlog · Investigation backlog: 500 new signatures not diagnosed (payments)');
    expect(terminal).toContain('By service: payments 500');
    expect(terminal).toContain('rounds diagnose <id>');

    // A second wave within the interval is shed too, but no second summary goes out yet.
    now += MINUTE;
    await queueNew(600, KINDS[0]);
    const queuedBefore = await store.queueSize();
    await s.tick();
    await s.idle();
    const shedInWave = queuedBefore - 1_000;
    expect(shedInWave).toBeGreaterThan(500);
    expect(webhook.requests).toHaveLength(1);
    expect(gh.issues).toHaveLength(1);
    expect(markdownFiles()).toHaveLength(1);

    // Once the interval has passed, one summary covers what was shed since the first.
    now += 15 * MINUTE;
    await s.tick();
    await s.idle();
    expect(webhook.requests).toHaveLength(2);
    expect(webhookBodies()[1].backlog).toMatchObject({ shed: shedInWave, byService: [{ name: 'checkout', count: shedInWave }] });
    expect(gh.issues).toHaveLength(2);
    expect(gh.issues[1].title).toBe(`[Rounds] Investigation backlog: ${shedInWave} new signatures not diagnosed (checkout)`);
    expect(markdownFiles()).toHaveLength(2);

    // Nothing shed since: no third summary, however long it waits.
    now += 60 * MINUTE;
    await s.tick();
    await s.idle();
    expect(webhook.requests).toHaveLength(2);
    await s.stop();
  }, 180_000);

  it('a notifier that fails does not stop the others, and the scheduler keeps ticking', async () => {
    await queueNew(1_200, KINDS[1]);
    webhook.setFault({ kind: 'status', status: 500 });
    const warnings: string[] = [];
    const s = scheduler({ info() {}, debug() {}, error() {}, warn: (_: object, msg: string) => void warnings.push(msg) });
    await s.tick();
    await s.idle();
    expect(webhook.requests).toHaveLength(1);
    expect(gh.issues).toHaveLength(1);
    expect(terminal).toContain('200 new signatures not diagnosed (payments)');
    expect(warnings).toContain('the backlog summary was not delivered');
    await s.tick();
    await s.stop();
  }, 180_000);
});
