// Pure analysis of what an investigation gathered → Evidence (model.ts). No I/O: the
// investigator passes in the signature, its stored samples and every backend's ContextPiece.
//
// Rounds stores errors only, never healthy traffic, so "over-represented versus the rest" is
// measured against the rest of the *errors*: the samples of the same service's other signatures
// around the same time (StoreContext.baseline). A value is reported only when that baseline has
// enough samples carrying the same key; without a baseline there is nothing to compare with,
// and saying "100% on host-a" of a one-host service would be a false lead.
import { parseStacktrace } from './fingerprint/stacktrace/detect.js';
import { defaultInApp } from './fingerprint/in-app.js';
import { compareReleases } from './lifecycle.js';
import type { AttributeValue, Evidence, LogLine, MetricSeries, Occurrence, Signature, TraceView } from './model.js';
import type { ContextPiece, StoreContext, TraceErrorSample } from './ports.js';

export interface EvidenceInput {
  signature: Signature;
  /** The signature's stored samples, most recent first. */
  occurrences: Occurrence[];
  /** Each backend's contribution, by backend name. */
  contexts: { backend: string; piece: ContextPiece }[];
  /** What could not be gathered (failed backends…). */
  notes: string[];
  nowMs: number;
}

/** Baseline samples carrying a key that are needed before a concentration on it is reported. */
export const MIN_BASELINE = 3;
/** A value must hold at least this share of the signature's samples… */
const MIN_SHARE = 0.6;
/** …and this much more than its share of the baseline. */
const MIN_LIFT = 0.2;
/** A signature younger than an hour with this many errors in five minutes is a burst. */
export const BURST_MIN_COUNT = 20;
const RECENT_MINUTES = 5;

/** Keys that describe the SDK, the process or the error itself rather than where it happens. */
const IGNORED_KEYS = /^(telemetry\.|process\.|os\.|exception\.|code\.|thread\.|otel\.|error\.|service\.name$|service\.namespace$|service\.instance\.id$|trace|span|http\.response\.status_code$|http\.status_code$|rpc\.grpc\.status_code$)/;

export function buildEvidence(input: EvidenceInput): Evidence {
  const { signature: sig, occurrences, nowMs } = input;
  const store = input.contexts.find((c) => c.piece.store)?.piece.store;
  const traces = input.contexts.flatMap((c) => c.piece.traces);
  const logs = input.contexts.flatMap((c) => c.piece.logs);
  const metrics = input.contexts.flatMap((c) => c.piece.metrics);
  const notes = [...input.notes, ...input.contexts.flatMap((c) => c.piece.notes.map((n) => (n.startsWith(`${c.backend}:`) ? n : `${c.backend}: ${n}`)))];
  const chain = exceptionChain(sig, occurrences);
  if (!store) notes.push('local: no store context (attribute concentration, release history and co-occurring signatures unknown)');

  return {
    signatureId: sig.id,
    service: sig.service,
    type: sig.type,
    message: sig.message,
    count: sig.count,
    firstSeenMs: sig.firstSeenMs,
    lastSeenMs: sig.lastSeenMs,
    trend: store ? trend(sig, store) : { kind: nowMs - sig.firstSeenMs < 3_600_000 ? 'new' : 'steady', detail: `${sig.count} occurrences since ${iso(sig.firstSeenMs)} (no counters)` },
    concentrations: store ? concentrations(occurrences, store.baseline) : [],
    release: releaseCorrelation(sig, occurrences, store?.baseline ?? []),
    trace: traceSummary(sig, occurrences, traces, store?.traceErrors ?? []),
    coOccurring: (store?.coOccurring ?? []).slice().sort((a, b) => b.sharedTraces - a.sharedTraces).slice(0, 5),
    topInAppFrame: sig.culprit ?? chain.topFrame,
    exceptionChain: chain.chain,
    stacktraceSample: chain.stacktrace,
    logs: logs.sort((a: LogLine, b: LogLine) => b.timeMs - a.timeMs).slice(0, 50),
    metrics: metrics.map(summarizeSeries),
    notes,
  };
}

// ---- attribute concentration ----

