// A fake Grafana Loki (backends.md §3): `/loki/api/v1/query_range` parses the LogQL it is sent
// — a stream selector (`=`, `!=`, `=~`, `!~`) followed by line filters (`|=`, `!=`, `|~`, `!~`)
// and label filters (`| trace_id="…"`, matching labels or structured metadata) — and honours
// start (ns, inclusive), end (exclusive), limit and direction over the stored streams.
// Anything else is a 400 "parse error", as Loki answers, in plain text.
import { re2, readQuoted, startFakeServer, type FakeResponse, type FakeServer, type RecordedRequest } from './fake-server.js';

export interface FakeLokiStream {
  /** Index labels plus structured metadata (both come back among the labels). */
  stream: Record<string, string>;
  /** [ns epoch string, line] */
  values: [string, string][];
}

export interface FakeLokiOptions {
  streams?: FakeLokiStream[];
}

type LabelTest = (labels: Record<string, string>) => boolean;
type LineTest = (line: string) => boolean;

export function startFakeLoki(options: FakeLokiOptions = {}): Promise<FakeServer> {
  const streams = options.streams ?? [];
  return startFakeServer((req) => {
    if (req.path === '/loki/api/v1/query_range') return queryRange(req, streams);
    if (req.path === '/ready') return { status: 200, text: 'ready' };
    return { status: 404, text: '404 page not found' };
  });
}

function parseMatcher(text: string, at: number): { test: LabelTest; end: number } | string {
  const m = /^\s*([a-zA-Z_][\w]*)\s*(=~|!~|!=|=)\s*/.exec(text.slice(at));
  if (!m) return `parse error at char ${at}: expected label matcher`;
  const q = readQuoted(text, at + m[0].length);
  if (!q) return `parse error at char ${at + m[0].length}: expected string`;
  const [name, op] = [m[1], m[2]];
  const re = op === '=~' || op === '!~' ? re2(q.value, true) : undefined;
  const test: LabelTest = (labels) => {
    const v = labels[name] ?? '';
    if (op === '=') return v === q.value;
    if (op === '!=') return v !== q.value;
    return re!.test(v) === (op === '=~');
  };
  return { test, end: q.end };
}

export function parseLogQL(query: string): { selector: LabelTest[]; lines: LineTest[]; labels: LabelTest[] } | string {
  let i = query.indexOf('{');
  if (i < 0 || query.slice(0, i).trim()) return 'parse error at line 1, col 1: syntax error: unexpected IDENTIFIER';
  i++;
  const selector: LabelTest[] = [];
  while (true) {
    while (query[i] === ' ') i++;
    if (query[i] === '}') {
      i++;
      break;
    }
    const matcher = parseMatcher(query, i);
    if (typeof matcher === 'string') return matcher;
    selector.push(matcher.test);
    i = matcher.end;
    while (query[i] === ' ') i++;
    if (query[i] === ',') i++;
  }
  if (selector.length === 0) return 'parse error : queries require at least one regexp or equality matcher that does not have an empty-compatible value';
  const lines: LineTest[] = [];
  const labels: LabelTest[] = [];
  while (i < query.length) {
    const rest = query.slice(i);
    const ws = /^\s*/.exec(rest)![0].length;
    if (ws === rest.length) break;
    const op = /^(\|=|!=|\|~|!~|\|)\s*/.exec(rest.slice(ws));
    if (!op) return `parse error at char ${i + ws}: unexpected ${rest.slice(ws, ws + 10)}`;
    const at = i + ws + op[0].length;
    if (op[1] === '|') {
      const matcher = parseMatcher(query, at);
      if (typeof matcher === 'string') return matcher;
      labels.push(matcher.test);
      i = matcher.end;
      continue;
    }
    const q = readQuoted(query, at);
    if (!q) return `parse error at char ${at}: expected string`;
    const needle = q.value;
    if (op[1] === '|=') lines.push((l) => l.includes(needle));
    else if (op[1] === '!=') lines.push((l) => !l.includes(needle));
    else {
      const re = re2(needle, false);
      lines.push(op[1] === '|~' ? (l) => re.test(l) : (l) => !re.test(l));
    }
    i = q.end;
  }
  return { selector, lines, labels };
}

/** Integers are ns; anything else RFC3339 or float seconds (backends.md §3). */
function toNs(value: string | undefined, fallback: bigint): bigint {
  if (!value) return fallback;
  if (/^\d+$/.test(value)) return BigInt(value);
  if (/^\d+\.\d+$/.test(value)) return BigInt(Math.round(Number(value) * 1e9));
  return BigInt(Date.parse(value)) * 1_000_000n;
}

function queryRange(req: RecordedRequest, streams: FakeLokiStream[]): FakeResponse {
  const q = req.query;
  if (!q.query) return { status: 400, text: 'parse error : syntax error: unexpected $end' };
  const parsed = parseLogQL(q.query);
  if (typeof parsed === 'string') return { status: 400, text: parsed };
  const now = BigInt(Date.now()) * 1_000_000n;
  const end = toNs(q.end, now);
  const start = toNs(q.start, end - 3600n * 1_000_000_000n);
  const limit = Number(q.limit ?? 100);
  const direction = q.direction ?? 'backward';
  if (direction !== 'backward' && direction !== 'forward') return { status: 400, text: `invalid direction: ${direction}` };

  const entries: { labels: Record<string, string>; ts: string; line: string }[] = [];
  for (const s of streams) {
    if (!parsed.selector.every((t) => t(s.stream))) continue;
    if (!parsed.labels.every((t) => t(s.stream))) continue;
    for (const [ts, line] of s.values) {
      const t = BigInt(ts);
      if (t >= start && t < end && parsed.lines.every((f) => f(line))) entries.push({ labels: s.stream, ts, line });
    }
  }
  entries.sort((a, b) => (BigInt(a.ts) < BigInt(b.ts) ? -1 : 1) * (direction === 'backward' ? -1 : 1));
  const kept = entries.slice(0, limit);
  const byStream = new Map<Record<string, string>, [string, string][]>();
  for (const e of kept) {
    const list = byStream.get(e.labels) ?? [];
    list.push([e.ts, e.line]);
    byStream.set(e.labels, list);
  }
  return {
    status: 200,
    json: {
      status: 'success',
      data: {
        resultType: 'streams',
        result: [...byStream].map(([stream, values]) => ({ stream, values })),
        stats: { summary: { execTime: 0.001, totalLinesProcessed: entries.length } },
      },
    },
  };
}
