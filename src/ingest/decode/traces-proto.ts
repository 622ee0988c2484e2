// Selective reader for opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.
//
// Scope: it walks ResourceSpans → ScopeSpans → Span by length prefix and, for each span, reads
// only Status.code and the names of its events. Only error spans (status ERROR, or carrying an
// `exception` event — see event.ts for the rules) are materialised, together with their
// scope (name, version) and their resource's attributes; a resource's attributes are decoded
// once, and only when one of its spans is an error (their offsets are remembered on the way).
// Everything else is skipped by its length, never copied or UTF-8 decoded.
//
// Limits, by design:
// - Bytes inside skipped fields (attributes of healthy spans, links…) are not validated
//   beyond their length prefix: a malformed value nested in a healthy span goes unnoticed.
//   Every tag and length we walk is checked (wire type, bounds, field 0, varint size), so
//   the walk always terminates and never reads past a message.
// - Strings are decoded leniently: invalid UTF-8 becomes U+FFFD instead of failing the request.
// - AnyValue nesting deeper than 32 levels (attributes.ts) in a materialised span or its
//   resource is refused with a DecodeError; skipped values are never recursed into.
// - A known field with an unexpected wire type is skipped as unknown, as protobuf
//   implementations do; a singular message field that repeats is merged (last scalar wins).
// - Ids of error spans must be 16 (trace) / 8 (span, parent) bytes when present; an error
//   span with another size is rejected (OTLP partial success), the rest is accepted.
// Field numbers: opentelemetry/proto/trace/v1/trace.proto.
import { countedText, locatingFacts, type HealthyTally, type KeySelection } from '../../core/attribute-stats.js';
import { attributeFlagFact, FLAG_EVENT_NAMES, flagFacts, keepEvaluatedFlags } from '../../core/flag-evaluation.js';
import { FORMER_NAMES } from '../../core/former-attribute-names.js';
import { kindFacts } from '../../core/kind-baseline.js';
import type { Attributes, ErrorEvent } from '../../core/model.js';
import { joinRequestAttributes } from '../../core/request-attributes.js';
import { readKeyValueInto, readResourceAttributes, readScope } from './any-value.js';
import { nanosToMs } from './nanos.js';
import {
  type ExceptionEventFields,
  type ResourceContext,
  type ScopeInfo,
  type SpanFields,
  STATUS_CODE_ERROR,
  pushSpanErrors,
  resourceContext,
} from './event.js';
import { type DecodeOptions, type DecodeResult, Rejections, SPAN_ID_BYTES, TRACE_ID_BYTES, badId, resolveOptions } from './result.js';
import { walkRequest } from './envelope.js';
import { Reader, WIRE_END_GROUP, WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, ascii } from './wire.js';

const EXCEPTION = ascii('exception');
const FLAG_EVENTS = FLAG_EVENT_NAMES.map(ascii);
/** What a Span.Event records, by its name (eventKind). */
const OTHER_EVENT = 0;
const EXCEPTION_EVENT = 1;
const FLAG_EVENT = 2;

/** Scan flags of one span. */
const IS_ERROR = 1;
const HAS_EXCEPTION = 2;

interface Walk {
  r: Reader;
  opts: DecodeOptions;
  events: ErrorEvent[];
  rejections: Rejections;
  spans: number;
  /** Offsets [start, end, …] of the current resource's Resource field(s). */
  resourceRanges: number[];
  resource: ResourceContext | undefined;
  /** The current resource's locating facts (healthy counting only), once found. */
  resourceFacts: [string, string][] | undefined;
  scopeRanges: number[];
  /** [start, end, flags, …] of the current ScopeSpans' error spans. */
  errorSpans: number[];
  /** Healthy spans per resource, when DecodeOptions.healthyKeys asks for them. */
  healthy: HealthyTally[];
  /** Offsets [start, end, …] of the current span's attributes (healthy counting only). */
  attrRanges: number[];
  /** Where the current ScopeSpans' first healthy span has its end time (fixed64), or -1. */
  healthyEndAt: number;
  /** The current ScopeSpans' healthy spans by SpanKind (0 to 5), for the baseline of each kind (core/kind-baseline.ts). */
  healthyByKind: number[];
  wantedKeys: (WantedKey[] | undefined)[] | undefined;
}

