// A fake SigNoz API server (backends.md §4): `POST /api/v5/query_range` with raw builder queries
// over stored span and log rows. It checks the `SIGNOZ-API-KEY` header (missing → 401, wrong →
// 403, in the new error envelope), validates the body (ms times, requestType, signal, limit),
// evaluates the filter-expression subset `key = 'v' AND key = true …`, orders by timestamp and
// answers at data.data.results[0].rows. `POST /api/v1/listErrors` answers the raw array of
// exception groups, requiring `limit` and a documented `orderParam`, times as ns strings.
import { readQuoted, startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from './fake-server.js';

export interface FakeSignozRow {
  /** RFC3339 */
  timestamp: string;
  data: Record<string, unknown>;
}

export interface FakeSignozOptions {
  /** When set, requests must carry it in `SIGNOZ-API-KEY`. */
  apiKey?: string;
  spans?: FakeSignozRow[];
  logs?: FakeSignozRow[];
  /** Sent in data.warning.warnings of every successful answer. */
  warnings?: string[];
  /** Exception groups served by listErrors. */
  errorGroups?: FakeSignozErrorGroup[];
}

export interface FakeSignozErrorGroup {
  exceptionType: string;
  exceptionMessage: string;
  exceptionCount: number;
  /** RFC3339 */
  firstSeen: string;
  lastSeen: string;
  serviceName: string;
  groupID: string;
}

const ORDER_PARAMS = ['exceptionType', 'exceptionCount', 'firstSeen', 'lastSeen', 'serviceName'] as const;

const signozError = (status: number, type: string, message: string): FakeResponse => ({
  status,
  json: { status: 'error', error: { type, code: type, message, errors: [], suggestions: [] } },
});

export function startFakeSignoz(options: FakeSignozOptions = {}): Promise<FakeServer> {
  return startFakeServer((req) => {
    if (options.apiKey !== undefined) {
      const key = req.headers['signoz-api-key'];
      if (!key) return signozError(401, 'unauthenticated', 'missing authorization: no SigNoz-Api-Key header or bearer token');
      if (key !== options.apiKey) return signozError(403, 'forbidden', 'invalid API key');
    }
    if (req.path === '/api/v5/query_range') {
      if (req.method !== 'POST') return { status: 405, text: 'method not allowed' };
      return queryRange(req, options);
    }
    if (req.path === '/api/v1/listErrors' && req.method === 'POST') return listErrors(req, options.errorGroups ?? []);
    return { status: 404, text: '404 page not found' };
  });
}

function listErrors(req: RecordedRequest, groups: FakeSignozErrorGroup[]): FakeResponse {
  const b = req.body as { start?: string; end?: string; limit?: number; offset?: number; orderParam?: string; order?: string; serviceName?: string } | undefined;
  if (!b || typeof b.limit !== 'number' || b.limit <= 0) return signozError(400, 'invalid_input', 'limit is required and must be positive');
  if (!b.start || !b.end || !/^\d+$/.test(b.start) || !/^\d+$/.test(b.end)) return signozError(400, 'invalid_input', 'start and end must be ns epoch strings');
  if (b.orderParam && !(ORDER_PARAMS as readonly string[]).includes(b.orderParam)) return signozError(400, 'invalid_input', `invalid orderParam ${b.orderParam}`);
  const [start, end] = [BigInt(b.start), BigInt(b.end)];
  const key = (b.orderParam ?? 'lastSeen') as (typeof ORDER_PARAMS)[number];
  const sign = b.order === 'ascending' ? 1 : -1;
  const found = groups
    .filter((g) => !b.serviceName || g.serviceName === b.serviceName)
    .filter((g) => {
      const last = BigInt(Date.parse(g.lastSeen)) * 1_000_000n;
      return last >= start && last <= end;
    })
    .sort((x, y) => (x[key] < y[key] ? -1 : x[key] > y[key] ? 1 : 0) * sign)
    .slice(b.offset ?? 0, (b.offset ?? 0) + b.limit);
  return { status: 200, json: found };
}

/** A row's value for a filter key: top-level data, then resources/attributes maps (logs). */
function field(row: FakeSignozRow, key: string): unknown {
  const d = row.data;
  if (key in d) return d[key];
  for (const map of ['resources_string', 'attributes_string', 'attributes_number', 'attributes_bool']) {
    const m = d[map] as Record<string, unknown> | undefined;
    if (m && key in m) return m[key];
  }
  return undefined;
}

function parseFilter(expression: string): ((row: FakeSignozRow) => boolean)[] | string {
  const tests: ((row: FakeSignozRow) => boolean)[] = [];
  const clauses = expression.trim() === '' ? [] : expression.split(/\s+AND\s+/i);
  for (const clause of clauses) {
    const m = /^\s*([\w.]+)\s*(=|!=)\s*/.exec(clause);
    if (!m) return `invalid filter expression: ${clause}`;
    const raw = clause.slice(m[0].length).trim();
    const quoted = readQuoted(raw, 0);
    let expected: unknown;
    if (quoted && quoted.end === raw.length) expected = quoted.value;
    else if (raw === 'true' || raw === 'false') expected = raw === 'true';
    else if (/^-?\d+(\.\d+)?$/.test(raw)) expected = Number(raw);
    else return `invalid filter expression: unexpected value ${raw}`;
    const [key, op] = [m[1], m[2]];
    // SigNoz compares loosely across types ('true' matches a bool column).
    const eq = (row: FakeSignozRow) => String(field(row, key)) === String(expected);
    tests.push(op === '=' ? eq : (row) => !eq(row));
  }
  return tests;
}

function queryRange(req: RecordedRequest, options: FakeSignozOptions): FakeResponse {
  const body = req.body as
    | {
        schemaVersion?: string;
        start?: number;
        end?: number;
        requestType?: string;
        compositeQuery?: { queries?: { type?: string; spec?: { name?: string; signal?: string; filter?: { expression?: string }; order?: { direction?: string }[]; limit?: number } }[] };
      }
    | undefined;
  if (!body) return signozError(400, 'invalid_input', 'request body is not valid JSON');
  if (typeof body.start !== 'number' || typeof body.end !== 'number' || body.start > body.end) {
    return signozError(400, 'invalid_input', 'start and end are required epoch milliseconds, start <= end');
  }
  if (body.requestType !== 'raw') return signozError(400, 'invalid_input', `unsupported requestType ${body.requestType} (fake serves raw)`);
  const query = body.compositeQuery?.queries?.[0];
  const spec = query?.spec;
  if (query?.type !== 'builder_query' || !spec) return signozError(400, 'invalid_input', 'compositeQuery.queries[0] must be a builder_query');
  if (spec.signal !== 'traces' && spec.signal !== 'logs') return signozError(400, 'invalid_input', `unsupported signal ${spec.signal}`);
  const filter = parseFilter(spec.filter?.expression ?? '');
  if (typeof filter === 'string') return signozError(400, 'invalid_input', filter);
  const rows = (spec.signal === 'traces' ? options.spans : options.logs) ?? [];
  const desc = spec.order?.[0]?.direction !== 'asc';
  const matched = rows
    .filter((r) => {
      const t = Date.parse(r.timestamp);
      return t >= body.start! && t <= body.end! && filter.every((f) => f(r));
    })
    .sort((a, b) => (Date.parse(a.timestamp) - Date.parse(b.timestamp)) * (desc ? -1 : 1))
    .slice(0, spec.limit ?? 100);
  return {
    status: 200,
    json: {
      status: 'success',
      data: {
        type: 'raw',
        meta: {},
        data: { results: [{ queryName: spec.name ?? 'A', nextCursor: '', rows: matched }] },
        ...(options.warnings ? { warning: { warnings: options.warnings.map((message) => ({ message })) } } : {}),
      },
    },
  };
}
