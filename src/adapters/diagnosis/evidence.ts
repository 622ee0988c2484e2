// The offline default diagnoser: deterministic, free, built only from the Evidence the
// investigator gathered. Each signal below is a rule with a strength; the strongest names the
// root cause, a second independent one is added when it is strong enough, and the confidence
// says how much there was to go on (few occurrences or a single weak signal stay low).
import type { Diagnosis, Evidence, Signature } from '../../core/model.js';
import { ok, type Clock, type Diagnoser, type DiagnosisRequest, type Outcome } from '../../core/ports.js';

interface Finding {
  kind: string;
  /** 0..1: how strongly this signal alone points at a cause. */
  weight: number;
  cause: string;
  fix: string;
  lines: string[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Well-known ports, so `ECONNREFUSED 10.0.0.5:5432` can be called "PostgreSQL". */
const PORT_NAMES: Record<string, string> = {
  '5432': 'PostgreSQL',
  '3306': 'MySQL',
  '1433': 'SQL Server',
  '1521': 'Oracle',
  '6379': 'Redis',
  '11211': 'Memcached',
  '27017': 'MongoDB',
  '9092': 'Kafka',
  '5672': 'RabbitMQ',
  '9200': 'Elasticsearch',
  '2181': 'ZooKeeper',
  '4222': 'NATS',
};

const HOST_KEYS = /^(host\.name|host\.id|k8s\.pod\.name|k8s\.node\.name|container\.id|cloud\.availability_zone|cloud\.region)$/;
const TENANT_KEYS = /(tenant|customer|org(anization)?|account)(\.id|_id|\.name)?$/i;
const ROUTE_KEYS = /^(http\.route|url\.path|http\.target|rpc\.method|messaging\.destination\.name|db\.operation(\.name)?)$/;
const DEPENDENCY_KEYS = /^(peer\.service|server\.address|net\.peer\.name|db\.system|db\.system\.name|messaging\.system)$/;

const RATE_LIMIT = /\b(rate[ -]?limit\w*|too many requests|429|throttl\w*|quota exceeded|resource[_ ]exhausted)\b/i;
const REFUSED = /\b(ECONNREFUSED|connection refused|connect(ion)? (was )?refused)\b/i;
const TIMEOUT = /\b(ETIMEDOUT|ESOCKETTIMEDOUT|timed? ?out|deadline exceeded|DEADLINE_EXCEEDED|context deadline)\b/i;
const DNS = /\b(ENOTFOUND|EAI_AGAIN|getaddrinfo|name or service not known|no such host)\b/i;
const CODE_DEFECT = /\b(TypeError|ReferenceError|NullPointerException|NullReferenceException|AttributeError|KeyError|IndexError|undefined is not|cannot read propert|is not a function|nil pointer|null pointer)\b/i;
const MISSING_CONFIG = [
  /\b(missing|undefined|unset|not set|not defined|required|empty|no value for)\b[^\n]{0,60}?\b(env(ironment)?( variable)?|config(uration)?( value| key| option| setting)?|setting|variable|secret)\b/i,
  /\b(env(ironment)?( variable)?|config(uration)?( value| key| option| setting)?|setting)\b[^\n]{0,60}?\b(is )?(missing|not set|undefined|required|empty)\b/i,
  /\bKeyError: ['"][A-Z][A-Z0-9_]+['"]/,
];
const CONFIG_NAME = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/;

export function diagnoseFromEvidence(signature: Signature, ev: Evidence): Omit<Diagnosis, 'createdMs'> {
  // The signature's message is parameterised (`connect ECONNREFUSED <ip>:<num>`); the exception
  // chain and the stack trace's first line keep a raw sample, which names ports and variables.
  const text = [
    ev.message,
    ...ev.exceptionChain.map((e) => `${e.type}: ${e.message}`),
    ev.stacktraceSample?.split('\n', 1)[0] ?? '',
    ev.trace?.deepestFailingSpan?.statusMessage ?? '',
  ].join('\n');
  const findings: Finding[] = [];

  // A missing configuration value is named in the message itself: the most specific signal.
  if (MISSING_CONFIG.some((re) => re.test(text))) {
    const name = CONFIG_NAME.exec(text)?.[1];
    findings.push({
      kind: 'missing-config',
      weight: name ? 0.8 : 0.6,
      cause: name
        ? `${ev.service} is missing the configuration value ${name}.`
        : `${ev.service} is missing a required configuration value (named in the error message).`,
      fix: name
        ? `Set ${name} in ${ev.service}'s environment or configuration for the affected deployment and restart it; make startup fail fast when it is absent.`
        : `Provide the configuration value named in the message to ${ev.service} and validate configuration at startup.`,
      lines: [`The error message reports a missing configuration value${name ? `: ${name}` : ''} ("${clip(ev.message, 160)}").`],
    });
  }

  // The release that introduced it.
  if (ev.release?.introducedByRelease && ev.release.firstRelease) {
    const r = ev.release;
    const counts = r.releases.map((x) => `${x.release}: ${x.count}`).join(', ');
    findings.push({
      kind: 'release',
      weight: 0.75,
      cause: `Release ${r.firstRelease} of ${ev.service} introduced this error${ev.topInAppFrame ? ` (in ${ev.topInAppFrame})` : ''}.`,
      fix: `Roll back ${ev.service} to the release before ${r.firstRelease}, or fix the change in ${r.firstRelease}${ev.topInAppFrame ? ` around ${ev.topInAppFrame}` : ''} and redeploy.`,
      lines: [`First seen with release ${r.firstRelease}; occurrences per release: ${counts || 'n/a'}. ${r.detail}`.trim()],
    });
  }

  // No clean "introduced by" verdict, but the errors sit on one release far more than the
  // service's other errors do: a weaker release signal.
  const onRelease = ev.concentrations.find((c) => c.key === 'service.version' && c.share >= 0.6 && c.share - c.baselineShare >= 0.2);
  if (onRelease && !findings.some((f) => f.kind === 'release')) {
    findings.push({
      kind: 'release',
      weight: 0.45 + 0.3 * (onRelease.share - onRelease.baselineShare),
      cause: `The errors are concentrated on release ${onRelease.value} of ${ev.service}: ${pct(onRelease.share)} of them against ${pct(onRelease.baselineShare)} of the service's other errors.`,
      fix: `Compare release ${onRelease.value} with the previous one (code, configuration, dependencies); roll it back if the errors started with it.`,
      lines: [`service.version=${onRelease.value}: ${onRelease.count} occurrences, ${pct(onRelease.share)} of this error vs ${pct(onRelease.baselineShare)} baseline.`],
    });
  }

  // A dependency failing deeper in the trace than the service that reported the error.
  const deep = ev.trace?.deepestFailingSpan;
  if (deep && deep.service !== ev.service) {
    const timedOut = TIMEOUT.test(`${deep.statusMessage ?? ''}\n${text}`);
    findings.push({
      kind: 'downstream',
      weight: timedOut ? 0.8 : 0.7,
      cause: `The downstream service ${deep.service} fails first (span "${deep.name}"${deep.statusMessage ? `: ${clip(deep.statusMessage, 120)}` : ''}); ${ev.service} only surfaces its ${timedOut ? 'timeout' : 'error'}.`,
      fix: `Investigate ${deep.service} ("${deep.name}") first. In ${ev.service}, bound the call with a timeout and a circuit breaker and degrade gracefully while ${deep.service} is failing.`,
      lines: [
        `Deepest failing span in trace ${ev.trace!.traceId}: ${deep.service} / ${deep.name}${deep.statusMessage ? ` (${clip(deep.statusMessage, 120)})` : ''}; ${ev.trace!.services.length} services in the trace.`,
        ...ev.trace!.downstreamErrors.slice(0, 3).map((s) => `Downstream error: ${s.service} / ${s.name}${s.statusMessage ? ` (${clip(s.statusMessage, 100)})` : ''}.`),
      ],
    });
  }

  // Rate limiting.
  if (RATE_LIMIT.test(text)) {
    const dep = dependencyName(ev, text);
    const bursting = ev.trend.kind === 'bursting';
    findings.push({
      kind: 'rate-limit',
      weight: bursting ? 0.75 : 0.65,
      cause: `${dep ? `${dep} is rate-limiting ${ev.service}` : `${ev.service} is being rate-limited`}${bursting ? ` during a burst of requests (${ev.trend.detail})` : ''}.`,
      fix: `Honour Retry-After with exponential backoff and jitter, smooth the burst (queue or client-side rate limiter), and ask for a higher quota${dep ? ` from ${dep}` : ''} if the traffic is legitimate.`,
      lines: [`The errors are rate-limit rejections ("${clip(ev.message, 160)}"); trend: ${ev.trend.kind} (${ev.trend.detail}).`],
    });
  }

  // Connection-level failures name a dependency even without a trace.
  const network = REFUSED.test(text) ? 'refusing connections' : DNS.test(text) ? 'not resolvable (DNS)' : !deep && TIMEOUT.test(text) ? 'timing out' : undefined;
  if (network) {
    const named = dependencyName(ev, text);
    const dep = named ?? 'a dependency';
    findings.push({
      kind: 'network',
      weight: 0.55,
      cause: `${named ?? 'A dependency'} is ${network} for ${ev.service}.`,
      fix: `Check that ${dep} is up and reachable from ${ev.service} (process, port, security groups, DNS, connection-pool limits), and add a health check so traffic avoids an instance that cannot reach it.`,
      lines: [`Connection-level failure: "${clip(ev.message, 160)}".`],
    });
  }

  // One host / tenant / route / dependency over-represented.
  const conc = [...ev.concentrations].filter((c) => c.share >= 0.6 && c.share - c.baselineShare >= 0.2).sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare))[0];
  if (conc && conc.key !== 'service.version') {
    const what = HOST_KEYS.test(conc.key) ? 'one host' : TENANT_KEYS.test(conc.key) ? 'one tenant' : ROUTE_KEYS.test(conc.key) ? 'one route' : DEPENDENCY_KEYS.test(conc.key) ? 'one dependency' : `one ${conc.key}`;
    const lift = conc.share - conc.baselineShare;
    findings.push({
      kind: 'concentration',
      weight: 0.4 + 0.45 * lift,
      cause: `The errors are concentrated on ${what}: ${conc.key}=${conc.value} has ${pct(conc.share)} of them against ${pct(conc.baselineShare)} of the service's other errors.`,
      fix: HOST_KEYS.test(conc.key)
        ? `Inspect ${conc.value} (its connectivity, disk, configuration and recent changes); take it out of rotation while it is investigated.`
        : `Look at what is different about ${conc.key}=${conc.value} (its data, configuration or load).`,
      lines: ev.concentrations.slice(0, 3).map((c) => `${c.key}=${c.value}: ${c.count} occurrences, ${pct(c.share)} of this error vs ${pct(c.baselineShare)} baseline.`),
    });
  }

  // Errors in other signatures sharing the same traces point at a common cause.
  const co = [...ev.coOccurring].sort((a, b) => b.sharedTraces - a.sharedTraces)[0];
  if (co && co.sharedTraces > 0) {
    findings.push({
      kind: 'co-occurring',
      weight: co.service !== ev.service ? 0.5 : 0.45,
      cause: `It shares a cause with ${co.service}'s "${co.type}: ${clip(co.message, 80)}" (signature ${co.signatureId}), which occurs in the same traces.`,
      fix: `Diagnose signature ${co.signatureId} in ${co.service} together with this one; fixing the common cause should clear both.`,
      lines: ev.coOccurring.slice(0, 3).map((c) => `Co-occurs with ${c.service} ${c.type}: "${clip(c.message, 80)}" in ${c.sharedTraces} shared traces (signature ${c.signatureId}).`),
    });
  }

  // A plain code defect at the top in-app frame.
  if (CODE_DEFECT.test(`${ev.type}\n${text}`) && ev.topInAppFrame) {
    findings.push({
      kind: 'code-defect',
      weight: 0.45,
      cause: `A code defect in ${ev.topInAppFrame}: ${ev.type}: ${clip(ev.message, 120)}.`,
      fix: `Fix ${ev.topInAppFrame} to handle the missing or unexpected value (guard, validate input, or correct the type), and add a test for this input.`,
      lines: [`Top in-app frame: ${ev.topInAppFrame}.`],
    });
  }

  findings.sort((a, b) => b.weight - a.weight);
  const [primary, secondary] = findings;

  const evidence: string[] = [
    `${ev.count} occurrence${ev.count === 1 ? '' : 's'} of ${ev.type} in ${ev.service} between ${iso(ev.firstSeenMs)} and ${iso(ev.lastSeenMs)}; trend ${ev.trend.kind} (${ev.trend.detail}).`,
  ];
  const seen = new Set(evidence);
  for (const f of findings) for (const l of f.lines) if (!seen.has(l)) (seen.add(l), evidence.push(l));
  if (!findings.some((f) => f.kind === 'release') && ev.release?.releases.length) {
    evidence.push(`Releases: ${ev.release.releases.map((x) => `${x.release}: ${x.count}`).join(', ')}.`);
  }
  if (deep && deep.service === ev.service) {
    evidence.push(`Deepest failing span in trace ${ev.trace!.traceId}: ${deep.service} / ${deep.name}${deep.statusMessage ? ` (${clip(deep.statusMessage, 120)})` : ''}.`);
  }
  if (ev.topInAppFrame && !findings.some((f) => f.kind === 'code-defect' || f.kind === 'release')) evidence.push(`Top in-app frame: ${ev.topInAppFrame}.`);
  for (const n of ev.notes) evidence.push(`Not available: ${n}`);

  if (!primary) {
    return {
      rootCause: `No single cause stands out for ${ev.type} in ${ev.service}: "${clip(ev.message, 160)}"${signature.culprit ? ` (at ${signature.culprit})` : ''}.`,
      evidence,
      suggestedFix: `Start from ${signature.culprit ?? ev.topInAppFrame ?? 'the stack trace'} and the occurrences' traces; configure a trace or log backend (or an LLM diagnoser) for a richer diagnosis.`,
      confidence: round(Math.min(0.2, 0.1 + volume(ev.count) * 0.1)),
      model: 'evidence',
      costUsd: 0,
    };
  }

  const extra = secondary && secondary.weight >= 0.45 ? secondary : undefined;
  const supporting = findings.slice(1).filter((f) => f.weight >= 0.45).length;
  const confidence = Math.min(0.9, primary.weight * volume(ev.count) + Math.min(0.1, 0.05 * supporting) - Math.min(0.15, 0.05 * ev.notes.length));
  return {
    rootCause: extra ? `${primary.cause} ${extra.cause}` : primary.cause,
    evidence,
    suggestedFix: extra ? `${primary.fix} ${extra.fix}` : primary.fix,
    confidence: round(Math.max(0.05, confidence)),
    model: 'evidence',
    costUsd: 0,
  };
}

/** How much a signal can be trusted given how often the error was seen. */
function volume(count: number): number {
  return count >= 20 ? 1 : count >= 5 ? 0.85 : count >= 2 ? 0.7 : 0.5;
}

/** The dependency the error is about: a port we recognise, a dependency attribute, or the deepest failing service. */
function dependencyName(ev: Evidence, text: string): string | undefined {
  const addr = /\b((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9][a-z0-9.-]{0,100}):(\d{2,5})\b/i.exec(text);
  if (addr && PORT_NAMES[addr[2]]) return `${PORT_NAMES[addr[2]]} at ${addr[1]}:${addr[2]}`;
  const dep = ev.concentrations.find((c) => DEPENDENCY_KEYS.test(c.key) && c.share >= 0.5);
  if (dep) return dep.value;
  const deep = ev.trace?.deepestFailingSpan;
  if (deep && deep.service !== ev.service) return deep.service;
  if (addr) return `${addr[1]}:${addr[2]}`;
  return undefined;
}

const round = (x: number) => Math.round(x * 100) / 100;
const iso = (ms: number) => new Date(ms).toISOString();
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface EvidenceDiagnoserOptions {
  clock?: Clock;
}

export class EvidenceDiagnoser implements Diagnoser {
  readonly name = 'evidence';
  private readonly clock: Clock;

  constructor(options: EvidenceDiagnoserOptions = {}) {
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  estimateCostUsd(): number {
    return 0;
  }

  async diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>> {
    return ok({ ...diagnoseFromEvidence(request.signature, request.evidence), createdMs: this.clock.now() });
  }
}
