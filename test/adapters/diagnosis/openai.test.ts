import { afterEach, describe, expect, it } from 'vitest';
import { OpenAIDiagnoser } from '../../../src/adapters/diagnosis/openai.js';
import { FREE, PriceTable } from '../../../src/core/budget.js';
import { openaiError, SAMPLE_DIAGNOSIS, startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from '../../helpers/fake-llm/index.js';
import { PLANTED_FRAGMENTS, sampleRequest, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const start = async (options: FakeOpenAIOptions = {}) => {
  fake = await startFakeOpenAI({ expect: ['service: checkout', 'deepest failing span: inventory / GET /stock'], forbid: PLANTED_FRAGMENTS, ...options });
  return fake;
};
const local = (f: FakeOpenAI, over: Partial<ConstructorParameters<typeof OpenAIDiagnoser>[0]> = {}) =>
  new OpenAIDiagnoser({ baseURL: `${f.url}/v1`, model: 'llama3.1:8b', prices: new PriceTable({}, FREE), timeoutMs: 2000, clock: { now: () => 99 }, ...over });

describe('OpenAIDiagnoser against an OpenAI-compatible server', () => {
  it('asks for json_schema output and takes the JSON answer; the prompt has the evidence and no secret', async () => {
    const f = await start({ apiKey: 'sk-test-openai-key-0000000000000000' });
    const d = new OpenAIDiagnoser({ apiKey: 'sk-test-openai-key-0000000000000000', baseURL: `${f.url}/v1`, model: 'gpt-4o-mini', prices: new PriceTable(), tokenLimitParam: 'max_completion_tokens', clock: { now: () => 99 } });
    const out = await d.diagnose(sampleRequest({ signature: secretSignature(), evidence: { ...secretEvidence(), concentrations: [] } }));
    expect(f.violations).toEqual([]);
    expect(out).toMatchObject({ status: 'ok', value: { ...SAMPLE_DIAGNOSIS, model: 'gpt-4o-mini', createdMs: 99 } });
    const body = f.bodies[0];
    expect(body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'report_diagnosis', strict: true, schema: { additionalProperties: false } } });
    expect(body.max_completion_tokens).toBe(1500);
    expect(body.max_tokens).toBeUndefined();
    expect(f.requests[0].headers.authorization).toBe('Bearer sk-test-openai-key-0000000000000000');
    // Cost from the reported usage at gpt-4o-mini prices.
    // (The fake reports prompt_tokens = request bytes / 4 and completion_tokens = content / 4.)
    const promptTokens = Math.ceil(f.requests[0].rawBody.length / 4);
    const completionTokens = Math.ceil(JSON.stringify(SAMPLE_DIAGNOSIS).length / 4);
    if (out.status === 'ok') expect(out.value.costUsd).toBeCloseTo((promptTokens * 0.15 + completionTokens * 0.6) / 1e6, 12);
  });

  it('parses prose with a fenced JSON block from a local model that ignores the schema', async () => {
    const f = await start({ mode: 'prose' });
    const out = await local(f).diagnose(sampleRequest());
    expect(out).toMatchObject({ status: 'ok', value: { ...SAMPLE_DIAGNOSIS, model: 'llama3.1:8b', costUsd: 0 } });
    expect(f.bodies[0].max_tokens).toBe(1500);
    expect(f.bodies[0].temperature).toBe(0);
  });

  it('retries once without response_format when the server rejects it, and remembers', async () => {
    const f = await start({ mode: 'reject-schema' });
    const d = local(f);
    expect(await d.diagnose(sampleRequest())).toMatchObject({ status: 'ok', value: SAMPLE_DIAGNOSIS });
    expect(f.requests.map((r) => Boolean((r.body as { response_format?: unknown }).response_format))).toEqual([true, false]);
    expect(await d.diagnose(sampleRequest())).toMatchObject({ status: 'ok' });
    expect(f.requests).toHaveLength(3);
    expect((f.requests[2].body as { response_format?: unknown }).response_format).toBeUndefined();
  });

  it('a 400 that persists without response_format is failed and the schema stays on', async () => {
    const f = await start();
    f.setFault({ kind: 'status', status: 400, json: openaiError(400, 'model not found').json });
    const d = local(f);
    expect(await d.diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/400/) });
    expect(f.requests).toHaveLength(2);
    f.setFault(null);
    await d.diagnose(sampleRequest());
    expect((f.requests[2].body as { response_format?: unknown }).response_format).toBeDefined();
  });

  it('estimates usage when a local server reports none', async () => {
    const f = await start({ omitUsage: true });
    const out = await local(f, { prices: new PriceTable({ 'llama3.1:8b': { inputPerMTok: 1, outputPerMTok: 1 } }) }).diagnose(sampleRequest());
    expect(out.status).toBe('ok');
    if (out.status === 'ok') expect(out.value.costUsd).toBeGreaterThan(0);
  });

  it('429 with retry-after is retryable after that time; insufficient_quota is not', async () => {
    const f = await start();
    f.setFault({ kind: 'status', status: 429, json: openaiError(429, 'Rate limit reached', 'requests', null, 'rate_limit_exceeded').json, headers: { 'retry-after': '3' } });
    expect(await local(f).diagnose(sampleRequest())).toMatchObject({ status: 'retryable', retryInMs: 3000 });
    expect(f.requests).toHaveLength(1);
    f.setFault({ kind: 'status', status: 429, json: openaiError(429, 'You exceeded your current quota', 'insufficient_quota', null, 'insufficient_quota').json });
    expect(await local(f).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/insufficient_quota/) });
  });

  it('5xx is retryable, 401 is failed', async () => {
    const f = await start({ apiKey: 'right-key' });
    f.setFault({ kind: 'status', status: 503, json: openaiError(503, 'overloaded', 'server_error').json }, 1);
    expect(await local(f, { apiKey: 'right-key' }).diagnose(sampleRequest())).toMatchObject({ status: 'retryable', retryInMs: 10_000 });
    expect(await local(f, { apiKey: 'wrong-key' }).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/401/) });
  });

  it('a timeout and a malformed body are retryable', async () => {
    const f = await start();
    f.setFault({ kind: 'timeout' }, 1);
    expect(await local(f, { timeoutMs: 300 }).diagnose(sampleRequest())).toMatchObject({ status: 'retryable', error: expect.stringMatching(/timed out/) });
    f.setFault({ kind: 'malformed' }, 1);
    expect(await local(f).diagnose(sampleRequest())).toMatchObject({ status: 'retryable', error: expect.stringMatching(/malformed/) });
  });

  it('an answer without usable JSON is failed, saying so', async () => {
    const f = await start({ reply: () => ({ text: 'The database seems to be down, probably.' }) });
    expect(await local(f).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/no JSON object found/) });
    await f.close();
    const g = (fake = await startFakeOpenAI({ reply: () => ({ rootCause: 'x' }), finishReason: 'length' }));
    expect(await local(g).diagnose(sampleRequest())).toMatchObject({ status: 'failed', error: expect.stringMatching(/cut off at max_tokens/) });
  });
});
