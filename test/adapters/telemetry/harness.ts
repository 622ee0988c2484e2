// Shared set-up of the telemetry adapter tests: a ContextRequest around the fixture failure and
// resilience options that make failure paths fast and observable (small timeout, recorded
// sleeps, a manual clock, no jitter).
import type { Signature } from '../../../src/core/model.js';
import type { ContextRequest } from '../../../src/core/ports.js';
import { FIXTURE_TIME_MS } from '../../helpers/fake-backends/index.js';

export function signature(overrides: Partial<Signature> = {}): Signature {
  return {
    id: 'a1b2c3',
    fingerprint: 'fp',
    algorithm: 'v1',
    aliases: [],
    status: 'new',
    regressed: false,
    source: 'span',
    service: 'checkout',
    type: 'Error',
    message: 'dial tcp <ip>:<port>: connection refused',
    count: 3,
    firstSeenMs: FIXTURE_TIME_MS,
    lastSeenMs: FIXTURE_TIME_MS,
    releases: [],
    environments: [],
    tags: [],
    history: [],
    ...overrides,
  };
}

/** ±15 min around the fixture trace (2024-06-10T06:13:20Z). */
export function contextRequest(overrides: Partial<ContextRequest> = {}): ContextRequest {
  return {
    signature: signature(),
    service: 'checkout',
    traceIds: [],
    fromMs: FIXTURE_TIME_MS - 15 * 60_000,
    toMs: FIXTURE_TIME_MS + 15 * 60_000,
    ...overrides,
  };
}

export interface Resilience {
  timeoutMs: number;
  retries: number;
  breaker: { failureThreshold: number; coolDownMs: number };
  clock: { now(): number };
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Every delay the retry asked to sleep, in order. */
  sleeps: number[];
  /** Moves the manual clock forward. */
  advance(ms: number): void;
}

export function fastResilience(overrides: Partial<Pick<Resilience, 'timeoutMs' | 'retries'>> = {}): Resilience {
  let now = 1_800_000_000_000; // a whole second, so an HTTP-date Retry-After maps exactly
  const sleeps: number[] = [];
  return {
    timeoutMs: overrides.timeoutMs ?? 2_000,
    retries: overrides.retries ?? 2,
    breaker: { failureThreshold: 3, coolDownMs: 10_000 },
    clock: { now: () => now },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0,
    sleeps,
    advance(ms) {
      now += ms;
    },
  };
}
