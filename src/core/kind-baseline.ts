// Where a service's healthy spans of a worker's kinds ran, so that a job's errors are compared
// with the traffic of their own kind. A worker's work — the CONSUMER spans of the jobs it takes
// from a queue, the INTERNAL span a scheduler opens for a run — runs on the worker's hosts or
// pods, while most of the service's healthy spans are the web instances' SERVER spans (and the
// CLIENT calls they make): compared with all of them, the worker's host holds every error of a job
// against a small share of the baseline, and reads as "one host" where it is only where that kind
// of work runs. The healthy counting (ingest) therefore also counts where the CONSUMER and
// INTERNAL spans ran under keys of their kind (`host.name@consumer`), and the spans of every kind
// under `span.kind`, which says the counts were kept; the evidence (core/evidence.ts
// statConcentrations) compares a signature whose spans are all of one of those kinds with them.
// SERVER spans are most of the traffic, and CLIENT and PRODUCER spans are made from where the
// requests or jobs that make them run: those are compared with the whole traffic as before. Span
// kinds are OTLP's (opentelemetry-proto trace.proto SpanKind). Pure.
import { SPAN_KIND_CLIENT, SPAN_KIND_CONSUMER, SPAN_KIND_INTERNAL, SPAN_KIND_PRODUCER, SPAN_KIND_SERVER } from './span-kind.js';

/** The resource keys that say where a span ran, counted per kind. */
export const KIND_SCOPED_KEYS: readonly string[] = ['host.name', 'k8s.pod.name', 'k8s.node.name', 'service.instance.id', 'cloud.availability_zone', 'cloud.region', 'k8s.namespace.name'];

/** The key under which the healthy spans of each kind are counted (its values: the kinds' names). */
export const SPAN_KIND_KEY = 'span.kind';

const NAMES: Readonly<Record<number, string>> = {
  [SPAN_KIND_INTERNAL]: 'internal',
  [SPAN_KIND_SERVER]: 'server',
  [SPAN_KIND_CLIENT]: 'client',
  [SPAN_KIND_PRODUCER]: 'producer',
  [SPAN_KIND_CONSUMER]: 'consumer',
};

/** The kind's name (`consumer`), or undefined for UNSPECIFIED and numbers OTLP does not define. */
export function kindName(kind: number): string | undefined {
  return NAMES[kind];
}

/** Whether a signature of this kind is compared with its kind's traffic: a worker's kinds, CONSUMER and INTERNAL. */
export function scopedKind(kind: number | undefined): kind is number {
  return kind === SPAN_KIND_CONSUMER || kind === SPAN_KIND_INTERNAL;
}

/** `host.name@consumer`: the key `key`'s values among the healthy spans of `kind`. */
export function kindScopedKey(key: string, kind: number): string {
  return `${key}@${NAMES[kind]}`;
}

/**
 * The facts a healthy count adds for `n` spans of `kind` on a resource with `resourceFacts`:
 * `span.kind` for every kind, and the location facts under the kind's keys for CONSUMER and
 * INTERNAL spans.
 */
export function kindFacts(resourceFacts: readonly (readonly [string, string])[], kind: number, n: number): [string, string, number][] {
  const name = NAMES[kind];
  if (name === undefined || n <= 0) return [];
  const out: [string, string, number][] = [[SPAN_KIND_KEY, name, n]];
  if (!scopedKind(kind)) return out;
  for (const [key, value] of resourceFacts) if (KIND_SCOPED_KEYS.includes(key)) out.push([kindScopedKey(key, kind), value, n]);
  return out;
}

/** The one kind all of `kinds` share, when it is compared with its kind's traffic (undefined: mixed, unknown, or another kind). */
export function signatureKind(kinds: readonly (number | undefined)[]): number | undefined {
  const [first] = kinds;
  return kinds.length > 0 && scopedKind(first) && kinds.every((k) => k === first) ? first : undefined;
}
