// A fingerprint pool's worker thread (ingest/fingerprint-pool.ts): redacts and analyses the
// error events of one request at a time and posts back the analyses and the events that
// redaction changed. It holds no state that matters:
// killed mid-request, the pool prepares that request on the main thread instead.
import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorEvent } from '../core/model.js';
import { postedBatch, preparationFromSettings, type PreparationSettings } from './event-preparation.js';

export interface WorkerJob {
  id: number;
  events: ErrorEvent[];
}

const { settings } = workerData as { settings: PreparationSettings };
const preparation = preparationFromSettings(settings);

parentPort!.on('message', (job: WorkerJob) => {
  parentPort!.postMessage({ id: job.id, ...postedBatch(job.events, preparation.prepare(job.events), settings.detail ?? true) });
});
parentPort!.postMessage({ ready: true });
