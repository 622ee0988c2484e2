import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnthropicDiagnoser } from '../../../src/adapters/diagnosis/anthropic.js';
import { PriceTable } from '../../../src/core/budget.js';
import { anthropicError, SAMPLE_DIAGNOSIS, startFakeAnthropic, type FakeAnthropic } from '../../helpers/fake-llm/index.js';
import { PLANTED_FRAGMENTS, sampleRequest, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const KEY = 'sk-ant-test-key-for-the-fake-server-only';
let fake: FakeAnthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic({
    apiKey: KEY,
    usage: { input_tokens: 1000, output_tokens: 200 },
    // The fake refuses any prompt that lacks the evidence or carries a planted secret.
    expect: ['service: checkout', 'deepest failing span: inventory / GET /stock', 'host.name=web-3'],
    forbid: PLANTED_FRAGMENTS,
  });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.setFault(null);
  fake.requests.length = 0;
  fake.bodies.length = 0;
});

const diagnoser = (over: Partial<ConstructorParameters<typeof AnthropicDiagnoser>[0]> = {}) =>
  new AnthropicDiagnoser({ apiKey: KEY, baseURL: fake.url, model: 'claude-sonnet-4-6', prices: new PriceTable({ 'claude-sonnet-4-6': { inputPerMTok: 3, outputPerMTok: 15 } }), timeoutMs: 2000, clock: { now: () => 1234 }, ...over });

describe('AnthropicDiagnoser against the fake Messages API', () => {
  it('sends a forced tool call with the evidence and no secret, and prices the real usage', async () => {
    const out = await diagnoser().diagnose(sampleRequest({ signature: secretSignature(), evidence: { ...secretEvidence(), concentrations: [{ key: 'host.name', value: 'web-3', count: 40, share: 0.95, baselineShare: 0.33 }] } }));
    expect(fake.violations).toEqual([]);
    expect(out).toEqual({ status: 'ok', value: { ...SAMPLE_DIAGNOSIS, model: 'claude-sonnet-4-6', costUsd: (1000 * 3 + 200 * 15) / 1e6, createdMs: 1234 } });

    const [req] = fake.requests;
    expect(req.headers['anthropic-version']).toBeTruthy();
    expect(req.headers.authorization ?? req.headers['x-api-key']).toContain(KEY);
    const body = fake.bodies[0];
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'report_diagnosis' });
    expect(body.tools?.[0].input_schema).toMatchObject({ type: 'object', required: ['rootCause', 'evidence', 'suggestedFix', 'confidence'] });
    expect(body.max_tokens).toBe(1500);
    for (const f of PLANTED_FRAGMENTS) expect(fake.requests[0].rawBody).not.toContain(f);
  });

  it('lowers max_tokens to fit the per-diagnosis budget, and does not call when nothing fits', async () => {
    await diagnoser().diagnose(sampleRequest({ budgetUsd: 0.015 }));
    expect(fake.bodies[0].max_tokens).toBeLessThan(1000);
    expect(fake.bodies[0].max_tokens).toBeGreaterThanOrEqual(256);

    const out = await diagnoser().diagnose(sampleRequest({ budgetUsd: 0.0001 }));
    expect(out).toEqual({ status: 'failed', error: expect.stringMatching(/leaves no room for an answer/) });
    expect(fake.requests).toHaveLength(1);
  });

  it('estimates an upper bound before the call', () => {
    const d = diagnoser();
    const est = d.estimateCostUsd(sampleRequest());
    // ~1500 output tokens at $15/M dominate; the input is a few hundred tokens at $3/M.
    expect(est).toBeGreaterThan(1500 * 15e-6);
    expect(est).toBeLessThan(0.05);
  });

  it('429 with retry-after is retryable after that time, with one request (SDK retries off)', async () => {
    fake.setFault({ kind: 'status', status: 429, json: anthropicError(429, 'rate_limit_error', 'slow down').json, headers: { 'retry-after': '7' } });
    const out = await diagnoser().diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'retryable', retryInMs: 7000, error: expect.stringMatching(/429 rate_limit_error/) });
    expect(fake.requests).toHaveLength(1);
  });

  it('529 overloaded and 500 are retryable', async () => {
    fake.setFault({ kind: 'status', status: 529, json: anthropicError(529, 'overloaded_error', 'Overloaded').json });
    expect(await diagnoser().diagnose(sampleRequest())).toMatchObject({ status: 'retryable', retryInMs: 30_000 });
    fake.setFault({ kind: 'status', status: 500, json: anthropicError(500, 'api_error', 'boom').json });
    expect(await diagnoser().diagnose(sampleRequest())).toMatchObject({ status: 'retryable' });
  });

  it('a spend-limit 429 is not retried', async () => {
    fake.setFault({ kind: 'status', status: 429, json: anthropicError(429, 'rate_limit_error', 'spend limit reached', { details: { error_code: 'enforced_spend_limit_reached' } }).json, headers: { 'retry-after': '5' } });
    expect(await diagnoser().diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/enforced_spend_limit_reached/) });
  });

  it.each([
    [400, 'invalid_request_error'],
    [403, 'permission_error'],
    [404, 'not_found_error'],
  ])('%i is failed', async (status, type) => {
    fake.setFault({ kind: 'status', status, json: anthropicError(status, type, 'nope').json });
    expect(await diagnoser().diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringContaining(String(status)) });
  });

  it('a wrong key is a 401 from the server and failed', async () => {
    expect(await diagnoser({ apiKey: 'sk-ant-wrong-key-000000000000000' }).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/401/) });
  });

  it('a server that does not answer in time is retryable', async () => {
    fake.setFault({ kind: 'timeout' });
    // The server never answers: only the client's timeout can end the call.
    expect(await diagnoser({ timeoutMs: 300 }).diagnose(sampleRequest())).toMatchObject({ status: 'retryable', error: expect.stringMatching(/timed out/) });
  });

  it('a malformed body is not a diagnosis', async () => {
    fake.setFault({ kind: 'malformed' });
    const out = await diagnoser().diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'retryable', error: expect.stringMatching(/malformed/) });
  });
});

describe('AnthropicDiagnoser answer validation', () => {
  let odd: FakeAnthropic;
  afterEach(() => odd?.close());

  it('an answer that breaks the schema is failed, saying why', async () => {
    odd = await startFakeAnthropic({ reply: () => ({ ...SAMPLE_DIAGNOSIS, confidence: 'very high' }) });
    const out = await diagnoser({ baseURL: odd.url }).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'failed', error: expect.stringMatching(/confidence/) });
  });

  it('a text answer instead of the tool call is failed', async () => {
    odd = await startFakeAnthropic({ reply: () => ({ text: 'I think the database is down.' }) });
    expect(await diagnoser({ baseURL: odd.url }).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/did not call report_diagnosis/) });
  });

  it('an answer cut off at max_tokens says so', async () => {
    odd = await startFakeAnthropic({ reply: () => ({ rootCause: 'the db' }), stopReason: 'max_tokens' });
    expect(await diagnoser({ baseURL: odd.url }).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/cut off at max_tokens/) });
  });
});
