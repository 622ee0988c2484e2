// The offline diagnosis: every rule of the cause table (table.ts) judges the evidence; the
// strongest finding names the root cause (ties: the table's order), a second independent one is
// added when it is strong too, and the confidence follows from the winning rule's numbers, how
// often the error was seen, and what evidence was missing.
import type { Diagnosis, Evidence, Signature } from '../model.js';
import { calleeName } from '../callee-name.js';
import { CAUSES, describe, type CauseFinding, type CauseKind } from './table.js';
import { withoutCodeNames } from './signals.js';
import { clip } from './wording.js';
import { announcedDetail } from './message-detail.js';

/** Findings made redundant by a stronger explanation of the same symptom. */
const SUBSUMES: Partial<Record<CauseKind, CauseKind[]>> = {
  'dependency-release': ['dependency-down', 'shared-cause'],
  'dependency-down': ['shared-cause'],
  release: ['code-defect'],
  'schema-mismatch': ['release', 'code-defect'],
  'missing-config': ['code-defect'],
  'clock-skew': ['location', 'certificate-or-auth'],
  'certificate-or-auth': ['dependency-down'],
  'resource-exhaustion': ['dependency-down'],
  'rate-limit': ['dependency-down'],
  // A lock wait timeout reads as a timeout, and an optimistic-lock exception at an in-app frame
  // as a defect of that frame: the conflict explains both.
  'lock-contention': ['dependency-down', 'code-defect', 'resource-exhaustion'],
  // The payload over its limit is the cause: the peer refusing it (a 413, RESOURCE_EXHAUSTED)
  // and the frame that sent it are where.
  'size-limit': ['dependency-down', 'rate-limit', 'resource-exhaustion', 'code-defect'],
  // The repeated delivery or request is the cause; the insert that refuses it is where.
  'duplicate-write': ['code-defect', 'route'],
  // The one input is the cause; the defect it trips (or the route it arrives on) is where. A
  // consumer failing to decode that one message says nothing of the producer's format: the other
  // messages decode (celery/kombu#2421: a console's test message among Celery's).
  'poison-message': ['code-defect', 'route', 'shared-cause', 'unexpected-response'],
  // So is one client's requests: the defect they trip and the route they take are where.
  client: ['code-defect', 'route'],
  // The peer's answer is the cause; the code that chokes on it is where.
  'unexpected-response': ['code-defect'],
};

/** Strength a second finding needs to be named next to the first. */
const SECONDARY_MIN = 0.6;

export function evaluateCauses(ev: Evidence): CauseFinding[] {
  const text = evidenceText(ev);
  const findings: { f: CauseFinding; order: number }[] = [];
  CAUSES.forEach((rule, order) => {
    const f = rule.evaluate(ev, text);
    if (f) findings.push({ f, order });
  });
  findings.sort((a, b) => b.f.strength - a.f.strength || a.order - b.order);
  const out: CauseFinding[] = [];
  for (const { f } of findings) {
    if (out.some((kept) => SUBSUMES[kept.kind]?.includes(f.kind) || SUBSUMES[f.kind]?.includes(kept.kind))) continue;
    out.push(f);
  }
  return out;
}

/** The trace's deepest failing span is another service's. */
function deeperServiceFailed(ev: Evidence): boolean {
  const deep = ev.trace?.deepestFailingSpan;
  return deep !== undefined && deep.service !== ev.service;
}

/**
 * The signature's message is parameterised (`connect ECONNREFUSED <ip>:<num>`); the exception
 * chain and the stack trace's first line keep a raw sample, which names ports and variables.
 */
export function evidenceText(ev: Evidence): string {
  // A name the code cannot find or call is read as a name, not as the cause its words spell (signals.ts).
  return withoutCodeNames([
    // As the runtime prints it, for patterns that read both (`KeyError: 'STRIPE_KEY'`).
    `${ev.type}: ${ev.message}`,
    ...ev.exceptionChain.map((e) => `${e.type}: ${e.message}`),
    ev.stacktraceSample?.split('\n', 1)[0] ?? '',
    // What a first line ending in a colon announces, on the lines under it (message-detail.ts),
    // when no deeper service failed in the trace: where one did, the detail is that service's
    // answer quoted (Guzzle's `… response:` and the body), which its own signature and the
    // deeper-failure rules read as that service's.
    deeperServiceFailed(ev) ? '' : announcedDetail(ev.stacktraceSample),
    // The causes a runtime chains on (`[cause]: ConnectTimeoutError…`, `Caused by: …`): often the real failure.
    ...(ev.stacktraceSample?.split('\n').filter((l) => /^\s*(\[cause\]|cause:|Caused by:)/i.test(l)) ?? []),
    ev.trace?.deepestFailingSpan?.statusMessage ?? '',
    // A client span's failure worded by nothing but the status it was answered with.
    ev.answered?.status ?? '',
  ].join('\n'));
}