/** The scalar facts of one sample, keyed by semantic-convention names. */
export function factsOf(o: Occurrence): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, value: AttributeValue | undefined) => {
    if (IGNORED_KEYS.test(key) || value === null || value === undefined || typeof value === 'object') return;
    const text = String(value);
    if (text.length > 0 && text.length <= 200) out.set(key, text);
  };
  for (const [k, v] of Object.entries(o.resource)) add(k, v);
  for (const [k, v] of Object.entries(o.attributes)) add(k, v);
  if (o.host) out.set('host.name', o.host);
  if (o.release) out.set('service.version', o.release);
  if (o.environment) out.set('deployment.environment.name', o.environment);
  return out;
}

export function concentrations(own: Occurrence[], baseline: Occurrence[]): Evidence['concentrations'] {
  if (own.length < 2) return [];
  const ownFacts = own.map(factsOf);
  const baseFacts = baseline.map(factsOf);
  const keys = new Set(ownFacts.flatMap((f) => [...f.keys()]));
  const out: Evidence['concentrations'] = [];
  for (const key of keys) {
    const carrying = ownFacts.filter((f) => f.has(key));
    const baseCarrying = baseFacts.filter((f) => f.has(key));
    if (carrying.length < 2 || baseCarrying.length < MIN_BASELINE) continue;
    const counts = new Map<string, number>();
    for (const f of carrying) counts.set(f.get(key)!, (counts.get(f.get(key)!) ?? 0) + 1);
    const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const share = count / carrying.length;
    const baselineShare = baseCarrying.filter((f) => f.get(key) === value).length / baseCarrying.length;
    if (share >= MIN_SHARE && share - baselineShare >= MIN_LIFT) out.push({ key, value, count, share: round(share), baselineShare: round(baselineShare) });
  }
  return out.sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || b.count - a.count).slice(0, 8);
}

// ---- release correlation ----

export function releaseCorrelation(sig: Signature, own: Occurrence[], baseline: Occurrence[]): Evidence['release'] {
  const sampled = new Map<string, number>();
  for (const o of own) if (o.release) sampled.set(o.release, (sampled.get(o.release) ?? 0) + 1);
  if (sampled.size === 0 && sig.releases.length === 0) return undefined;
  // One release: every occurrence is in it. Several: only the samples say how they split.
  const releases =
    sig.releases.length === 1 ? [{ release: sig.releases[0], count: sig.count }] : [...sampled].map(([release, count]) => ({ release, count }));
  const earliest = [...own].filter((o) => o.release).sort((a, b) => a.timeMs - b.timeMs)[0];
  const firstRelease = sig.releases[0] ?? earliest?.release;
  if (!firstRelease) return { introducedByRelease: false, releases, detail: 'no release recorded' };

  // When the service was first seen running each release, from every sample we hold.
  const firstSeen = new Map<string, number>();
  for (const o of [...baseline, ...own]) {
    if (o.release && o.timeMs < (firstSeen.get(o.release) ?? Infinity)) firstSeen.set(o.release, o.timeMs);
  }
  const order = [...firstSeen].sort((a, b) => a[1] - b[1]).map(([r]) => r);
  const olderClean = [...firstSeen]
    .filter(([r, t]) => r !== firstRelease && t < sig.firstSeenMs && !sig.releases.includes(r) && compareReleases(firstRelease, r, order) > 0)
    .map(([r]) => r);
  const introducedByRelease = olderClean.length > 0;
  const since = firstSeen.get(firstRelease);
  // A regression's release is the fact that matters most: the fix did not hold there.
  const regressed = sig.regression ? `Came back${sig.regression.release ? ` in release ${sig.regression.release}` : ''} after being resolved. ` : '';
  const detail = regressed + (introducedByRelease
    ? `${sig.service} ran ${olderClean.join(', ')} before without this error; it first appeared${since !== undefined ? ` ${duration(sig.firstSeenMs - since)} after ${firstRelease} was first seen` : ` with ${firstRelease}`}.`
    : sig.releases.length > 1
      ? `Seen in ${sig.releases.length} releases (${sig.releases.join(', ')}): not tied to one release.`
      : `No earlier release of ${sig.service} was seen without this error.`);
  return { firstRelease, introducedByRelease, releases, detail };
}

