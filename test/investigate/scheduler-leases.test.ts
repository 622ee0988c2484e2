// Two schedulers on one store stand for two replicas sharing it: a signature is investigated
// by the one that holds its lease, never by both, and a lease left by a holder that died is
// taken over once it lapses. The real store (LMDB) and scheduler; the diagnoser holds its
// answer so both schedulers tick while the first investigation runs.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Investigator } from '../../src/core/investigator.js';
import type { Diagnosis } from '../../src/core/model.js';
import { ok, type Diagnoser, type DiagnosisRequest, type Store } from '../../src/core/ports.js';
import { InvestigationScheduler } from '../../src/investigate/scheduler.js';
import { errorEvent, T0 } from '../store/contract/events.js';
import { openTempStore, type TempStore } from '../helpers/temp-store.js';

const diagnosis: Diagnosis = { rootCause: 'cause', evidence: [], suggestedFix: 'fix', confidence: 0.5, model: 'fake', costUsd: 0 };

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

let temp: TempStore;
let store: Store;
let now = T0;
const clock = { now: () => now };
beforeEach(async () => {
  temp = await openTempStore();
  store = temp.store;
  now = T0;
});
afterEach(() => temp.close());

function replica(holder: string, diagnoser: Diagnoser) {
  const investigator = new Investigator({ store, backends: [], diagnoser, notifiers: [], clock, budgetUsd: 1 });
  return new InvestigationScheduler({ store, investigator, clock, holder, leaseTtlMs: 60_000, policy: { settleMs: 0, minCount: 1 }, concurrency: 2 });
}

it('exactly one of two schedulers on a store investigates a signature', async () => {
  await store.ingest!.commit([errorEvent('OnlyOnceError')], T0);
  const [id] = (await store.queueHead(1)).map(([sigId]) => sigId);
  const a = new HeldDiagnoser();
  const b = new HeldDiagnoser();
  const ra = replica('replica-a', a);
  const rb = replica('replica-b', b);
  await ra.tick();
  await expect.poll(() => a.calls.length).toBe(1);
  await rb.tick();
  expect(rb.active).toBe(0);
  expect(b.calls).toEqual([]);
  a.release();
  await ra.idle();
  expect(await store.getInvestigation(id)).toBeUndefined();
  await rb.tick();
  expect(b.calls).toEqual([]);
  await Promise.all([ra.stop(), rb.stop()]);
});

it('a lease left by a holder that died lapses, and another scheduler takes the work over', async () => {
  await store.ingest!.commit([errorEvent('TakenOverError')], T0);
  const [id] = (await store.queueHead(1)).map(([sigId]) => sigId);
  // replica-a took the lease and died (no renewals, no release).
  expect(await store.takeLease(id, 'replica-a', T0, 60_000)).toBe(true);
  const b = new HeldDiagnoser();
  const rb = replica('replica-b', b);
  now = T0 + 30_000;
  await rb.tick();
  expect(b.calls).toEqual([]);
  now = T0 + 60_001;
  await rb.tick();
  await expect.poll(() => b.calls).toEqual([id]);
  b.release();
  await rb.idle();
  expect(await store.getSignature(id)).toMatchObject({ status: 'diagnosed' });
  expect(await store.getInvestigation(id)).toBeUndefined();
  await rb.stop();
});
