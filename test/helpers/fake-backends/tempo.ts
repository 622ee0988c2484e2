// A fake Grafana Tempo (backends.md §2): `/api/traces/{id}` answers the v1 body as stored
// (`batches`, base64 ids), 404 otherwise; `/api/search` evaluates the TraceQL subset Rounds
// sends (`{ cond && cond }` with `resource.service.name`, `name`, `status`) against the stored
// spans and answers in the documented search shape with hex ids; times in unix seconds.
import { readQuoted, startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from './fake-server.js';

interface KeyValue {
  key: string;
  value: { stringValue?: string; intValue?: string; boolValue?: boolean; doubleValue?: number };
}
interface Span {
  traceId: string;
  spanId: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  status?: { code?: string | number; message?: string };
  [more: string]: unknown;
}
export interface FakeTempoTrace {
  batches: { resource: { attributes: KeyValue[] }; scopeSpans: { spans: Span[]; [more: string]: unknown }[] }[];
}

export interface FakeTempoOptions {
  traces?: FakeTempoTrace[];
}

const b64ToHex = (id: string) => Buffer.from(id, 'base64').toString('hex');

export function startFakeTempo(options: FakeTempoOptions = {}): Promise<FakeServer> {
  const traces = options.traces ?? [];
  const idOf = (t: FakeTempoTrace) => b64ToHex(t.batches[0].scopeSpans[0].spans[0].traceId);
  return startFakeServer((req) => {
    if (req.method !== 'GET') return { status: 405, text: 'method not allowed' };
    const m = /^\/api\/traces\/([^/]+)$/.exec(req.path);
    if (m) {
      if (!/^[0-9a-fA-F]{1,32}$/.test(m[1])) return { status: 400, text: `invalid trace id: ${m[1]}` };
      const wanted = m[1].toLowerCase().padStart(32, '0');
      const trace = traces.find((t) => idOf(t) === wanted);
      return trace ? { status: 200, json: trace } : { status: 404, text: 'trace not found' };
    }
    if (req.path === '/api/search') return search(req, traces, idOf);
    if (req.path === '/ready') return { status: 200, text: 'ready' };
    return { status: 404, text: '404 page not found' };
  });
}

type Condition = (service: string, span: Span) => boolean;

/** Parses `{ a="x" && status=error }`; undefined for anything outside the subset. */
function parseTraceQL(q: string): Condition[] | undefined {
  const body = /^\s*\{(.*)\}\s*$/s.exec(q)?.[1];
  if (body === undefined) return undefined;
  if (body.trim() === '') return [];
  const conditions: Condition[] = [];
  let rest = body.trim();
  while (rest) {
    const m = /^([\w.]+)\s*(=|!=)\s*/.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    let value: string;
    const quoted = readQuoted(rest, 0);
    if (quoted) {
      value = quoted.value;
      rest = rest.slice(quoted.end);
    } else {
      const word = /^[\w.]+/.exec(rest);
      if (!word) return undefined;
      value = word[0];
      rest = rest.slice(word[0].length);
    }
    const [field, op] = [m[1], m[2]];
    let test: Condition;
    if (field === 'resource.service.name') test = (service) => service === value;
    else if (field === 'name') test = (_s, span) => span.name === value;
    else if (field === 'status') test = (_s, span) => statusOf(span) === value;
    else return undefined;
    conditions.push(op === '=' ? test : (s, span) => !test(s, span));
    rest = rest.trim();
    if (rest.startsWith('&&')) rest = rest.slice(2).trim();
    else if (rest) return undefined;
  }
  return conditions;
}

function statusOf(span: Span): string {
  const code = span.status?.code;
  if (code === 'STATUS_CODE_ERROR' || code === 2) return 'error';
  if (code === 'STATUS_CODE_OK' || code === 1) return 'ok';
  return 'unset';
}

function search(req: RecordedRequest, traces: FakeTempoTrace[], idOf: (t: FakeTempoTrace) => string): FakeResponse {
  const conditions = parseTraceQL(req.query.q ?? '{}');
  if (!conditions) return { status: 400, text: `invalid TraceQL query: parse error at line 1: ${req.query.q}` };
  const start = req.query.start ? Number(req.query.start) * 1e9 : 0;
  const end = req.query.end ? Number(req.query.end) * 1e9 : Number.POSITIVE_INFINITY;
  const limit = Number(req.query.limit ?? 20);
  const results = [];
  for (const trace of traces) {
    const matched: Span[] = [];
    let root: { service: string; span: Span } | undefined;
    for (const batch of trace.batches) {
      const service = batch.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
      for (const scope of batch.scopeSpans) {
        for (const span of scope.spans) {
          if (!root || BigInt(span.startTimeUnixNano) < BigInt(root.span.startTimeUnixNano)) root = { service, span };
          if (conditions.every((c) => c(service, span))) matched.push(span);
        }
      }
    }
    if (!root || matched.length === 0) continue;
    const t0 = Number(BigInt(root.span.startTimeUnixNano));
    if (t0 < start || t0 > end) continue;
    results.push({
      traceID: idOf(trace),
      rootServiceName: root.service,
      rootTraceName: root.span.name,
      startTimeUnixNano: root.span.startTimeUnixNano,
      durationMs: Math.round(Number(BigInt(root.span.endTimeUnixNano) - BigInt(root.span.startTimeUnixNano)) / 1e6),
      spanSets: [
        {
          spans: matched.slice(0, 3).map((s) => ({
            spanID: b64ToHex(s.spanId),
            startTimeUnixNano: s.startTimeUnixNano,
            durationNanos: String(BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano)),
          })),
          matched: matched.length,
        },
      ],
    });
  }
  return { status: 200, json: { traces: results.slice(0, limit), metrics: { inspectedBytes: '0', totalBlocks: 1 } } };
}