export function decodeTracesProto(body: Uint8Array, options?: Partial<DecodeOptions>): DecodeResult {
  const r = new Reader(body);
  const w: Walk = {
    r,
    opts: resolveOptions(options),
    events: [],
    rejections: new Rejections('span'),
    spans: 0,
    resourceRanges: [],
    resource: undefined,
    resourceFacts: undefined,
    scopeRanges: [],
    errorSpans: [],
    healthy: [],
    attrRanges: [],
    healthyEndAt: -1,
    healthyByKind: [0, 0, 0, 0, 0, 0],
    wantedKeys: undefined,
  };
  if (w.opts.healthyKeys) w.wantedKeys = keyCache.get(w.opts.healthyKeys) ?? keyCache.set(w.opts.healthyKeys, wantedKeys(w.opts.healthyKeys)).get(w.opts.healthyKeys);
  walkRequest(r, 'ResourceSpans', {
    resource: (ranges) => {
      w.resourceRanges = ranges;
      w.resource = undefined;
      w.resourceFacts = undefined;
    },
    scope: (end) => walkScopeSpans(w, end),
  });
  // A child error span takes its request's keys from the export's error SERVER spans: errors only.
  joinRequestAttributes(w.events, w.opts.requestKeys);
  const result = w.rejections.finish(w.events, w.spans);
  if (w.opts.healthyKeys) result.healthy = w.healthy;
  return result;
}

function walkScopeSpans(w: Walk, end: number): void {
  const r = w.r;
  const errorSpans = w.errorSpans;
  w.scopeRanges.length = 0;
  errorSpans.length = 0;
  w.healthyEndAt = -1;
  w.healthyByKind.fill(0);
  let healthy = 0;
  const keys = w.opts.healthyKeys;
  const spanFacts = keys ? new Map<SeenValue, number>() : undefined;
  const buf = r.buf;
  while (r.pos < end) {
    // A span (field 2, tag 0x12) with a two-byte length is the usual case: read inline.
    const at = r.pos;
    if (buf[at] === 0x12 && at + 3 <= end && buf[at + 1] >= 0x80 && buf[at + 2] < 0x80) {
      const start = at + 3;
      const stop = start + ((buf[at + 1] & 0x7f) | (buf[at + 2] << 7));
      if (stop <= end) {
        r.pos = start;
        healthy += visitSpan(w, start, stop, spanFacts, w.spans < FULLY_READ_SPANS ? 1 : SPAN_SAMPLING);
        continue;
      }
    }
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 2 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      healthy += visitSpan(w, r.pos, stop, spanFacts, w.spans < FULLY_READ_SPANS ? 1 : SPAN_SAMPLING);
    } else if (field === 1 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      w.scopeRanges.push(r.pos, stop);
      r.pos = stop;
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'ScopeSpans');
  if (healthy > 0 && keys) countHealthy(w, healthy, keys, spanFacts!, end);
  if (errorSpans.length === 0) return;
  w.resource ??= resourceContext(readResourceAttributes(r, w.resourceRanges));
  const scope = readScope(r, w.scopeRanges);
  for (let i = 0; i < errorSpans.length; i += 3) {
    r.pos = errorSpans[i];
    materialiseSpan(w, errorSpans[i + 1], w.resource, scope);
  }
  r.pos = end;
}

/**
 * One span at [start = r.pos, stop): scanned, remembered when it is an error, its attributes
 * counted when it is healthy and read (every span when `every` is 1, else one in `every`,
 * weighted by `every`). Leaves r.pos at `stop`; returns 1 for a healthy span.
 */
function visitSpan(w: Walk, start: number, stop: number, spanFacts: Map<SeenValue, number> | undefined, every: number): number {
  const r = w.r;
  w.spans++;
  const flags = scanSpan(r, stop, spanFacts === undefined ? undefined : w.attrRanges, every);
  if ((flags & IS_ERROR) !== 0 || ((flags & HAS_EXCEPTION) !== 0 && w.opts.captureHandled)) w.errorSpans.push(start, stop, flags);
  const healthy = (flags & IS_ERROR) === 0;
  if (healthy && w.healthyEndAt < 0) w.healthyEndAt = spanEndAt;
  if (healthy && spanKind < w.healthyByKind.length) w.healthyByKind[spanKind]++;
  // Counting may decode a value, moving r.pos: the walk resumes at the span's end after it.
  if (healthy && sampledAttrs !== 0) countRecordKeys(w, w.attrRanges, sampledAttrs, spanFacts!, every);
  if (healthy && sampledFlagEvents !== 0) countFlagEvents(r, sampledFlagEvents, spanFacts!, every);
  r.pos = stop;
  return healthy ? 1 : 0;
}

