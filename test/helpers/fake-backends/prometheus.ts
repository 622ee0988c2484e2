// A fake Prometheus (backends.md §3): `/api/v1/query_range` answers a matrix with string values
// for the queries it was given, an empty matrix for any other, and the documented error envelope
// `{"status":"error","errorType","error"}` for missing/invalid parameters (400), configured
// failing expressions (400/422/503) and more than 11,000 points per series (400).
import { startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from './fake-server.js';

export interface FakePrometheusSeries {
  metric: Record<string, string>;
  /** [unix seconds, value as a string] */
  values: [number, string][];
}

export interface FakePrometheusOptions {
  /**
   * Query text (after `{service}` substitution) → its series, or a function of the asked window
   * (unix seconds) giving them: series whose points must fall inside a window decided when asked.
   */
  results?: Record<string, FakePrometheusSeries[] | ((window: { start: number; end: number }) => FakePrometheusSeries[])>;
  /** Query text → the error it gets. */
  errors?: Record<string, { status: 400 | 422 | 503; errorType: string; error: string }>;
  /** Returned with every successful answer. */
  warnings?: string[];
}

const promError = (status: number, errorType: string, error: string): FakeResponse => ({ status, json: { status: 'error', errorType, error } });

export function startFakePrometheus(options: FakePrometheusOptions = {}): Promise<FakeServer> {
  return startFakeServer((req) => {
    if (req.path === '/api/v1/query_range') return queryRange(req, options);
    if (req.path === '/-/ready') return { status: 200, text: 'Prometheus Server is Ready.' };
    return { status: 404, text: '404 page not found' };
  });
}

function queryRange(req: RecordedRequest, options: FakePrometheusOptions): FakeResponse {
  const q = req.method === 'POST' ? Object.fromEntries(new URLSearchParams(req.rawBody)) : req.query;
  for (const name of ['query', 'start', 'end', 'step']) {
    if (!q[name]) return promError(400, 'bad_data', `invalid parameter "${name}": cannot parse "" to a valid ${name === 'query' ? 'expression' : 'timestamp'}`);
  }
  const start = Number(q.start);
  const end = Number(q.end);
  const step = Number(q.step);
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(step > 0)) return promError(400, 'bad_data', 'invalid parameter "start", "end" or "step"');
  if (end < start) return promError(400, 'bad_data', 'end timestamp must not be before start time');
  if ((end - start) / step > 11000) {
    return promError(400, 'bad_data', 'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)');
  }
  const failure = options.errors?.[q.query];
  if (failure) return promError(failure.status, failure.errorType, failure.error);
  const given = options.results?.[q.query] ?? [];
  const result = (typeof given === 'function' ? given({ start, end }) : given).map((s) => ({ metric: s.metric, values: s.values.filter(([t]) => t >= start && t <= end) }));
  return {
    status: 200,
    json: { status: 'success', data: { resultType: 'matrix', result }, ...(options.warnings ? { warnings: options.warnings } : {}) },
  };
}
