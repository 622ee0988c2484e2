// The shared part of every fake backend: a real node:http server on 127.0.0.1, port 0, that
// records each request it gets and can be told to misbehave the ways real backends do (slow,
// 5xx, 429 with Retry-After, a broken body, a dropped connection). Fakes over mocks: adapters
// under test use their real HTTP client against these.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Query parameters (the last value wins; see `params` for repeated ones). */
  query: Record<string, string>;
  params: URLSearchParams;
  /** Lowercased names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body parsed as JSON, or undefined. */
  body: unknown;
}

export type Fault =
  /** Answer normally, but only after `ms` (longer than the client's timeout to trigger it). */
  | { kind: 'delay'; ms: number }
  /** Answer with this status and body (default: a 503 in the backend's error format, or text). */
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** 429 Too Many Requests with `Retry-After` (delay-seconds or an HTTP-date). */
  | { kind: 'rate-limit'; retryAfter: string }
  /** 200 with a JSON content type and a truncated body. */
  | { kind: 'malformed' }
  /** Destroy the socket without answering (ECONNRESET on the client). */
  | { kind: 'reset' };

export interface FakeResponse {
  status: number;
  /** Serialised as JSON. */
  json?: unknown;
  /** Sent as text/plain. */
  text?: string;
  headers?: Record<string, string>;
}

export interface FakeServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  /**
   * Misbehave from now on; `times` limits it to the next N requests (then it answers normally
   * again, which is how "5xx then success" is staged). `null` clears it.
   */
  setFault(fault: Fault | null, times?: number): void;
  close(): Promise<void>;
}

export type FakeHandler = (req: RecordedRequest) => FakeResponse;

export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  let fault: Fault | null = null;
  let faultsLeft = Number.POSITIVE_INFINITY;
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, response: FakeResponse) => {
    if (res.destroyed) return;
    const headers: Record<string, string> = { ...response.headers };
    let payload = '';
    if (response.json !== undefined) {
      payload = JSON.stringify(response.json);
      headers['content-type'] ??= 'application/json';
    } else if (response.text !== undefined) {
      payload = response.text;
      headers['content-type'] ??= 'text/plain; charset=utf-8';
    }
    res.writeHead(response.status, headers);
    res.end(payload);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        params: url.searchParams,
        headers: req.headers,
        rawBody,
        body,
      };
      requests.push(recorded);

      const active = fault && faultsLeft > 0 ? fault : null;
      if (active) {
        faultsLeft--;
        if (faultsLeft <= 0) fault = null;
      }
      const answer = () => {
        try {
          send(res, handler(recorded));
        } catch (err) {
          send(res, { status: 500, text: `fake backend bug: ${(err as Error).message}` });
        }
      };
      switch (active?.kind) {
        case undefined:
          return answer();
        case 'delay': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            answer();
          }, active.ms);
          timers.add(timer);
          return;
        }
        case 'status':
          return send(res, { status: active.status, text: active.body ?? `fault injected: HTTP ${active.status}`, headers: active.headers });
        case 'rate-limit':
          return send(res, { status: 429, text: 'too many requests', headers: { 'retry-after': active.retryAfter } });
        case 'malformed':
          res.writeHead(200, { 'content-type': 'application/json' });
          return res.end('{"status":"success","data":{"result":[');
        case 'reset':
          return req.socket.destroy();
      }
    });
  });
  // Keep-alive sockets would otherwise keep close() waiting.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setFault(next, times) {
      fault = next;
      faultsLeft = times ?? Number.POSITIVE_INFINITY;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Go-style double-quoted or backquoted string literal at `text[start]`: its value and the end. */
export function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start];
  if (quote === '`') {
    const close = text.indexOf('`', start + 1);
    return close < 0 ? undefined : { value: text.slice(start + 1, close), end: close + 1 };
  }
  if (quote !== '"' && quote !== "'") return undefined;
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[++i];
      value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    } else if (c === quote) {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  return undefined;
}

/** RE2's `(?i)` prefix → a JS flag (JS has no inline flags). */
export function re2(pattern: string, anchored: boolean): RegExp {
  const insensitive = pattern.startsWith('(?i)');
  const source = insensitive ? pattern.slice(4) : pattern;
  return new RegExp(anchored ? `^(?:${source})$` : source, insensitive ? 'i' : '');
}