/**
 * The healthy-traffic baseline: the resource's locating facts (decoded once per resource, as for
 * errors) for all its healthy spans, plus the counted span attributes found by countRecordKeys.
 */
function countHealthy(w: Walk, spans: number, keys: KeySelection, spanFacts: Map<SeenValue, number>, end: number): void {
  w.resource ??= resourceContext(readResourceAttributes(w.r, w.resourceRanges));
  // The resource's own facts are the same for each of its scopes: found once per resource.
  w.resourceFacts ??= locatingFacts(w.resource.resource, NO_ATTRIBUTES, keys);
  const facts = w.resourceFacts.map(([k, v]): [string, string, number] => [k, v, spans]);
  const byText = new Map<string, [string, string, number]>();
  for (const [v, n] of spanFacts) {
    const id = `${v.key}\u0000${v.text}`;
    const fact = byText.get(id);
    if (fact) fact[2] += n;
    else byText.set(id, [v.key, v.text, n]);
  }
  for (const fact of byText.values()) facts.push(fact);
  // The spans of each kind, and where those of each kind but SERVER ran (core/kind-baseline.ts).
  for (let kind = 0; kind < w.healthyByKind.length; kind++) facts.push(...kindFacts(w.resourceFacts, kind, w.healthyByKind[kind]));
  // Timed like the errors they are compared with: by the spans' own time (their first span's
  // end), not by when they arrived; a batch that comes late or across an hour's end is counted
  // in the hour its spans happened in (store/lmdb/attribute-stats.ts buckets both by hour).
  let timeMs = 0;
  if (w.healthyEndAt >= 0) {
    w.r.pos = w.healthyEndAt;
    w.r.fixed64(end);
    timeMs = nanosToMs(w.r.lo, w.r.hi);
  }
  w.healthy.push({ service: w.resource.service, timeMs, count: spans, facts });
  w.r.pos = end;
}

/** A counted value seen before, with its bytes, so a repeat is recognised without decoding it. */
interface SeenValue {
  key: string;
  text: string;
  bytes: Uint8Array;
}

/**
 * The attributes of the first this many spans of each export are read, each counted once: a
 * small export (a quiet service's) is counted exactly.
 */
const FULLY_READ_SPANS = 16;
/**
 * Beyond those, one healthy span in this many has its attributes read (chosen by its random
 * span id), weighted by this many: the counts stay unbiased (each span counts once in
 * expectation) while the cost of a large export stays near that of its first spans. Shares of
 * routes or tenants need proportions, not every span, and reading attributes is most of the
 * baseline's decode cost (docs/diagnosis.md; 512-span exports: bench/decode.ts).
 */
const SPAN_SAMPLING = 16;

/** Values remembered per key, by a hash of their bytes (routes, methods, tenants repeat). */
const SEEN_PER_KEY = 1024;
const seenValues = new Map<string, WantedKey['seen']>();

/**
 * A healthy span's attributes of the counted keys (route, method, tenant, flag…). Each
 * KeyValue's key is compared as bytes with the wanted keys of the same length; a string value
 * is compared as bytes with the values seen before, so most spans cost byte comparisons and no
 * decoding at all.
 */
function countRecordKeys(w: Walk, ranges: number[], count: number, into: Map<SeenValue, number>, weight: number): void {
  const r = w.r;
  const wanted = w.wantedKeys!;
  const buf = r.buf;
  // The keys with a former name counted in this span: a span sending both names counts once.
  let renamedCounted = 0;
  // A flag named by the span's attributes, with its variant: counted as the flag's own key too.
  let flag: string | undefined;
  let variant: string | undefined;
  for (let i = 0; i < count; i += 2) {
    const start = ranges[i];
    const end = ranges[i + 1];
    // KeyValue.key is field 1 (tag 0x0a), written first by every SDK; a short key's length is one byte.
    if (buf[start] !== 0x0a || start + 1 >= end) continue;
    const len = buf[start + 1];
    const candidates = len < 0x80 ? wanted[len] : undefined;
    if (candidates === undefined || start + 2 + len > end) continue;
    // A former name also asked for under its own name (DIAGNOSIS_ATTRIBUTE_KEYS) is two keys.
    for (let k = 0; k < candidates.length; k++) {
      const key = candidates[k];
      if ((renamedCounted & key.renamedBit) !== 0 || !r.equals(start + 2, start + 2 + len, key.bytes)) continue;
      const seen = valueOf(r, key, start, start + 2 + len, end);
      if (!seen) continue;
      renamedCounted |= key.renamedBit;
      into.set(seen, (into.get(seen) ?? 0) + weight);
      if (key.name === 'feature_flag.key') flag = seen.text;
      else if (key.name === 'feature_flag.result.variant' || (key.name === 'feature_flag.variant' && variant === undefined)) variant = seen.text;
    }
  }
  if (flag !== undefined) {
    const fact = attributeFlagFact(flag, variant);
    if (fact !== undefined) into.set({ key: fact[0], text: fact[1], bytes: NO_BYTES }, weight);
  }
}

