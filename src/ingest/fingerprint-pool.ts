// Worker threads that redact and analyse error events (ingest/event-preparation.ts), so that
// fingerprinting an all-errors export uses the cores the main thread does not: while the main
// thread decodes requests and runs the LMDB commit, the pool prepares the next requests. An
// idle worker also decodes a large OTLP/JSON body (ingest/offloaded-decoding.ts).
//
// What runs where, and why: the template miner is stateful (clusters learnt from every message,
// persisted with the commits), so it has exactly one owner, the main thread's fingerprinter;
// the workers do the stateless, costly part — redaction, stack parsing, crash-site choice,
// parameterising, hashing — and the main thread finishes each analysis (mining the message
// where it contributes, applying custom rules), in the pipeline's order. A worker that dies
// (a bug, an out-of-memory) loses nothing: its requests are prepared (or decoded) on the main
// thread instead, the death is logged with its reason, and a new worker takes its place. Workers
// that keep dying before they start are not restarted; the main thread does their work. The
// workers start when the pool is first given work, not when it is made (see `started`).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorEvent } from '../core/model.js';
import type { DecodeOptions } from './decode/index.js';
import { receivedBatch, type EventPreparation, type PostedBatch, type PreparationSettings, type PreparedBatch } from './event-preparation.js';
import { toWire } from './event-wire.js';
import type { DecodedRequest } from './export-handler.js';
import type { DecodeReply, WorkerJob } from './fingerprint-worker.js';
import type { Signal, WireEncoding } from './status-encoding.js';
import { IngestError } from './status.js';

export interface PoolLogger {
  error(obj: object, msg: string): void;
}

/** A request's events to prepare. */
interface PrepareJob {
  id: number;
  events: ErrorEvent[];
  resolve: (batch: PreparedBatch) => void;
}

/** A request body to decode; `onMainThread` decodes it here if the worker dies first. */
interface DecodeJob {
  id: number;
  onMainThread: () => DecodedRequest;
  resolve: (decoded: DecodedRequest) => void;
  reject: (error: Error) => void;
}

type Job = PrepareJob | DecodeJob;

interface Slot {
  worker: Worker;
  ready: boolean;
  jobs: Map<number, Job>;
}

/** Workers that die before they are ready this many times in a row are not restarted. */
const MAX_FAILED_STARTS = 3;

