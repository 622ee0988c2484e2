// Metrics read from the rest of the service when Prometheus scrapes: signatures by status,
// the circuit breaker of each adapter that has one, and calls to telemetry backends by outcome.
import { SIGNATURE_STATUSES, type Signature } from '../core/model.js';
import type { ContextPiece, ContextRequest, Outcome, TelemetryBackend } from '../core/ports.js';
import { Counter, Gauge, type Registry } from './metrics.js';

/**
 * A count is reused until this many times the time it took has passed: a scrape every few
 * seconds then spends at most about 5% of the time walking a large store, while a small one
 * is recounted on every scrape.
 */
const RECOUNT_COST_FACTOR = 20;
/** Signatures read between two turns of the event loop while recounting. */
const RECOUNT_SLICE = 2_000;

/**
 * `rounds_signatures{status}` and `rounds_signatures_regressed`: counted over every signature
 * (merged ones excluded), in slices that yield to the event loop so a large store does not
 * hold up exports while a scrape is answered.
 */
export function trackSignatures(registry: Registry, signatures: () => Iterable<Signature> | AsyncIterable<Signature>, now: () => number = Date.now): void {
  let counted: { atMs: number; tookMs: number; byStatus: Record<string, number>; regressed: number } | undefined;
  let counting: Promise<NonNullable<typeof counted>> | undefined;
  const recount = async () => {
    const startedMs = now();
    const byStatus: Record<string, number> = Object.fromEntries(SIGNATURE_STATUSES.map((s) => [s, 0]));
    let regressed = 0;
    let n = 0;
    for await (const sig of signatures()) {
      if (sig.mergedInto) continue;
      byStatus[sig.status]++;
      if (sig.regressed && sig.status !== 'resolved') regressed++;
      if (++n % RECOUNT_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const atMs = now();
    return { atMs, tookMs: atMs - startedMs, byStatus, regressed };
  };
  const current = async () => {
    if (counted && now() - counted.atMs < counted.tookMs * RECOUNT_COST_FACTOR) return counted;
    counting ??= recount().finally(() => (counting = undefined));
    counted = await counting;
    return counted;
  };
  const byStatus = new Gauge(registry, 'rounds_signatures', 'Signatures by status (merged ones are counted in their target).', ['status']);
  for (const status of SIGNATURE_STATUSES) byStatus.track(async () => (await current()).byStatus[status], { status });
  new Gauge(registry, 'rounds_signatures_regressed', 'Open signatures that came back after being resolved.').track(async () => (await current()).regressed);
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/** An adapter whose calls go through a circuit breaker (HTTP telemetry backends, notifiers). */
export interface BreakerHolder {
  readonly name: string;
  readonly circuitState: CircuitState;
}

export function hasCircuit(adapter: object): adapter is BreakerHolder {
  return 'circuitState' in adapter && 'name' in adapter;
}

/** `rounds_circuit_breaker_state{adapter,state}`: 1 for the state each adapter's circuit is in, 0 for the others. */
export function trackCircuits(registry: Registry, adapters: readonly { kind: string; adapter: object }[]): void {
  const gauge = new Gauge(registry, 'rounds_circuit_breaker_state', 'Circuit breaker of each adapter: 1 for its current state (closed, open, half-open), 0 for the others.', ['adapter', 'kind', 'state']);
  for (const { kind, adapter } of adapters) {
    if (!hasCircuit(adapter)) continue;
    for (const state of ['closed', 'open', 'half-open'] as const) gauge.track(() => (adapter.circuitState === state ? 1 : 0), { adapter: adapter.name, kind, state });
  }
}

/** Counts each call to a telemetry backend by its outcome (ok, retryable, failed) in `rounds_backend_calls_total`. */
export class BackendCallMetrics {
  private readonly calls: Counter<'backend' | 'outcome'>;

  constructor(registry: Registry) {
    this.calls = new Counter(registry, 'rounds_backend_calls_total', 'Calls to telemetry backends while investigating, by backend and outcome (ok, retryable, failed).', ['backend', 'outcome']);
  }

  /** The backend, with every call counted. */
  meter(backend: TelemetryBackend): TelemetryBackend {
    const calls = this.calls;
    for (const outcome of ['ok', 'retryable', 'failed']) calls.child({ backend: backend.name, outcome });
    // Everything else of the adapter (its name, circuitState) stays reachable through the prototype.
    const metered = Object.create(backend) as TelemetryBackend;
    metered.fetchContext = async (request: ContextRequest): Promise<Outcome<ContextPiece>> => {
      const outcome = await backend.fetchContext(request);
      calls.inc({ backend: backend.name, outcome: outcome.status });
      return outcome;
    };
    return metered;
  }
}
