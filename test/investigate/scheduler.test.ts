// The scheduler over a real store (LMDB) filled by its real writer, with the real
// Investigator; only the diagnoser is a scripted fake, so tests can hold or fail a diagnosis.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { Investigator } from '../../src/core/investigator.js';
import { mute } from '../../src/core/lifecycle.js';
import type { Diagnosis, ErrorEvent } from '../../src/core/model.js';
import { ok, retryable, type Diagnoser, type DiagnosisRequest, type IngestCommit, type Outcome, type PreparedEvent, type Report, type Store } from '../../src/core/ports.js';
import { InvestigationScheduler } from '../../src/investigate/scheduler.js';
import { openTempStore, type TempStore } from '../helpers/temp-store.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const fingerprinter = createFingerprinter();
let seq = 0;

function event(type: string, over: Partial<ErrorEvent> = {}): PreparedEvent {
  seq++;
  const e: ErrorEvent = { source: 'span', dedupeKey: `s:${seq}`, service: 'checkout', timeMs: T0, handled: false, attributes: {}, resource: {}, exception: { type, message: `${type} happened` }, ...over };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message }) };
}

const diagnosis: Diagnosis = { rootCause: 'cause', evidence: [], suggestedFix: 'fix', confidence: 0.5, model: 'fake', costUsd: 0 };

/** A diagnoser whose answers the test decides; each call waits until released (or answers at once). */
class GatedDiagnoser implements Diagnoser {
  readonly name = 'fake';
  readonly calls: string[] = [];
  readonly lastAttempts: boolean[] = [];
  private gates: (() => void)[] = [];
  constructor(public answer: () => Outcome<Diagnosis> = () => ok(diagnosis), public hold = false) {}
  estimateCostUsd() {
    return 0;
  }
  async diagnose(request: DiagnosisRequest) {
    this.calls.push(request.signature.id);
    if (this.hold) await new Promise<void>((resolve) => this.gates.push(resolve));
    return this.answer();
  }
  release() {
    for (const g of this.gates.splice(0)) g();
  }
}

