// Pure analysis of what an investigation gathered → Evidence (model.ts). No I/O: the
// investigator passes in the signature, its stored samples and every backend's ContextPiece.
//
// "Over-represented" is measured, in order of preference, against:
// - healthy traffic: the service's healthy spans counted at ingest in the hours the signature
//   was active (when the Collector forwards all spans; resource attributes only);
// - the service's other errors, counted at ingest over every occurrence in the same hours;
// - the stored samples of the service's other signatures (a store from before the counts).
// A value is reported only when the baseline has enough events carrying the same key; without
// one there is nothing to compare with, and "100% on host-a" of a one-host service would be a
// false lead. Which baseline was used is part of the evidence, and so is what was missing.
import { commonest } from './commonest.js';
import { ownSystemOf } from './own-system.js';
import { refusedLoginsOf } from './causes/server-refused-login.js';
import { replacedUpstreamPodsOf } from './causes/replaced-upstream-pods.js';
import { lostNodePodsOf } from './causes/lost-node-pods.js';
import { systemName } from './system-names.js';
import { embeddedTrace } from './fingerprint/embedded-trace.js';
import { parseStacktrace } from './fingerprint/stacktrace/detect.js';
import { defaultInApp } from './fingerprint/in-app.js';
import { isGeneratedCode } from './generated-code.js';
import { compareReleases, ordersAsVersions } from './lifecycle.js';
import { carrying, distinctValues, subtractStats, type KeyCounts, type SignatureAttributeStats } from './attribute-stats.js';
import type { AttributeValue, BaselineKind, Concentration, DownstreamEvidence, Evidence, LogLine, MetricSeries, Occurrence, Recurrence, Signature, TraceView, TrafficSurge } from './model.js';
import { trafficSteadyOf, trafficSurgeOf, trafficSurgeWithFailuresOf } from './traffic.js';
import { recurrenceOf } from './recurrence.js';
import { hourBucket, minuteBucket } from './time-buckets.js';
import type { ContextPiece, StoreContext, TraceErrorSample } from './ports.js';
import { attributeValue } from './former-attribute-names.js';
import { answeredStatus } from './answered-status.js';
import { reachesOut, SPAN_KIND_CONSUMER, SPAN_KIND_SERVER } from './span-kind.js';
import { traceErrorSample } from './trace-error-sample.js';
import { invokedFunctionName } from './invoked-function.js';
import { platformFacts } from './platform.js';
import { failingInstances } from './failing-instances.js';
import { KIND_SCOPED_KEYS, kindName, kindScopedKey, signatureKind, SPAN_KIND_KEY } from './kind-baseline.js';

export interface EvidenceInput {
  signature: Signature;
  /** The signature's stored samples, most recent first. */
  occurrences: Occurrence[];
  /** Each backend's contribution, by backend name. */
  contexts: { backend: string; piece: ContextPiece }[];
  /** What could not be gathered (failed backends…). */
  notes: string[];
  nowMs: number;
}

/** Baseline samples carrying a key that are needed before a concentration on it is reported. */
export const MIN_BASELINE = 3;
/** Baseline events (counted at ingest) carrying a key that are needed to compare with. */
export const MIN_BASELINE_EVENTS = 5;
/** Below this many occurrences a concentration is a coincidence as often as a cause. */
export const MIN_OCCURRENCES = 5;
/** A value must hold at least this share of the signature's samples… */
const MIN_SHARE = 0.6;
/** …and this much more than its share of the baseline. */
const MIN_LIFT = 0.2;
/** A signature younger than an hour with this many errors in five minutes is a burst. */
export const BURST_MIN_COUNT = 20;
const RECENT_MINUTES = 5;

/** Keys that describe the SDK, the process or the error itself rather than where it happens. */
const IGNORED_KEYS = /^(telemetry\.|process\.|os\.|exception\.|code\.|thread\.|otel\.|error\.|service\.name$|service\.namespace$|service\.instance\.id$|trace|span|http\.response\.status_code$|http\.status_code$|rpc\.grpc\.status_code$)/;

export function buildEvidence(input: EvidenceInput): Evidence {
  const { signature: sig, occurrences, nowMs } = input;
  const store = input.contexts.find((c) => c.piece.store)?.piece.store;
  const traces = input.contexts.flatMap((c) => c.piece.traces);
  const logs = input.contexts.flatMap((c) => c.piece.logs);
  const metrics = input.contexts.flatMap((c) => c.piece.metrics);
  const notes = [...input.notes, ...input.contexts.flatMap((c) => c.piece.notes.map((n) => (n.startsWith(`${c.backend}:`) ? n : `${c.backend}: ${n}`)))];
  const chain = exceptionChain(sig, occurrences);
  if (!store) notes.push('local: no store context (attribute concentration, release history and co-occurring signatures unknown)');
  const measured = store?.attributeStats ? statConcentrations(store.attributeStats, signatureKind(occurrences.map((o) => o.spanKind))) : undefined;
  const sampled = store && !measured ? concentrations(occurrences, store.baseline) : [];
  const trace = traceSummary(sig, occurrences, traces, traceSamples(sig, occurrences, store));
  const downstream = downstreamEvidence(sig, trace, store);
  // Which system the samples are the own log of: an evidence field, and what tells a server's
  // record of the logins it refused from a client's.
  const own = ownSystemOf(occurrences);
  // How many instances the errors ran on, which the concentrations do not keep (failing-instances.ts).
  const instances = failingInstances(store?.attributeStats?.signature.keys, occurrences.map(factsOf));

  const lacking: string[] = [];
  if (measured && measured.baseline.kind !== 'healthy traffic') lacking.push(`no healthy baseline: only errors reach Rounds, so concentration is measured against ${sig.service}'s other errors, not its traffic`);
  if (!measured && store) lacking.push(`no attribute statistics for this signature: concentration is measured on ${occurrences.length} stored samples only`);
  if (traces.length === 0) lacking.push('no trace backend: call order comes from the error spans Rounds stored (healthy spans and latencies unknown)');
  if (logs.length === 0) lacking.push('no log backend: no log lines around the errors');
  if (sig.count < MIN_OCCURRENCES) lacking.push(`too few occurrences (${sig.count}, under ${MIN_OCCURRENCES}) to tell a partial concentration from chance: only a value every occurrence carries, and chance would give less than once in a thousand, is named`);

  return {
    signatureId: sig.id,
    service: sig.service,
    type: sig.type,
    message: sig.message,
    count: sig.count,
    firstSeenMs: sig.firstSeenMs,
    lastSeenMs: sig.lastSeenMs,
    trend: store ? trend(sig, store) : { kind: nowMs - sig.firstSeenMs < 3_600_000 ? 'new' : 'steady', detail: `${sig.count} occurrences since ${iso(sig.firstSeenMs)} (no counters)` },
    concentrations: measured?.list ?? sampled,
    ...(instances !== undefined ? { failingInstances: instances } : {}),
    ...(measured ? { baseline: measured.baseline } : store ? { baseline: { kind: 'samples' as const, detail: `${store.baseline.length} stored samples of ${sig.service}'s other signatures` } } : {}),
    release: releaseCorrelation(sig, occurrences, store?.baseline ?? [], store?.attributeStats?.signature.keys['service.version'], store?.attributeStats?.serviceHealthy?.keys['service.version']),
    trace,
    ...(downstream ? { downstream } : {}),
    coOccurring: (store?.coOccurring ?? []).slice().sort((a, b) => b.sharedTraces - a.sharedTraces).slice(0, 5),
    ...calleeOf(occurrences),
    ...answeredOf(occurrences),
    ...redeliveredOf(occurrences),
    ...consumedOf(occurrences),
    ...own,
    ...refusedLoginsIn(occurrences, own.ownSystem),
    ...scheduledJobOf(occurrences),
    ...replacedUpstreamPodsIn(occurrences),
    ...lostNodePodsIn(occurrences, store?.baseline ?? []),
    ...recurrenceIn(store),
    ...trafficIn(sig, store, occurrences),
    // The fingerprint's culprit is its crash site's frame, which can be a framework's generated code
    // (exceptionChain skips that for the app's own frame below it).
    topInAppFrame: sig.culprit && !isLibraryFrame(sig.culprit) && !chain.generated?.some((g) => g !== '' && sig.culprit!.startsWith(g)) ? sig.culprit : chain.topFrame,
    exceptionChain: chain.chain,
    stacktraceSample: chain.stacktrace,
    logs: logs.sort((a: LogLine, b: LogLine) => b.timeMs - a.timeMs).slice(0, 50),
    metrics: metrics.map(summarizeSeries),
    ...platformOf(metrics, sig),
    notes,
    lacking,
  };
}

