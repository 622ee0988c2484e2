// The investigator against in-memory fakes of its ports (real behaviour, no mocking library):
// a store that applies updates, backends that answer, fail, throw or hang, a diagnoser and
// notifiers that record what they were given.
import { describe, expect, it } from 'vitest';
import { Investigator, type InvestigatorDeps } from '../../src/core/investigator.js';
import { mute } from '../../src/core/lifecycle.js';
import type { Diagnosis, Occurrence, Signature } from '../../src/core/model.js';
import { failed, ok, retryable, type ContextPiece, type Diagnoser, type DiagnosisRequest, type Notifier, type Outcome, type Report, type TelemetryBackend } from '../../src/core/ports.js';
import { occurrence, signature, T0 } from '../investigate/builders.js';

class MemoryStore {
  readonly signatures = new Map<string, Signature>();
  readonly occurrences = new Map<string, Occurrence[]>();
  async getSignature(id: string) {
    return this.signatures.get(id);
  }
  async listOccurrences(id: string, limit: number) {
    return (this.occurrences.get(id) ?? []).slice(0, limit);
  }
  async update(id: string, change: (s: Signature) => Signature) {
    const next = change(this.signatures.get(id)!);
    this.signatures.set(id, next);
    return next;
  }
}

class ScriptedBackend implements TelemetryBackend {
  readonly requests: unknown[] = [];
  constructor(readonly name: string, private readonly answer: () => Promise<Outcome<ContextPiece>>) {}
  fetchContext(request: unknown) {
    this.requests.push(request);
    return this.answer();
  }
}

class ScriptedDiagnoser implements Diagnoser {
  readonly requests: DiagnosisRequest[] = [];
  constructor(readonly name: string, private readonly answer: (r: DiagnosisRequest) => Promise<Outcome<Diagnosis>>) {}
  estimateCostUsd() {
    return 0;
  }
  diagnose(request: DiagnosisRequest) {
    this.requests.push(request);
    return this.answer(request);
  }
}

class RecordingNotifier implements Notifier {
  readonly reports: Report[] = [];
  constructor(readonly name: string, private readonly answer: () => Promise<Outcome<{ location?: string }>> = async () => ok({ location: `${name}://1` })) {}
  notify(report: Report) {
    this.reports.push(report);
    return this.answer();
  }
}

const diagnosis = (over: Partial<Diagnosis> = {}): Diagnosis => ({ rootCause: 'the database is down', evidence: ['e'], suggestedFix: 'restart it', confidence: 0.7, model: 'fake-llm', costUsd: 0.01, ...over });
const piece = (over: Partial<ContextPiece> = {}): ContextPiece => ({ traces: [], logs: [], metrics: [], notes: [], ...over });

function setup(over: Partial<InvestigatorDeps> = {}, sig: Signature = signature()) {
  const store = new MemoryStore();
  store.signatures.set(sig.id, sig);
  store.occurrences.set(sig.id, [occurrence({ traceId: 'trace-2', spanId: 's2' }), occurrence({ traceId: 'trace-1' }), occurrence({ traceId: 'trace-2' })]);
  const diagnoser = new ScriptedDiagnoser('fake-llm', async () => ok(diagnosis()));
  const notifiers = [new RecordingNotifier('one'), new RecordingNotifier('two')];
  const deps: InvestigatorDeps = { store, backends: [], diagnoser, notifiers, clock: { now: () => T0 + 120_000 }, budgetUsd: 0.5, ...over };
  return { store, diagnoser, notifiers, investigator: new Investigator(deps), deps };
}

