// The request an error ran in, on the error. An error recorded on a child span — a database
// client span, an outgoing HTTP call, an internal span under the request — carries the call's
// attributes, not its request's: the route, method, client, user and tenant live on the trace's
// SERVER span (the semantic conventions put `http.route`, `http.request.method`,
// `client.address`, `user_agent.original` on the HTTP server span; `enduser.id` and a tenant
// attribute are set where the request is authenticated). Counted as they came, a database error
// hit by one tenant's requests only could not be told from one hit by all (docs/diagnosis.md,
// "The request of a child span's error").
//
// The join is made within one export request, over its error spans alone: the decoders never
// decode a healthy span for it, so the healthy path costs nothing more. The Collector's batch
// processor, and the SDK's, usually export a request's spans together, and a request that failed
// with a 5xx has an ERROR server span too. A non-server error span takes the request-locating
// keys of its nearest SERVER ancestor (by parent span id, through error spans of the same
// service in the export), else, when its ancestors leave the export, of the trace's one error
// SERVER span of its service in the export. A key the span has itself (under its current or a
// former name) is never overridden. Nothing is joined when the request's server span is not in
// the export (a healthy request, or one exported in another batch): the error keeps its own
// attributes, as before. Pure.
import { FORMER_NAMES } from './former-attribute-names.js';
import type { Attributes, ErrorEvent } from './model.js';
import { SPAN_KIND_CLIENT, SPAN_KIND_INTERNAL, SPAN_KIND_PRODUCER, SPAN_KIND_SERVER, SPAN_KIND_UNSPECIFIED } from './span-kind.js';

/**
 * The keys that locate a request (which route, which client, whom it served), each read under
 * its former names too (core/former-attribute-names.ts). Keys that describe a call (its peer,
 * database, destination) or its answer (status codes, error.type) are not a request's and are
 * never copied: they are the child's own, and fingerprinting reads some of them.
 */
export const REQUEST_KEYS = [
  'http.route',
  'http.request.method',
  'rpc.method',
  'graphql.operation.name',
  'client.address',
  'user_agent.original',
  'enduser.id',
  'user.id',
  'tenant.id',
  'app.tenant.id',
] as const;

/**
 * Namespaces of keys that describe a call or its outcome: a deployment's extra keys
 * (DIAGNOSIS_ATTRIBUTE_KEYS) in them are not joined, since a server span's value of them (its
 * own status code, its own address) would say something false of the child.
 */
const CALL_NAMESPACES = /^(http\.response\.|http\.status_code|rpc\.grpc\.|db\.|server\.|url\.|error\.|peer\.|net\.|network\.|messaging\.|exception\.|otel\.)/;

/** The keys joined: the request keys, plus the deployment's extra keys that can locate a request. */
export function requestKeys(extra: readonly string[] = []): readonly string[] {
  const out: string[] = [...REQUEST_KEYS];
  for (const key of extra) if (!out.includes(key) && !CALL_NAMESPACES.test(key)) out.push(key);
  return out;
}

/** Each key with its former names: a span holding any of them holds the key. */
function namesOf(keys: readonly string[]): readonly (readonly string[])[] {
  return keys.map((key) => [key, ...(FORMER_NAMES[key] ?? [])]);
}

const namesCache = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** Kinds of span that run inside a request (UNSPECIFIED is INTERNAL's default, trace.proto). */
function runsInRequest(kind: number | undefined): boolean {
  const k = kind ?? SPAN_KIND_UNSPECIFIED;
  return k === SPAN_KIND_UNSPECIFIED || k === SPAN_KIND_INTERNAL || k === SPAN_KIND_CLIENT || k === SPAN_KIND_PRODUCER;
}

/** Parents followed at most: deeper chains (or a cycle of bad ids) end the walk. */
const MAX_DEPTH = 32;

/**
 * Lays the request's keys over the export's child error events: each is given a copy of its
 * attributes with them (the decoded objects are never changed: the events of one span share
 * theirs, and share the joined copy too).
 */
export function joinRequestAttributes(events: ErrorEvent[], keys: readonly string[] = REQUEST_KEYS): void {
  let children = false;
  for (const e of events) {
    if (e.source === 'span' && e.traceId !== undefined && runsInRequest(e.spanKind)) {
      children = true;
      break;
    }
  }
  if (!children) return;
  let names = namesCache.get(keys);
  if (names === undefined) namesCache.set(keys, (names = namesOf(keys)));
  const spans = errorSpans(events);
  const joined = new Map<Attributes, Attributes>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.source !== 'span' || e.traceId === undefined || !runsInRequest(e.spanKind)) continue;
    const request = requestSpanOf(e, spans);
    if (request === undefined) continue;
    let attributes = joined.get(e.attributes);
    if (attributes === undefined) joined.set(e.attributes, (attributes = withRequestKeys(e.attributes, request.attributes, names)));
    e.attributes = attributes;
  }
}

