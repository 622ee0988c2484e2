// A signature as it is born from the first event of its fingerprint: one shape for every store
// (store/lmdb and store/postgres create it the same way; counts are added by the commit).
import type { Signature } from './model.js';
import type { PreparedEvent } from './ports.js';

export function newSignature(id: string, fingerprint: string, first: PreparedEvent, firstMs: number, nowMs: number): Signature {
  const { event, fp } = first;
  return {
    id,
    fingerprint,
    algorithm: fp.algorithm,
    aliases: [],
    status: 'new',
    regressed: false,
    source: event.source,
    service: event.service,
    type: fp.type,
    message: fp.message,
    culprit: fp.culprit,
    count: 0,
    firstSeenMs: firstMs,
    lastSeenMs: firstMs,
    releases: [],
    environments: [],
    tags: [],
    history: [{ atMs: nowMs, actor: 'pipeline', action: 'created', to: 'new' }],
    occurrenceSeq: 0,
  };
}
