// Admission's end-to-end wait rule (ingest/admission.ts): with a backlog, an export that would
// wait longer than the promised wait — exports in the pipeline over the rate they leave it — is
// refused with a retry hint; a quiet spell or a small pipeline never refuses on it. A stand-in
// pipeline that only counts tickets and a clock moved by hand: no timing, no machine load.
import { expect, it } from 'vitest';
import { Admission, DepartureRate } from '../../src/ingest/admission.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { IngestError } from '../../src/ingest/status.js';

function setUp() {
  let nowMs = 0;
  const pipeline = {
    inflightRequests: 0,
    queuedEvents: 0,
    pendingEventsBound: 1000,
    commitsDone: 0,
    queueTargetSeconds: 0.5,
    refusal: () => undefined,
    admit(): Ticket {
      pipeline.inflightRequests++;
      let released = false;
      return {
        commit: async () => {},
        release: () => {
          if (!released) pipeline.inflightRequests--;
          released = true;
        },
      };
    },
  };
  const admission = new Admission(pipeline as never, undefined, 3, () => nowMs);
  const tickets: Ticket[] = [];
  const admitOne = () => {
    const t = admission.admit();
    if (t instanceof IngestError) return t;
    tickets.push(t);
    return undefined;
  };
  return {
    admission,
    pipeline,
    tickets,
    admitOne,
    advance: (ms: number) => (nowMs += ms),
    /** Over `ms`, `n` exports leave and as many come in, so the pipeline stays as full. */
    steady(ms: number, n: number) {
      for (let i = 0; i < n; i++) {
        nowMs += ms / n;
        tickets.shift()!.release();
        expect(admitOne()).toBeUndefined();
      }
    },
  };
}

it('refuses, with a retry hint, an export that would wait longer than the promise while a backlog drains slowly', () => {
  const s = setUp();
  for (let i = 0; i < 50; i++) expect(s.admitOne()).toBeUndefined();
  // Ten exports a second leave: the 38 left wait almost four seconds, past the half second allowed.
  for (let i = 0; i < 12; i++) {
    s.advance(100);
    s.tickets.shift()!.release();
  }
  const refused = s.admitOne();
  expect(refused).toBeInstanceOf(IngestError);
  expect(refused).toMatchObject({ code: 'OVERLOADED', retryAfterSeconds: 3 });
  expect(s.admission.refusal()).toBeInstanceOf(IngestError);
  expect(s.admission.waitRefusals).toBe(2);
  expect(s.admission.expectedWaitSeconds()).toBeGreaterThan(3);
});

it('takes exports while the backlog drains within the promise', () => {
  const s = setUp();
  for (let i = 0; i < 40; i++) expect(s.admitOne()).toBeUndefined();
  // A hundred a second leave: forty ahead is 0.4 s.
  s.steady(1500, 150);
  expect(s.admitOne()).toBeUndefined();
  expect(s.admission.waitRefusals).toBe(0);
});

it('judges no wait after a pause or below the backlog', () => {
  const s = setUp();
  s.advance(60_000);
  // A burst after a quiet minute: nothing left in the last second, but the pipeline was empty.
  for (let i = 0; i < 60; i++) expect(s.admitOne()).toBeUndefined();
  expect(s.admission.expectedWaitSeconds()).toBeUndefined();
  // Below the backlog nothing is refused on the wait, however slow.
  while (s.pipeline.inflightRequests > 10) s.tickets.shift()!.release();
  s.advance(5000);
  expect(s.admitOne()).toBeUndefined();
  while (s.pipeline.inflightRequests < 32) expect(s.admitOne()).toBeUndefined();
  // A backlog, the pipeline busy for seconds, nothing leaving in the last one: unbounded.
  expect(s.admission.expectedWaitSeconds()).toBe(Infinity);
  expect(s.admitOne()).toBeInstanceOf(IngestError);
});

it('measures departures over the last second only', () => {
  let now = 0;
  const rate = new DepartureRate(() => now);
  expect(rate.perSecond()).toBeUndefined();
  for (let i = 0; i < 50; i++) {
    now += 19;
    rate.record();
  }
  now = 999;
  expect(rate.perSecond()).toBe(50);
  // Half a second later, the older half has left the window.
  now += 500;
  expect(rate.perSecond()).toBeGreaterThan(20);
  expect(rate.perSecond()).toBeLessThan(30);
  now += 2000;
  expect(rate.perSecond()).toBe(0);
});
