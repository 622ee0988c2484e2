// The words of a report, shared by every notifier so a Markdown file, a GitHub issue and the
// terminal say the same thing. Redaction happens here, so no notifier can forget it: first on
// every text of the report (before anything is cut to a title's or a section's length, since
// a secret cut in half no longer matches the rule that knows it), then once more on the
// finished text.
import { formatUsd } from '../../core/budget.js';
import { regressionFacts } from '../../core/lifecycle.js';
import type { Evidence, Signature } from '../../core/model.js';
import type { BacklogReport, Report } from '../../core/ports.js';

/** A copy of `value` with `redact` applied to every string in it. */
function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactStrings(v, redact)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactStrings(v, redact);
    return out as T;
  }
  return value;
}

/**
 * The report with its signature, diagnosis and evidence texts redacted: what every notifier
 * formats, cuts and names files after. Ids and fingerprints are hex and pass unchanged.
 */
export function redactReport(report: Report, redact: (text: string) => string): Report {
  return { kind: report.kind, signature: redactStrings(report.signature, redact), diagnosis: redactStrings(report.diagnosis, redact), evidence: redactStrings(report.evidence, redact) };
}

const KIND_LABEL: Record<Report['kind'], string> = {
  new: 'New error',
  regressed: 'Regression',
  rediagnosed: 'Re-diagnosed',
};

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What regressed, in words: when it came back and in which release, and when it had been
 * resolved (in which release). Undefined for a signature that did not regress.
 */
export function regressionSentence(s: Signature): string | undefined {
  const f = regressionFacts(s);
  if (!f) return undefined;
  const back = `came back ${iso(f.cameBackMs)}${f.cameBackIn ? ` in release ${f.cameBackIn}` : ''}`;
  const resolved = f.resolvedMs !== undefined ? ` after it was resolved ${iso(f.resolvedMs)}${f.resolvedIn ? ` in release ${f.resolvedIn}` : ''}` : ' after it was resolved';
  return `${back}${resolved}`;
}

/** Releases with the occurrences counted in each (`2.0.0 (40), 2.1.0 (3)`), else their names. */
function releaseFigures(s: Signature, e: Evidence): string {
  const counted = e.release?.releases ?? [];
  return counted.length ? counted.map((r) => `${r.release} (${r.count})`).join(', ') : s.releases.join(', ');
}

