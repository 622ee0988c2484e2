// A Pipeline on a given store with nothing else around it (the real fingerprinter, a fixed clock,
// roomy limits, metrics and a logger that go nowhere): the pipeline tests drive its commits by hand.
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { IngestCommit } from '../../src/core/ports.js';
import { Pipeline } from '../../src/ingest/pipeline.js';
import { IngestMetrics } from '../../src/observability/ingest-metrics.js';
import { Registry } from '../../src/observability/metrics.js';

/** `queueTargetSeconds`: the admission promise (twice this is how late a queued request may be); the pipeline's default without. */
export function barePipeline(store: IngestCommit, queueTargetSeconds?: number): Pipeline {
  return new Pipeline(
    store,
    createFingerprinter(),
    { now: () => 1_700_000_000_000 },
    { maxInflightRequests: 1000, maxPendingEvents: 10_000, maxBatchEvents: 5000, ...(queueTargetSeconds === undefined ? {} : { queueTargetSeconds }), retryAfterSeconds: 3, minerSaveIntervalMs: 0 },
    new IngestMetrics(new Registry()),
    { error: () => {} },
  );
}
