// A fake Jaeger query service speaking both APIs of backends.md §1: the legacy `/api/*` envelope
// (404 "trace not found", search requiring `service`, `tags` JSON map, µs times) and api_v3
// (`{"result":{"resourceSpans":…}}` with hex ids and int64 strings, RFC3339 bounds required,
// 404 "No traces found" for an empty search).
import type { JaegerTraceFixture } from './fixtures.js';
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from './fake-server.js';

type Span = JaegerTraceFixture['spans'][number] & { references?: { refType: string; traceID: string; spanID: string }[] };
type KeyValue = { key: string; type: string; value: unknown };
export interface FakeJaegerTrace {
  traceID: string;
  spans: Span[];
  processes: Record<string, { serviceName: string; tags?: KeyValue[] }>;
}

export interface FakeJaegerOptions {
  traces?: FakeJaegerTrace[];
}

const envelope = (data: unknown, errors: { code: number; msg: string }[] | null = null) => ({ data, total: 0, limit: 0, offset: 0, errors });
const jaegerError = (code: number, msg: string): FakeResponse => ({ status: code, json: envelope(null, [{ code, msg }]) });

export function startFakeJaeger(options: FakeJaegerOptions = {}): Promise<FakeServer> {
  const traces = options.traces ?? [];
  const byId = (id: string) => traces.find((t) => t.traceID.toLowerCase() === id.toLowerCase().replace(/^0+/, '').padStart(t.traceID.length, '0'));
  return startFakeServer((req) => {
    if (req.method !== 'GET') return { status: 405, text: 'method not allowed' };
    const byIdMatch = /^\/api\/traces\/([^/]+)$/.exec(req.path);
    if (byIdMatch) {
      if (!/^[0-9a-fA-F]{1,32}$/.test(byIdMatch[1])) return jaegerError(400, `cannot parse traceID param: ${byIdMatch[1]}`);
      const trace = byId(byIdMatch[1]);
      return trace ? { status: 200, json: envelope([trace]) } : jaegerError(404, 'trace not found');
    }
    if (req.path === '/api/traces') return search(req, traces);
    if (req.path === '/api/services') {
      const services = [...new Set(traces.flatMap((t) => Object.values(t.processes).map((p) => p.serviceName)))];
      return { status: 200, json: { data: services, total: services.length, limit: 0, offset: 0, errors: null } };
    }
    const v3Match = /^\/api\/v3\/traces\/([^/]+)$/.exec(req.path);
    if (v3Match) {
      const trace = byId(v3Match[1]);
      return trace
        ? { status: 200, json: { result: { resourceSpans: toOtlp(trace) } } }
        : { status: 404, json: { error: { grpcCode: 5, httpCode: 404, message: 'trace not found', httpStatus: 'Not Found' } } };
    }
    if (req.path === '/api/v3/traces') return searchV3(req, traces);
    return { status: 404, text: '404 page not found' };
  });
}

function serviceOf(trace: FakeJaegerTrace, span: Span): string {
  return trace.processes[span.processID]?.serviceName ?? '';
}

function search(req: RecordedRequest, traces: FakeJaegerTrace[]): FakeResponse {
  const q = req.query;
  if (!q.service && !req.params.getAll('traceID').length) return jaegerError(400, "parameter 'service' is required");
  let tags: Record<string, string> = {};
  if (q.tags) {
    try {
      tags = JSON.parse(q.tags) as Record<string, string>;
    } catch {
      return jaegerError(400, `malformed 'tags' parameter: ${q.tags}`);
    }
  }
  // Without `start` Jaeger searches the last 48 h (defaultTraceQueryLookbackDuration).
  const end = q.end ? Number(q.end) : Date.now() * 1000;
  const start = q.start ? Number(q.start) : end - 48 * 3600e6;
  const limit = q.limit ? Number(q.limit) : 100;
  const found = traces.filter((t) =>
    t.spans.some(
      (s) =>
        serviceOf(t, s) === q.service &&
        s.startTime >= start &&
        s.startTime <= end &&
        Object.entries(tags).every(([k, v]) => t.spans.some((x) => (x.tags as KeyValue[] | undefined)?.some((kv) => kv.key === k && String(kv.value) === v))),
    ),
  );
  return { status: 200, json: envelope(found.slice(0, limit)) };
}

function searchV3(req: RecordedRequest, traces: FakeJaegerTrace[]): FakeResponse {
  const q = req.query;
  if (!q['query.start_time_min'] || !q['query.start_time_max']) {
    return { status: 400, json: { error: { httpCode: 400, message: 'query.start_time_min and query.start_time_max are required' } } };
  }
  const min = Date.parse(q['query.start_time_min']) * 1000;
  const max = Date.parse(q['query.start_time_max']) * 1000;
  const found = traces
    .filter((t) => t.spans.some((s) => (!q['query.service_name'] || serviceOf(t, s) === q['query.service_name']) && s.startTime >= min && s.startTime <= max))
    .slice(0, Number(q['query.num_traces'] ?? 20));
  if (found.length === 0) return { status: 404, json: { error: { grpcCode: 5, httpCode: 404, message: 'No traces found', httpStatus: 'Not Found' } } };
  return { status: 200, json: { result: { resourceSpans: found.flatMap(toOtlp) } } };
}

/** The trace as ptrace.JSONMarshaler writes it: hex ids, int64 as strings, enums as ints. */
function toOtlp(trace: FakeJaegerTrace): unknown[] {
  const anyValue = (kv: KeyValue) =>
    kv.type === 'bool' ? { boolValue: kv.value } : kv.type === 'int64' ? { intValue: String(kv.value) } : kv.type === 'float64' ? { doubleValue: kv.value } : { stringValue: String(kv.value) };
  const attrs = (list: KeyValue[] | undefined) => (list ?? []).map((kv) => ({ key: kv.key, value: anyValue(kv) }));
  return Object.entries(trace.processes).map(([pid, process]) => ({
    resource: { attributes: [{ key: 'service.name', value: { stringValue: process.serviceName } }, ...attrs(process.tags)] },
    scopeSpans: [
      {
        scope: {},
        spans: trace.spans
          .filter((s) => s.processID === pid)
          .map((s) => {
            const tags = (s.tags ?? []) as KeyValue[];
            const failed = tags.some((t) => t.key === 'error' && String(t.value) === 'true');
            const parent = s.references?.find((r) => r.refType === 'CHILD_OF')?.spanID;
            return {
              traceId: s.traceID,
              spanId: s.spanID,
              ...(parent ? { parentSpanId: parent } : {}),
              name: s.operationName,
              kind: 2,
              startTimeUnixNano: String(BigInt(s.startTime) * 1000n),
              endTimeUnixNano: String(BigInt(s.startTime + s.duration) * 1000n),
              attributes: attrs(tags.filter((t) => t.key !== 'error' && !t.key.startsWith('otel.'))),
              events: (s.logs ?? []).map((log) => ({
                timeUnixNano: String(BigInt(log.timestamp) * 1000n),
                name: String(log.fields.find((f) => f.key === 'event')?.value ?? 'log'),
                attributes: attrs(log.fields.filter((f) => f.key !== 'event')),
              })),
              status: failed ? { code: 2 } : {},
            };
          }),
      },
    ],
  }));
}