// ---- trend ----

export function trend(sig: Signature, store: Pick<StoreContext, 'minuteCounts' | 'hourCounts' | 'nowMs'>): Evidence['trend'] {
  const minutes = store.minuteCounts;
  const recent = sum(minutes.slice(-RECENT_MINUTES));
  const ageMs = store.nowMs - sig.firstSeenMs;
  if (ageMs < 3_600_000) {
    if (recent >= BURST_MIN_COUNT) return { kind: 'bursting', detail: `${recent} in the last ${RECENT_MINUTES} minutes; first seen ${duration(ageMs)} ago` };
    return { kind: 'new', detail: `first seen ${duration(ageMs)} ago, ${sig.count} so far` };
  }
  const lastHour = sum(minutes);
  const earlierHours = store.hourCounts.slice(0, -1);
  const activeHours = earlierHours.filter((n) => n > 0).length;
  const hourly = earlierHours.length ? sum(earlierHours) / earlierHours.length : 0;
  const previousMinutes = minutes.slice(0, -RECENT_MINUTES);
  const baseRate = Math.max(previousMinutes.length ? sum(previousMinutes) / previousMinutes.length : 0, hourly / 60);
  if (recent >= 10 && recent / RECENT_MINUTES >= 3 * Math.max(baseRate, 0.01)) {
    return { kind: 'bursting', detail: `${recent} in the last ${RECENT_MINUTES} minutes against ${round(baseRate)}/min before` };
  }
  if (activeHours > 0 && lastHour * 3 < hourly) {
    return { kind: 'fading', detail: `${lastHour} in the last hour against ${round(hourly)}/hour over the day before` };
  }
  return { kind: 'steady', detail: `${lastHour} in the last hour, ${round(hourly)}/hour over the day before` };
}

// ---- the trace ----

/** A failing span as far as the analysis needs it; from a backend's trace or Rounds' samples. */
interface FailingSpan {
  spanId?: string;
  parentSpanId?: string;
  service: string;
  name: string;
  statusMessage?: string;
  endMs: number;
}

export function traceSummary(sig: Signature, own: Occurrence[], traces: TraceView[], samples: TraceErrorSample[]): Evidence['trace'] {
  const ownTraceIds = own.map((o) => o.traceId?.toLowerCase()).filter((t): t is string => Boolean(t));
  const pick = ownTraceIds.map((id) => traces.find((t) => t.traceId.toLowerCase() === id)).find(Boolean) ?? traces.find((t) => t.spans.some((s) => s.error && s.service === sig.service));
  if (pick) {
    const ownSpanIds = new Set(own.map((o) => o.spanId).filter(Boolean));
    const spans = pick.spans.map((s) => ({ ...s, endMs: s.startMs + s.durationMs }));
    const failing = spans.filter((s) => s.error);
    const self = failing.find((s) => ownSpanIds.has(s.spanId)) ?? failing.find((s) => s.service === sig.service);
    const byStart = [...spans].sort((a, b) => a.startMs - b.startMs);
    return analyse(pick.traceId, failing, spans, self, [...new Set(byStart.map((s) => s.service))]);
  }
  const traceId = ownTraceIds.find((id) => samples.some((s) => s.traceId.toLowerCase() === id));
  if (!traceId) return undefined;
  const inTrace = samples.filter((s) => s.traceId.toLowerCase() === traceId);
  const failing: FailingSpan[] = inTrace.map((s) => ({ spanId: s.spanId, parentSpanId: s.parentSpanId, service: s.service, name: s.name, statusMessage: s.statusMessage, endMs: s.timeMs }));
  const self = failing[inTrace.findIndex((s) => s.signatureId === sig.id)];
  // Callers end after their callees: latest-ending first reads as caller → callee.
  const services = [...new Set([...failing].sort((a, b) => b.endMs - a.endMs).map((s) => s.service))];
  return analyse(traceId, failing, failing, self, services);
}