/** The worker's module: compiled JavaScript next to this file, or the TypeScript source under a loader. */
function workerEntry(): URL {
  const compiled = new URL('./fingerprint-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return compiled;
  // Running from source (tests, benchmarks): the worker registers tsx's loader (a development
  // dependency) before it imports the source. `--import tsx` in the worker's execArgv is not
  // enough on Node 20: the hooks are not in place when the entry module loads.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = new URL('./fingerprint-worker.ts', import.meta.url).href;
  const bootstrap = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

export class FingerprintPool {
  private readonly slots: (Slot | undefined)[];
  private nextId = 1;
  private failedStarts = 0;
  private closed = false;
  private startedWorkers = false;
  private readonly entry = workerEntry();

  constructor(
    size: number,
    private readonly settings: PreparationSettings,
    /** The main thread's own preparation, for the work of a worker that died. */
    private readonly fallback: EventPreparation,
    private readonly logger: PoolLogger,
    /** The receiver's decoding settings: with them, the workers can decode request bodies (`decode`). */
    private readonly decodeOptions?: DecodeOptions,
  ) {
    this.slots = Array.from({ length: size }, () => undefined);
  }

  /**
   * Whether the workers have been started. They start when first given work, not with the
   * pool: a worker is a V8 isolate of its own (about 25 MB of RSS), and a service whose errors
   * are few and repeat never needs one (ingest/preparation-placement.ts keeps such requests on
   * the main thread until the pool has started).
   */
  get started(): boolean {
    return this.startedWorkers;
  }

  /** Requests sent to the workers and not back yet. */
  get backlog(): number {
    let n = 0;
    for (const slot of this.slots) n += slot?.jobs.size ?? 0;
    return n;
  }

  /**
   * Worker threads running (a worker that could not be restarted is not counted), or, before
   * the first use, the number that will start.
   */
  get size(): number {
    return this.startedWorkers ? this.slots.filter(Boolean).length : this.slots.length;
  }

  /** Redacts and analyses a request's events on a worker; resolves with them in the same order. */
  prepare(events: ErrorEvent[]): Promise<PreparedBatch> {
    const slot = this.pick();
    if (!slot) return Promise.resolve(this.fallback.prepare(events));
    return new Promise((resolve) => {
      const id = this.nextId++;
      // Held while it has work (an idle pool keeps nothing alive; see `start`).
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(id, { id, events, resolve });
      slot.worker.postMessage({ id, events: toWire(events) } satisfies WorkerJob);
    });
  }

  /**
   * Decodes a request body on a worker (ingest/offloaded-decoding.ts says which). Resolves with
   * what the main thread's decoder returns, rejects with what it throws; if the worker dies
   * first, `onMainThread` decodes it here instead. The body is copied to the worker, so the
   * caller's buffer stays whole for that.
   */
  decode(signal: Signal, encoding: WireEncoding, body: Buffer, onMainThread: () => DecodedRequest): Promise<DecodedRequest> {
    const slot = this.decodeOptions ? this.pick() : undefined;
    if (!slot) return new Promise((resolve) => resolve(onMainThread()));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(id, { id, onMainThread, resolve, reject });
      slot.worker.postMessage({ id, decode: { signal, encoding, body } } satisfies WorkerJob);
    });
  }

  /**
   * Stops one worker as a crash would (fault injection for the tests: its requests must still be
   * answered, and a new worker must take its place).
   */
  async terminateWorker(index: number): Promise<void> {
    await this.slots[index]?.worker.terminate();
  }

  /** Stops the workers; requests still with them are prepared on the main thread. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot?.worker.terminate()));
  }

  /** The running worker with the fewest requests (the earliest on a tie); starts them on first use. */
  private pick(): Slot | undefined {
    if (!this.startedWorkers && !this.closed) {
      this.startedWorkers = true;
      for (let i = 0; i < this.slots.length; i++) this.start(i);
    }
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot && (!best || slot.jobs.size < best.jobs.size)) best = slot;
    return best;
  }

  private start(index: number): void {
    const worker = new Worker(this.entry, { workerData: { settings: this.settings, decode: this.decodeOptions } });
    const slot: Slot = { worker, ready: false, jobs: new Map() };
    this.slots[index] = slot;
    let reason: Error | undefined;
    worker.on('message', (msg: { ready?: true; id?: number } & Partial<PostedBatch> & Partial<DecodeReply>) => {
      if (msg.ready) {
        slot.ready = true;
        this.failedStarts = 0;
        return;
      }
      const job = slot.jobs.get(msg.id!);
      if (!job) return;
      slot.jobs.delete(job.id);
      if (slot.jobs.size === 0) worker.unref();
      if ('events' in job) job.resolve(receivedBatch(job.events, msg as PostedBatch));
      else settleDecode(job, msg as DecodeReply);
    });
    worker.on('error', (error) => (reason = error));
    worker.on('exit', (code) => {
      this.slots[index] = undefined;
      // Whatever the worker held is done here, in the order it was sent.
      for (const job of slot.jobs.values()) {
        if ('events' in job) job.resolve(this.fallback.prepare(job.events));
        else decodeHere(job);
      }
      const lost = slot.jobs.size;
      slot.jobs.clear();
      if (this.closed) return;
      if (!slot.ready) this.failedStarts++;
      const restart = this.failedStarts < MAX_FAILED_STARTS;
      this.logger.error(
        { err: reason, exitCode: code, worker: index, requestsPreparedOnMainThread: lost },
        restart
          ? `fingerprint worker ${index} stopped (${reason?.message ?? `exit code ${code}`}); its requests were prepared on the main thread, and a new worker replaces it`
          : `fingerprint worker ${index} stopped before it started ${MAX_FAILED_STARTS} times in a row (${reason?.message ?? `exit code ${code}`}); the main thread fingerprints instead (FINGERPRINT_WORKERS)`,
      );
      if (restart) this.start(index);
    });
    // An idle pool, or one nobody closed, must not keep the process alive. After the
    // listeners: adding a 'message' listener refs the worker's port again.
    worker.unref();
  }
}

function settleDecode(job: DecodeJob, reply: DecodeReply): void {
  if ('decoded' in reply) job.resolve(reply.decoded);
  else {
    const { message, code, retryAfterSeconds } = reply.failed;
    // The decoder's own error, rebuilt: the reply names the problem exactly as on this thread.
    job.reject(code ? new IngestError(code, message, retryAfterSeconds) : new Error(message));
  }
}

function decodeHere(job: DecodeJob): void {
  try {
    job.resolve(job.onMainThread());
  } catch (error) {
    job.reject(error as Error);
  }
}