// ---- the peer a failing client span calls ----

/** Keys naming the peer a client span calls, most specific first (semantic conventions, older names last). */
const CALLEE_KEYS = ['peer.service', 'server.address', 'net.peer.name', 'db.name'] as const;

/** The host of an absolute URL attribute, or undefined. */
function hostOfUrl(url: AttributeValue | undefined): string | undefined {
  return typeof url === 'string' ? /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#\[\]]+)/i.exec(url)?.[1] : undefined;
}

/** The peer a sample's own span calls, with the database system it names. */
function calleeSample(o: Occurrence): { value: string; detail?: string } | undefined {
  // A server span's server.address is its own name (OpenTelemetry's semantic conventions):
  // only client and producer spans name a callee; peer.service is only ever set on those.
  const calls = reachesOut(o.spanKind) || (o.spanKind === undefined && typeof o.attributes['peer.service'] === 'string');
  if (!calls) return undefined;
  // A function invoked (faas.invoked_name) is the peer, not its provider's regional endpoint.
  const fn = invokedFunctionName(o.attributes);
  if (fn) return { value: fn };
  const key = CALLEE_KEYS.find((k) => typeof o.attributes[k] === 'string' && o.attributes[k] !== '');
  // Failing those, the host of the URL called (`url.full`, or `http.url` before 1.21).
  const value = key ? (o.attributes[key] as string) : hostOfUrl(o.attributes['url.full'] ?? o.attributes['http.url']);
  if (!value) return undefined;
  const system = o.attributes['db.system.name'] ?? o.attributes['db.system'];
  return { value, detail: typeof system === 'string' ? systemName(system) : undefined };
}

/**
 * The callee most of the samples' own spans name (at least 60 % of them): the concentrations
 * cannot name it when the healthy calls carry it as well, which is what a dependency's failure
 * looks like from its client.
 */
function calleeOf(occurrences: Occurrence[]): Pick<Evidence, 'callee' | 'calledTable'> {
  const table = calledTableOf(occurrences);
  const counted = oneSamplePerFailedCall(occurrences);
  const best = commonest(counted.map(calleeSample));
  if (!best || best.n < 0.6 * counted.length) return table;
  return { callee: { name: best.value, ...(best.detail ? { system: best.detail } : {}), share: best.n / counted.length }, ...table };
}

/** Fewest failing calls naming one table for it to be named. */
const MIN_TABLE_CALLS = 3;

/**
 * The table most of the samples' own database calls name (db.collection.name, db.sql.table before
 * 1.26; at least 60 % of the calls, and MIN_TABLE_CALLS). Only a call names a table, so the share
 * is taken among the calls: a server span recording the same failure above its call (whose pair
 * the draw of samples may not have kept) names none, and is no call to another table either.
 */
function calledTableOf(occurrences: Occurrence[]): Pick<Evidence, 'calledTable'> {
  const calls = occurrences.filter((o) => reachesOut(o.spanKind));
  const best = commonest(
    calls.map((o) => {
      const t = o.attributes['db.collection.name'] ?? o.attributes['db.sql.table'];
      return typeof t === 'string' && t !== '' ? { value: t } : undefined;
    }),
  );
  return best && best.n >= MIN_TABLE_CALLS && best.n >= 0.6 * calls.length ? { calledTable: best.value } : {};
}

/**
 * The samples less those that repeat a client sample's failure one span up. An exception thrown
 * through a call is recorded on the client span that met it and again on the server span it
 * propagated to (the Java agent's and Node's instrumentations record it on both), and the two
 * are one signature: the server span names no callee (its server.address is its own name), so
 * counting it would halve every callee's share, and a dependency every failing request called
 * would read as no dependency at all. A sample that does not reach out is left out when a
 * sample that does shares its trace: it is the same failed call, seen from the request above it.
 */
function oneSamplePerFailedCall(occurrences: Occurrence[]): Occurrence[] {
  const calling = new Set(occurrences.filter((o) => reachesOut(o.spanKind) && o.traceId).map((o) => o.traceId!.toLowerCase()));
  if (calling.size === 0) return occurrences;
  return occurrences.filter((o) => reachesOut(o.spanKind) || !o.traceId || !calling.has(o.traceId.toLowerCase()));
}

/**
 * The status most of the samples' own client spans were answered with (at least 60 % of them),
 * for failures that word nothing else (core/answered-status.ts).
 */
function answeredOf(occurrences: Occurrence[]): Pick<Evidence, 'answered'> {
  const best = commonest(occurrences.map((o) => {
    const status = answeredStatus(o);
    return status === undefined ? undefined : { value: status };
  }));
  if (!best || best.n < 0.6 * occurrences.length) return {};
  return { answered: { status: best.value, share: best.n / occurrences.length } };
}

// ---- one message delivered again and again ----

/** Fewest samples that must be deliveries of one message to call it redelivered. */
const MIN_REDELIVERIES = 5;
/** Their least share of the samples that identify their message. */
const MIN_REDELIVERED_SHARE = 0.8;

