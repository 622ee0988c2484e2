// Each message of test/fixtures/causes/messages.ts alone, as a service's only error with nothing
// else known: the diagnoser must read the kind the words state, and must not read a cause into a
// code defect's message that only names a network, auth or resource word in passing.
import { describe, expect, it } from 'vitest';
import { evaluateCauses } from '../../src/core/causes/diagnose.js';
import type { Evidence } from '../../src/core/model.js';
import { DEFECTS, MESSAGES } from '../fixtures/causes/messages.js';

const T = Date.parse('2026-03-01T10:00:00Z');
const alone = (type: string, message: string): Evidence => ({
  signatureId: 'abc', service: 'orders', type, message, count: 40, firstSeenMs: T, lastSeenMs: T + 600_000,
  trend: { kind: 'steady', detail: 'about 4/min' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
});

describe('the kind a message states, read from the message alone', () => {
  it.each(MESSAGES)('%s: %s: %s', (kind, type, message) => {
    expect(evaluateCauses(alone(type, message))[0]?.kind).toBe(kind);
  });
});

describe("no cause read into a code defect's words", () => {
  it.each(DEFECTS)('%s: %s', (type, message) => {
    const first = evaluateCauses(alone(type, message))[0]?.kind;
    expect(first === undefined || first === 'code-defect').toBe(true);
  });
});