export function diagnoseFromEvidence(signature: Signature, ev: Evidence): Omit<Diagnosis, 'createdMs'> {
  const findings = evaluateCauses(ev);
  const [primary, secondary] = findings;
  const lacking = ev.lacking ?? [];

  const evidence: string[] = [
    `${ev.count} occurrence${ev.count === 1 ? '' : 's'} of ${ev.type} in ${ev.service} between ${iso(ev.firstSeenMs)} and ${iso(ev.lastSeenMs)}; trend ${ev.trend.kind} (${ev.trend.detail}).`,
  ];
  const seen = new Set(evidence);
  const push = (line: string) => {
    if (!seen.has(line)) (seen.add(line), evidence.push(line));
  };
  for (const f of findings) for (const l of f.numbers) push(l);
  // The other standing-out values, so a reader sees what was weighed and set aside.
  for (const c of ev.concentrations.slice(0, 4)) push(describe(c, ev));
  if (ev.baseline) push(`Baseline: ${ev.baseline.detail}.`);
  if (ev.callee) push(`The failing spans call ${calleeName(ev.callee)} (${Math.round(ev.callee.share * 100)}% of the stored samples).`);
  if (ev.answered) push(`The failing client spans were ${ev.answered.status} (${Math.round(ev.answered.share * 100)}% of the stored samples).`);
  if (!findings.some((f) => f.kind === 'release') && ev.release?.releases.length) push(`Releases: ${ev.release.releases.map((x) => `${x.release}: ${x.count}`).join(', ')}.`);
  if (ev.topInAppFrame && !findings.some((f) => f.kind === 'code-defect')) push(`Top in-app frame: ${ev.topInAppFrame}.`);
  for (const l of lacking) push(`Not checked: ${l}.`);
  for (const n of ev.notes) push(`Not available: ${n}`);

  if (!primary) {
    return {
      rootCause: `No single cause stands out for ${ev.type} in ${ev.service}: "${clip(ev.message, 160)}"${signature.culprit ? ` (at ${signature.culprit})` : ''}.`,
      evidence,
      suggestedFix: `Start from ${ev.topInAppFrame ?? signature.culprit ?? 'the stack trace'} and the occurrences' traces; configure a trace or log backend (or an LLM diagnoser) for a richer diagnosis.`,
      confidence: round(Math.min(0.2, 0.1 + volume(ev.count) * 0.1)),
      model: 'evidence',
      costUsd: 0,
      causeKind: 'unknown',
    };
  }
  const extra = secondary && secondary.strength >= SECONDARY_MIN ? secondary : undefined;
  const supporting = findings.slice(1).filter((f) => f.strength >= SECONDARY_MIN).length;
  const confidence = primary.strength * volume(ev.count) + Math.min(0.1, 0.05 * supporting) - Math.min(0.15, 0.03 * lacking.length + 0.03 * ev.notes.length);
  return {
    rootCause: extra ? `${primary.cause} ${extra.cause}` : primary.cause,
    evidence,
    suggestedFix: extra ? `${primary.fix} ${extra.fix}` : primary.fix,
    confidence: round(Math.max(0.05, Math.min(0.9, confidence))),
    model: 'evidence',
    costUsd: 0,
    causeKind: primary.kind,
  };
}

/** How much a signal can be trusted given how often the error was seen. */
function volume(count: number): number {
  return count >= 20 ? 1 : count >= 5 ? 0.85 : count >= 2 ? 0.7 : 0.5;
}

const round = (x: number) => Math.round(x * 100) / 100;
const iso = (ms: number) => new Date(ms).toISOString();
