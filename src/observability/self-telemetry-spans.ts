// The spans of Rounds' own telemetry (self-telemetry.ts): decorators around the ports the
// investigator calls, so the adapters and the core stay unaware of tracing. Each span ends
// with the call; an expected failure (an Outcome that is not ok) marks it as an error with
// its message, a thrown one is recorded as an exception.
import { SpanStatusCode, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type { Diagnoser, Notifier, Outcome, TelemetryBackend } from '../core/ports.js';

/** Runs `fn` inside a span named `name`, the span being the active one for what `fn` calls. */
export async function inSpan<T>(tracer: Tracer, name: string, attributes: Attributes, fn: (span: Span) => Promise<T>, failure?: (result: T) => string | undefined): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      const result = await fn(span);
      const error = failure?.(result);
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
      return result;
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

const outcomeError = (outcome: Outcome<unknown>) => (outcome.status === 'ok' ? undefined : outcome.error);

// Backends and notifiers keep their other members (circuitState…) through the prototype.
export function tracedBackend(tracer: Tracer, inner: TelemetryBackend): TelemetryBackend {
  const traced = Object.create(inner) as TelemetryBackend;
  traced.fetchContext = (request) => inSpan(tracer, 'rounds.backend.fetch', { 'rounds.backend': inner.name, 'rounds.signature.id': request.signature.id }, () => inner.fetchContext(request), outcomeError);
  return traced;
}

export function tracedDiagnoser<D extends Diagnoser>(tracer: Tracer, inner: D): D {
  // A proxy keeps the diagnoser's other members (cost reporting) as they are.
  return new Proxy(inner, {
    get(target, key, receiver) {
      if (key !== 'diagnose') return Reflect.get(target, key, receiver);
      return (request: Parameters<Diagnoser['diagnose']>[0]) =>
        inSpan(tracer, 'rounds.diagnose', { 'rounds.diagnoser': target.name, 'rounds.signature.id': request.signature.id }, () => target.diagnose(request), outcomeError);
    },
  });
}

export function tracedNotifier(tracer: Tracer, inner: Notifier): Notifier {
  const traced = Object.create(inner) as Notifier;
  traced.notify = (report) => inSpan(tracer, 'rounds.notify', { 'rounds.notifier': inner.name, 'rounds.signature.id': report.signature.id, 'rounds.report.kind': report.kind }, () => inner.notify(report), outcomeError);
  return traced;
}
