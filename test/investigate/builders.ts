// Small builders for the investigation tests: a signature and its samples with only the
// fields a test cares about spelled out.
import type { Occurrence, Signature } from '../../src/core/model.js';

export const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

export function signature(over: Partial<Signature> = {}): Signature {
  return {
    id: 'aaaaaaaaaaaa',
    fingerprint: 'fp-a',
    algorithm: 'rounds-fp/1',
    aliases: [],
    status: 'new',
    regressed: false,
    source: 'span',
    service: 'checkout',
    type: 'Error',
    message: 'boom',
    count: 10,
    firstSeenMs: T0,
    lastSeenMs: T0 + 60_000,
    releases: [],
    environments: [],
    tags: [],
    history: [{ atMs: T0, actor: 'pipeline', action: 'created', to: 'new' }],
    ...over,
  };
}

export function occurrence(over: Partial<Occurrence> = {}): Occurrence {
  return {
    signatureId: 'aaaaaaaaaaaa',
    timeMs: T0,
    source: 'span',
    service: 'checkout',
    handled: false,
    attributes: {},
    resource: {},
    ...over,
  };
}

/** `n` samples produced by `make(i)`, most recent first (as the store lists them). */
export function samples(n: number, make: (i: number) => Partial<Occurrence>): Occurrence[] {
  return Array.from({ length: n }, (_, i) => occurrence({ timeMs: T0 + i * 1000, ...make(i) })).reverse();
}