/** A code fence longer than any backtick run inside `text`, so error text cannot end it early. */
function fence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `checkout: TypeError: Cannot read properties of undefined`, capped for titles. Give it a redacted report (redactReport). */
export function reportTitle(report: Report, max = 120): string {
  const s = report.signature;
  const t = oneLine(`${s.service}: ${s.type}: ${s.message}`);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function fingerprintMarker(fingerprint: string): string {
  return `<!-- rounds-fingerprint: ${fingerprint} -->`;
}

/** The Markdown document of a report (files, issue bodies). */
export function reportMarkdown(report: Report, redact: (text: string) => string): string {
  const { signature: s, diagnosis: d, evidence: e } = redactReport(report, redact);
  const lines: string[] = [
    `# ${KIND_LABEL[report.kind]}: ${reportTitle({ ...report, signature: s }, 200)}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Signature | \`${s.id}\` (${s.status}${s.regressed ? ', regressed' : ''}) |`,
    `| Service | ${s.service} |`,
    `| Type | ${s.type} |`,
    `| Occurrences | ${s.count} (first ${iso(s.firstSeenMs)}, last ${iso(s.lastSeenMs)}) |`,
    ...(s.culprit ? [`| Culprit | \`${s.culprit}\` |`] : []),
    ...(s.releases.length ? [`| Releases | ${releaseFigures(s, e)} |`] : []),
    ...(s.environments.length ? [`| Environments | ${s.environments.join(', ')} |`] : []),
    ...(regressionSentence(s) ? [`| Regressed | ${regressionSentence(s)} |`] : []),
    '',
    '## Message',
    '',
    fence(s.message),
    s.message,
    fence(s.message),
    '',
    '## Root cause',
    '',
    d.rootCause,
    '',
    '## Evidence',
    '',
    ...(d.evidence.length ? d.evidence.map((x) => `- ${oneLine(x)}`) : ['- (none)']),
    '',
    '## Suggested fix',
    '',
    d.suggestedFix,
    '',
    `Confidence **${Math.round(d.confidence * 100)}%** · diagnosed by \`${d.model}\`${d.costUsd > 0 ? ` for ${formatUsd(d.costUsd)}` : ''}${d.createdMs ? ` at ${iso(d.createdMs)}` : ''}`,
    ...(d.fallbackReason ? ['', `> Note: ${d.fallbackReason}`] : []),
  ];
  if (e.stacktraceSample) {
    const stack = e.stacktraceSample.slice(0, 6000);
    lines.push('', '<details><summary>Stack trace</summary>', '', fence(stack), stack, fence(stack), '', '</details>');
  }
  if (e.trace) lines.push('', `Trace: \`${e.trace.traceId}\` (${e.trace.services.join(' → ')})`);
  return redact(lines.join('\n')) + '\n';
}

/** A compact plain-text block for terminals. */
export function reportText(report: Report, redact: (text: string) => string): string {
  const { signature: s, diagnosis: d, evidence: e } = redactReport(report, redact);
  const regressed = regressionSentence(s);
  const lines = [
    `── ${KIND_LABEL[report.kind]} · ${s.id} · ${reportTitle({ ...report, signature: s })}`,
    `   ${s.count} occurrence${s.count === 1 ? '' : 's'}, last ${iso(s.lastSeenMs)}${s.culprit ? ` · at ${s.culprit}` : ''}`,
    ...(regressed ? [`   Regressed: ${regressed}`] : []),
    ...(s.releases.length > 1 ? [`   Releases: ${releaseFigures(s, e)}`] : []),
    `   Root cause: ${oneLine(d.rootCause)}`,
    ...d.evidence.slice(0, 6).map((x) => `     • ${oneLine(x)}`),
    `   Fix: ${oneLine(d.suggestedFix)}`,
    `   Confidence ${Math.round(d.confidence * 100)}% (${d.model}${d.costUsd > 0 ? `, ${formatUsd(d.costUsd)}` : ''})${d.fallbackReason ? ` — ${d.fallbackReason}` : ''}`,
  ];
  return redact(lines.join('\n')) + '\n\n';
}

/** The backlog summary with every text (services, types, messages) redacted. */
export function redactBacklog(report: BacklogReport, redact: (text: string) => string): BacklogReport {
  return redactStrings(report, redact);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `Investigation backlog: 1,234 new signatures not diagnosed (checkout, payments, …)`, capped for titles. */
export function backlogTitle(report: BacklogReport, max = 120): string {
  const services = report.byService.map(([name]) => name);
  const t = oneLine(`Investigation backlog: ${plural(report.shed, 'new signature')} not diagnosed (${services.slice(0, 3).join(', ')}${services.length > 3 ? ', …' : ''})`);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function backlogLines(r: BacklogReport): { why: string; ask: string } {
  return {
    why: `An incident queued ${r.queued} investigations, more than the ${r.kept} kept; the newest new signatures were taken out of the queue without a diagnosis of their own (between ${iso(r.sinceMs)} and ${iso(r.atMs)}).`,
    ask: 'Each one is stored and counted as usual. Ask for a diagnosis of one with `rounds diagnose <id>`.',
  };
}

/** The Markdown document of a backlog summary (files, issue bodies). */
export function backlogMarkdown(report: BacklogReport, redact: (text: string) => string): string {
  const r = redactBacklog(report, redact);
  const { why, ask } = backlogLines(r);
  const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');
  const lines = [
    `# ${backlogTitle(r, 200)}`,
    '',
    why,
    ask,
    '',
    '## By service',
    '',
    '| Service | Signatures |',
    '|---|---|',
    ...r.byService.map(([name, n]) => `| ${cell(name)} | ${n} |`),
    '',
    '## By error type',
    '',
    '| Type | Signatures |',
    '|---|---|',
    ...r.byType.map(([name, n]) => `| ${cell(name)} | ${n} |`),
    '',
    '## Most recent',
    '',
    ...r.examples.map((e) => `- \`${e.id}\` ${cell(e.service)}: ${cell(e.type)}: ${cell(e.message).slice(0, 200)}`),
  ];
  return redact(lines.join('\n')) + '\n';
}

/** A compact plain-text block for terminals. */
export function backlogText(report: BacklogReport, redact: (text: string) => string): string {
  const r = redactBacklog(report, redact);
  const { why, ask } = backlogLines(r);
  const lines = [
    `── Backlog · ${backlogTitle(r)}`,
    `   ${why}`,
    `   By service: ${r.byService.map(([name, n]) => `${oneLine(name)} ${n}`).join(', ')}`,
    `   By type: ${r.byType.map(([name, n]) => `${oneLine(name)} ${n}`).join(', ')}`,
    ...r.examples.slice(0, 5).map((e) => `     • ${e.id} ${oneLine(`${e.service}: ${e.type}: ${e.message}`).slice(0, 160)}`),
    `   ${ask}`,
  ];
  return redact(lines.join('\n')) + '\n\n';
}