describe('InvestigationScheduler', () => {
  let temp: TempStore;
  let store: Store;
  let writer: IngestCommit;
  let now: number;
  const clock = { now: () => now };

  beforeEach(async () => {
    temp = await openTempStore();
    ({ store, writer } = temp);
    now = T0;
  });
  afterEach(() => temp.close());

  function scheduler(diagnoser: Diagnoser, over: { concurrency?: number; settleMs?: number; minCount?: number; maxAttempts?: number; fallback?: Diagnoser } = {}) {
    const reports: Report[] = [];
    const investigator = new Investigator({
      store,
      backends: [],
      diagnoser,
      fallback: over.fallback,
      notifiers: [{ name: 'memory', notify: async (r) => (reports.push(r), ok({})), notifyBacklog: async () => ok({}) }],
      clock,
      budgetUsd: 1,
    });
    const s = new InvestigationScheduler({
      store,
      investigator,
      clock,
      policy: { settleMs: over.settleMs ?? 30_000, minCount: over.minCount ?? 1 },
      concurrency: over.concurrency ?? 2,
      maxAttempts: over.maxAttempts,
    });
    return { s, reports };
  }

  const idOf = async (p: PreparedEvent) => (await store.findByFingerprint(p.fp.fingerprint))!.id;

  it('waits for the settle time and the minimum count, then diagnoses and removes the entry', async () => {
    const first = event('TypeError');
    await writer.commit([first], T0);
    const id = await idOf(first);
    const diagnoser = new GatedDiagnoser();
    const { s, reports } = scheduler(diagnoser, { minCount: 2 });

    now = T0 + 10_000;
    await s.tick();
    now = T0 + 31_000;
    await s.tick();
    expect(diagnoser.calls).toEqual([]);

    await writer.commit([event('TypeError')], now);
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toEqual([id]);
    expect(await store.getSignature(id)).toMatchObject({ status: 'diagnosed', diagnosis: { rootCause: 'cause' } });
    expect(await store.getInvestigation(id)).toBeUndefined();
    expect(reports.map((r) => r.kind)).toEqual(['new']);
  });

  it('runs at most INVESTIGATION_CONCURRENCY at once and marks them investigating', async () => {
    const events = ['A', 'B', 'C', 'D', 'E'].map((t) => event(t));
    await writer.commit(events, T0);
    const diagnoser = new GatedDiagnoser(undefined, true);
    const { s } = scheduler(diagnoser, { concurrency: 2, settleMs: 0 });

    await s.tick();
    await s.tick();
    // Poll for the two investigations to reach the diagnoser (gathering context takes a while).
    await vi.waitFor(() => expect(diagnoser.calls).toHaveLength(2), { timeout: 60_000 });
    expect(s.active).toBe(2);
    for (const id of diagnoser.calls) expect((await store.getSignature(id))!.status).toBe('investigating');

    while (diagnoser.calls.length < 5 || s.active > 0) {
      diagnoser.release();
      await new Promise((r) => setTimeout(r, 5));
      await s.tick();
      expect(s.active).toBeLessThanOrEqual(2);
    }
    await s.idle();
    expect(new Set(diagnoser.calls).size).toBe(5);
    expect(await store.queueSize()).toBe(0);
  });

  it('backs off a retryable failure and resumes from the persisted state after a restart', async () => {
    const e = event('Flaky');
    await writer.commit([e], T0);
    const id = await idOf(e);
    const diagnoser = new GatedDiagnoser(() => retryable('LLM overloaded', 0));
    let { s } = scheduler(diagnoser, { settleMs: 0 });
    await s.tick();
    await s.idle();
    expect(await store.getInvestigation(id)).toEqual({ reason: 'new', enqueuedMs: T0, attempts: 1, notBeforeMs: T0 + 5_000, lastError: 'LLM overloaded' });
    expect((await store.getSignature(id))!.status).toBe('new');

    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toHaveLength(1);
    now = T0 + 5_000;
    await s.tick();
    await s.idle();
    expect(await store.getInvestigation(id)).toMatchObject({ attempts: 2, notBeforeMs: T0 + 15_000 });

    // restart: a new environment, store and scheduler over the same directory
    store = await temp.reopen();
    writer = temp.writer;
    diagnoser.answer = () => ok(diagnosis);
    ({ s } = scheduler(diagnoser, { settleMs: 0 }));
    now = T0 + 14_000;
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toHaveLength(2);
    now = T0 + 15_000;
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toHaveLength(3);
    expect(await store.getInvestigation(id)).toBeUndefined();
    expect((await store.getSignature(id))!.status).toBe('diagnosed');
  });

  it('resumes a signature left investigating by a crash', async () => {
    const e = event('Interrupted');
    await writer.commit([e], T0);
    const id = await idOf(e);
    // What a kill -9 during an investigation leaves behind: the status and the queue entry.
    await store.update(id, (sig) => ({ ...sig, status: 'investigating' }));
    const diagnoser = new GatedDiagnoser();
    const { s, reports } = scheduler(diagnoser, { settleMs: 0 });
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toEqual([id]);
    expect((await store.getSignature(id))!.status).toBe('diagnosed');
    expect(reports.map((r) => r.kind)).toEqual(['new']);
    expect(await store.getInvestigation(id)).toBeUndefined();
  });

  it('backs off an investigation that throws instead of spinning on it', async () => {
    const e = event('Buggy');
    await writer.commit([e], T0);
    const id = await idOf(e);
    const s = new InvestigationScheduler({
      store,
      investigator: { investigate: async () => { throw new Error('bug in an adapter'); } },
      clock,
      policy: { settleMs: 0, minCount: 1 },
      concurrency: 1,
    });
    await s.tick();
    await s.idle();
    expect(await store.getInvestigation(id)).toMatchObject({ attempts: 1, notBeforeMs: T0 + 5_000, lastError: 'bug in an adapter' });
  });

  it('uses the fallback on the last attempt', async () => {
    const e = event('Flaky');
    await writer.commit([e], T0);
    const diagnoser = new GatedDiagnoser(() => retryable('overloaded', 0));
    const fallback = new GatedDiagnoser(() => ok({ ...diagnosis, model: 'evidence' }));
    const { s } = scheduler(diagnoser, { settleMs: 0, maxAttempts: 2, fallback });
    await s.tick();
    await s.idle();
    now += 10_000;
    await s.tick();
    await s.idle();
    expect((await store.getSignature(await idOf(e)))!.diagnosis).toMatchObject({ model: 'evidence', fallbackReason: expect.stringContaining('overloaded') });
    expect(await store.getInvestigation(await idOf(e))).toBeUndefined();
  });

  it('lets a manual request jump the queue, even unsettled', async () => {
    const busy = event('Busy');
    const quiet = event('Quiet');
    await writer.commit([busy, busy, busy].map(() => event('Busy')), T0 - 60_000);
    await writer.commit([quiet], T0);
    await store.enqueueInvestigation(await idOf(quiet), { reason: 'manual', enqueuedMs: T0, attempts: 0, notBeforeMs: 0 });
    const diagnoser = new GatedDiagnoser();
    const { s } = scheduler(diagnoser, { concurrency: 1, settleMs: 30_000 });
    now = T0 + 1_000;
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toEqual([await idOf(quiet)]);
    now = T0 + 31_000;
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toEqual([await idOf(quiet), await idOf(busy)]);
  });

  it('never investigates a muted signature and drops its entry', async () => {
    const e = event('Noise');
    await writer.commit([e], T0);
    const id = await idOf(e);
    await store.update(id, (sig) => mute(sig, { actor: 'cli', atMs: T0 }));
    const diagnoser = new GatedDiagnoser();
    const { s, reports } = scheduler(diagnoser, { settleMs: 0 });
    await s.tick();
    await s.idle();
    expect(diagnoser.calls).toEqual([]);
    expect(reports).toEqual([]);
    expect(await store.getInvestigation(id)).toBeUndefined();
    expect((await store.getSignature(id))!.status).toBe('muted');
  });

  it('runs by itself once started and stops waiting for what is running', async () => {
    await writer.commit([event('Loop')], T0);
    const diagnoser = new GatedDiagnoser(undefined, true);
    const { s } = scheduler(diagnoser, { settleMs: 0 });
    s.start();
    while (diagnoser.calls.length === 0) await new Promise((r) => setTimeout(r, 5));
    const stopping = s.stop(5_000);
    diagnoser.release();
    await stopping;
    expect(s.active).toBe(0);
    expect(await store.queueSize()).toBe(0);
  });
});
