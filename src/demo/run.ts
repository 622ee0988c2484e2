// Playing the scenarios into a running Rounds and waiting for its investigator: shared by
// `rounds demo` and the end-to-end test of the scenarios.
import type { IdGenerator } from '@opentelemetry/sdk-trace';
import type { Signature } from '../core/model.js';
import type { InvestigationQueue, SignatureQueries } from '../core/ports.js';
import type { Scenario } from './scenarios.js';
import { DemoTelemetry, type Target } from './telemetry.js';

/** Simulated time between two exports: ten minutes of traffic arrive in about ten exports. */
const SLICE_MS = 60_000;

/**
 * Records every scenario's telemetry and exports it; resolves once Rounds acknowledged all of it.
 * `ids`: the spans' ids, random unless a test needs one playback to equal the next (DemoTelemetry).
 */
export async function playScenarios(target: Target, scenarios: readonly Scenario[], nowMs = Date.now(), ids?: IdGenerator): Promise<void> {
  const telemetry = new DemoTelemetry(target, ids);
  try {
    for (const scenario of scenarios) scenario.play(telemetry, nowMs);
    await telemetry.play(SLICE_MS);
  } finally {
    await telemetry.shutdown();
  }
}

export type Progress = (diagnosed: number, total: number) => void;

/**
 * Waits until the investigation queue is empty and no signature is new or being investigated, or
 * until `stallMs` pass without one more signature done (stuck, not slow: a loaded machine that
 * investigates slowly still gets to the end); returns every signature, most frequent first.
 */
export async function waitForInvestigations(store: Pick<SignatureQueries, 'listSignatures' | 'refresh'> & Pick<InvestigationQueue, 'queueSize'>, stallMs: number, progress?: Progress): Promise<Signature[]> {
  let deadline = Date.now() + stallMs;
  let last = -1;
  for (;;) {
    store.refresh();
    // A demo stores a few dozen signatures: one page holds them all.
    const signatures = (await store.listSignatures({ sort: 'count', limit: Number.MAX_SAFE_INTEGER })).items;
    const open = signatures.filter((s) => s.status === 'new' || s.status === 'investigating');
    const pending = await store.queueSize();
    const done = signatures.length - open.length;
    if (done !== last) {
      progress?.(done, signatures.length);
      deadline = Date.now() + stallMs;
    }
    last = done;
    if ((signatures.length > 0 && open.length === 0 && pending === 0) || Date.now() >= deadline) return signatures;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function scenarioSignature(scenario: Scenario, signatures: Signature[]): Signature | undefined {
  return signatures.find((s) => !s.mergedInto && scenario.matches(s));
}

export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text.trim());
  return m ? m[0] : text.trim();
}