/**
 * Where the string of an AnyValue holding a string_value (field 1) starts, with its length in
 * `stringLength`, for lengths of one or two varint bytes (up to 16,383 bytes: a browser's
 * User-Agent takes two); -1 for anything else, which is then decoded.
 */
let stringLength = 0;
function stringValueAt(buf: Uint8Array, at: number, end: number): number {
  // KeyValue.value: field 2, length-delimited, then the AnyValue's length.
  if (at + 3 >= end || buf[at] !== 0x12) return -1;
  let p = at + 1;
  if (buf[p++] >= 0x80 && buf[p++] >= 0x80) return -1;
  if (buf[p++] !== 0x0a) return -1;
  const first = buf[p++];
  if (first < 0x80) stringLength = first;
  else {
    const second = buf[p++];
    if (second >= 0x80) return -1;
    stringLength = (first & 0x7f) | (second << 7);
  }
  return p;
}

/** Longest string value matched by its bytes; longer ones are decoded. */
const MATCHED_BYTES = 1024;

/** KeyValue.value (field 2) → AnyValue; a string_value (field 1) is matched by bytes. */
function valueOf(r: Reader, key: WantedKey, keyValueStart: number, at: number, end: number): SeenValue | undefined {
  const buf = r.buf;
  const from = stringValueAt(buf, at, end);
  if (from >= 0) {
    const to = from + stringLength;
    if (to <= end && to > from && to - from <= MATCHED_BYTES) {
      const seen = key.seen;
      // FNV-1a over the value's bytes.
      let h = 0x811c9dc5;
      for (let i = from; i < to; i++) h = Math.imul(h ^ buf[i], 0x01000193);
      const bucket = seen.byHash.get(h);
      if (bucket) for (let k = 0; k < bucket.length; k++) if (r.equals(from, to, bucket[k].bytes)) return bucket[k];
      const text = countedText(key.name, r.string(from, to));
      if (text === undefined) return undefined;
      // A copy: a view (Buffer#slice) would hold the whole request body for as long as the
      // value is remembered, and see a pooled body's buffer change under it (ingest/body-pool.ts).
      const entry: SeenValue = { key: key.name, text, bytes: new Uint8Array(buf.subarray(from, to)) };
      if (seen.size < SEEN_PER_KEY) {
        seen.size++;
        if (bucket) bucket.push(entry);
        else seen.byHash.set(h, [entry]);
        return entry;
      }
      // Past the cap the value is still counted; only its text is not remembered. Counts are
      // keyed by the entry, so an unremembered value gets one entry per span: correct sums
      // once merged by text in countHealthy.
      return entry;
    }
  }
  // Anything else (ints, long or multi-byte-length strings): decode it.
  const one: Attributes = {};
  r.pos = keyValueStart;
  try {
    readKeyValueInto(r, end, one);
  } catch {
    return undefined; // a malformed value in a healthy span is not counted, as it was never read before
  }
  const value = one[key.sent];
  if (value === null || value === undefined || typeof value === 'object') return undefined;
  const text = countedText(key.name, String(value));
  if (text === undefined) return undefined;
  return { key: key.name, text, bytes: new Uint8Array(0) };
}

/**
 * A record key to count: the name it is counted under, the name it is sent under and its UTF-8
 * bytes (the same name, or a former one: core/former-attribute-names.ts), and the values seen for it
 * (by a hash of their bytes). `renamedBit`: one bit per counted key that has a former name, 0
 * for the others.
 */
interface WantedKey {
  name: string;
  sent: string;
  bytes: Uint8Array;
  seen: { size: number; byHash: Map<number, SeenValue[]> };
  renamedBit: number;
}

