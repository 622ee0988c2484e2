// Error events redacted and fingerprinted as the pipeline prepares them (ingest/event-preparation.ts),
// for the benches and tests that commit them without running the pipeline (bench/commit.ts,
// test/store/lmdb/writer-equivalence.test.ts).
import { createFingerprinter } from '../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../src/core/fingerprint/input-of.js';
import type { ErrorEvent } from '../src/core/model.js';
import type { PreparedEvent } from '../src/core/ports.js';
import { eventRedactor } from '../src/core/redact-event.js';
import { defaultRedactor } from '../src/core/redact.js';
import { preparationOf } from '../src/ingest/event-preparation.js';

export function preparedEvents(events: ErrorEvent[]): PreparedEvent[] {
  const fingerprinter = createFingerprinter();
  const batch = preparationOf(eventRedactor(defaultRedactor), fingerprinter).prepare(events);
  return batch.events.map((event, i) => {
    const analysis = batch.analyses[i];
    if (analysis.kind === 'failed') throw new Error(analysis.error);
    return { event, fp: fingerprinter.complete(fingerprintInputOf(event), analysis) };
  });
}
