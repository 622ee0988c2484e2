// Attribute statistics: per-key counts of the values of the attributes that locate a failure
// (where it ran, what ran, what it was asked, whom it served), kept over every occurrence at
// ingest rather than over the few stored samples. Pure: the store keeps these records, the
// evidence builder compares a signature's record with its service's.
//
// Key names follow the OpenTelemetry semantic conventions (host.*, cloud.*, k8s.*,
// service.instance.id, container.*, service.version, process.runtime.*, telemetry.sdk.version,
// http.*, graphql.operation.name, server.*, db.*, feature_flag.*, enduser.id), counted under
// their current names and read from the names they had before too
// (core/former-attribute-names.ts). Keys that only ever hold one value per
// service (telemetry.sdk.language) or that are identities of the record (trace ids, status
// codes) are not locating attributes and are not counted.
import type { AttributeValue, Attributes } from './model.js';
import { attributeValue } from './former-attribute-names.js';
import { flagFacts } from './flag-evaluation.js';
import { clientOf } from './user-agent.js';

/** Counts of one key's values: the k most frequent tracked exactly, the rest in `other`. */
export interface KeyCounts {
  values: Record<string, number>;
  other: number;
}

/** Counts for one scope: a signature, or a service's errors or healthy spans in one hour. */
export interface AttributeStats {
  /** Events counted (each may carry any subset of the keys). */
  total: number;
  keys: Record<string, KeyCounts>;
  /**
   * A service's healthy spans in each minute of the row's hour (60 counts; healthy rows only,
   * and only those written since they were kept): the traffic a surge is measured against.
   */
  minutes?: number[];
}

/** Healthy spans of one resource in one export, as the selective reader counts them. */
export interface HealthyTally {
  service: string;
  /** Epoch ms of the spans, or 0 when not read (the store then uses the arrival time). */
  timeMs: number;
  /** Spans counted. */
  count: number;
  /** Locating facts with how many of the counted spans carried each (resource facts: all of them). */
  facts: [key: string, value: string, n: number][];
}

/** What a diagnosis compares: a signature's counts and its service's over the same hours. */
export interface SignatureAttributeStats {
  signature: AttributeStats;
  /** The service's errors (this signature included) in the hours the signature was active. */
  serviceErrors: AttributeStats;
  /** The service's healthy spans over the same hours; undefined when none were counted. */
  serviceHealthy?: AttributeStats;
  /**
   * The service's healthy spans per minute from three hours before the signature's first hour
   * to its last (`fromMs`: the first minute's start), when the signature was active within one
   * day and the rows kept minutes; core/traffic.ts reads a surge from it.
   */
  healthyPerMinute?: { fromMs: number; counts: number[] };
  /** The hours compared. */
  fromMs: number;
  toMs: number;
}

/** Values tracked per key before the least frequent are folded into `other`. */
export const TOP_K = 16;
/** Longest value counted; longer text is free-form, not a dimension. */
const MAX_VALUE_LENGTH = 200;

/** Where each key is read: the resource (one process) or the span / log record. */
export const RESOURCE_KEYS = [
  'host.name',
  'host.arch',
  'cloud.availability_zone',
  'cloud.region',
  'k8s.node.name',
  'k8s.pod.name',
  'k8s.namespace.name',
  'service.instance.id',
  'container.image.name',
  'container.image.tags',
  'service.version',
  'process.runtime.name',
  'process.runtime.version',
  'telemetry.sdk.version',
] as const;

export const RECORD_KEYS = [
  'http.route',
  'http.request.method',
  'rpc.method',
  'graphql.operation.name',
  'server.address',
  'peer.service',
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'messaging.destination.name',
  'tenant.id',
  'app.tenant.id',
  'enduser.id',
  'user.id',
  'feature_flag.key',
  'feature_flag.result.variant',
  'feature_flag.variant',
  'user_agent.original',
] as const;

/**
 * Keys counted as what their value names rather than verbatim: a User-Agent header as the client
 * it names (`ShopApp/5.2.0`, `Chrome/127`; core/user-agent.ts), since the whole header spreads one
 * client release over every device and OS version that sends it.
 */
const COUNTED_AS: Readonly<Record<string, (text: string) => string | undefined>> = { 'user_agent.original': remembered(clientOf) };

/** Texts remembered per reading: a service's errors repeat a few headers, each read once. */
const REMEMBERED_TEXTS = 256;

