// The LLM prompt built from a signature and its evidence, the JSON schema of the expected
// answer, and the validation of what comes back. Every diagnoser that talks to a model (API or
// command) uses these, so they all ask the same question and accept the same answer.
import { z } from 'zod';
import { costUsd, estimateTokens, maxOutputTokensWithin, type ModelPrice } from './budget.js';
import { calleeName } from './callee-name.js';
import type { Evidence, Signature } from './model.js';
import { redact as defaultRedact } from './redact.js';

export const diagnosisSchema = z.object({
  rootCause: z.string().min(1),
  evidence: z.array(z.string()),
  suggestedFix: z.string().min(1),
  confidence: z.number().min(0).max(1),
});
export type ModelAnswer = z.infer<typeof diagnosisSchema>;

/**
 * The same shape as JSON Schema, written out rather than generated so it stays inside the
 * subset OpenAI's strict mode accepts (every property required, additionalProperties false)
 * and is stable across zod versions. A test keeps it in step with `diagnosisSchema`.
 */
export const DIAGNOSIS_JSON_SCHEMA = {
  type: 'object',
  properties: {
    rootCause: { type: 'string', description: 'The most likely root cause, one or two sentences, naming the service, host, release or dependency.' },
    evidence: { type: 'array', items: { type: 'string' }, description: 'The observations that support the root cause, each with its numbers.' },
    suggestedFix: { type: 'string', description: 'What to change or check first.' },
    confidence: { type: 'number', minimum: 0, maximum: 1, description: '0..1; low when the evidence is thin or ambiguous.' },
  },
  required: ['rootCause', 'evidence', 'suggestedFix', 'confidence'],
  additionalProperties: false,
} as const;

/** Name of the tool (Anthropic) and of the json_schema (OpenAI): [a-zA-Z0-9_-]{1,64}. */
export const DIAGNOSIS_TOOL_NAME = 'report_diagnosis';

export interface Prompt {
  system: string;
  user: string;
}

export interface PromptOptions {
  /**
   * Applied to every part that is cut to length before it is cut (a secret straddling the cut
   * would otherwise lose the prefix its rule recognises it by), and to the finished text.
   */
  redact?: (text: string) => string;
  /** Caps on the parts that can grow without bound. */
  maxLogLines?: number;
  maxStackChars?: number;
}

const SYSTEM = [
  'You are Rounds, a site-reliability engineer diagnosing a production error from OpenTelemetry data.',
  'Find the most likely root cause using only the evidence given. Prefer the strongest signal: a release that introduced the error,',
  'a concentration on one host, tenant, client (its User-Agent) or route, a downstream dependency failing deeper in the trace or answering with what the code cannot read, co-occurring errors, errors that recur on a schedule, a missing configuration value, rate limiting.',
  'Quote the numbers you rely on. Do not invent facts that are not in the evidence.',
  'Set confidence honestly: below 0.4 when the evidence is thin or points several ways, above 0.8 only when several independent signals agree.',
  'Secrets and personal data were replaced by [REDACTED:…] markers; do not ask for them.',
  `Answer with a single JSON object matching this JSON schema, and nothing else: ${JSON.stringify(DIAGNOSIS_JSON_SCHEMA)}`,
].join('\n');

