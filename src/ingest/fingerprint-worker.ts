// A fingerprint pool's worker thread (ingest/fingerprint-pool.ts): redacts and analyses the
// error events of one request at a time and posts them back. It holds no state that matters:
// killed mid-request, the pool prepares that request on the main thread instead.
import { parentPort, workerData } from 'node:worker_threads';
import type { ErrorEvent } from '../core/model.js';
import { preparationFromSettings, type PreparationSettings } from './event-preparation.js';

export interface WorkerJob {
  id: number;
  events: ErrorEvent[];
}

const preparation = preparationFromSettings((workerData as { settings: PreparationSettings }).settings);

parentPort!.on('message', (job: WorkerJob) => {
  const { events, analyses } = preparation.prepare(job.events);
  parentPort!.postMessage({ id: job.id, events, analyses });
});
parentPort!.postMessage({ ready: true });
