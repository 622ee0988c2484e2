// Telemetry of a small shop service, sent with the real OpenTelemetry JS SDK to a Collector,
// and the reading of what Rounds stored from it. The errors are real Error objects thrown
// from named functions, so their stack traces are the V8 ones an instrumented service sends.
import { SeverityNumber } from '@opentelemetry/api';
import type { Signature } from '../../src/core/model.js';
import type { SignatureQueries } from '../../src/core/ports.js';
import { failingSpan, healthySpan, loggerFor, tracerFor, type Ports, type Transport } from '../helpers/otel-clients.js';

class PaymentDeclinedError extends Error {
  override name = 'PaymentDeclinedError';
}

class UpstreamTimeoutError extends Error {
  override name = 'UpstreamTimeoutError';
}

/** The TypeError V8 throws for `cart.items` on a missing cart. */
function loadCart(cart?: { items: unknown[] }): Error {
  try {
    return new Error(`cart has ${cart!.items.length} items`);
  } catch (error) {
    return error as Error;
  }
}

function chargeCard(last4: string): Error {
  return new PaymentDeclinedError(`card ending ${last4} declined by issuer (code 51)`);
}

function callPaymentsApi(ms: number): Error {
  return new UpstreamTimeoutError(`payments-api did not answer within ${ms} ms`);
}

/** What `sendShopTraffic` sends that Rounds must store, per signature type, and items in total. */
export interface ShopCounts {
  /** ERROR spans with a TypeError exception event. */
  typeErrors: number;
  /** Spans with status UNSET carrying a PaymentDeclinedError exception event (handled). */
  handled: number;
  /** ERROR log records with a plain message ("connection … timed out …"). */
  errorLogs: number;
  /** WARN log records carrying exception.* attributes (UpstreamTimeoutError). */
  warnExceptionLogs: number;
  /** Healthy spans and INFO logs, which the Collector must drop. */
  healthySpans: number;
  infoLogs: number;
}

export const SHOP: ShopCounts = { typeErrors: 3, handled: 2, errorLogs: 2, warnExceptionLogs: 2, healthySpans: 40, infoLogs: 10 };

/** Sends `counts` of each kind through the SDK to the Collector at `ports`, then flushes. */
export async function sendShopTraffic(transport: Transport, ports: Ports, service: string, counts: ShopCounts = SHOP): Promise<void> {
  const { tracer, provider } = tracerFor(transport, ports, service);
  for (let i = 0; i < Math.max(counts.healthySpans, counts.typeErrors, counts.handled); i++) {
    if (i < counts.healthySpans) healthySpan(tracer, 'GET /products');
    if (i < counts.typeErrors) failingSpan(tracer, 'POST /checkout', loadCart(), { 'order.id': 1000 + i });
    if (i < counts.handled) {
      // A handled exception: recorded on the span, whose status stays UNSET.
      const span = tracer.startSpan('POST /pay');
      span.recordException(chargeCard(String(4000 + i)));
      span.end();
    }
  }
  await provider.forceFlush();
  await provider.shutdown();

  const { logger, provider: logProvider } = loggerFor(transport, ports, service);
  for (let i = 0; i < counts.infoLogs; i++) logger.emit({ severityNumber: SeverityNumber.INFO, severityText: 'INFO', body: `served request ${i}` });
  for (let i = 0; i < counts.errorLogs; i++) {
    logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: `connection to 10.0.0.${7 + i}:5432 timed out after ${3012 - i * 13} ms` });
  }
  for (let i = 0; i < counts.warnExceptionLogs; i++) {
    const error = callPaymentsApi(5000 + i * 250);
    logger.emit({
      severityNumber: SeverityNumber.WARN,
      severityText: 'WARN',
      body: 'payments-api call failed; retrying',
      attributes: { 'exception.type': error.name, 'exception.message': error.message, 'exception.stacktrace': error.stack ?? '' },
    });
  }
  await logProvider.forceFlush();
  await logProvider.shutdown();
}

/** Every signature of `service` in a store. */
export async function signaturesOf(store: Pick<SignatureQueries, 'listSignatures'>, service: string): Promise<Signature[]> {
  return (await store.listSignatures({ service, limit: 1000 })).items;
}

/**
 * `source:type → [count, …]` of a service's signatures (a plain error log's type is its
 * severity text), e.g. `{ 'span:TypeError': [3], 'log:ERROR': [2] }`.
 */
export async function countsByType(store: Pick<SignatureQueries, 'listSignatures'>, service: string): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const sig of await signaturesOf(store, service)) (out[`${sig.source}:${sig.type}`] ??= []).push(sig.count);
  return out;
}

/** The counts `sendShopTraffic` must produce, in the shape of `countsByType`. */
export function expectedShopCounts(counts: ShopCounts = SHOP, times = 1): Record<string, number[]> {
  return {
    'span:TypeError': [counts.typeErrors * times],
    'span:PaymentDeclinedError': [counts.handled * times],
    'log:ERROR': [counts.errorLogs * times],
    'log:UpstreamTimeoutError': [counts.warnExceptionLogs * times],
  };
}