const iso = (ms: number) => new Date(ms).toISOString();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… [${s.length - n} more characters]` : s);

export function buildPrompt(signature: Signature, evidence: Evidence, options: PromptOptions = {}): Prompt {
  const maxLogLines = options.maxLogLines ?? 30;
  const maxStack = options.maxStackChars ?? 4000;
  const scrub = options.redact ?? defaultRedact;
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`## ${title}`, ...lines, '');
  };

  section('Error', [
    `service: ${evidence.service}`,
    `type: ${evidence.type}`,
    `message: ${evidence.message}`,
    `signature: ${signature.id} (status ${signature.status}${signature.regressed ? ', regressed' : ''})`,
    ...(signature.culprit ? [`culprit: ${signature.culprit}`] : []),
    `occurrences: ${evidence.count}, first seen ${iso(evidence.firstSeenMs)}, last seen ${iso(evidence.lastSeenMs)}`,
    `trend: ${evidence.trend.kind} (${evidence.trend.detail})`,
    ...(signature.environments.length ? [`environments: ${signature.environments.join(', ')}`] : []),
  ]);
  if (evidence.release) {
    const r = evidence.release;
    section('Releases', [
      r.detail,
      ...(r.firstRelease ? [`first seen in release ${r.firstRelease}${r.introducedByRelease ? ' (introduced by this release)' : ''}`] : []),
      ...r.releases.map((x) => `- ${x.release}: ${x.count} occurrences`),
    ]);
  }
  section(
    `Concentrations (share of this error's occurrences vs. share of the baseline${evidence.baseline ? `: ${evidence.baseline.detail}` : ''})`,
    evidence.concentrations.map(
      (c) => `- ${c.key}=${c.value}: ${c.count}${c.carrying ? ` of ${c.carrying}` : ''} occurrences, ${pct(c.share)} of this error vs ${pct(c.baselineShare)} of ${c.baseline ?? 'the baseline'}${c.lift !== undefined ? `, lift ${c.lift}` : ''}`,
    ),
  );
  if (evidence.trace) {
    const t = evidence.trace;
    const span = (s: { service: string; name: string; statusMessage?: string; release?: string }) => `${s.service}${s.release ? ` ${s.release}` : ''} / ${s.name}${s.statusMessage ? `: ${s.statusMessage}` : ''}`;
    section('Trace', [
      `trace ${t.traceId} across services: ${t.services.join(', ')}`,
      ...(t.deepestFailingSpan ? [`deepest failing span: ${span(t.deepestFailingSpan)}`] : []),
      ...t.downstreamErrors.map((s) => `downstream error: ${span(s)}`),
      ...t.upstreamErrors.map((s) => `upstream error: ${span(s)}`),
    ]);
  }
  if (evidence.downstream) {
    const d = evidence.downstream;
    section(`The deeper failing signature (${d.service}, shares ${d.sharedTraces} traces)`, [
      `${d.type}: ${d.message} (signature ${d.signatureId}, ${d.count} occurrences)`,
      ...(d.release ? [`its releases: ${d.release.detail}`] : []),
      ...d.concentrations.map((c) => `- ${c.key}=${c.value}: ${pct(c.share)} of its occurrences vs ${pct(c.baselineShare)} of ${c.baseline ?? 'the baseline'}`),
    ]);
  }
  section(
    'Errors that co-occur in the same traces',
    evidence.coOccurring.map((c) => `- ${c.service}: ${c.type}: ${c.message} (signature ${c.signatureId}, ${c.sharedTraces} shared traces)`),
  );
  section('Exception', [
    ...(evidence.recurrence ? [`recurs ${evidence.recurrence.period} at ${evidence.recurrence.window}: ${evidence.recurrence.repeats} of the last ${evidence.recurrence.periods} ${evidence.recurrence.period === 'hourly' ? 'hours' : 'days'}, ${Math.round(evidence.recurrence.share * 100)}% of the errors in that window`] : []),
    ...(evidence.consumed ? [`a consumer's deliveries: ${Math.round(evidence.consumed.share * 100)}% of the samples process a message${evidence.consumed.destination ? ` from ${evidence.consumed.destination}` : ''}${evidence.consumed.system ? ` (${evidence.consumed.system})` : ''}`] : []),
    ...(evidence.redelivered ? [`one message, redelivered: ${evidence.redelivered.count} of ${evidence.redelivered.of} samples naming their message are ${evidence.redelivered.message}${evidence.redelivered.destination ? ` from ${evidence.redelivered.destination}` : ''}`] : []),
    ...(evidence.callee ? [`the failing spans call: ${calleeName(evidence.callee)} (${pct(evidence.callee.share)} of the stored samples)`] : []),
    ...(evidence.answered ? [`the failing client spans were ${evidence.answered.status} (${pct(evidence.answered.share)} of the stored samples; they carry no other words)`] : []),
    ...(evidence.traffic ? [`the service's ${evidence.traffic.failed ? 'traffic (its healthy spans and this signature\'s failing requests)' : 'healthy traffic'} rose ${evidence.traffic.ratio.toFixed(1)}× when the errors began: ${evidence.traffic.beforePerMinute.toFixed(1)} healthy spans a minute since ${iso(evidence.traffic.beforeFromMs)}, ${evidence.traffic.duringPerMinute.toFixed(1)} a minute${evidence.traffic.failed ? `, ${evidence.traffic.failed} failing requests included,` : ''} over the ${evidence.traffic.minutes} minutes since ${iso(evidence.traffic.sinceMs)}`] : []),
    ...(evidence.platform?.throttled ? [`CPU throttling: ${evidence.platform.throttled.whose === 'peer' ? 'the called' : "the service's"} container ${evidence.platform.throttled.container} was throttled under its CPU limit in ${pct(evidence.platform.throttled.share)} of its CFS periods during the errors${evidence.platform.throttled.before === undefined ? '' : ` (${pct(evidence.platform.throttled.before)} before)`}`] : []),
    ...(evidence.platform?.restarted ? [`restarts: ${evidence.platform.restarted.whose === 'peer' ? 'the called' : "the service's"} container ${evidence.platform.restarted.container} restarted ${evidence.platform.restarted.restarts} time(s) during the errors${evidence.platform.restarted.reason ? `, last run ended ${evidence.platform.restarted.reason}` : ''}`] : []),
    ...(evidence.topInAppFrame ? [`top in-app frame: ${evidence.topInAppFrame}`] : []),
    ...evidence.exceptionChain.map((e, i) => `${i === 0 ? 'exception' : 'caused by'}: ${e.type}: ${e.message}`),
  ]);
  if (evidence.stacktraceSample) section('Stack trace (sample)', ['```', clip(scrub(evidence.stacktraceSample), maxStack), '```']);
  const logs = evidence.logs.slice(0, maxLogLines);
  section(
    `Logs around the error${evidence.logs.length > logs.length ? ` (${logs.length} of ${evidence.logs.length})` : ''}`,
    logs.map((l) => `${iso(l.timeMs)} ${l.severity ?? ''} ${l.service ?? ''} ${clip(scrub(l.body), 500)}`.replace(/\s+/g, ' ').trim()),
  );
  section('Metrics', evidence.metrics.map((m) => `- ${m.query}: ${m.summary}`));
  section('What could not be learned', [...(evidence.lacking ?? []), ...evidence.notes].map((n) => `- ${n}`));
  out.push('Diagnose this error. Answer with the JSON object only.');

  return { system: SYSTEM, user: scrub(out.join('\n')) };
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