/**
 * A logger's own property naming the message it handled: `MessageId` in a Serilog or
 * Microsoft.Extensions.Logging template (MassTransit's `R-FAULT {InputAddress} {MessageId} …` and
 * `T-FAULT {InputAddress} {MessageId}`, each property an attribute of the exported record),
 * `message_id` from structlog or logrus, `messageId` from zap: the key spelled without a namespace,
 * in any case, with or without `_` or `-`. A dotted `message.id` is not one: the older RPC
 * conventions' per-stream message counter (1, 2, 3…) goes by that name.
 */
const LOGGED_MESSAGE_ID = /^message[_-]?id$/i;

/** The message a consumer span or a logged record processed: its id, or its Kafka partition and offset (semantic conventions, and the older key names). */
function messageOf(a: Occurrence['attributes']): string | undefined {
  const id = a['messaging.message.id'];
  if (typeof id === 'string' && id !== '') return id;
  for (const [key, value] of Object.entries(a)) {
    if (LOGGED_MESSAGE_ID.test(key) && (typeof value === 'string' || typeof value === 'number') && value !== '') return String(value);
  }
  const offset = a['messaging.kafka.offset'] ?? a['messaging.kafka.message.offset'];
  if (offset === undefined) return undefined;
  const partition = a['messaging.destination.partition.id'] ?? a['messaging.kafka.destination.partition'];
  return `partition ${partition ?? '?'} offset ${offset}`;
}

/**
 * A poison message: most samples that say which message they processed name the same one. A
 * queue redelivers a message its consumer fails on (or a Kafka consumer retries its offset), so
 * one bad input fails over and over; different messages failing the same way are a defect or a
 * dependency, not this.
 */
function redeliveredOf(occurrences: Occurrence[]): Pick<Evidence, 'redelivered'> {
  const best = commonest(
    occurrences.map((o) => {
      const message = messageOf(o.attributes);
      const destination = attributeValue(o.attributes, 'messaging.destination.name');
      return message === undefined ? undefined : { value: message, detail: typeof destination === 'string' ? destination : undefined };
    }),
  );
  if (!best) return sameContentRedelivered(occurrences);
  if (!redeliveredEnough(best) && !offsetReadAgain(occurrences, best)) return {};
  return { redelivered: { message: best.value, ...(best.detail ? { destination: best.detail } : {}), count: best.n, of: best.of } };
}

/** Enough of the samples that name (or size) their message are one: MIN_REDELIVERIES, and MIN_REDELIVERED_SHARE of them. */
function redeliveredEnough(best: { n: number; of: number }): boolean {
  return best.n >= MIN_REDELIVERIES && best.n >= MIN_REDELIVERED_SHARE * best.of;
}

/** Fewest samples of one Kafka record (one topic, partition and offset) that make it read again. */
const MIN_OFFSET_REREADS = 3;

/**
 * A Kafka record read again: an offset names one record of one partition of one topic, and a
 * consumer that commits it reads it once, so the same topic, partition and offset on several
 * failed samples is the record delivered again (the consumer resuming from its last committed
 * offset after a restart or a rebalance), however few the samples — where a message id or a body
 * size may repeat across different messages and needs MIN_REDELIVERIES. Only when every sample
 * that names its record names this one, in one topic: records of two topics may share an offset.
 */
function offsetReadAgain(occurrences: Occurrence[], best: { value: string; n: number; of: number }): boolean {
  if (!best.value.startsWith('partition ') || best.n < MIN_OFFSET_REREADS || best.n !== best.of) return false;
  const topics = new Set(occurrences.filter((o) => messageOf(o.attributes) === best.value).map((o) => String(attributeValue(o.attributes, 'messaging.destination.name') ?? '')));
  return topics.size === 1 && !topics.has('');
}

/** A delivery's body size: the semantic conventions' key, and the one before it. */
function bodySizeOf(a: Occurrence['attributes']): number | undefined {
  const size = a['messaging.message.body.size'] ?? a['messaging.message.payload_size_bytes'];
  return typeof size === 'number' && size > 0 ? size : undefined;
}

/**
 * One message redelivered where no sample names it: a consumer instrumentation that records no
 * message id (OpenTelemetry Broadway's `<topology>/<processor> process` spans carry the body's size
 * but no id) still shows one input when most deliveries carry the same body size and fail with the
 * same words, unparameterised — the values the error quotes from the input (Elixir's `key
 * "amount" not found in: %{…}`) the same each time. A message that BroadwayRabbitMQ's
 * `:reject_and_requeue` sends back at once, forever (elixir-broadway/broadway_rabbitmq#73).
 * Messages of different sizes, or the same size failing with different words, are different inputs.
 */
function sameContentRedelivered(occurrences: Occurrence[]): Pick<Evidence, 'redelivered'> {
  const best = commonest(
    occurrences.map((o) => {
      const size = bodySizeOf(o.attributes);
      const words = o.exception?.message ?? o.statusMessage;
      return size === undefined || !words ? undefined : { value: `${size}\u0000${words}` };
    }),
  );
  if (!best || !redeliveredEnough(best)) return {};
  const size = Number(best.value.split('\u0000', 1)[0]);
  return { redelivered: { message: `of ${size} bytes`, bodySize: size, count: best.n, of: best.of } };
}

/** Least share of the samples that must be a consumer's deliveries. */
const MIN_CONSUMED_SHARE = 0.6;

/**
 * Whether most samples are a consumer processing a delivered message: a CONSUMER span, or a
 * record that names a messaging system or destination (semantic conventions, with the older
 * `messaging.destination`).
 */
function consumedOf(occurrences: Occurrence[]): Pick<Evidence, 'consumed'> {
  const consumed = occurrences.filter((o) => o.spanKind === SPAN_KIND_CONSUMER || o.attributes['messaging.system'] !== undefined || attributeValue(o.attributes, 'messaging.destination.name') !== undefined);
  if (consumed.length === 0 || consumed.length < MIN_CONSUMED_SHARE * occurrences.length) return {};
  const system = commonest(consumed.map((o) => (typeof o.attributes['messaging.system'] === 'string' ? { value: o.attributes['messaging.system'] as string } : undefined)));
  const destination = commonest(consumed.map((o) => {
    const d = attributeValue(o.attributes, 'messaging.destination.name');
    return typeof d === 'string' ? { value: d } : undefined;
  }));
  return { consumed: { ...(system ? { system: system.value } : {}), ...(destination ? { destination: destination.value } : {}), share: consumed.length / occurrences.length } };
}

/**
 * The Kubernetes CronJob (or Job) every sample ran in, by the semantic conventions' resource
 * attributes `k8s.cronjob.name` and `k8s.job.name`: each run is a pod of its own, so the pods differ
 * and the job's name is what they share.
 */
function scheduledJobOf(occurrences: Occurrence[]): Pick<Evidence, 'scheduledJob'> {
  if (occurrences.length === 0) return {};
  for (const [key, kind] of [['k8s.cronjob.name', 'cronjob'], ['k8s.job.name', 'job']] as const) {
    const names = new Set(occurrences.map((o) => o.resource?.[key]));
    const [name] = names;
    if (names.size === 1 && typeof name === 'string' && name !== '') {
      const overlapping = kind === 'cronjob' ? overlappingRuns(occurrences) : undefined;
      return { scheduledJob: { kind, name, ...(overlapping ? { overlapping } : {}) } };
    }
  }
  return {};
}