/**
 * `read`, remembering its answers for the last few hundred distinct texts: parsing a User-Agent
 * header per error event cost a commit of 45 firehose events about 70 µs of the main thread
 * (bench/commit.ts, CPU profile), where nearly every event repeats a header seen before.
 */
function remembered(read: (text: string) => string | undefined): (text: string) => string | undefined {
  let answers = new Map<string, string | undefined>();
  return (text) => {
    if (answers.has(text)) return answers.get(text);
    const answer = read(text);
    if (answers.size >= REMEMBERED_TEXTS) answers = new Map();
    answers.set(text, answer);
    return answer;
  };
}

/** The value counted for `key` when a record carries `text` (undefined: not counted). */
export function countedText(key: string, text: string): string | undefined {
  const as = COUNTED_AS[key];
  return as !== undefined ? as(text) : scalar(text);
}

/** The value counted for `key` when a record or resource carries `value`. */
function factOf(key: string, value: AttributeValue | undefined): string | undefined {
  const as = COUNTED_AS[key];
  if (as === undefined) return scalar(value);
  return typeof value === 'string' ? as(value) : undefined;
}

/** Which keys a deployment counts: the defaults plus DIAGNOSIS_ATTRIBUTE_KEYS. */
export interface KeySelection {
  resource: readonly string[];
  record: readonly string[];
}

export function keySelection(extra: readonly string[] = []): KeySelection {
  const record = [...RECORD_KEYS, ...extra.filter((k) => !(RECORD_KEYS as readonly string[]).includes(k) && !(RESOURCE_KEYS as readonly string[]).includes(k))];
  return { resource: RESOURCE_KEYS, record };
}

function scalar(value: AttributeValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 1 ? scalar(value[0]) : value.length > 1 ? value.map(String).join(',') : undefined;
  if (typeof value === 'object') return undefined;
  const text = String(value);
  return text.length > 0 && text.length <= MAX_VALUE_LENGTH ? text : undefined;
}

/** The locating facts of one event: key → value, resource keys first. */
export function locatingFacts(resource: Attributes, attributes: Attributes, selection: KeySelection): [string, string][] {
  const out: [string, string][] = [];
  for (const key of selection.resource) {
    const v = scalar(resource[key]);
    if (v !== undefined) out.push([key, v]);
  }
  for (const key of selection.record) {
    const v = factOf(key, attributeValue(attributes, key)) ?? factOf(key, resource[key]);
    if (v !== undefined) out.push([key, v]);
  }
  // Each flag a record names, under its own key (core/flag-evaluation.ts).
  out.push(...flagFacts(attributes));
  return out;
}

/** A resource's locating facts, read once per resource object (FactReader). */
export interface ResourceFacts {
  facts: readonly [string, string][];
  /** Equal for two resources exactly when their facts are (the facts as JSON). */
  id: string;
  /** The resource's value of each record key, for records that do not carry it. */
  fallback: readonly (string | undefined)[];
}

/**
 * `locatingFacts` in two parts: the resource's, read once per resource object (the events of one
 * export share their resource; the decoder reads each resource once), and the record's, read
 * per event. The resource's facts followed by the record's are `locatingFacts`, in its order.
 * Resources are not changed once decoded; a reader is still meant to live for one batch only.
 */
export class FactReader {
  private readonly resources = new Map<Attributes, ResourceFacts>();

  constructor(private readonly selection: KeySelection) {}

  resource(resource: Attributes): ResourceFacts {
    let read = this.resources.get(resource);
    if (read === undefined) {
      const facts: [string, string][] = [];
      for (const key of this.selection.resource) {
        const v = scalar(resource[key]);
        if (v !== undefined) facts.push([key, v]);
      }
      read = { facts, id: JSON.stringify(facts), fallback: this.selection.record.map((key) => factOf(key, resource[key])) };
      this.resources.set(resource, read);
    }
    return read;
  }

  /** The record's facts: its counted keys (else the resource's value of them) and its flag. */
  record(resource: Attributes, attributes: Attributes): [string, string][] {
    const { record } = this.selection;
    const { fallback } = this.resource(resource);
    const out: [string, string][] = [];
    for (let i = 0; i < record.length; i++) {
      const v = factOf(record[i], attributeValue(attributes, record[i])) ?? fallback[i];
      if (v !== undefined) out.push([record[i], v]);
    }
    // Each flag a record names, under its own key (core/flag-evaluation.ts).
    out.push(...flagFacts(attributes));
    return out;
  }
}

export function emptyStats(): AttributeStats {
  return { total: 0, keys: {} };
}