export type ParseResult = { ok: true; value: ModelAnswer } | { ok: false; error: string };

/**
 * The answer with its text redacted. A model (or an agent that read the repository and the
 * environment) can repeat a secret it saw; the answer is stored, shown and sent on, so it passes
 * the same rules as everything else before any of that.
 */
export function redactAnswer(answer: ModelAnswer, redact: (text: string) => string): ModelAnswer {
  return { ...answer, rootCause: redact(answer.rootCause), evidence: answer.evidence.map(redact), suggestedFix: redact(answer.suggestedFix) };
}

/**
 * Validates an answer object. Small, common deviations of weaker models are forgiven before
 * validation: a confidence given as a percentage or a numeric string, evidence as one string.
 */
export function validateAnswer(raw: unknown): ParseResult {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = { ...(raw as Record<string, unknown>) };
    if (typeof o.confidence === 'string' && o.confidence.trim() !== '' && Number.isFinite(Number(o.confidence))) o.confidence = Number(o.confidence);
    if (typeof o.confidence === 'number' && o.confidence > 1 && o.confidence <= 100) o.confidence = o.confidence / 100;
    if (typeof o.evidence === 'string') o.evidence = [o.evidence];
    raw = o;
  }
  const parsed = diagnosisSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `answer does not match the diagnosis schema: ${issue.path.join('.') || '(root)'}: ${issue.message}` };
}

/**
 * Finds the diagnosis JSON in free text: the whole text, else each fenced code block, else each
 * balanced `{…}` object in the text (leading and trailing prose, as local models and agent
 * CLIs tend to add). The first candidate that validates wins.
 */
export function parseAnswerText(text: string): ParseResult {
  const candidates: string[] = [text.trim()];
  for (const m of text.matchAll(/```[a-zA-Z]*[ \t]*\r?\n([\s\S]*?)```/g)) candidates.push(m[1].trim());
  candidates.push(...balancedObjects(text));
  let firstError: string | undefined;
  let sawJson = false;
  for (const c of candidates) {
    if (!c.startsWith('{')) continue;
    let value: unknown;
    try {
      value = JSON.parse(c);
    } catch {
      continue;
    }
    sawJson = true;
    const result = validateAnswer(value);
    if (result.ok) return result;
    firstError ??= result.error;
  }
  return { ok: false, error: sawJson ? firstError! : `no JSON object found in the answer (${text.length} characters)` };
}

/** Top-level `{…}` spans, respecting strings; linear in the text. At most `limit` of them. */
function balancedObjects(text: string, limit = 20): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"' && depth > 0) inString = true;
    else if (ch === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) out.push(text.slice(start, i + 1));
    }
  }
  return out;
}

/** Below this an answer would be cut off mid-JSON; better not to call the model at all. */
export const MIN_OUTPUT_TOKENS = 256;

export interface ModelCallPlan {
  prompt: { system: string; user: string };
  price: ModelPrice;
  /** Estimated prompt size, an upper bound (see estimateTokens). */
  inputTokens: number;
  /** The answer length the per-diagnosis budget allows (capped by the configured maximum). */
  maxOutputTokens: number;
  /** Cost if the model used the whole allowance (at least MIN_OUTPUT_TOKENS). */
  estimatedUsd: number;
  /** Why the call must not be made, when the budget leaves no room for an answer. */
  refusal?: string;
}

/**
 * What one LLM diagnosis will cost before it is made: the redacted prompt, its size with the
 * schema and the provider's framing (`overheadTokens`), and the longest answer the budget pays.
 */
export function planModelCall(
  signature: Signature,
  evidence: Evidence,
  budgetUsd: number,
  options: { redact: (text: string) => string; price: ModelPrice; maxOutputTokens: number; overheadTokens: number },
): ModelCallPlan {
  const prompt = buildPrompt(signature, evidence, { redact: options.redact });
  const inputTokens = estimateTokens(prompt.system) + estimateTokens(prompt.user) + estimateTokens(JSON.stringify(DIAGNOSIS_JSON_SCHEMA)) + options.overheadTokens;
  const maxOutputTokens = maxOutputTokensWithin(budgetUsd, inputTokens, options.price, options.maxOutputTokens);
  const estimatedUsd = costUsd(options.price, inputTokens, Math.max(maxOutputTokens, MIN_OUTPUT_TOKENS));
  const refusal =
    maxOutputTokens < MIN_OUTPUT_TOKENS ? `the prompt (~${inputTokens} tokens) leaves no room for an answer within the $${budgetUsd} per-diagnosis budget` : undefined;
  return { prompt, price: options.price, inputTokens, maxOutputTokens, estimatedUsd, refusal };
}