/**
 * The record keys to count, by byte length (index) for the comparison above; only keys whose
 * length fits one varint byte can match there.
 */
function wantedKeys(keys: KeySelection): (WantedKey[] | undefined)[] {
  const out: (WantedKey[] | undefined)[] = new Array<WantedKey[] | undefined>(0x80).fill(undefined);
  let renamed = 0;
  for (const name of keys.record) {
    let seen = seenValues.get(name);
    if (!seen) seenValues.set(name, (seen = { size: 0, byHash: new Map() }));
    const former = FORMER_NAMES[name] ?? [];
    // Past 31 renamed keys (there are four) a key would lose its bit: it is then read by its current name only.
    const renamedBit = former.length > 0 && renamed < 31 ? 1 << renamed++ : 0;
    for (const sent of renamedBit !== 0 ? [name, ...former] : [name]) {
      const bytes = new TextEncoder().encode(sent);
      if (bytes.length >= 0x80) continue;
      (out[bytes.length] ??= []).push({ name, sent, bytes, seen, renamedBit });
    }
  }
  return out;
}

const keyCache = new WeakMap<KeySelection, (WantedKey[] | undefined)[]>();

const NO_ATTRIBUTES: Attributes = Object.freeze({}) as Attributes;

/** Entries of `attrs` (start, end pairs) the last scanSpan wrote: its second result, without an object per span. */
let sampledAttrs = 0;
/** [start, end, …] of the last scanned span's flag evaluation events, when its attributes were read. */
const flagEventRanges: number[] = [];
let sampledFlagEvents = 0;
/** Where the last span scanned has its end_time_unix_nano (field 8, fixed64), or -1: its third result. */
let spanEndAt = -1;
/** Span.end_time_unix_nano: field 8, wire type fixed64 (trace.proto). */
const END_TIME_TAG = (8 << 3) | WIRE_FIXED64;
/** The last span scanned's SpanKind (0, UNSPECIFIED, when it has none): its fourth result. */
let spanKind = 0;
/** Span.kind: field 6, wire type varint (trace.proto). */
const KIND_TAG = (6 << 3) | WIRE_VARINT;

/**
 * The hot loop: every span passes here. Reads Status.code and event names, skips the rest.
 * One- or two-byte tags and lengths (nearly all of them in a span) are read inline
 * from the buffer; anything longer or unusual goes through the checked Reader methods.
 */
function scanSpan(r: Reader, end: number, attrs: number[] | undefined, every: number): number {
  const buf = r.buf;
  let pos = r.pos;
  // Written by index, never truncated: `length = 0` would free the array's store every span.
  let sampledCount = 0;
  let flagCount = 0;
  let code = 0;
  let hasException = false;
  // Every span's attributes when `every` is 1; else the span id decides (below).
  let sampled = attrs !== undefined && every === 1;
  spanEndAt = -1;
  spanKind = 0;
  while (pos < end) {
    let tag = buf[pos];
    if (tag >= 8 && tag < 0x80) pos++;
    else if (tag >= 0x80 && pos + 1 < end && buf[pos + 1] < 0x80 && buf[pos + 1] !== 0) {
      tag = (tag & 0x7f) | (buf[pos + 1] << 7); // fields 16+, e.g. Span.flags
      pos += 2;
    } else {
      r.pos = pos;
      tag = r.tag(end);
      pos = r.pos;
    }
    const wt = tag & 7;
    if (wt === WIRE_LEN) {
      if (pos >= end) throw r.truncated('varint', pos);
      const lenAt = pos;
      let len = buf[pos];
      if (len < 0x80) pos++;
      else if (pos + 1 < end && buf[pos + 1] < 0x80) {
        len = (len & 0x7f) | (buf[pos + 1] << 7);
        pos += 2;
      } else {
        r.pos = pos;
        len = r.lengthValue(end);
        pos = r.pos;
      }
      const stop = pos + len;
      if (stop > end) {
        r.pos = pos;
        throw r.truncatedLength(tag >>> 3, len, end, lenAt);
      }
      const field = tag >>> 3;
      if (field === 15) {
        // Status: empty, or just its code (`18 cc`), in nearly every span; anything else is read in full.
        if (len === 2 && buf[pos] === 0x18 && buf[pos + 1] < 0x80) code = buf[pos + 1];
        else if (len !== 0) {
          r.pos = pos;
          code = readStatusCode(r, stop, code);
        }
      } else if (field === 11 && (!hasException || sampled)) {
        // A read span's flag evaluations count in the baseline as its attributes do.
        r.pos = pos;
        const kind = eventKind(r, stop);
        if (kind === EXCEPTION_EVENT) hasException = true;
        else if (kind === FLAG_EVENT && sampled) {
          flagEventRanges[flagCount++] = pos;
          flagEventRanges[flagCount++] = stop;
        }
      }
      else if (field === 9 && sampled) {
        attrs![sampledCount++] = pos;
        attrs![sampledCount++] = stop;
      }
      // The span id is random: its first byte picks one span in `every` (a power of two, so
      // the byte's residues are equally likely) for the attribute baseline without aliasing
      // with the fixed shape of a trace.
      else if (field === 2 && attrs !== undefined && every > 1 && len > 0) sampled = buf[pos] % every === 0;
      pos = stop;
    } else if (wt === WIRE_FIXED64) {
      if (tag === END_TIME_TAG) spanEndAt = pos;
      pos += 8;
      if (pos > end) throw r.truncated(`fixed64 field ${tag >>> 3}`, pos - 8);
    } else if (wt === WIRE_FIXED32) {
      pos += 4;
      if (pos > end) throw r.truncated(`fixed32 field ${tag >>> 3}`, pos - 4);
    } else if (wt === WIRE_END_GROUP) {
      r.pos = pos;
      throw r.strayEndGroup(tag >>> 3);
    } else if (tag === KIND_TAG && pos < end && buf[pos] < 0x80) {
      spanKind = buf[pos++];
    } else {
      r.pos = pos;
      r.skip(wt, tag >>> 3, end);
      pos = r.pos;
    }
  }
  r.pos = pos;
  r.expectEnd(end, 'Span');
  sampledAttrs = sampledCount;
  sampledFlagEvents = flagCount;
  return (code === STATUS_CODE_ERROR ? IS_ERROR : 0) | (hasException ? HAS_EXCEPTION : 0);
}