/**
 * The export's error spans by span id (the first event of each: a span's events share their
 * attributes), and each trace's SERVER spans. Span ids are random 8 bytes, so they are the key
 * alone, without their trace's id to join to each; two spans of different traces with one span
 * id (never in practice, but ids are the sender's) make every key trace and span id.
 */
interface ErrorSpans {
  byId: Map<string, ErrorEvent>;
  /** Keys are `trace:span` (some span id is in two traces). */
  qualified: boolean;
  servers: Map<string, ErrorEvent[]>;
}

function errorSpans(events: readonly ErrorEvent[]): ErrorSpans {
  const spans: ErrorSpans = { byId: new Map(), qualified: false, servers: new Map() };
  for (let pass = 0; pass < 2; pass++) {
    let collided = false;
    for (const e of events) {
      if (e.source !== 'span' || e.traceId === undefined || e.spanId === undefined) continue;
      const id = spans.qualified ? `${e.traceId}:${e.spanId}` : e.spanId;
      const seen = spans.byId.get(id);
      if (seen !== undefined) {
        if (seen.traceId === e.traceId) continue; // another event of the same span
        collided = true;
        break;
      }
      spans.byId.set(id, e);
      if (e.spanKind === SPAN_KIND_SERVER) {
        const list = spans.servers.get(e.traceId);
        if (list) list.push(e);
        else spans.servers.set(e.traceId, [e]);
      }
    }
    if (!collided) return spans;
    spans.byId.clear();
    spans.servers.clear();
    spans.qualified = true;
  }
  return spans;
}

/** The SERVER span of `e`'s request among the export's error spans, if it can be told. */
function requestSpanOf(e: ErrorEvent, spans: ErrorSpans): ErrorEvent | undefined {
  let at = e;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    // A root in the export that is no server span: the work ran in no request (a scheduled job).
    if (at.parentSpanId === undefined) return undefined;
    const parent = spans.byId.get(spans.qualified ? `${e.traceId}:${at.parentSpanId}` : at.parentSpanId);
    // Not in the export (a span id of another trace is not its parent either).
    if (parent === undefined || parent.traceId !== e.traceId) return onlyServerOf(e, spans.servers);
    // Another service's span above it: its request is not this service's; and a consumer's
    // span is a job's delivery, not a request.
    if (parent.service !== e.service) return undefined;
    if (parent.spanKind === SPAN_KIND_SERVER) return parent;
    if (!runsInRequest(parent.spanKind)) return undefined;
    at = parent;
  }
  return undefined;
}

/** The trace's one error SERVER span of `e`'s service in the export; none when there are several. */
function onlyServerOf(e: ErrorEvent, servers: Map<string, ErrorEvent[]>): ErrorEvent | undefined {
  let found: ErrorEvent | undefined;
  for (const s of servers.get(e.traceId!) ?? []) {
    if (s.service !== e.service) continue;
    if (found !== undefined) return undefined;
    found = s;
  }
  return found;
}

/** `own` with the request's keys it lacks (under the request's names for them); `own` itself when it lacks none. */
function withRequestKeys(own: Attributes, request: Attributes, names: readonly (readonly string[])[]): Attributes {
  let out: Attributes | undefined;
  groups: for (const group of names) {
    for (const name of group) if (own[name] !== undefined) continue groups;
    for (const name of group) {
      const value = request[name];
      if (value === undefined || value === null) continue;
      out ??= { ...own };
      out[name] = value;
    }
  }
  return out ?? own;
}