/**
 * Two runs of one CronJob whose errors interleave: a sample of one run falls strictly between the
 * first and the last sample of another, so both were running then. A CronJob starts each run as a
 * Job of its own (`k8s.job.name`, its pod named after it) and, unless its concurrencyPolicy is
 * Forbid or Replace, starts the next on schedule while the last still runs (Kubernetes' CronJob
 * documentation: Allow is the default). Runs one after another never interleave, however many fail;
 * the pods of one Job running in parallel are one run, so the run is the Job, its pod only when no
 * Job name is sent.
 */
function overlappingRuns(occurrences: Occurrence[]): [string, string] | undefined {
  const spans = new Map<string, { first: number; last: number; times: number[] }>();
  for (const o of occurrences) {
    const run = o.resource?.['k8s.job.name'] ?? o.resource?.['k8s.pod.name'];
    if (typeof run !== 'string' || run === '') continue;
    const span = spans.get(run) ?? { first: o.timeMs, last: o.timeMs, times: [] };
    span.first = Math.min(span.first, o.timeMs);
    span.last = Math.max(span.last, o.timeMs);
    span.times.push(o.timeMs);
    spans.set(run, span);
  }
  for (const [a, outer] of spans) {
    for (const [b, inner] of spans) {
      if (a !== b && inner.times.some((t) => t > outer.first && t < outer.last)) return [a, b].sort() as [string, string];
    }
  }
  return undefined;
}

// ---- attribute statistics (every occurrence) ----

/**
 * Each counted key's most frequent value among the signature's occurrences, against its share
 * of the baseline: healthy traffic when it carries the key, else the service's other errors.
 * Listed when it holds at least half of the occurrences and more than its baseline share; the
 * cause rules decide what is enough to name a cause.
 */
export function statConcentrations(stats: SignatureAttributeStats, spanKind?: number): { list: Concentration[]; baseline: { kind: BaselineKind; detail: string } } {
  const others = subtractStats(stats.serviceErrors, stats.signature);
  const list: Concentration[] = [];
  let usedHealthy = false;
  // Where the signature's spans ran is compared with where the service's healthy spans of their
  // kind ran (core/kind-baseline.ts), when the healthy counts kept the kinds apart: a job's
  // CONSUMER spans with the service's other CONSUMER spans, not with its web instances' traffic.
  const ownKind = spanKind !== undefined && stats.serviceHealthy?.keys[SPAN_KIND_KEY] !== undefined ? spanKind : undefined;
  for (const [key, own] of Object.entries(stats.signature.keys)) {
    const ownCarrying = carrying(own);
    if (ownCarrying < 2) continue;
    const top = topValue(own);
    if (!top) continue;
    const scoped = ownKind !== undefined && KIND_SCOPED_KEYS.includes(key);
    // No healthy span of that kind: where the others ran says nothing about where this kind of
    // work runs, so the place is not compared at all (nor with other errors, mostly other kinds').
    if (scoped && carrying(stats.serviceHealthy?.keys[kindScopedKey(key, ownKind)]) < MIN_BASELINE_EVENTS) continue;
    const healthy = stats.serviceHealthy?.keys[scoped ? kindScopedKey(key, ownKind) : key];
    const fromHealthy = carrying(healthy) >= MIN_BASELINE_EVENTS;
    const base = fromHealthy ? healthy : others.keys[key];
    const baseCarrying = carrying(base);
    if (baseCarrying < MIN_BASELINE_EVENTS) continue;
    const share = top[1] / ownCarrying;
    const baselineShare = (base?.values[top[0]] ?? 0) / baseCarrying;
    if (share < 0.5 || share <= baselineShare) continue;
    usedHealthy ||= fromHealthy;
    list.push({
      key,
      value: top[0],
      count: top[1],
      share: round(share),
      baselineShare: round(baselineShare),
      lift: round(share / Math.max(baselineShare, 0.01)),
      carrying: ownCarrying,
      baselineCarrying: baseCarrying,
      baselineValues: distinctValues(base),
      baseline: fromHealthy ? 'healthy traffic' : 'other errors',
      ...(scoped ? { baselineSpanKind: kindName(ownKind) } : {}),
    });
  }
  list.sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || (b.lift ?? 0) - (a.lift ?? 0) || b.count - a.count);
  const window = `${iso(stats.fromMs)} to ${iso(stats.toMs)}`;
  const healthyTotal = stats.serviceHealthy?.total ?? 0;
  const baseline = usedHealthy || healthyTotal > 0
    ? { kind: 'healthy traffic' as const, detail: `${healthyTotal} healthy spans of the service from ${window} (resource attributes); span attributes against its ${others.total} other errors` }
    : { kind: 'other errors' as const, detail: `the service's ${others.total} other errors from ${window} (no healthy spans arrive)` };
  return { list: list.slice(0, 12), baseline };
}

function topValue(counts: KeyCounts): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const entry of Object.entries(counts.values)) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

/**
 * Frames of well-known libraries that runtimes' default in-app rules do not know (JDBC pools,
 * drivers): a frame there is where the library noticed the failure, not the application's code.
 */
const LIBRARY_FRAME = /^(?:com\.zaxxer\.hikari|org\.postgresql|com\.mysql|org\.mariadb|redis\.clients|io\.lettuce|com\.mongodb|org\.mongodb|com\.datastax|software\.amazon|com\.amazonaws|org\.jooq|org\.flywaydb|org\.liquibase|liquibase|com\.rabbitmq|org\.elasticsearch|co\.elastic|io\.vertx|feign|retrofit2)\./;

/**
 * A Cython extension's source file, as CPython prints a compiled module's frame: the .pyx (.pxd,
 * .pxi) it was built from, by its bare name in the wheels' tracebacks (`File "tzconversion.pyx",
 * line 90, in pandas._libs.tslibs.tzconversion.Localizer.__cinit__`) or by its path in the source
 * tree (`pandas/_libs/tslibs/tzconversion.pyx`, `asyncpg/protocol/protocol.pyx`). Neither is under
 * site-packages, so the runtime's default rule takes them for the application's; they are an
 * installed library's compiled code (pandas, asyncpg, lxml, uvloop, grpcio), where it noticed the
 * failure, and the application's frame that called it is the one to name. An application's own
 * Cython module is read so too: rare beside the libraries', which are in most such traces.
 */
const COMPILED_EXTENSION_FILE = /\.(?:pyx|pxd|pxi)\)?$/;

export function isLibraryFrame(frame: string): boolean {
  return LIBRARY_FRAME.test(frame) || /node_modules[\\/]/.test(frame) || COMPILED_EXTENSION_FILE.test(frame.trim());
}