/** Adds `n` events with these facts (mutates `stats`). */
export function addFacts(stats: AttributeStats, facts: readonly [string, string][], n = 1): void {
  stats.total += n;
  for (const [key, value] of facts) addValue(stats, key, value, n);
}

export function addValue(stats: AttributeStats, key: string, value: string, n: number): void {
  const counts = (stats.keys[key] ??= { values: {}, other: 0 });
  const values = counts.values;
  if (values[value] !== undefined) {
    values[value] += n;
    return;
  }
  // One pass counts the tracked values and finds the least frequent, without the array
  // Object.keys would allocate: a busy key (tenants, pods) takes this path for most values.
  let tracked = 0;
  let least: string | undefined;
  for (const t in values) {
    tracked++;
    if (least === undefined || values[t] < values[least]) least = t;
  }
  if (tracked < TOP_K || least === undefined) {
    values[value] = n;
    return;
  }
  // Full: the least frequent tracked value (or the newcomer, if it is smaller) goes to
  // `other`, so a value that becomes frequent late (a new pod, a new release) is still seen.
  if (values[least] <= n) {
    counts.other += values[least];
    delete values[least];
    values[value] = n;
  } else {
    counts.other += n;
  }
}

/**
 * Exactly what `n` calls of `addValue(stats, key, value, 1)` in a row do: a tracked value counts
 * `n` more; an untracked one is decided by the first call (tracked, possibly in place of the least
 * frequent, or folded into `other`), and the rest follow where it went. The calls must be
 * consecutive for this key; calls for other keys in between change nothing, as each touches
 * only its own key's counts.
 */
export function addValueRepeated(stats: AttributeStats, key: string, value: string, n: number): void {
  addValue(stats, key, value, 1);
  if (n === 1) return;
  const counts = stats.keys[key];
  if (counts.values[value] !== undefined) counts.values[value] += n - 1;
  else counts.other += n - 1;
}

/** Adds `add` into `into` (mutates `into`): what `mergeStats([into, add])` returns, without rebuilding `into`. */
export function mergeInto(into: AttributeStats, add: AttributeStats): void {
  into.total += add.total;
  for (const key in add.keys) {
    const counts = add.keys[key];
    for (const value in counts.values) addValue(into, key, value, counts.values[value]);
    if (counts.other > 0) (into.keys[key] ??= { values: {}, other: 0 }).other += counts.other;
  }
}

/** `a + b`, as a new record (for summing hourly buckets). */
export function mergeStats(records: readonly AttributeStats[]): AttributeStats {
  const out = emptyStats();
  for (const r of records) {
    out.total += r.total;
    if (r.minutes) out.minutes = addMinutes(out.minutes, r.minutes);
    for (const [key, counts] of Object.entries(r.keys)) {
      for (const [value, n] of Object.entries(counts.values)) addValue(out, key, value, n);
      if (counts.other > 0) (out.keys[key] ??= { values: {}, other: 0 }).other += counts.other;
    }
  }
  return out;
}

/** Per-minute counts summed element-wise (a missing side counts nothing). */
export function addMinutes(a: readonly number[] | undefined, b: readonly number[]): number[] {
  const out = a ? [...a] : new Array<number>(MINUTES_PER_HOUR).fill(0);
  for (let i = 0; i < MINUTES_PER_HOUR; i++) out[i] += b[i] ?? 0;
  return out;
}

export const MINUTES_PER_HOUR = 60;

/** `a - b`, never below zero: a service's errors without one signature's. */
export function subtractStats(a: AttributeStats, b: AttributeStats): AttributeStats {
  const out: AttributeStats = { total: Math.max(0, a.total - b.total), keys: {} };
  for (const [key, counts] of Object.entries(a.keys)) {
    const minus = b.keys[key];
    const values: Record<string, number> = {};
    for (const [value, n] of Object.entries(counts.values)) {
      const left = n - (minus?.values[value] ?? 0);
      if (left > 0) values[value] = left;
    }
    out.keys[key] = { values, other: Math.max(0, counts.other - (minus?.other ?? 0)) };
  }
  return out;
}

/** Events that carried the key at all. */
export function carrying(counts: KeyCounts | undefined): number {
  if (!counts) return 0;
  let n = counts.other;
  for (const v of Object.values(counts.values)) n += v;
  return n;
}

/** Distinct values seen for a key (`other` counts as at least one more). */
export function distinctValues(counts: KeyCounts | undefined): number {
  if (!counts) return 0;
  return Object.keys(counts.values).length + (counts.other > 0 ? 1 : 0);
}
