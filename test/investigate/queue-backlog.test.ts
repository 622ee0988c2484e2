// An incident's backlog: thousands of new signatures queued at once. The scheduler reads the
// head of the queue's priority index, so what one tick reads does not grow with the backlog;
// the newest new signatures beyond the kept number are shed, each saying so in its history;
// manual requests and regressions go first and are never shed. A real store (LMDB) filled by
// its real writer, the real Investigator; only the diagnoser is a scripted fake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { Investigator } from '../../src/core/investigator.js';
import type { Diagnosis, ErrorEvent } from '../../src/core/model.js';
import { ok, type Diagnoser, type DiagnosisRequest, type IngestCommit, type PreparedEvent, type Store } from '../../src/core/ports.js';
import { SignatureActions } from '../../src/core/signature-actions.js';
import { InvestigationScheduler, type SchedulerStore } from '../../src/investigate/scheduler.js';
import { openTempStore, type TempStore } from '../helpers/temp-store.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const fingerprinter = createFingerprinter();
let seq = 0;

function event(type: string, service = 'checkout'): PreparedEvent {
  seq++;
  const e: ErrorEvent = { source: 'span', dedupeKey: `q:${seq}`, service, timeMs: T0, handled: false, attributes: {}, resource: {}, exception: { type, message: `${type} happened` } };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message }) };
}

const diagnosis: Diagnosis = { rootCause: 'cause', evidence: [], suggestedFix: 'fix', confidence: 0.5, model: 'fake', costUsd: 0 };

/** Holds every diagnosis until released, so the tests see what was picked. */
class HeldDiagnoser implements Diagnoser {
  readonly name = 'fake';
  readonly calls: string[] = [];
  private gates: (() => void)[] = [];
  estimateCostUsd() {
    return 0;
  }
  async diagnose(request: DiagnosisRequest) {
    this.calls.push(request.signature.id);
    await new Promise<void>((resolve) => this.gates.push(resolve));
    return ok(diagnosis);
  }
  release() {
    for (const g of this.gates.splice(0)) g();
  }
}

/** Counts the store reads a tick makes. */
function counting(store: Store): { store: SchedulerStore; reads: () => number; reset: () => void } {
  let reads = 0;
  const wrapped: SchedulerStore = {
    getSignature: (id) => (reads++, store.getSignature(id)),
    listOccurrences: (id, limit) => (reads++, store.listOccurrences(id, limit)),
    counts: (...args) => (reads++, store.counts(...args)),
    queueHead: async (limit) => {
      const head = await store.queueHead(limit);
      reads += head.length;
      return head;
    },
    queueSize: () => store.queueSize(),
    shedNewInvestigations: (...args) => store.shedNewInvestigations(...args),
    rescheduleInvestigation: (...args) => store.rescheduleInvestigation(...args),
    dequeueInvestigation: (...args) => store.dequeueInvestigation(...args),
    takeLease: (...args) => store.takeLease(...args),
    renewLease: (...args) => store.renewLease(...args),
    releaseLease: (...args) => store.releaseLease(...args),
    refresh: () => store.refresh(),
  };
  return { store: wrapped, reads: () => reads, reset: () => (reads = 0) };
}