// ---- the deeper failing signature ----

/**
 * The signature failing deepest in the signature's traces, when it is another one: with its
 * own concentrations (its release, its host), the upstream error is explained through it.
 */
export function downstreamEvidence(sig: Signature, trace: Evidence['trace'], store: StoreContext | undefined): DownstreamEvidence | undefined {
  const deep = trace?.deepestFailingSpan;
  if (!deep || !store?.related) return undefined;
  const shared = new Map(store.coOccurring.map((c) => [c.signatureId, c.sharedTraces]));
  const id =
    (deep.signatureId && deep.signatureId !== sig.id && store.related[deep.signatureId] ? deep.signatureId : undefined) ??
    (deep.service !== sig.service ? Object.keys(store.related).find((k) => store.related![k].signature.service === deep.service) : undefined);
  if (!id) return undefined;
  const related = store.related[id];
  const other = related.signature;
  if (isUninformative(other)) return undefined;
  const causes = exceptionChain(other, related.samples).chain.slice(1).map((e) => `${e.type}: ${e.message}`);
  return {
    signatureId: id,
    service: other.service,
    type: other.type,
    message: other.message,
    count: other.count,
    sharedTraces: shared.get(id) ?? 0,
    concentrations: related.stats ? statConcentrations(related.stats).list : concentrations(related.samples, related.baseline),
    release: releaseCorrelation(other, related.samples, related.baseline, related.stats?.signature.keys['service.version'], related.stats?.serviceHealthy?.keys['service.version']),
    // The peer the deeper signature's own client spans call: when the deepest failure is a call
    // to a database or an API that sends no spans of its own, that peer is where the trace ends.
    ...calleeOf(callSamplesOf(id, store.related)),
    ...(causes.length > 0 ? { causes } : {}),
  };
}

/**
 * The samples that say what the deeper signature called: its own, or, when none of them is a call
 * (a server span recording the failure of the call under it, as a handler does that records the
 * error it returns), those of the same service's signature in the same words whose samples are
 * calls — the same failure recorded one span down. Which of the two the one trace read names is a
 * draw of the stored samples; what was called must not rest on it.
 */
function callSamplesOf(id: string, related: NonNullable<StoreContext['related']>): Occurrence[] {
  const own = related[id];
  if (own.samples.some((o) => reachesOut(o.spanKind))) return own.samples;
  const same = Object.values(related).find(
    (r) => r !== own && r.signature.service === own.signature.service && r.signature.type === own.signature.type && r.signature.message === own.signature.message && r.samples.some((o) => reachesOut(o.spanKind)),
  );
  return same ? same.samples : own.samples;
}

/** A status-only error with no message (a client span marked ERROR) says nothing of a cause. */
export function isUninformative(s: Pick<Signature, 'message' | 'type'>): boolean {
  return s.message.trim() === '' || /^(error|unknown|status[_ ]code[_ ]error)?$/i.test(s.message.trim());
}

// ---- attribute concentration ----

/** The scalar facts of one sample, keyed by semantic-convention names. */
export function factsOf(o: Occurrence): Map<string, string> {
  const out = new Map<string, string>();
  const add = (key: string, value: AttributeValue | undefined) => {
    if (IGNORED_KEYS.test(key) || value === null || value === undefined || typeof value === 'object') return;
    const text = String(value);
    if (text.length > 0 && text.length <= 200) out.set(key, text);
  };
  for (const [k, v] of Object.entries(o.resource)) add(k, v);
  for (const [k, v] of Object.entries(o.attributes)) add(k, v);
  if (o.host) out.set('host.name', o.host);
  if (o.release) out.set('service.version', o.release);
  if (o.environment) out.set('deployment.environment.name', o.environment);
  return out;
}

export function concentrations(own: Occurrence[], baseline: Occurrence[]): Concentration[] {
  if (own.length < 2) return [];
  const ownFacts = own.map(factsOf);
  const baseFacts = baseline.map(factsOf);
  const keys = new Set(ownFacts.flatMap((f) => [...f.keys()]));
  const out: Concentration[] = [];
  for (const key of keys) {
    const carrying = ownFacts.filter((f) => f.has(key));
    const baseCarrying = baseFacts.filter((f) => f.has(key));
    if (carrying.length < 2 || baseCarrying.length < MIN_BASELINE) continue;
    const counts = new Map<string, number>();
    for (const f of carrying) counts.set(f.get(key)!, (counts.get(f.get(key)!) ?? 0) + 1);
    const [value, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const share = count / carrying.length;
    const baselineShare = baseCarrying.filter((f) => f.get(key) === value).length / baseCarrying.length;
    if (share >= MIN_SHARE && share - baselineShare >= MIN_LIFT) {
      out.push({ key, value, count, share: round(share), baselineShare: round(baselineShare), lift: round(share / Math.max(baselineShare, 0.01)), carrying: carrying.length, baselineCarrying: baseCarrying.length, baseline: 'samples' });
    }
  }
  return out.sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || b.count - a.count).slice(0, 8);
}

// ---- release correlation ----

/**
 * `counted`: the signature's service.version counts over every occurrence (the attribute
 * statistics the store keeps per signature); the figures come from them when the store has
 * them, and from the samples only for a store from before they were counted. `healthy`: the
 * service's healthy traffic counted by service.version, where a release that runs without any
 * error shows (the stored samples are errors only).
 */
