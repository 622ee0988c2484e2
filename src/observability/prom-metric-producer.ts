// Rounds' own metrics for the OTel metrics SDK, read from the prom-client registry that /metrics
// serves (observability/metrics.ts) rather than counted a second time. The SDK's MetricReader
// asks each MetricProducer for its data at every export (OTel metrics SDK spec,
// "MetricProducer"): a prom-client counter becomes a cumulative monotonic Sum, a gauge a Gauge,
// a histogram a cumulative explicit-bucket Histogram. Names stay those of /metrics, so a series
// is found under one name in Prometheus and in an OTLP backend (README, "Rounds' own telemetry").
import { ValueType, type Attributes, type HrTime } from '@opentelemetry/api';
import { AggregationTemporality, DataPointType, type CollectionResult, type MetricData, type MetricProducer } from '@opentelemetry/sdk-metrics';
import type { Resource } from '@opentelemetry/resources';
import type { Registry } from './metrics.js';

type PromValue = { value: number; labels: Record<string, string | number | undefined>; metricName?: string };

/** Only Rounds' own series: the process and runtime metrics have OTel instrumentations of their own. */
const OWN = /^rounds_/;

function hrTime(ms: number): HrTime {
  return [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
}

function attributes(labels: PromValue['labels'], without?: string): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(labels)) if (k !== without && v !== undefined) out[k] = typeof v === 'number' ? String(v) : v;
  return out;
}

const key = (a: Attributes) => JSON.stringify(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1)));

export class PromMetricProducer implements MetricProducer {
  /** Cumulative series start when the registry began counting: this producer's creation. */
  private readonly startMs = Date.now();

  constructor(
    private readonly registry: Registry,
    private readonly resource: Resource,
    private readonly scope: { name: string; version?: string },
  ) {}

  async collect(): Promise<CollectionResult> {
    const start = hrTime(this.startMs);
    const end = hrTime(Date.now());
    const metrics: MetricData[] = [];
    for (const m of await this.registry.getMetricsAsJSON()) {
      if (!OWN.test(m.name)) continue;
      const values = m.values as PromValue[];
      const descriptor = { name: m.name, description: m.help, unit: m.name.endsWith('_seconds') ? 's' : '', valueType: ValueType.DOUBLE };
      const type = String(m.type);
      if (type === 'counter') {
        metrics.push({ descriptor, aggregationTemporality: AggregationTemporality.CUMULATIVE, dataPointType: DataPointType.SUM, isMonotonic: true, dataPoints: values.map((v) => ({ startTime: start, endTime: end, attributes: attributes(v.labels), value: v.value })) });
      } else if (type === 'gauge') {
        metrics.push({ descriptor, aggregationTemporality: AggregationTemporality.CUMULATIVE, dataPointType: DataPointType.GAUGE, dataPoints: values.map((v) => ({ startTime: end, endTime: end, attributes: attributes(v.labels), value: v.value })) });
      } else if (type === 'histogram') {
        metrics.push({ descriptor, aggregationTemporality: AggregationTemporality.CUMULATIVE, dataPointType: DataPointType.HISTOGRAM, dataPoints: histogramPoints(m.name, values, start, end) });
      }
      // Summaries: Rounds has none; OTLP's Summary is legacy and the SDK cannot carry one.
    }
    return { resourceMetrics: { resource: this.resource, scopeMetrics: [{ scope: this.scope, metrics }] }, errors: [] };
  }
}

/**
 * prom-client gives a histogram as cumulative `_bucket{le}` counts plus `_sum` and `_count` per
 * label set; OTLP wants per-bucket counts between finite boundaries, the last bucket above the
 * highest one (OTLP metrics data model, "Histogram").
 */
function histogramPoints(name: string, values: PromValue[], startTime: HrTime, endTime: HrTime) {
  const series = new Map<string, { attributes: Attributes; buckets: [number, number][]; sum: number; count: number }>();
  for (const v of values) {
    const attrs = attributes(v.labels, 'le');
    const k = key(attrs);
    let s = series.get(k);
    if (!s) series.set(k, (s = { attributes: attrs, buckets: [], sum: 0, count: 0 }));
    if (v.metricName === `${name}_bucket`) s.buckets.push([v.labels.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(v.labels.le), v.value]);
    else if (v.metricName === `${name}_sum`) s.sum = v.value;
    else if (v.metricName === `${name}_count`) s.count = v.value;
  }
  return [...series.values()].map((s) => {
    const sorted = s.buckets.sort(([a], [b]) => a - b);
    const boundaries = sorted.filter(([le]) => Number.isFinite(le)).map(([le]) => le);
    const cumulative = sorted.map(([, c]) => c);
    if (!sorted.length || Number.isFinite(sorted[sorted.length - 1][0])) cumulative.push(s.count);
    const counts = cumulative.map((c, i) => c - (i === 0 ? 0 : cumulative[i - 1]));
    return { startTime, endTime, attributes: s.attributes, value: { buckets: { boundaries, counts }, sum: s.sum, count: s.count } };
  });
}
