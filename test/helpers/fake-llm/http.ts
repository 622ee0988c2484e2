// The shared part of the fake LLM and GitHub servers: a real node:http server on 127.0.0.1,
// port 0, that records each request and can be told to misbehave the way the real APIs do
// (no answer at all, 5xx, 429 with retry-after, a broken body). The adapters under test use
// their real SDK or fetch against it.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  /** Lowercased names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The body parsed as JSON, or undefined. */
  body: unknown;
}

export interface FakeResponse {
  status: number;
  /** Serialised as JSON. */
  json?: unknown;
  /** Sent verbatim (with `contentType`, default application/json: a malformed body). */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Fault = {
  /** Only requests this accepts are affected (default: all). */
  match?: (req: RecordedRequest) => boolean;
} & (
  | /** Never answer (until close): the client's timeout fires. */ { kind: 'timeout' }
  | /** Answer normally after `ms`. */ { kind: 'delay'; ms: number }
  | /** Answer with this status, JSON body and headers. */ { kind: 'status'; status: number; json?: unknown; headers?: Record<string, string> }
  | /** 200 with a JSON content type and a body cut off mid-document. */ { kind: 'malformed' }
  | /** Destroy the socket without answering. */ { kind: 'reset' }
);

export interface FakeHttpServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  /** Misbehave on the next `times` matching requests (default: until cleared); null clears. */
  setFault(fault: Fault | null, times?: number): void;
  close(): Promise<void>;
}

export type Handler = (req: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export async function startFakeHttp(handler: Handler): Promise<FakeHttpServer> {
  const requests: RecordedRequest[] = [];
  let fault: Fault | null = null;
  let faultsLeft = Number.POSITIVE_INFINITY;
  const timers = new Set<NodeJS.Timeout>();

  const send = (res: ServerResponse, r: FakeResponse) => {
    if (res.destroyed || res.headersSent) return;
    const body = r.raw ?? (r.json === undefined ? '' : JSON.stringify(r.json));
    res.writeHead(r.status, { 'content-type': r.contentType ?? 'application/json', ...r.headers });
    res.end(body);
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
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, rawBody, body };
      requests.push(recorded);

      let active: Fault | null = null;
      if (fault && faultsLeft > 0 && (!fault.match || fault.match(recorded))) {
        active = fault;
        if (--faultsLeft <= 0) fault = null;
      }
      const answer = async () => {
        try {
          send(res, await handler(recorded));
        } catch (err) {
          send(res, { status: 500, json: { error: `fake server bug: ${(err as Error).message}` } });
        }
      };
      switch (active?.kind) {
        case undefined:
          return void answer();
        case 'timeout':
          return;
        case 'delay': {
          const t = setTimeout(() => {
            timers.delete(t);
            void answer();
          }, active.ms);
          timers.add(t);
          return;
        }
        case 'status':
          return send(res, { status: active.status, json: active.json ?? { error: `fault injected: HTTP ${active.status}` }, headers: active.headers });
        case 'malformed':
          return send(res, { status: 200, raw: '{"id":"cut-off","content":[{"type":' });
        case 'reset':
          return void req.socket.destroy();
      }
    });
  });
  server.keepAliveTimeout = 500;
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
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * Checks a prompt the way the fake LLMs do: every `expect` string must be present, no `forbid`
 * pattern may be. Returns the problems (empty when the prompt is fine).
 */
export function checkPrompt(prompt: string, expect: string[] = [], forbid: (string | RegExp)[] = []): string[] {
  const problems: string[] = [];
  for (const e of expect) if (!prompt.includes(e)) problems.push(`prompt lacks expected text ${JSON.stringify(e)}`);
  for (const f of forbid) {
    const hit = typeof f === 'string' ? prompt.includes(f) : f.test(prompt);
    if (hit) problems.push(`prompt contains forbidden text ${String(f)}`);
  }
  return problems;
}