export function releaseCorrelation(sig: Signature, own: Occurrence[], baseline: Occurrence[], counted?: KeyCounts, healthy?: KeyCounts): Evidence['release'] {
  const sampled = new Map<string, number>();
  for (const o of own) if (o.release) sampled.set(o.release, (sampled.get(o.release) ?? 0) + 1);
  if (sampled.size === 0 && sig.releases.length === 0) return undefined;
  const countedReleases = counted ? Object.entries(counted.values).filter(([, n]) => n > 0) : [];
  // One release: every occurrence is in it. Several: the counters, or failing them the samples, say how they split.
  const releases =
    sig.releases.length === 1
      ? [{ release: sig.releases[0], count: sig.count }]
      : (countedReleases.length ? countedReleases : [...sampled]).map(([release, count]) => ({ release, count })).sort((a, b) => b.count - a.count || a.release.localeCompare(b.release));
  const earliest = [...own].filter((o) => o.release).sort((a, b) => a.timeMs - b.timeMs)[0];
  const firstRelease = sig.releases[0] ?? earliest?.release;
  if (!firstRelease) return { introducedByRelease: false, releases, detail: 'no release recorded' };

  // When the service was first seen running each release, from every sample we hold.
  const firstSeen = new Map<string, number>();
  for (const o of [...baseline, ...own]) {
    if (o.release && o.timeMs < (firstSeen.get(o.release) ?? Infinity)) firstSeen.set(o.release, o.timeMs);
  }
  const order = [...firstSeen].sort((a, b) => a[1] - b[1]).map(([r]) => r);
  const olderClean = [...firstSeen]
    .filter(([r, t]) => r !== firstRelease && t < sig.firstSeenMs && !sig.releases.includes(r) && compareReleases(firstRelease, r, order) > 0)
    .map(([r]) => r);
  // Newer releases seen running without it (a canary beside the failing release): only when the
  // error sits on releases that are all older than them.
  const failing = new Set([...sig.releases, ...releases.map((r) => r.release), ...sampled.keys()]);
  // With no sample of an older release (a service with no other errors to sample), its healthy
  // traffic's counters still tell one: olderServedClean.
  const servedClean = olderClean.length > 0 ? [] : olderServedClean(sig, firstRelease, failing, healthy);
  const introducedByRelease = olderClean.length > 0 || servedClean.length > 0;
  const running = new Set([...firstSeen.keys(), ...Object.entries(healthy?.values ?? {}).filter(([, n]) => n > 0).map(([r]) => r)]);
  const newerClean = [...running].filter((r) => !failing.has(r) && [...failing].every((f) => compareReleases(r, f, order) > 0));
  const since = firstSeen.get(firstRelease);
  // A regression's release is the fact that matters most: the fix did not hold there.
  const regressed = sig.regression ? `Came back${sig.regression.release ? ` in release ${sig.regression.release}` : ''} after being resolved. ` : '';
  const detail = regressed + (olderClean.length > 0
    ? `${sig.service} ran ${olderClean.join(', ')} before without this error; it first appeared${since !== undefined ? ` ${duration(sig.firstSeenMs - since)} after ${firstRelease} was first seen` : ` with ${firstRelease}`}.`
    : servedClean.length > 0
    ? `${sig.service}'s healthy traffic ran ${servedClean.map((r) => `${r.release} (${r.spans} spans)`).join(', ')} without this error, while every one of its ${sig.count} occurrences is on ${[...failing].join(', ')}.`
    : sig.releases.length > 1
      ? `Seen in ${sig.releases.length} releases (${sig.releases.join(', ')}): not tied to one release.`
      : `No earlier release of ${sig.service} was seen without this error.`);
  const othersSince = othersSinceEach(own);
  return { firstRelease, introducedByRelease, releases, detail, ...(newerClean.length ? { newerClean } : {}), ...(othersSince ? { othersSince } : {}) };
}

/**
 * Older releases the service's healthy traffic ran (its counters over the window) on which this
 * error never occurred, while every occurrence is on a newer one: the release before the one that
 * brought it. A service with no other errors leaves no sample to tell when it ran which release,
 * so its counters tell it instead — a fleet rolled node by node onto a release whose calls fail
 * (qdrant/qdrant#7632, 1.16.0 to 1.16.1) still serves some of its requests from the older
 * release, cleanly. Only names that order as versions (a name known only from the counters has no
 * first-seen time to order it by), and only a release that served enough of the traffic that
 * none of the occurrences landing on it is no chance: with a share p of the healthy spans, all
 * `count` occurrences missing it has the probability (1 − p)^count, under one in a thousand, as
 * table.ts completeOnFew weighs a value every occurrence carries.
 */
function olderServedClean(sig: Signature, firstRelease: string, failing: Set<string>, healthy: KeyCounts | undefined): { release: string; spans: number }[] {
  if (!healthy) return [];
  const total = Object.values(healthy.values).reduce((a, n) => a + n, 0) + healthy.other;
  if (total === 0 || [...failing].some((f) => !ordersAsVersions(f, firstRelease) || compareReleases(f, firstRelease) < 0)) return [];
  return Object.entries(healthy.values)
    .filter(([release, spans]) => spans > 0 && !failing.has(release) && ordersAsVersions(firstRelease, release) && compareReleases(firstRelease, release) > 0)
    .filter(([, spans]) => sig.count * -Math.log(1 - Math.min(spans / total, 0.999)) >= Math.log(1000))
    .map(([release, spans]) => ({ release, spans }));
}

/** For each release of the samples, how many samples of other releases came from its first one on. */
function othersSinceEach(own: Occurrence[]): NonNullable<Evidence['release']>['othersSince'] {
  const released = own.filter((o) => o.release).sort((a, b) => a.timeMs - b.timeMs);
  const names = new Set(released.map((o) => o.release!));
  if (names.size < 2) return undefined;
  const out: NonNullable<NonNullable<Evidence['release']>['othersSince']> = {};
  for (const release of names) {
    const from = released.findIndex((o) => o.release === release);
    out[release] = released.slice(from).filter((o) => o.release !== release).length;
  }
  return out;
}

// ---- trend ----

/**
 * The signature's trend. Its recent minutes are the five up to its last minute with errors in the
 * hour (`minuteCounts`, one per minute, the last one now's), not the five before the
 * investigation: an investigation that runs minutes after a burst ended — behind a queue of
 * others, or a playback that took that long — still reads the burst its errors came in, and a
 * diagnosis does not depend on when it was made.
 */
export function trend(sig: Signature, store: Pick<StoreContext, 'minuteCounts' | 'hourCounts' | 'nowMs'>): Evidence['trend'] {
  const minutes = store.minuteCounts;
  let last = minutes.length - 1;
  while (last > 0 && minutes[last] === 0) last--;
  const from = Math.max(0, last - RECENT_MINUTES + 1);
  const recent = sum(minutes.slice(from, last + 1));
  const quietMinutes = minutes.length - 1 - last;
  const window = quietMinutes > 0 ? `in the ${RECENT_MINUTES} minutes up to its last errors ${duration(quietMinutes * 60_000)} ago` : `in the last ${RECENT_MINUTES} minutes`;
  const ageMs = store.nowMs - sig.firstSeenMs;
  if (ageMs < 3_600_000) {
    if (recent >= BURST_MIN_COUNT) return { kind: 'bursting', detail: `${recent} ${window}; first seen ${duration(ageMs)} ago` };
    return { kind: 'new', detail: `first seen ${duration(ageMs)} ago, ${sig.count} so far` };
  }
  const lastHour = sum(minutes);
  const earlierHours = store.hourCounts.slice(0, -1);
  const activeHours = earlierHours.filter((n) => n > 0).length;
  const hourly = earlierHours.length ? sum(earlierHours) / earlierHours.length : 0;
  const previousMinutes = minutes.slice(0, from);
  const baseRate = Math.max(previousMinutes.length ? sum(previousMinutes) / previousMinutes.length : 0, hourly / 60);
  if (recent >= 10 && recent / RECENT_MINUTES >= 3 * Math.max(baseRate, 0.01)) {
    return { kind: 'bursting', detail: `${recent} ${window} against ${round(baseRate)}/min before` };
  }
  if (activeHours > 0 && lastHour * 3 < hourly) {
    return { kind: 'fading', detail: `${lastHour} in the last hour against ${round(hourly)}/hour over the day before` };
  }
  return { kind: 'steady', detail: `${lastHour} in the last hour, ${round(hourly)}/hour over the day before` };
}

