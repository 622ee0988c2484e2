// Drives a receiver with all-error OTLP trace exports, over OTLP/HTTP or OTLP/gRPC, closed-loop
// (to measure what it accepts per second) or open-loop at a fixed offered rate (to overload it
// without slowing down when it does). Every export is an SDK-built request (bench/payloads.ts)
// whose trace ids are replaced with fresh ones, so no two exports are retries of each other and
// the store must hold every acknowledged event. The client runs in child processes.
import { randomBytes } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildTracePayload } from '../../bench/payloads.js';
import { otlpType, TYPES } from '../../src/ingest/proto/schema.js';

export type Transport = 'http' | 'grpc';

/** How one export ended, from the client's side. */
export type Ending = 'accepted' | 'refused-with-hint' | 'refused-without-hint' | `other:${string}`;

export interface LoadResult {
  sent: number;
  accepted: number;
  refusedWithHint: number;
  /** Anything else: refusals without a retry hint, other statuses, transport errors. */
  other: Record<string, number>;
  /** Milliseconds from being sent on a connection to the answer, for accepted exports. */
  acceptedLatencies: number[];
  /** The same including the wait in the client for a free connection (HTTP). */
  acceptedQueuedLatencies: number[];
  /** Milliseconds from being sent to the answer, for refusals. */
  refusedLatencies: number[];
  /** Error events in the accepted exports. */
  acceptedEvents: number;
  durationMs: number;
  /** Share of the run the busiest client process's event loop was busy: near 1, the client is the bottleneck. */
  clientLoopUtilization: number;
}

/** An SDK-built all-error export and where its trace ids sit, to make fresh copies cheaply. */
export class ErrorExports {
  readonly errorsPerExport: number;
  private readonly template: Buffer;
  private readonly traceIdOffsets: number[][];

  constructor(service: string, errorsPerExport = 20) {
    const payload = buildTracePayload({ spans: errorsPerExport, errorRatio: 1, service, seed: 7 });
    this.errorsPerExport = payload.errors;
    this.template = payload.body;
    const T = otlpType(TYPES.traceRequest);
    const decoded = T.toObject(T.decode(payload.body), { bytes: Buffer }) as { resourceSpans: { scopeSpans: { spans: { traceId: Buffer }[] }[] }[] };
    const ids = new Map<string, Buffer>();
    for (const rs of decoded.resourceSpans) for (const ss of rs.scopeSpans) for (const s of ss.spans) ids.set(s.traceId.toString('hex'), s.traceId);
    this.traceIdOffsets = [...ids.values()].map((id) => {
      const offsets: number[] = [];
      for (let at = this.template.indexOf(id); at !== -1; at = this.template.indexOf(id, at + 1)) offsets.push(at);
      return offsets;
    });
  }

  /** What the worker needs to make fresh copies itself. */
  shape(): { template: Uint8Array; traceIdOffsets: number[][]; errorsPerExport: number } {
    return { template: new Uint8Array(this.template), traceIdOffsets: this.traceIdOffsets, errorsPerExport: this.errorsPerExport };
  }

  /** A copy with every trace id replaced by a fresh random one (consistently within the export). */
  next(): Buffer {
    const body = Buffer.from(this.template);
    for (const offsets of this.traceIdOffsets) {
      const id = randomBytes(16);
      for (const at of offsets) id.copy(body, at);
    }
    return body;
  }
}

/**
 * The load client: `processes` child processes (overload-client.mjs) sharing the load for one
 * receiver port. Not threads of the receiver's process: the receiver's RSS and event loop are
 * then its own, and at three times the receiver's capacity a single client thread (the grpc-js
 * client costs about what the server does per call) would itself be the bottleneck, its own
 * backlog counted as the receiver's latency.
 */
export class LoadClient {
  private readonly children: ChildProcess[];
  private queue: Promise<unknown> = Promise.resolve();

  /** `connections`: the HTTP keep-alive connections the client keeps in all (gRPC uses 4 channels per process). */
  constructor(transport: Transport, port: number, exports: ErrorExports, connections = 256, processes = 2) {
    this.children = Array.from({ length: processes }, () => {
      // Plain Node, without the loaders of the parent (tsx, vitest): the client is plain JavaScript.
      const child = fork(fileURLToPath(new URL('./overload-client.mjs', import.meta.url)), [], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.send({ kind: 'init', transport, port, ...exports.shape(), retryInfoType: 'type.googleapis.com/google.rpc.RetryInfo', connections: Math.ceil(connections / processes) });
      return child;
    });
  }

  private ask(child: ChildProcess, message: object): Promise<LoadResult> {
    return new Promise<LoadResult>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load client exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (result) => {
        child.off('exit', onExit);
        resolve(result as LoadResult);
      });
      child.send(message);
    });
  }

  /** Runs `message` on every child at once, each with its share of the load, and adds up the results. */
  private call(share: (processes: number) => object, children = this.children): Promise<LoadResult> {
    const run = this.queue.then(async () => merge(await Promise.all(children.map((c) => this.ask(c, share(children.length))))));
    this.queue = run.catch(() => {});
    return run;
  }

  /** `concurrency` exports in flight, each sent as soon as the previous one is answered. */
  closedLoop(concurrency: number, durationMs: number): Promise<LoadResult> {
    return this.call((n) => ({ kind: 'closed', concurrency: Math.ceil(concurrency / n), durationMs }));
  }

  /** Exports started at `perSecond` whatever the answers, for `durationMs`; resolves when all are answered. */
  openLoop(perSecond: number, durationMs: number): Promise<LoadResult> {
    return this.call((n) => ({ kind: 'open', perSecond: perSecond / n, durationMs }));
  }

  /** Sends one given export; resolves with how it ended. */
  async send(body: Buffer): Promise<Ending> {
    const r = await this.call(() => ({ kind: 'single', body }), this.children.slice(0, 1));
    return r.accepted ? 'accepted' : r.refusedWithHint ? 'refused-with-hint' : (Object.keys(r.other)[0] as Ending);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.send({ kind: 'close' });
        await exited;
      }),
    );
  }
}

/** The results of the client processes as one. */
function merge(results: LoadResult[]): LoadResult {
  const out: LoadResult = { sent: 0, accepted: 0, refusedWithHint: 0, other: {}, acceptedLatencies: [], acceptedQueuedLatencies: [], refusedLatencies: [], acceptedEvents: 0, durationMs: 0, clientLoopUtilization: 0 };
  for (const r of results) {
    out.sent += r.sent;
    out.accepted += r.accepted;
    out.refusedWithHint += r.refusedWithHint;
    for (const [k, n] of Object.entries(r.other)) out.other[k] = (out.other[k] ?? 0) + n;
    for (const x of r.acceptedLatencies) out.acceptedLatencies.push(x);
    for (const x of r.acceptedQueuedLatencies) out.acceptedQueuedLatencies.push(x);
    for (const x of r.refusedLatencies) out.refusedLatencies.push(x);
    out.acceptedEvents += r.acceptedEvents;
    out.durationMs = Math.max(out.durationMs, r.durationMs);
    out.clientLoopUtilization = Math.max(out.clientLoopUtilization, r.clientLoopUtilization);
  }
  return out;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
