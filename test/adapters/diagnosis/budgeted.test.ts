import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicDiagnoser } from '../../../src/adapters/diagnosis/anthropic.js';
import { BudgetedDiagnoser } from '../../../src/adapters/diagnosis/budgeted.js';
import { EvidenceDiagnoser } from '../../../src/adapters/diagnosis/evidence.js';
import { PriceTable } from '../../../src/core/budget.js';
import type { Diagnosis } from '../../../src/core/model.js';
import { failed, ok, type Diagnoser, type DiagnosisRequest, type Outcome } from '../../../src/core/ports.js';
import { createRedactor } from '../../../src/core/redact.js';
import { startFakeAnthropic, type FakeAnthropic } from '../../helpers/fake-llm/index.js';
import { MemoryLedger } from '../../helpers/fake-llm/memory-ledger.js';
import { PLANTED_FRAGMENTS, sampleDiagnosis, sampleRequest, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const DAY = Date.UTC(2026, 10, 21, 12);
const MODEL = 'claude-sonnet-4-6';
const prices = new PriceTable({ [MODEL]: { inputPerMTok: 3, outputPerMTok: 15 } });

/** A diagnoser that records what it was given and answers with a fixed cost. */
class RecordingDiagnoser implements Diagnoser {
  readonly name = 'recording';
  seen: DiagnosisRequest[] = [];
  constructor(
    private readonly estimate: number,
    private readonly answer: () => Promise<Outcome<Diagnosis>>,
  ) {}
  estimateCostUsd() {
    return this.estimate;
  }
  async diagnose(request: DiagnosisRequest) {
    this.seen.push(request);
    return this.answer();
  }
}

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ usage: { input_tokens: 2000, output_tokens: 400 }, forbid: PLANTED_FRAGMENTS });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const wrap = (inner: Diagnoser, ledger: MemoryLedger, over: Partial<ConstructorParameters<typeof BudgetedDiagnoser>[0]> = {}) =>
  new BudgetedDiagnoser({ inner, fallback: new EvidenceDiagnoser(), ledger, perDiagnosisUsd: 0.5, dailyLimitUsd: 10, redactor: createRedactor(), clock: { now: () => DAY }, ...over });
const claude = () => new AnthropicDiagnoser({ apiKey: 'sk-ant-fake-key-000000000000000000', baseURL: fake.url, model: MODEL, prices });

describe('BudgetedDiagnoser', () => {
  it('within budget: calls the model and records the real cost in the day', async () => {
    const ledger = new MemoryLedger();
    const out = await wrap(claude(), ledger).diagnose(sampleRequest());
    const cost = (2000 * 3 + 400 * 15) / 1e6;
    expect(out).toMatchObject({ status: 'ok', value: { model: MODEL, costUsd: cost } });
    expect(out.status === 'ok' && out.value.fallbackReason).toBeFalsy();
    expect(await ledger.spentOn('2026-11-21')).toBeCloseTo(cost, 12);
    expect(fake.requests).toHaveLength(1);
  });

  it('redacts the request before the inner diagnoser sees it', async () => {
    const inner = new RecordingDiagnoser(0.01, async () => ok(sampleDiagnosis({ model: 'x', costUsd: 0.01 })));
    await wrap(inner, new MemoryLedger()).diagnose(sampleRequest({ signature: secretSignature(), evidence: secretEvidence() }));
    const seen = JSON.stringify(inner.seen[0]);
    for (const f of PLANTED_FRAGMENTS) expect(seen).not.toContain(f);
    expect(seen).toContain('[REDACTED:email]');
  });

  it('over the per-diagnosis cap: falls back to the evidence diagnosis and says why, without calling the model', async () => {
    const ledger = new MemoryLedger();
    const out = await wrap(claude(), ledger, { perDiagnosisUsd: 0.001 }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'ok', value: { model: 'evidence', costUsd: 0, fallbackReason: expect.stringMatching(/^anthropic: estimated cost \$0\.\d+ exceeds the per-diagnosis budget of \$0\.0010/) } });
    expect(fake.requests).toHaveLength(0);
    expect(ledger.days.size).toBe(0);
  });

  it("the request's own budget can only lower the cap", async () => {
    const inner = new RecordingDiagnoser(0.2, async () => ok(sampleDiagnosis()));
    const out = await wrap(inner, new MemoryLedger(), { perDiagnosisUsd: 0.5 }).diagnose(sampleRequest({ budgetUsd: 0.1 }));
    expect(out).toMatchObject({ status: 'ok', value: { fallbackReason: expect.stringMatching(/per-diagnosis budget of \$0\.10/) } });
    await wrap(inner, new MemoryLedger(), { perDiagnosisUsd: 0.5 }).diagnose(sampleRequest({ budgetUsd: 5 }));
    expect(inner.seen[0].budgetUsd).toBe(0.5);
  });

  it('over the daily limit (spent earlier, e.g. before a restart): falls back and says so', async () => {
    const ledger = new MemoryLedger();
    await ledger.recordSpend('2026-11-21', 9.99);
    const out = await wrap(claude(), ledger).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'ok', value: { model: 'evidence', fallbackReason: expect.stringMatching(/daily budget of \$10\.00 would be exceeded \(\$9\.99 spent today/) } });
    expect(fake.requests).toHaveLength(0);
    // The next UTC day starts afresh.
    const tomorrow = await wrap(claude(), ledger, { clock: { now: () => DAY + 86_400_000 } }).diagnose(sampleRequest());
    expect(tomorrow).toMatchObject({ status: 'ok', value: { model: MODEL } });
    expect(await ledger.spentOn('2026-11-22')).toBeGreaterThan(0);
  });

  it('concurrent diagnoses cannot together overspend the day', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inner = new RecordingDiagnoser(4, async () => {
      await gate;
      return ok(sampleDiagnosis({ model: 'paid', costUsd: 4 }));
    });
    const ledger = new MemoryLedger();
    const d = wrap(inner, ledger, { perDiagnosisUsd: 5, dailyLimitUsd: 10 });
    const a = d.diagnose(sampleRequest({ budgetUsd: 5 }));
    const b = d.diagnose(sampleRequest({ budgetUsd: 5 }));
    const c = d.diagnose(sampleRequest({ budgetUsd: 5 }));
    release();
    const results = await Promise.all([a, b, c]);
    expect(results.map((r) => r.status === 'ok' && r.value.model)).toEqual(['paid', 'paid', 'evidence']);
    expect(await ledger.spentOn('2026-11-21')).toBe(8);
  });

  it('a billed answer that fails validation still counts against the day', async () => {
    const odd = await startFakeAnthropic({ usage: { input_tokens: 1000, output_tokens: 100 }, reply: () => ({ rootCause: 'incomplete' }) });
    try {
      const ledger = new MemoryLedger();
      const out = await wrap(new AnthropicDiagnoser({ apiKey: 'sk-ant-fake-key-000000000000000000', baseURL: odd.url, model: MODEL, prices }), ledger).diagnose(sampleRequest());
      expect(out.status).toBe('failed');
      expect(await ledger.spentOn('2026-11-21')).toBeCloseTo((1000 * 3 + 100 * 15) / 1e6, 12);
    } finally {
      await odd.close();
    }
  });

  it('a failed model call is passed through and costs nothing in the ledger', async () => {
    const ledger = new MemoryLedger();
    const out = await wrap(new RecordingDiagnoser(0.01, async () => failed('boom')), ledger).diagnose(sampleRequest());
    expect(out).toEqual({ status: 'failed', error: 'boom' });
    expect(await ledger.spentOn('2026-11-21')).toBe(0);
  });
});