// ---- a schedule ----

function recurrenceIn(store: StoreContext | undefined): { recurrence?: Recurrence } {
  if (!store?.scheduleMinuteCounts || !store.scheduleHourCounts) return {};
  const recurrence = recurrenceOf(store.scheduleMinuteCounts, minuteBucket(store.nowMs), store.scheduleHourCounts, hourBucket(store.nowMs));
  return recurrence ? { recurrence } : {};
}

/** The service's healthy traffic rising when the errors began (core/traffic.ts). */
function trafficIn(sig: Signature, store: StoreContext | undefined, occurrences: Occurrence[]): { traffic?: TrafficSurge; steadyTraffic?: TrafficSurge } {
  const perMinute = store?.attributeStats?.healthyPerMinute;
  if (!store || !perMinute) return {};
  const traffic = trafficSurgeOf(perMinute, sig.firstSeenMs, sig.lastSeenMs, store.nowMs) ?? (servedRequests(sig, occurrences) ? trafficSurgeWithFailuresOf(perMinute, sig.firstSeenMs, sig.lastSeenMs, store.nowMs, sig.count) : undefined);
  if (traffic) return { traffic };
  const steadyTraffic = trafficSteadyOf(perMinute, sig.firstSeenMs, sig.lastSeenMs, store.nowMs, sig.count);
  return steadyTraffic ? { steadyTraffic } : {};
}

/**
 * Whether each of the signature's occurrences is a request the service served: a span signature
 * whose stored samples are all server spans. Only those count as traffic beside the healthy spans
 * (a client span, a log line or a consumed message can come many to a request, or from a loop).
 */
function servedRequests(sig: Signature, occurrences: Occurrence[]): boolean {
  return sig.source === 'span' && occurrences.length > 0 && occurrences.every((o) => o.spanKind === SPAN_KIND_SERVER);
}

// ---- the trace ----

/** A failing span as far as the analysis needs it; from a backend's trace or Rounds' samples. */
interface FailingSpan {
  spanId?: string;
  parentSpanId?: string;
  service: string;
  name: string;
  statusMessage?: string;
  endMs: number;
  release?: string;
  signatureId?: string;
}

export function traceSummary(sig: Signature, own: Occurrence[], traces: TraceView[], samples: TraceErrorSample[]): Evidence['trace'] {
  const ownTraceIds = own.map((o) => o.traceId?.toLowerCase()).filter((t): t is string => Boolean(t));
  const pick = ownTraceIds.map((id) => traces.find((t) => t.traceId.toLowerCase() === id)).find(Boolean) ?? traces.find((t) => t.spans.some((s) => s.error && s.service === sig.service));
  if (pick) {
    const ownSpanIds = new Set(own.map((o) => o.spanId).filter(Boolean));
    // Backends put the resource's service.version among a span's tags (Jaeger process tags,
    // Tempo resource attributes) when they have it; Rounds' own samples fill the rest.
    const sampled = new Map(samples.map((s) => [s.spanId, s]));
    const spans = pick.spans.map((s) => {
      const version = s.attributes['service.version'];
      const sample = sampled.get(s.spanId);
      const release = typeof version === 'string' ? version : sample?.release;
      return { ...s, endMs: s.startMs + s.durationMs, ...(release ? { release } : {}), ...(sample ? { signatureId: sample.signatureId } : {}) };
    });
    const failing = spans.filter((s) => s.error);
    const self = failing.find((s) => ownSpanIds.has(s.spanId)) ?? failing.find((s) => s.service === sig.service);
    const byStart = [...spans].sort((a, b) => a.startMs - b.startMs);
    return analyse(pick.traceId, failing, spans, self, [...new Set(byStart.map((s) => s.service))]);
  }
  // Of the signature's own traces, the one whose failing spans Rounds holds most of: a signature
  // keeps only some samples (its first and latest), each of its neighbours too, so the first trace
  // may hold only its own span while a later one holds the whole failure down to the deepest
  // service; which trace comes first follows the order exports arrived in, and the deepest
  // failure must not depend on it. Ties go to the first, as before.
  let traceId: string | undefined;
  let most = 0;
  for (const id of ownTraceIds) {
    const n = samples.filter((s) => s.traceId.toLowerCase() === id).length;
    if (n > most) (traceId = id), (most = n);
  }
  if (!traceId) return undefined;
  const inTrace = samples.filter((s) => s.traceId.toLowerCase() === traceId);
  const failing: FailingSpan[] = inTrace.map((s) => ({
    spanId: s.spanId,
    parentSpanId: s.parentSpanId,
    service: s.service,
    name: s.name,
    statusMessage: s.statusMessage,
    endMs: s.timeMs,
    signatureId: s.signatureId,
    ...(s.release ? { release: s.release } : {}),
  }));
  const self = failing[inTrace.findIndex((s) => s.signatureId === sig.id)];
  // Callers end after their callees: latest-ending first reads as caller → callee.
  const services = [...new Set([...failing].sort((a, b) => b.endMs - a.endMs).map((s) => s.service))];
  return analyse(traceId, failing, failing, self, services);
}

/**
 * The failing spans of the signature's traces Rounds holds: those the store assembled, and the
 * stored samples of this signature and of the co-occurring ones (`related`) in the same traces.
 * The store assembles only a few traces, from each signature's kept samples (its first, then at
 * most one a second of arrival), so when a playback or an export burst lands at once, those few
 * can hold only the services above the failure while a deeper signature's samples hold the rest
 * of another of the signature's traces; which ones the store picked then decided whether the
 * deepest failure was found.
 */
function traceSamples(sig: Signature, own: Occurrence[], store: StoreContext | undefined): TraceErrorSample[] {
  const out = [...(store?.traceErrors ?? [])];
  // Only when the store assembled some: without any, the signature's samples were not read as a trace.
  if (!store || out.length === 0) return out;
  const ownTraces = new Set(own.map((o) => o.traceId?.toLowerCase()).filter(Boolean));
  const keyOf = (traceId: string, spanId: string | undefined, signatureId: string) => `${traceId.toLowerCase()}/${spanId ?? ''}/${signatureId}`;
  const seen = new Set(out.map((s) => keyOf(s.traceId, s.spanId, s.signatureId)));
  const add = (id: string, o: Occurrence) => {
    if (!o.traceId || !o.spanId || !ownTraces.has(o.traceId.toLowerCase())) return;
    const key = keyOf(o.traceId, o.spanId, id);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(traceErrorSample(o, id, o.traceId));
  };
  for (const o of own) add(sig.id, o);
  for (const [id, r] of Object.entries(store.related ?? {})) for (const o of r.samples) add(id, o);
  return out;
}

/** A frame named as a culprit is: its module, a dot and its function (`unnamed` where it has none). */
function qualifiedName(frame: { module?: string; function?: string }, unnamed: string): string {
  return `${frame.module ? `${frame.module}.` : ''}${frame.function ?? unnamed}`;
}