describe('Investigator', () => {
  it('gathers from every backend, diagnoses, stores and notifies; failing backends become notes', async () => {
    const trace = { traceId: 'trace-2', source: 'jaeger', spans: [{ traceId: 'trace-2', spanId: 's2', service: 'checkout', name: 'POST /pay', startMs: T0, durationMs: 5, error: true, statusMessage: 'boom', attributes: {}, events: [] }] };
    const jaeger = new ScriptedBackend('jaeger', async () => ok(piece({ traces: [trace] })));
    const loki = new ScriptedBackend('loki', async () => failed('HTTP 500'));
    const tempo = new ScriptedBackend('tempo', async () => {
      throw new Error('adapter bug');
    });
    const prom = new ScriptedBackend('prometheus', async () => retryable('HTTP 503', 1000));
    const { store, diagnoser, notifiers, investigator } = setup({ backends: [jaeger, loki, tempo, prom] });

    const outcome = await investigator.investigate('aaaaaaaaaaaa');

    expect(outcome.status).toBe('diagnosed');
    // trace ids of the samples, most recent first, without repeats
    expect(jaeger.requests[0]).toMatchObject({ service: 'checkout', traceIds: ['trace-2', 'trace-1'] });
    const evidence = diagnoser.requests[0].evidence;
    expect(evidence.trace?.traceId).toBe('trace-2');
    expect(evidence.notes).toEqual(expect.arrayContaining(['loki: unavailable (HTTP 500)', 'tempo: unavailable (tempo failed: adapter bug)', 'prometheus: unavailable (HTTP 503)']));
    expect(diagnoser.requests[0].budgetUsd).toBe(0.5);

    const stored = store.signatures.get('aaaaaaaaaaaa')!;
    expect(stored.status).toBe('diagnosed');
    expect(stored.diagnosis).toMatchObject({ rootCause: 'the database is down', createdMs: T0 + 120_000 });
    expect(stored.history.map((h) => h.action)).toEqual(['created', 'investigation started', 'diagnosed', 'reported']);
    expect(stored.history.at(-1)!.reason).toBe('one one://1; two two://1');
    for (const n of notifiers) {
      expect(n.reports).toHaveLength(1);
      expect(n.reports[0]).toMatchObject({ kind: 'new', signature: { status: 'diagnosed' }, diagnosis: { rootCause: 'the database is down' } });
    }
    if (outcome.status === 'diagnosed') expect(outcome.notifications).toEqual([{ notifier: 'one', status: 'ok', location: 'one://1' }, { notifier: 'two', status: 'ok', location: 'two://1' }]);
  });

  it('does not wait on a backend that hangs', async () => {
    const hung = new ScriptedBackend('signoz', () => new Promise(() => {}));
    const { investigator, diagnoser } = setup({ backends: [hung], backendDeadlineMs: 50 });
    const outcome = await investigator.investigate('aaaaaaaaaaaa');
    expect(outcome.status).toBe('diagnosed');
    expect(diagnoser.requests[0].evidence.notes).toContain('signoz: unavailable (signoz did not answer within 50 ms)');
  });

  it('one failing notifier does not stop the others', async () => {
    const broken = new RecordingNotifier('github_issue', async () => {
      throw new Error('socket hang up');
    });
    const limited = new RecordingNotifier('webhook', async () => retryable('429', 60_000));
    const fine = new RecordingNotifier('stdout');
    const { investigator } = setup({ notifiers: [broken, limited, fine] });
    const outcome = await investigator.investigate('aaaaaaaaaaaa');
    expect(fine.reports).toHaveLength(1);
    expect(outcome).toMatchObject({
      status: 'diagnosed',
      notifications: [
        { notifier: 'github_issue', status: 'failed', error: 'socket hang up' },
        { notifier: 'webhook', status: 'retryable', error: '429' },
        { notifier: 'stdout', status: 'ok' },
      ],
    });
    expect(outcome.status === 'diagnosed' && outcome.signature.history.at(-1)).toMatchObject({
      action: 'reported',
      reason: 'github_issue failed: socket hang up; webhook retryable: 429; stdout stdout://1',
    });
  });

  it('never investigates or reports a muted signature', async () => {
    const muted = mute(signature(), { actor: 'cli', atMs: T0 });
    const backend = new ScriptedBackend('local', async () => ok(piece()));
    const { investigator, diagnoser, notifiers } = setup({ backends: [backend] }, muted);
    expect(await investigator.investigate('aaaaaaaaaaaa')).toEqual({ status: 'skipped', reason: 'signature is muted' });
    expect(backend.requests).toHaveLength(0);
    expect(diagnoser.requests).toHaveLength(0);
    expect(notifiers[0].reports).toHaveLength(0);
  });

  it('keeps a diagnosis but stays quiet when the signature is muted while it works', async () => {
    const { store, investigator, notifiers } = setup({
      diagnoser: new ScriptedDiagnoser('fake', async () => {
        await store.update('aaaaaaaaaaaa', (s) => mute(s, { actor: 'cli', atMs: T0 }));
        return ok(diagnosis());
      }),
    });
    const outcome = await investigator.investigate('aaaaaaaaaaaa');
    expect(outcome).toMatchObject({ status: 'diagnosed', reported: false });
    expect(store.signatures.get('aaaaaaaaaaaa')).toMatchObject({ status: 'muted', diagnosis: { rootCause: 'the database is down' } });
    expect(notifiers[0].reports).toHaveLength(0);
  });

  it('hands a retryable diagnoser failure back and restores the status', async () => {
    const { store, investigator, notifiers } = setup({ diagnoser: new ScriptedDiagnoser('llm', async () => retryable('overloaded', 5000)) });
    expect(await investigator.investigate('aaaaaaaaaaaa')).toEqual({ status: 'retryable', error: 'overloaded', retryInMs: 5000 });
    const stored = store.signatures.get('aaaaaaaaaaaa')!;
    expect(stored.status).toBe('new');
    expect(stored.history.at(-1)).toMatchObject({ action: 'investigation failed', from: 'investigating', to: 'new', reason: 'overloaded' });
    expect(notifiers[0].reports).toHaveLength(0);
  });

  it('falls back to the offline diagnoser on a permanent failure or on the last attempt', async () => {
    const fallback = new ScriptedDiagnoser('evidence', async () => ok(diagnosis({ model: 'evidence', costUsd: 0 })));
    const permanent = setup({ diagnoser: new ScriptedDiagnoser('llm', async () => failed('401 invalid key')), fallback });
    const outcome = await permanent.investigator.investigate('aaaaaaaaaaaa');
    expect(outcome).toMatchObject({ status: 'diagnosed', diagnosis: { model: 'evidence', fallbackReason: 'llm failed (401 invalid key); used the evidence diagnosis instead' } });

    const flaky = setup({ diagnoser: new ScriptedDiagnoser('llm', async () => retryable('overloaded', 5000)), fallback });
    expect((await flaky.investigator.investigate('aaaaaaaaaaaa')).status).toBe('retryable');
    expect((await flaky.investigator.investigate('aaaaaaaaaaaa', { lastAttempt: true })).status).toBe('diagnosed');
  });

  it('reports regressions and re-diagnoses as such', async () => {
    const regressed = setup({}, signature({ regressed: true, regression: { atMs: T0, release: '2.0.0' } }));
    await regressed.investigator.investigate('aaaaaaaaaaaa', { reason: 'regressed' });
    expect(regressed.notifiers[0].reports[0].kind).toBe('regressed');

    const again = setup({}, signature({ status: 'diagnosed', diagnosis: diagnosis({ rootCause: 'old' }) }));
    await again.investigator.investigate('aaaaaaaaaaaa', { reason: 'manual' });
    expect(again.notifiers[0].reports[0].kind).toBe('rediagnosed');
    expect(again.store.signatures.get('aaaaaaaaaaaa')!.diagnosis!.rootCause).toBe('the database is down');
  });

  it('skips a signature that does not exist', async () => {
    const { investigator } = setup();
    expect(await investigator.investigate('nope')).toEqual({ status: 'skipped', reason: 'signature nope does not exist' });
  });
});
