// Worker threads that redact and analyse error events (ingest/event-preparation.ts), so that
// fingerprinting an all-errors export uses the cores the main thread does not: while the main
// thread decodes requests and runs the LMDB commit, the pool prepares the next requests.
//
// What runs where, and why: the template miner is stateful (clusters learnt from every message,
// persisted with the commits), so it has exactly one owner, the main thread's fingerprinter;
// the workers do the stateless, costly part — redaction, stack parsing, crash-site choice,
// parameterising, hashing — and the main thread finishes each analysis (mining the message
// where it contributes, applying custom rules), in the pipeline's order. A worker that dies
// (a bug, an out-of-memory) loses nothing: its requests are prepared on the main thread
// instead, the death is logged with its reason, and a new worker takes its place. Workers
// that keep dying before they start are not restarted; the main thread does their work.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorEvent } from '../core/model.js';
import { receivedBatch, type EventPreparation, type PostedBatch, type PreparationSettings, type PreparedBatch } from './event-preparation.js';
import type { WorkerJob } from './fingerprint-worker.js';

export interface PoolLogger {
  error(obj: object, msg: string): void;
}

interface Job {
  id: number;
  events: ErrorEvent[];
  resolve: (batch: PreparedBatch) => void;
}

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
  private readonly entry = workerEntry();

  constructor(
    size: number,
    private readonly settings: PreparationSettings,
    /** The main thread's own preparation, for the work of a worker that died. */
    private readonly fallback: EventPreparation,
    private readonly logger: PoolLogger,
  ) {
    this.slots = Array.from({ length: size }, () => undefined);
    for (let i = 0; i < size; i++) this.start(i);
  }

  /** Requests sent to the workers and not back yet. */
  get backlog(): number {
    let n = 0;
    for (const slot of this.slots) n += slot?.jobs.size ?? 0;
    return n;
  }

  /** Worker threads running (a worker that could not be restarted is not counted). */
  get size(): number {
    return this.slots.filter(Boolean).length;
  }

  /** Redacts and analyses a request's events on a worker; resolves with them in the same order. */
  prepare(events: ErrorEvent[]): Promise<PreparedBatch> {
    const slot = this.pick();
    if (!slot) return Promise.resolve(this.fallback.prepare(events));
    return new Promise((resolve) => {
      const id = this.nextId++;
      slot.jobs.set(id, { id, events, resolve });
      slot.worker.postMessage({ id, events } satisfies WorkerJob);
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

  /** The running worker with the fewest requests (the earliest on a tie). */
  private pick(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot && (!best || slot.jobs.size < best.jobs.size)) best = slot;
    return best;
  }

  private start(index: number): void {
    const worker = new Worker(this.entry, { workerData: { settings: this.settings } });
    // A pool nobody closed must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, ready: false, jobs: new Map() };
    this.slots[index] = slot;
    let reason: Error | undefined;
    worker.on('message', (msg: { ready?: true; id?: number } & Partial<PostedBatch>) => {
      if (msg.ready) {
        slot.ready = true;
        this.failedStarts = 0;
        return;
      }
      const job = slot.jobs.get(msg.id!);
      if (!job) return;
      slot.jobs.delete(job.id);
      job.resolve(receivedBatch(job.events, msg as PostedBatch));
    });
    worker.on('error', (error) => (reason = error));
    worker.on('exit', (code) => {
      this.slots[index] = undefined;
      // Whatever the worker held is prepared here, in the order it was sent.
      for (const job of slot.jobs.values()) job.resolve(this.fallback.prepare(job.events));
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
  }
}
