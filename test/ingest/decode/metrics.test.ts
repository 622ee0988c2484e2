// Metrics are acknowledged, not stored: the checks only need to accept what SDKs send, count
// it, and refuse malformed bodies.
import { resourceFromAttributes } from '@opentelemetry/resources';
import { JsonMetricsSerializer, ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { describe, expect, it } from 'vitest';
import { DecodeError, checkMetricsJson, checkMetricsProto } from '../../../src/ingest/decode/index.js';
import { TYPES, otlpType } from '../../../src/ingest/proto/schema.js';
import { msg, str, tag, varintBytes } from './proto-writer.js';

// An SDK ResourceMetrics as a MetricReader collects it (enum values from @opentelemetry/sdk-metrics:
// DataPointType GAUGE=2, SUM=3, HISTOGRAM=0; AggregationTemporality CUMULATIVE=1).
const hr = (ms: number): [number, number] => [Math.floor(ms / 1000), (ms % 1000) * 1e6];
const point = (value: unknown) => ({ startTime: hr(1000), endTime: hr(2000), attributes: { route: '/x' }, value });
const resourceMetrics = {
  resource: resourceFromAttributes({ 'service.name': 'm' }),
  scopeMetrics: [
    {
      scope: { name: 'meter-a', version: '1' },
      metrics: [
        { descriptor: { name: 'requests', description: 'count', unit: '1', valueType: 1 }, dataPointType: 3, isMonotonic: true, aggregationTemporality: 1, dataPoints: [point(5), point(7)] },
        { descriptor: { name: 'temp', description: '', unit: 'C', valueType: 1 }, dataPointType: 2, aggregationTemporality: 1, dataPoints: [point(21.5)] },
      ],
    },
    {
      scope: { name: 'meter-b' },
      metrics: [
        {
          descriptor: { name: 'latency', description: '', unit: 'ms', valueType: 1 },
          dataPointType: 0,
          aggregationTemporality: 1,
          dataPoints: [point({ count: 3, sum: 30, min: 5, max: 15, buckets: { boundaries: [10, 100], counts: [1, 2, 0] } })],
        },
      ],
    },
  ],
};

describe('metrics checks', () => {
  it('accept and count a real SDK export in protobuf and JSON', () => {
    const proto = ProtobufMetricsSerializer.serializeRequest(resourceMetrics as never)!;
    const json = JsonMetricsSerializer.serializeRequest(resourceMetrics as never)!;
    expect(checkMetricsProto(proto)).toEqual({ resourceMetrics: 1, metrics: 3 });
    expect(checkMetricsJson(json)).toEqual({ resourceMetrics: 1, metrics: 3 });
    // The count matches a full decode.
    const full = otlpType(TYPES.metricsRequest).decode(proto) as unknown as { resourceMetrics: { scopeMetrics: { metrics: unknown[] }[] }[] };
    expect(full.resourceMetrics[0].scopeMetrics.flatMap((s) => s.metrics)).toHaveLength(3);
  });

  it('accept an empty request', () => {
    expect(checkMetricsProto(new Uint8Array(0))).toEqual({ resourceMetrics: 0, metrics: 0 });
    expect(checkMetricsJson('{}')).toEqual({ resourceMetrics: 0, metrics: 0 });
  });

  it('refuse malformed bodies', () => {
    const proto = ProtobufMetricsSerializer.serializeRequest(resourceMetrics as never)!;
    let refused = 0;
    for (let k = 1; k < proto.length; k++) {
      try {
        checkMetricsProto(proto.subarray(0, k));
      } catch (err) {
        expect(err).toBeInstanceOf(DecodeError);
        refused++;
      }
    }
    expect(refused).toBe(proto.length - 1); // one ResourceMetrics: every cut is inside it
    const metricOverrun = msg(1, [msg(2, [msg(2, [str(1, 'x'), tag(5, 2), varintBytes(50)])])]);
    expect(() => checkMetricsProto(metricOverrun)).toThrow(/truncated length-delimited field 5/);
    expect(() => checkMetricsJson('{"resourceMetrics": 3}')).toThrow(/resourceMetrics: expected an array/);
    expect(() => checkMetricsJson('nope')).toThrow(DecodeError);
  });
});
