// Feature flag evaluations as the OpenTelemetry semantic conventions record them (feature
// flags in spans): an event on the span during which the flag was evaluated, named
// `feature_flag.evaluation` (`feature_flag` in the conventions' earlier versions, still sent by
// LaunchDarkly's hooks), carrying `feature_flag.key` and the result: `feature_flag.result.variant`
// (formerly `feature_flag.variant`) or, when the provider names no variant, the value
// `feature_flag.result.value`. OpenFeature's SpanEventHook writes exactly these. A span may
// evaluate several flags, so they cannot become its `feature_flag.key` attribute: the decoders
// keep them, as `key=result` texts, under the attribute `feature_flag` — a namespace of the
// conventions, which by their naming rules is never an attribute's own name, so no span sends it.
import type { AttributeValue, Attributes } from './model.js';

/** The span events that record a flag evaluation, current name first. */
export const FLAG_EVENT_NAMES = ['feature_flag.evaluation', 'feature_flag'] as const;

/** The attribute the decoders keep a span's evaluated flags under (`key=result` texts). */
export const EVALUATED_FLAGS = 'feature_flag';

/** Longest flag text kept: a key and a variant, not a JSON value. */
const MAX_TEXT = 200;

/** The value counted for a flag whose evaluation names no result. */
const EVALUATED = 'evaluated';

function text(value: AttributeValue | undefined): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const s = String(value);
  return s.length > 0 ? s : undefined;
}

/** A flag's result on a record: its variant, else its value (undefined: none named). */
function resultOf(attributes: Attributes): string | undefined {
  return text(attributes['feature_flag.result.variant']) ?? text(attributes['feature_flag.variant']) ?? text(attributes['feature_flag.result.value']);
}

/** `key=result` (the key alone when no result is named), or undefined past MAX_TEXT. */
function evaluationText(key: string, result: string | undefined): string | undefined {
  const out = result === undefined ? key : `${key}=${result}`;
  return out.length <= MAX_TEXT ? out : undefined;
}

/** Keeps the flags a span's evaluation events name (each once) on its attributes. */
export function keepEvaluatedFlags(attributes: Attributes, evaluations: readonly Attributes[]): void {
  if (evaluations.length === 0 || attributes[EVALUATED_FLAGS] !== undefined) return;
  const flags: string[] = [];
  for (const ev of evaluations) {
    const key = text(ev['feature_flag.key']);
    const t = key === undefined ? undefined : evaluationText(key, resultOf(ev));
    if (t !== undefined && !flags.includes(t)) flags.push(t);
  }
  if (flags.length > 0) attributes[EVALUATED_FLAGS] = flags;
}

/** The flags kept on a record by keepEvaluatedFlags (none when it has none). */
export function evaluatedFlags(attributes: Attributes): readonly string[] {
  const v = attributes[EVALUATED_FLAGS];
  if (!Array.isArray(v)) return NONE;
  return v.filter((f): f is string => typeof f === 'string' && f.length > 0 && f.length <= MAX_TEXT);
}

const NONE: readonly string[] = [];

/**
 * The statistics count each flag under a key of its own, `feature_flag[<key>]`, whose values are
 * its results: a span evaluating several flags carries one value of each, so among the spans
 * that evaluated a flag the share of each result is a proportion, as a route's is among spans
 * with a route. (Counted as one key, a second flag on every span would halve every share.)
 */
export function flagFactKey(flag: string): string {
  return `feature_flag[${flag}]`;
}

/** A flag's own statistics key (flagFactKey), the flag captured. */
export const FLAG_FACT_KEY = /^feature_flag\[(.*)\]$/;

/** The flag a statistics key counts, or undefined when it counts something else. */
export function flagOfFactKey(key: string): string | undefined {
  return FLAG_FACT_KEY.exec(key)?.[1];
}

/**
 * The flag facts of one record: the flag its attributes name (`feature_flag.key`; on unless its
 * variant says otherwise), then each one its evaluation events named, every flag once.
 */
export function flagFacts(attributes: Attributes): [string, string][] {
  const out: [string, string][] = [];
  const own = text(attributes['feature_flag.key']);
  if (own !== undefined) {
    const fact = attributeFlagFact(own, text(attributes['feature_flag.result.variant']) ?? text(attributes['feature_flag.variant']));
    if (fact !== undefined) out.push(fact);
  }
  for (const flag of evaluatedFlags(attributes)) {
    const at = flag.indexOf('=');
    const key = at < 0 ? flag : flag.slice(0, at);
    const fact = flagFactKey(key);
    if (!out.some(([k]) => k === fact)) out.push([fact, at < 0 ? EVALUATED : flag.slice(at + 1)]);
  }
  return out;
}

/** The fact a span's `feature_flag.key` attribute with its variant (if any) counts as: the flag is on unless a variant says how. */
export function attributeFlagFact(flag: string, variant: string | undefined): [string, string] | undefined {
  return flag.length > MAX_TEXT ? undefined : [flagFactKey(flag), variant ?? 'on'];
}
