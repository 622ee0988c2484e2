// A feature flag recorded as the conventions record it: OpenFeature's own OpenTelemetry hook
// (SpanEventHook) adds a `feature_flag.evaluation` event to the span that evaluated the flag —
// no span attribute names it. A real service (the OpenTelemetry SDK, OpenFeature's server SDK
// with its in-memory provider) evaluates two flags per request; the new pricing path it turns on
// for a share of users fails with a real TypeError. Rounds must name that flag, not the code
// alone, and not the innocent flag evaluated beside it.
import { OpenFeature, InMemoryProvider } from '@openfeature/server-sdk';
import { SpanEventHook } from '@openfeature/open-telemetry-hooks';
import { context, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signature } from '../../src/core/model.js';
import { waitForInvestigations } from '../../src/demo/run.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

interface Cart {
  items: { price: number; quantity: number }[];
  discounts?: { total: number };
}

// The service's code: the new pricing path reads the cart's discounts, which a cart without
// any does not have.
function priceWithNewEngine(cart: Cart): number {
  const subtotal = cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  return subtotal - cart.discounts!.total;
}
function priceWithOldEngine(cart: Cart): number {
  return cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0) - (cart.discounts?.total ?? 0);
}

const REQUESTS = 240;

describe('a feature flag told by its evaluation events (OpenFeature SpanEventHook)', () => {
  let rounds: TestInstance;
  let provider: TracerProvider;
  let contextManager: AsyncLocalStorageContextManager;
  let signature: Signature | undefined;

  beforeAll(async () => {
    rounds = await startTestInstance({ INVESTIGATOR_ENABLED: 'true', INVESTIGATION_SETTLE: '3s', TELEMETRY_BACKEND: 'local', DIAGNOSIS_BACKEND: 'evidence' });
    contextManager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(contextManager);
    provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'checkout', 'service.version': '4.2.0', 'host.name': 'checkout-1' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${rounds.grpcPort}` }), scheduledDelayMillis: 50 })],
    });
    const tracer = provider.getTracer('checkout');
    // Each flag splits the users its own way: new pricing by the user number's last digit (three
    // in ten), dark mode by its tens (half), so the two are independent.
    const userNumber = (ctx: { targetingKey?: string }) => Number(ctx.targetingKey?.split('-')[1]);
    await OpenFeature.setProviderAndWait(
      new InMemoryProvider({
        'new-pricing': { variants: { on: true, off: false }, defaultVariant: 'off', disabled: false, contextEvaluator: (ctx) => (userNumber(ctx) % 10 < 3 ? 'on' : 'off') },
        'dark-mode': { variants: { on: true, off: false }, defaultVariant: 'off', disabled: false, contextEvaluator: (ctx) => (Math.floor(userNumber(ctx) / 10) % 2 === 0 ? 'on' : 'off') },
      }),
    );
    OpenFeature.addHooks(new SpanEventHook());
    const flags = OpenFeature.getClient();
    for (let i = 0; i < REQUESTS; i++) {
      await tracer.startActiveSpan('POST /checkout', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'POST', 'http.route': '/checkout' } }, async (span) => {
        const user = { targetingKey: `user-${(i * 7) % 101}` };
        const newPricing = await flags.getBooleanValue('new-pricing', false, user);
        await flags.getBooleanValue('dark-mode', false, user);
        // Every fourth cart has discounts: those price fine on either path.
        const cart: Cart = { items: [{ price: 12.5, quantity: 1 + (i % 3) }], discounts: i % 4 === 0 ? { total: 2 } : undefined };
        try {
          span.setAttribute('app.cart.total', newPricing ? priceWithNewEngine(cart) : priceWithOldEngine(cart));
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        } finally {
          span.end();
        }
      });
      // Small exports, so the healthy baseline reads every span's events (traces-proto.ts).
      if (i % 10 === 9) await provider.forceFlush();
    }
    await provider.forceFlush();
    const signatures = await waitForInvestigations(rounds.store, 30_000);
    signature = signatures.find((s) => s.service === 'checkout' && /TypeError/.test(s.type));
  });

  afterAll(async () => {
    await OpenFeature.close();
    await provider?.shutdown();
    context.disable();
    await rounds?.dispose();
  });

  it('keeps the flags each failing span evaluated on its samples', async () => {
    expect(signature).toBeDefined();
    const items = await rounds.store.listOccurrences(signature!.id, 5);
    expect(items.length).toBeGreaterThan(0);
    for (const o of items) expect(o.attributes.feature_flag).toEqual(expect.arrayContaining(['new-pricing=on']));
  });

  it('names the flag that turns the failing path on', () => {
    const d = signature!.diagnosis!;
    expect(d.causeKind, `${d.rootCause}\n${d.evidence.join('\n')}`).toBe('feature-flag');
    expect(d.rootCause).toMatch(/new-pricing/);
    expect(`${d.rootCause}\n${d.suggestedFix}`).not.toMatch(/dark-mode/);
  });
});
