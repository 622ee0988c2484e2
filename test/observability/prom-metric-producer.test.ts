// The bridge from the prom-client registry /metrics serves to the OTel metrics SDK
// (src/observability/prom-metric-producer.ts): the same counts, in OTLP's shapes.
import { resourceFromAttributes } from '@opentelemetry/resources';
import { DataPointType, type HistogramMetricData, type SumMetricData, type GaugeMetricData } from '@opentelemetry/sdk-metrics';
import { describe, expect, it } from 'vitest';
import { Counter, Gauge, Histogram, serverRegistry } from '../../src/observability/metrics.js';
import { PromMetricProducer } from '../../src/observability/prom-metric-producer.js';

describe('PromMetricProducer', () => {
  it('gives counters as monotonic sums, gauges as gauges, histograms as per-bucket counts; only rounds_* series', async () => {
    const registry = serverRegistry({ version: '9.9.9' });
    const requests = new Counter(registry, 'rounds_requests_total', 'requests', ['transport', 'outcome']);
    requests.inc({ transport: 'grpc', outcome: 'ok' }, 3);
    requests.inc({ transport: 'http', outcome: 'refused' });
    new Gauge(registry, 'rounds_queue', 'queue', ['state']).track(() => 7, { state: 'waiting' });
    const commits = new Histogram(registry, 'rounds_commit_duration_seconds', 'commits', [0.01, 0.1, 1]);
    for (const v of [0.005, 0.05, 0.05, 0.5, 5]) commits.observe(v);

    const producer = new PromMetricProducer(registry, resourceFromAttributes({ 'service.name': 'rounds' }), { name: 'rounds' });
    const { resourceMetrics, errors } = await producer.collect();
    expect(errors).toEqual([]);
    const metrics = resourceMetrics.scopeMetrics[0].metrics;
    expect(metrics.map((m) => m.descriptor.name).sort()).toEqual(['rounds_build_info', 'rounds_commit_duration_seconds', 'rounds_queue', 'rounds_requests_total']);

    const sum = metrics.find((m) => m.descriptor.name === 'rounds_requests_total') as SumMetricData;
    expect(sum).toMatchObject({ dataPointType: DataPointType.SUM, isMonotonic: true });
    expect(sum.dataPoints.map((p) => [p.attributes, p.value])).toEqual([
      [{ transport: 'grpc', outcome: 'ok' }, 3],
      [{ transport: 'http', outcome: 'refused' }, 1],
    ]);

    const gauge = metrics.find((m) => m.descriptor.name === 'rounds_queue') as GaugeMetricData;
    expect(gauge.dataPointType).toBe(DataPointType.GAUGE);
    expect(gauge.dataPoints.map((p) => [p.attributes, p.value])).toEqual([[{ state: 'waiting' }, 7]]);

    const histogram = metrics.find((m) => m.descriptor.name === 'rounds_commit_duration_seconds') as HistogramMetricData;
    expect(histogram).toMatchObject({ dataPointType: DataPointType.HISTOGRAM, descriptor: { unit: 's' } });
    expect(histogram.dataPoints).toHaveLength(1);
    // ≤0.01: 1, (0.01, 0.1]: 2, (0.1, 1]: 1, above 1: 1.
    expect(histogram.dataPoints[0].value).toMatchObject({ buckets: { boundaries: [0.01, 0.1, 1], counts: [1, 2, 1, 1] }, count: 5 });
    expect(histogram.dataPoints[0].value.sum).toBeCloseTo(5.605);
  });
});
