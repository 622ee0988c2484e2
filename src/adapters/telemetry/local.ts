// Rounds' own store as a telemetry backend: the counters, the samples of the service's other
// signatures around the same time (the baseline that attribute concentration and release
// history are measured against), the other signatures seen in the same traces, and their error
// samples in those traces. Reads only, through the store port (core/ports.ts).
import type { Occurrence, Signature } from '../../core/model.js';
import { traceErrorSample } from '../../core/trace-error-sample.js';
import {
  failed,
  ok,
  type Clock,
  type ContextPiece,
  type ContextRequest,
  type Outcome,
  type SignatureQueries,
  type StoreContext,
  type TelemetryBackend,
  type TraceErrorSample,
} from '../../core/ports.js';
import type { TelemetryExtension } from './registry.js';

export type LocalStoreReader = Pick<SignatureQueries, 'getSignature' | 'listOccurrences' | 'counts' | 'listSignatures' | 'signaturesInTrace' | 'attributeStats'>;

export interface LocalBackendOptions {
  store: LocalStoreReader;
  clock?: Clock;
  /** Other signatures of the service sampled for the baseline. Default 100. */
  baselineSignatures?: number;
  /** Signatures looked at while searching for the service's (the store has no per-service index). Default 5000. */
  scanLimit?: number;
  /** Samples read per signature. Default 25 (the store keeps 5 first + 20 recent by default). */
  samplesPerSignature?: number;
  /** Traces whose error samples are assembled. Default 5. */
  traces?: number;
  /** How far before the signature's first occurrence the baseline reaches. Default 24 h. */
  baselineLookbackMs?: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class LocalBackend implements TelemetryBackend {
  readonly name = 'local';
  private readonly store: LocalStoreReader;
  private readonly clock: Clock;

  constructor(private readonly options: LocalBackendOptions) {
    this.store = options.store;
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  async fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>> {
    try {
      return ok(await this.read(request.signature, request.traceIds));
    } catch (error) {
      return failed(`local store: ${(error as Error).message}`);
    }
  }

  private async read(sig: Signature, traceIds: string[]): Promise<ContextPiece> {
    const nowMs = this.clock.now();
    const perSignature = this.options.samplesPerSignature ?? 25;
    const samplesOf = memo((id: string) => this.store.listOccurrences(id, perSignature));
    const notes: string[] = [];
    if (traceIds.length === 0) notes.push('the stored samples carry no trace id: no co-occurring signatures');

    const { shared, traceErrors } = await this.traces(sig, traceIds, nowMs, samplesOf);
    const coOccurring: StoreContext['coOccurring'] = [];
    for (const [id, sharedTraces] of shared) {
      const other = await this.store.getSignature(id);
      if (other && !other.mergedInto) coOccurring.push({ signatureId: id, service: other.service, type: other.type, message: other.message, sharedTraces });
    }
    const attributeStats = await this.store.attributeStats(sig);
    // The co-occurring signatures' own statistics: a deeper one's release or host explains this one.
    const related: NonNullable<StoreContext['related']> = {};
    for (const c of coOccurring.slice(0, 5)) {
      const other = await this.store.getSignature(c.signatureId);
      if (!other) continue;
      const stats = await this.store.attributeStats(other);
      related[c.signatureId] = { signature: other, ...(stats ? { stats } : {}), samples: await samplesOf(other.id), baseline: await this.baseline(other, samplesOf) };
    }
    const store: StoreContext = {
      nowMs,
      ...(attributeStats ? { attributeStats } : {}),
      related,
      baseline: await this.baseline(sig, samplesOf),
      minuteCounts: await this.store.counts(sig.id, 'minute', nowMs - 60 * MINUTE, nowMs),
      hourCounts: await this.store.counts(sig.id, 'hour', nowMs - 24 * HOUR, nowMs),
      scheduleMinuteCounts: await this.store.counts(sig.id, 'minute', nowMs - 6 * HOUR, nowMs),
      scheduleHourCounts: await this.store.counts(sig.id, 'hour', nowMs - 7 * 24 * HOUR, nowMs),
      coOccurring: coOccurring.sort((a, b) => b.sharedTraces - a.sharedTraces),
      traceErrors,
    };
    return { traces: [], logs: [], metrics: [], notes, store };
  }

  /**
   * Samples of the same service's other signatures active since a while before this one began:
   * the most recently seen first, among the `scanLimit` most recently seen signatures.
   */
  private async baseline(sig: Signature, samplesOf: (id: string) => Promise<Occurrence[]>): Promise<Occurrence[]> {
    const since = sig.firstSeenMs - (this.options.baselineLookbackMs ?? 24 * HOUR);
    const wanted = this.options.baselineSignatures ?? 100;
    const scanLimit = this.options.scanLimit ?? 5000;
    // One more than wanted: the signature itself may be among them.
    const page = await this.store.listSignatures({ sort: 'last', service: sig.service, sinceMs: since, limit: wanted + 1, maxScan: scanLimit });
    const others = page.items.filter((other) => other.id !== sig.id).slice(0, wanted);
    return (await Promise.all(others.map((other) => samplesOf(other.id)))).flat();
  }

  private async traces(sig: Signature, traceIds: string[], nowMs: number, samplesOf: (id: string) => Promise<Occurrence[]>) {
    const shared = new Map<string, number>();
    const traceErrors: TraceErrorSample[] = [];
    const assembled = this.options.traces ?? 5;
    const inTrace = new Map<string, string[]>();
    // A trace is assembled from the samples stored of each signature in it, and another
    // signature keeps only some of its occurrences (its first, and recent ones at most once a
    // second of arrival: store/event-rows.ts): the traces in which one of them kept a sample go
    // first, so the call order across services is found when any shared trace holds it. In the
    // given order alone, whether the first few held one depended on how the commits fell.
    const sampledElsewhere = new Set<string>();
    for (const traceId of traceIds) {
      const ids = await this.store.signaturesInTrace(traceId, nowMs);
      inTrace.set(traceId, ids);
      for (const id of ids) {
        if (id === sig.id) continue;
        shared.set(id, (shared.get(id) ?? 0) + 1);
        if (!sampledElsewhere.has(traceId) && (await samplesOf(id)).some((o) => o.traceId === traceId)) sampledElsewhere.add(traceId);
      }
    }
    const order = [...traceIds.filter((t) => sampledElsewhere.has(t)), ...traceIds.filter((t) => !sampledElsewhere.has(t))];
    for (const traceId of order.slice(0, assembled)) {
      const ids = inTrace.get(traceId)!;
      for (const id of new Set([sig.id, ...ids])) {
        for (const o of await samplesOf(id)) {
          if (o.traceId !== traceId) continue;
          traceErrors.push(traceErrorSample(o, id, traceId));
        }
      }
    }
    return { shared, traceErrors };
  }
}

function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}

/** TELEMETRY_BACKEND=local, the default: context from Rounds' own store. No settings. */
export const localExtension = {
  name: 'local',
  settings: {},
  create: (_s, deps) => new LocalBackend({ store: deps.store, clock: deps.clock }),
} satisfies TelemetryExtension<'local', Record<never, never>>;