describe('an investigation backlog', () => {
  let temp: TempStore;
  let store: Store;
  let writer: IngestCommit;
  let now: number;
  const clock = { now: () => now };

  beforeEach(async () => {
    temp = await openTempStore({ first: 2, recent: 2 });
    ({ store, writer } = temp);
    now = T0;
  });
  afterEach(() => temp.close());

  async function queueNew(count: number, service = 'checkout', prefix = 'Incident'): Promise<void> {
    for (let start = 0; start < count; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, count - start) }, (_, i) => event(`${prefix}Error${start + i}`, service));
      await writer.commit(batch, now);
      now += 1; // each batch enqueued a millisecond later: the queue's age order is known
    }
  }

  function scheduler(target: SchedulerStore, diagnoser: Diagnoser, shedAbove = 1_000_000) {
    const investigator = new Investigator({ store, backends: [], diagnoser, notifiers: [], clock, budgetUsd: 1 });
    return new InvestigationScheduler({ store: target, investigator, clock, policy: { settleMs: 0, minCount: 1 }, concurrency: 2, shedAbove });
  }

  it('reads the same bounded number of rows per tick with 100 or 10,000 queued', async () => {
    const readsPerTick = async (queued: number): Promise<number> => {
      await queueNew(queued, `svc-${queued}`, `Q${queued}`);
      const counted = counting(store);
      const diagnoser: Diagnoser = { name: 'fake', estimateCostUsd: () => 0, diagnose: async () => ok(diagnosis) };
      const s = scheduler(counted.store, diagnoser);
      await s.tick(); // starts two investigations
      counted.reset();
      await s.tick(); // a tick with the slots full
      const full = counted.reads();
      await s.idle();
      counted.reset();
      await s.tick(); // a tick with free slots and a long queue behind the head
      const free = counted.reads();
      await s.idle();
      await s.stop();
      return Math.max(full, free);
    };
    const small = await readsPerTick(100);
    // Clear the small queue so the large run measures only its own backlog.
    for (const [id] of await store.queueHead(1000)) await store.dequeueInvestigation(id);
    const large = await readsPerTick(10_000);
    expect(await store.queueSize()).toBeGreaterThan(9_000);
    // 100× the backlog, not 100× the work: the head read is bounded.
    expect(large).toBeLessThanOrEqual(small * 3 + 50);
    expect(large).toBeLessThan(1_000);
  }, 180_000);

  it('takes manual requests, then regressions, then new signatures, oldest first', async () => {
    await queueNew(300);
    const actions = new SignatureActions(store, clock);
    const ids = (await store.queueHead(300)).map(([id]) => id);
    const manual = ids[250];
    now += 10;
    await actions.requestDiagnosis(manual, { actor: 'cli:test' } as never);
    const head = await store.queueHead(3);
    expect(head[0][0]).toBe(manual);
    expect(head[1][0]).toBe(ids[0]);
    const diagnoser = new HeldDiagnoser();
    const s = scheduler(store, diagnoser);
    await s.tick();
    await expect.poll(() => diagnoser.calls.length).toBeGreaterThan(0);
    expect(diagnoser.calls[0]).toBe(manual);
    await expect.poll(() => (diagnoser.release(), s.active)).toBe(0);
    await s.idle();
    await s.stop();
  });

  it('sheds the newest new signatures beyond the kept number, saying so on each, and never a manual request', async () => {
    await queueNew(3_000, 'payments');
    const order = (await store.queueHead(3_000)).map(([id]) => id);
    const newest = order[order.length - 1];
    const actions = new SignatureActions(store, clock);
    await actions.requestDiagnosis(newest, { actor: 'cli:test' } as never);
    const warnings: { obj: Record<string, unknown>; msg: string }[] = [];
    const diagnoser = new HeldDiagnoser();
    const investigator = new Investigator({ store, backends: [], diagnoser, notifiers: [], clock, budgetUsd: 1 });
    const s = new InvestigationScheduler({
      store,
      investigator,
      clock,
      policy: { settleMs: 0, minCount: 1 },
      concurrency: 1,
      shedAbove: 1_000,
      logger: { info() {}, debug() {}, error() {}, warn: ((obj: object, msg: string) => void warnings.push({ obj: obj as Record<string, unknown>, msg })) as never },
    });
    await s.tick();
    expect(await store.queueSize()).toBeLessThanOrEqual(1_001);
    // The oldest thousand new ones are kept (the manual request too); the rest were shed.
    const queued = new Set((await store.queueHead(2_000)).map(([id]) => id));
    expect(queued.has(newest)).toBe(true);
    expect(order.slice(0, 1_000).every((id) => queued.has(id))).toBe(true);
    const shed = order.slice(1_000, order.length - 1);
    expect(shed).toHaveLength(1_999);
    for (const id of shed) {
      expect(queued.has(id)).toBe(false);
      const sig = (await store.getSignature(id))!;
      expect(sig.status).toBe('new');
      expect(sig.history.at(-1)).toMatchObject({ actor: 'investigator', action: 'investigation-shed' });
      expect(sig.history.at(-1)!.reason).toMatch(/not investigated on its own.*rounds diagnose/);
    }
    // One summary line for the tick, not a line per shed signature.
    const summaries = warnings.filter((w) => /backlog/.test(w.msg));
    expect(summaries).toHaveLength(1);
    expect(summaries[0].obj).toMatchObject({ byService: { payments: shed.length } });
    await expect.poll(() => (diagnoser.release(), s.active)).toBe(0);
    await s.stop();
  }, 180_000);
});