/**
 * With parent links the deepest failing span is the one with most ancestors, and errors up and
 * down are the self span's failing ancestors and descendants. Without them (Rounds' own samples
 * keep no span tree) the failing span that ended first is taken as the deepest: in a call chain a
 * callee fails and ends before the caller that surfaces its error.
 */
function analyse(traceId: string, failing: FailingSpan[], all: FailingSpan[], self: FailingSpan | undefined, services: string[]): Evidence['trace'] {
  const byId = new Map(all.filter((s) => s.spanId).map((s) => [s.spanId!, s]));
  const linked = failing.some((s) => s.parentSpanId && byId.has(s.parentSpanId));
  const ancestors = (s: FailingSpan): FailingSpan[] => {
    const out: FailingSpan[] = [];
    for (let p = s.parentSpanId ? byId.get(s.parentSpanId) : undefined; p && out.length < 256; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined) out.push(p);
    return out;
  };
  const deepest = [...failing].sort((a, b) => (linked ? ancestors(b).length - ancestors(a).length : 0) || a.endMs - b.endMs)[0];
  const view = (s: FailingSpan) => ({
    service: s.service,
    name: s.name,
    ...(s.statusMessage ? { statusMessage: s.statusMessage } : {}),
    ...(s.release ? { release: s.release } : {}),
    ...(s.signatureId ? { signatureId: s.signatureId } : {}),
  });
  const others = failing.filter((s) => s !== self);
  let upstream: FailingSpan[] = [];
  let downstream: FailingSpan[] = [];
  if (self && linked) {
    const up = new Set(ancestors(self));
    upstream = others.filter((s) => up.has(s));
    downstream = others.filter((s) => ancestors(s).includes(self));
  } else if (self) {
    upstream = others.filter((s) => s.endMs > self.endMs);
    downstream = others.filter((s) => s.endMs <= self.endMs);
  }
  return {
    traceId,
    deepestFailingSpan: deepest && { ...view(deepest), spanId: deepest.spanId ?? '' },
    upstreamErrors: upstream.map(view),
    downstreamErrors: downstream.map(view),
    services,
  };
}

// ---- the exception ----

export function exceptionChain(sig: Signature, own: Occurrence[]): { chain: Evidence['exceptionChain']; topFrame?: string; stacktrace?: string; generated?: string[] } {
  const withTrace = own.find((o) => o.exception?.stacktrace);
  const sample = withTrace ?? own.find((o) => o.exception) ?? own[0];
  // A log record that printed its exception in its body (core/fingerprint/embedded-trace.ts) has
  // its trace there.
  const stacktrace = withTrace?.exception?.stacktrace ?? (sample?.source === 'log' && !sample.exception ? embeddedTrace(sample.body) : undefined);
  if (stacktrace) {
    const parsed = parseStacktrace(stacktrace);
    if (parsed.exceptions.length > 0) {
      const chain = parsed.exceptions.map((e) => ({ type: e.type, message: e.message }));
      // A trace of frames alone (Elixir's Exception.format_stacktrace, which is what the
      // exception.stacktrace attribute of the BEAM's OpenTelemetry SDK holds) has no header, so the
      // parser's outermost exception has no message: the recorded exception.type and
      // exception.message are its words, unmasked, which the rules read (a status code the
      // signature's template masks: philomena-dev/philomena#105's `"status" => 503`).
      const recorded = withTrace?.exception;
      if (recorded?.message && chain[0].message === '' && !stacktrace.includes(recorded.message)) chain[0] = { type: recorded.type || chain[0].type, message: recorded.message };
      const innermost = [...parsed.exceptions].reverse();
      const inApp = innermost.flatMap((e) => e.frames).filter((f) => defaultInApp(f, parsed.runtime) && !(f.module && LIBRARY_FRAME.test(`${f.module}.`)) && !(f.file && COMPILED_EXTENSION_FILE.test(f.file)));
      // Code a framework generated for the app (a compiled container, a proxy: core/generated-code.ts)
      // is in the app's tree but nobody's to fix: the app's own frame below it is what it runs for.
      const generated = inApp.filter((f) => isGeneratedCode(f));
      const frame = inApp.find((f) => !isGeneratedCode(f)) ?? inApp[0];
      const topFrame = frame ? `${qualifiedName(frame, '<anonymous>')}${frame.file ? ` (${frame.file.split(/[\\/]/).slice(-2).join('/')})` : ''}` : undefined;
      return { chain, topFrame, stacktrace: stacktrace.slice(0, 8000), ...(generated.length > 0 ? { generated: generated.map((f) => qualifiedName(f, '')) } : {}) };
    }
  }
  const type = sample?.exception?.type ?? sig.type;
  const message = sample?.exception?.message ?? sample?.statusMessage ?? sample?.body ?? sig.message;
  return { chain: [{ type, message }], stacktrace: stacktrace?.slice(0, 8000) };
}

// ---- metrics ----

/** What the platform queries' series say while the signature's errors happened (core/platform.ts). */
function platformOf(metrics: MetricSeries[], sig: Signature): Pick<Evidence, 'platform'> {
  const platform = platformFacts(metrics, { firstMs: sig.firstSeenMs, lastMs: sig.lastSeenMs });
  return platform ? { platform } : {};
}

export function summarizeSeries(series: MetricSeries): { query: string; summary: string } {
  const values = series.points.map((p) => p[1]).filter(Number.isFinite);
  const labels = Object.entries(series.labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
  const head = `${series.source}${labels ? ` {${labels}}` : ''}`;
  if (values.length === 0) return { query: series.query, summary: `${head}: no data` };
  return {
    query: series.query,
    summary: `${head}: last ${round(values[values.length - 1])}, min ${round(Math.min(...values))}, max ${round(Math.max(...values))} over ${values.length} points`,
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Math.round(x * 100) / 100;
const iso = (ms: number) => new Date(ms).toISOString();

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 90) return `${s} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} d`;
}

/** The logins the service refused as a server, when most of its samples record them. */
function refusedLoginsIn(occurrences: Occurrence[], ownSystem: string | undefined): Pick<Evidence, 'refusedLogins'> {
  const logins = refusedLoginsOf(occurrences, ownSystem);
  return logins ? { refusedLogins: logins } : {};
}

/** Several peers' pods lost at once, when the samples and the service's other signatures' show them (causes/lost-node-pods.ts). */
function lostNodePodsIn(occurrences: Occurrence[], others: Occurrence[]): Pick<Evidence, 'lostNodePods'> {
  const found = lostNodePodsOf(occurrences, others);
  return found ? { lostNodePods: found } : {};
}

/** The peer's addresses refused each in one burst, when the samples show them (causes/replaced-upstream-pods.ts). */
function replacedUpstreamPodsIn(occurrences: Occurrence[]): Pick<Evidence, 'replacedUpstreamPods'> {
  const found = replacedUpstreamPodsOf(occurrences);
  return found ? { replacedUpstreamPods: found } : {};
}
