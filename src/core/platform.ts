// What the platform's own series say about the containers a signature's errors ran in or
// called (docs/diagnosis.md, "Platform signals"): how much of their CPU time the kernel withheld
// under their CPU limit, and whether they restarted — and why their last run ended — while the
// errors happened. A throttled or killed container writes no error of its own that says so: its
// requests only get slow, or vanish with the process, and callers see timeouts and resets.
// Read from the series of the built-in platform queries (adapters/telemetry/platform-queries.ts).
import type { MetricSeries, PlatformFacts } from './model.js';

/**
 * How long after a point its value still describes the errors: the throttling share is a rate over
 * the five minutes before each point, and a restart counter is scraped once a minute or so.
 */
const TRAIL_MS = 5 * 60_000;

type Whose = 'own' | 'peer';

export function platformFacts(series: readonly MetricSeries[], errors: { firstMs: number; lastMs: number }): PlatformFacts | undefined {
  const tagged = series.filter((s) => s.signal !== undefined);
  if (tagged.length === 0) return undefined;
  const throttled = mostThrottled(tagged.filter((s) => s.signal!.kind === 'cpu-throttled-share'), errors);
  const restarted = mostRestarted(tagged, errors);
  if (!throttled && !restarted) return undefined;
  return { ...(throttled ? { throttled } : {}), ...(restarted ? { restarted } : {}) };
}

const during = (t: number, e: { firstMs: number; lastMs: number }) => t >= e.firstMs && t <= e.lastMs + TRAIL_MS;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The container throttled in the largest share of its CPU periods while the errors happened, with its share before them. */
function mostThrottled(series: MetricSeries[], errors: { firstMs: number; lastMs: number }): PlatformFacts['throttled'] {
  let best: PlatformFacts['throttled'];
  for (const s of series) {
    const inside = s.points.filter(([t]) => during(t, errors)).map(([, v]) => v);
    if (inside.length === 0) continue;
    const share = Math.min(1, Math.max(...inside));
    const earlier = s.points.filter(([t]) => t < errors.firstMs).map(([, v]) => v);
    if (best && share <= best.share) continue;
    best = { container: s.labels.container ?? s.labels.pod ?? 'the container', whose: s.signal!.whose, share, ...(earlier.length ? { before: Math.min(1, mean(earlier)) } : {}) };
  }
  return best;
}

/**
 * The container that restarted most while the errors happened (kube-state-metrics' restart counter
 * rising), with the reason its pods' last runs ended (`OOMKilled`, `Error`, …) as kube-state-metrics
 * reports it for the same pod and container.
 */
function mostRestarted(series: MetricSeries[], errors: { firstMs: number; lastMs: number }): PlatformFacts['restarted'] {
  const byContainer = new Map<string, { whose: Whose; restarts: number; pods: Set<string> }>();
  for (const s of series.filter((x) => x.signal!.kind === 'restarts')) {
    const increase = counterIncrease(s.points, errors);
    if (increase <= 0) continue;
    const container = s.labels.container ?? 'the container';
    const entry = byContainer.get(container) ?? { whose: s.signal!.whose, restarts: 0, pods: new Set<string>() };
    entry.restarts += increase;
    if (s.labels.pod) entry.pods.add(s.labels.pod);
    byContainer.set(container, entry);
  }
  const best = [...byContainer].sort((a, b) => b[1].restarts - a[1].restarts)[0];
  if (!best) return undefined;
  const [container, { whose, restarts, pods }] = best;
  const reasons = new Map<string, number>();
  for (const s of series.filter((x) => x.signal!.kind === 'last-terminated-reason' && (x.labels.container ?? 'the container') === container)) {
    if (s.labels.pod && pods.size > 0 && !pods.has(s.labels.pod)) continue;
    // The series holds 1 while `reason` is the last run's reason.
    const latest = s.points.filter(([t]) => t <= errors.lastMs + TRAIL_MS).at(-1);
    if (!latest || latest[1] !== 1 || !s.labels.reason) continue;
    reasons.set(s.labels.reason, (reasons.get(s.labels.reason) ?? 0) + 1);
  }
  const reason = [...reasons].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { container, whose, restarts: Math.round(restarts), ...(reason ? { reason } : {}), pods: [...pods].sort() };
}

/**
 * How much a counter rose while the errors happened: its last value then less its last value before
 * them (or its first value then, when it has none before). A pod replaced is a new series, from 0.
 */
function counterIncrease(points: [number, number][], errors: { firstMs: number; lastMs: number }): number {
  const before = points.filter(([t]) => t < errors.firstMs).at(-1);
  const inside = points.filter(([t]) => during(t, errors));
  if (inside.length === 0) return 0;
  const start = before?.[1] ?? inside[0][1];
  let rise = 0;
  let previous = start;
  for (const [, v] of inside) {
    // A counter that fell was reset (kube-state-metrics restarted): count from its new value.
    rise += v >= previous ? v - previous : v;
    previous = v;
  }
  return rise;
}