/** Status.code (field 3) of one Status occurrence; `previous` when it has none (merge). */
function readStatusCode(r: Reader, end: number, previous: number): number {
  let code = previous;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 3 && wt === WIRE_VARINT) code = r.uint32(end) | 0;
    else if (wt === WIRE_END_GROUP) throw r.strayEndGroup(field);
    else r.skip(wt, field, end);
  }
  r.expectEnd(end, 'Status');
  return code;
}

/** What a Span.Event records, by its name (field 2, last one wins): an exception, a flag evaluation, other. */
function eventKind(r: Reader, end: number): number {
  let is = OTHER_EVENT;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 2 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      is = r.equals(r.pos, stop, EXCEPTION) ? EXCEPTION_EVENT : FLAG_EVENTS.some((name) => r.equals(r.pos, stop, name)) ? FLAG_EVENT : OTHER_EVENT;
      r.pos = stop;
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'Span.Event');
  return is;
}

/** Full decode of one error span (only the fields an ErrorEvent uses). */
function materialiseSpan(w: Walk, end: number, res: ResourceContext, scope: ScopeInfo | undefined): void {
  const r = w.r;
  let traceStart = 0;
  let traceEnd = 0;
  let spanStart = 0;
  let spanEnd = 0;
  let parentStart = 0;
  let parentEnd = 0;
  let name = '';
  let kind = 0;
  let startMs = 0;
  let endMs = 0;
  let statusCode = 0;
  let statusMessage = '';
  const attributes: Attributes = {};
  const exceptionRanges: number[] = [];
  const flagRanges: number[] = [];
  let eventIndex = 0;
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      const start = r.pos;
      switch (field) {
        case 1:
          traceStart = start;
          traceEnd = stop;
          break;
        case 2:
          spanStart = start;
          spanEnd = stop;
          break;
        case 4:
          parentStart = start;
          parentEnd = stop;
          break;
        case 5:
          name = r.string(start, stop);
          break;
        case 9:
          readKeyValueInto(r, stop, attributes);
          break;
        case 11: {
          const kind = eventKind(r, stop);
          if (kind === EXCEPTION_EVENT) exceptionRanges.push(start, stop, eventIndex);
          else if (kind === FLAG_EVENT) flagRanges.push(start, stop);
          eventIndex++;
          break;
        }
        case 15:
          while (r.pos < stop) {
            const t = r.tag(stop);
            const f = t >>> 3;
            if (f === 2 && (t & 7) === WIRE_LEN) {
              const s = r.lengthEnd(stop, f);
              statusMessage = r.string(r.pos, s);
              r.pos = s;
            } else if (f === 3 && (t & 7) === WIRE_VARINT) statusCode = r.uint32(stop) | 0;
            else if ((t & 7) === WIRE_END_GROUP) throw r.strayEndGroup(f);
            else r.skip(t & 7, f, stop);
          }
          r.expectEnd(stop, 'Status');
          break;
        default:
          break;
      }
      r.pos = stop;
    } else if (wt === WIRE_VARINT && field === 6) {
      kind = r.uint32(end) | 0;
    } else if (wt === WIRE_FIXED64 && (field === 7 || field === 8)) {
      r.fixed64(end);
      if (field === 7) startMs = nanosToMs(r.lo, r.hi);
      else endMs = nanosToMs(r.lo, r.hi);
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'Span');

  const bad =
    badId('trace_id', traceEnd - traceStart, TRACE_ID_BYTES) ??
    badId('span_id', spanEnd - spanStart, SPAN_ID_BYTES) ??
    badId('parent_span_id', parentEnd - parentStart, SPAN_ID_BYTES);
  if (bad !== undefined) {
    w.rejections.add(`span "${name}": ${bad}`);
    return;
  }
  const span: SpanFields = { name, kind, startMs, endMs, attributes, statusCode, statusMessage };
  if (traceEnd > traceStart) span.traceId = r.hex(traceStart, traceEnd);
  if (spanEnd > spanStart) span.spanId = r.hex(spanStart, spanEnd);
  if (parentEnd > parentStart) span.parentSpanId = r.hex(parentStart, parentEnd);

  if (flagRanges.length > 0) {
    const evaluations: Attributes[] = [];
    for (let i = 0; i < flagRanges.length; i += 2) {
      r.pos = flagRanges[i];
      evaluations.push(readEventAttributes(r, flagRanges[i + 1]));
    }
    keepEvaluatedFlags(attributes, evaluations);
  }
  const exceptions: ExceptionEventFields[] = [];
  for (let i = 0; i < exceptionRanges.length; i += 3) {
    r.pos = exceptionRanges[i];
    exceptions.push(readEvent(r, exceptionRanges[i + 1], exceptionRanges[i + 2]));
  }
  pushSpanErrors(w.events, span, exceptions, res, scope);
}