/**
 * With parent links the deepest failing span is the one with most ancestors, and errors up and
 * down are the self span's failing ancestors and descendants. Without them (Rounds' own samples
 * keep no span tree) the failing span that ended first is taken as the deepest: in a call chain a
 * callee fails and ends before the caller that surfaces its error.
 */
function analyse(traceId: string, failing: FailingSpan[], all: FailingSpan[], self: FailingSpan | undefined, services: string[]): Evidence['trace'] {
  const byId = new Map(all.filter((s) => s.spanId).map((s) => [s.spanId!, s]));
  const linked = failing.some((s) => s.parentSpanId && byId.has(s.parentSpanId));
  const ancestors = (s: FailingSpan): FailingSpan[] => {
    const out: FailingSpan[] = [];
    for (let p = s.parentSpanId ? byId.get(s.parentSpanId) : undefined; p && out.length < 256; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined) out.push(p);
    return out;
  };
  const deepest = [...failing].sort((a, b) => (linked ? ancestors(b).length - ancestors(a).length : 0) || a.endMs - b.endMs)[0];
  const view = (s: FailingSpan) => ({ service: s.service, name: s.name, ...(s.statusMessage ? { statusMessage: s.statusMessage } : {}) });
  const others = failing.filter((s) => s !== self);
  let upstream: FailingSpan[] = [];
  let downstream: FailingSpan[] = [];
  if (self && linked) {
    const up = new Set(ancestors(self));
    upstream = others.filter((s) => up.has(s));
    downstream = others.filter((s) => ancestors(s).includes(self));
  } else if (self) {
    upstream = others.filter((s) => s.endMs > self.endMs);
    downstream = others.filter((s) => s.endMs <= self.endMs);
  }
  return {
    traceId,
    deepestFailingSpan: deepest && { service: deepest.service, name: deepest.name, spanId: deepest.spanId ?? '', ...(deepest.statusMessage ? { statusMessage: deepest.statusMessage } : {}) },
    upstreamErrors: upstream.map(view),
    downstreamErrors: downstream.map(view),
    services,
  };
}

// ---- the exception ----

export function exceptionChain(sig: Signature, own: Occurrence[]): { chain: Evidence['exceptionChain']; topFrame?: string; stacktrace?: string } {
  const withTrace = own.find((o) => o.exception?.stacktrace);
  const sample = withTrace ?? own.find((o) => o.exception) ?? own[0];
  const stacktrace = withTrace?.exception?.stacktrace;
  if (stacktrace) {
    const parsed = parseStacktrace(stacktrace);
    if (parsed.exceptions.length > 0) {
      const chain = parsed.exceptions.map((e) => ({ type: e.type, message: e.message }));
      const innermost = [...parsed.exceptions].reverse();
      const frame = innermost.flatMap((e) => e.frames).find((f) => defaultInApp(f, parsed.runtime));
      const topFrame = frame ? `${frame.module ? `${frame.module}.` : ''}${frame.function ?? '<anonymous>'}${frame.file ? ` (${frame.file.split(/[\\/]/).slice(-2).join('/')})` : ''}` : undefined;
      return { chain, topFrame, stacktrace: stacktrace.slice(0, 8000) };
    }
  }
  const type = sample?.exception?.type ?? sig.type;
  const message = sample?.exception?.message ?? sample?.statusMessage ?? sample?.body ?? sig.message;
  return { chain: [{ type, message }], stacktrace: stacktrace?.slice(0, 8000) };
}

// ---- metrics ----

export function summarizeSeries(series: MetricSeries): { query: string; summary: string } {
  const values = series.points.map((p) => p[1]).filter(Number.isFinite);
  const labels = Object.entries(series.labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
  const head = `${series.source}${labels ? ` {${labels}}` : ''}`;
  if (values.length === 0) return { query: series.query, summary: `${head}: no data` };
  return {
    query: series.query,
    summary: `${head}: last ${round(values[values.length - 1])}, min ${round(Math.min(...values))}, max ${round(Math.max(...values))} over ${values.length} points`,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 100) / 100;
const iso = (ms: number) => new Date(ms).toISOString();

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} d`;
}
