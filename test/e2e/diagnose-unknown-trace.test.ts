// POST /diagnose for a trace Rounds never received: the trace comes from Jaeger, its failing
// span goes through the pipeline, and the resulting signature is queued for investigation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURE_TRACE_ID, jaegerFixtureTrace, startFakeJaeger, type FakeServer } from '../helpers/fake-backends/index.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

let jaeger: FakeServer;
let rounds: TestInstance;

beforeAll(async () => {
  jaeger = await startFakeJaeger({ traces: [jaegerFixtureTrace] });
  rounds = await startTestInstance({ TELEMETRY_BACKEND: 'local,jaeger', JAEGER_API_URL: jaeger.url });
});
afterAll(async () => {
  await rounds?.dispose();
  await jaeger?.close();
});

it('fetches an unseen trace from the trace backend, stores its error and queues it', async () => {
  const post = (body: object) =>
    fetch(`http://127.0.0.1:${rounds.apiPort}/diagnose`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const res = await post({ trace_id: FIXTURE_TRACE_ID });
  expect(res.status).toBe(202);
  const { signatureId } = (await res.json()) as { signatureId: string };
  expect(jaeger.requests.some((r) => r.path === `/api/traces/${FIXTURE_TRACE_ID}`)).toBe(true);
  const sig = (await rounds.store.getSignature(signatureId))!;
  expect(sig).toMatchObject({ service: 'checkout', count: 1 });
  expect(sig.message).toMatch(/connection refused/);
  expect(await rounds.store.getInvestigation(signatureId)).toMatchObject({ reason: 'manual' });

  // Asking again finds it in the store (no second fetch, no second count).
  const fetches = jaeger.requests.length;
  expect((await post({ trace_id: FIXTURE_TRACE_ID })).status).toBe(202);
  expect(jaeger.requests.length).toBe(fetches);
  expect((await rounds.store.getSignature(signatureId))!.count).toBe(1);

  // A trace no backend knows is a clear 404.
  const unknown = await post({ trace_id: 'ab'.repeat(16) });
  expect(unknown.status).toBe(404);
});