/** A Span.Event's attributes (field 3), nothing else. */
function readEventAttributes(r: Reader, end: number): Attributes {
  return readEvent(r, end, 0).attributes;
}

/**
 * The flags a healthy span's evaluation events name, each counted in the baseline under its own
 * key as an error span's are (core/flag-evaluation.ts). Flags are few and rarely on every span:
 * the events are decoded, and a malformed one is not counted, as a healthy span's attributes are not.
 */
function countFlagEvents(r: Reader, count: number, into: Map<SeenValue, number>, weight: number): void {
  const evaluations: Attributes[] = [];
  for (let i = 0; i < count; i += 2) {
    r.pos = flagEventRanges[i];
    try {
      evaluations.push(readEventAttributes(r, flagEventRanges[i + 1]));
    } catch {
      // not counted
    }
  }
  const attributes: Attributes = {};
  keepEvaluatedFlags(attributes, evaluations);
  for (const [key, text] of flagFacts(attributes)) into.set({ key, text, bytes: NO_BYTES }, weight);
}
const NO_BYTES = new Uint8Array(0);

/** A Span.Event's time (field 1) and attributes (field 3), as the event at `index` of its span. */
function readEvent(r: Reader, end: number, index: number): ExceptionEventFields {
  const ev: ExceptionEventFields = { index, timeMs: 0, attributes: {} };
  while (r.pos < end) {
    const tag = r.tag(end);
    const field = tag >>> 3;
    const wt = tag & 7;
    if (field === 1 && wt === WIRE_FIXED64) {
      r.fixed64(end);
      ev.timeMs = nanosToMs(r.lo, r.hi);
    } else if (field === 3 && wt === WIRE_LEN) {
      const stop = r.lengthEnd(end, field);
      readKeyValueInto(r, stop, ev.attributes);
    } else if (wt === WIRE_END_GROUP) {
      throw r.strayEndGroup(field);
    } else {
      r.skip(wt, field, end);
    }
  }
  r.expectEnd(end, 'Span.Event');
  return ev;
}
