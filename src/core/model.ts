// The domain vocabulary of Rounds. Pure data: no I/O, no framework types.

/** An OTLP AnyValue, flattened to plain JSON (int64 becomes a number when it is safe, else a string). */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };
export type Attributes = Record<string, AttributeValue>;

export type ErrorSource = 'span' | 'log';

/** The `exception.*` semantic-convention attributes of a span event or a log record. */
export interface ExceptionData {
  type?: string;
  message?: string;
  stacktrace?: string;
}

/**
 * One error picked out of the OTLP stream: an ERROR span, an `exception` span event, or an
 * error-severity / exception-carrying log record. Decoders produce these; nothing else of the
 * request is materialised.
 */
export interface ErrorEvent {
  source: ErrorSource;
  /**
   * Identity that makes collector retries idempotent: `s:<trace>:<span>:<event index>` for
   * spans (-1 for a status-only error), `l:<hash of the record>` for log records.
   */
  dedupeKey: string;
  service: string;
  /** Epoch milliseconds: the exception event's time, the span's end, or the log's time. */
  timeMs: number;
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  spanName?: string;
  /** OTLP SpanKind number (1 internal … 5 consumer). */
  spanKind?: number;
  statusMessage?: string;
  severityNumber?: number;
  severityText?: string;
  body?: string;
  exception?: ExceptionData;
  /** True for an exception recorded on a span that did not fail, or logged below ERROR. */
  handled: boolean;
  /** `service.version` of the resource. */
  release?: string;
  /** `deployment.environment.name` (or the older `deployment.environment`). */
  environment?: string;
  /** `host.name` (or `k8s.pod.name` when there is no host name). */
  host?: string;
  /** Span or log-record attributes (for an exception event, the span's attributes). */
  attributes: Attributes;
  resource: Attributes;
  scope?: { name: string; version?: string };
}

/** One parsed stack frame. `inApp` says whether it is the application's own code. */
export interface Frame {
  function?: string;
  module?: string;
  file?: string;
  line?: number;
  column?: number;
  inApp: boolean;
}

export const SIGNATURE_STATUSES = ['new', 'investigating', 'diagnosed', 'resolved', 'muted'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export interface HistoryEntry {
  atMs: number;
  /** Who or what made the change: `pipeline`, `investigator`, `cli:<user>`, `api`. */
  actor: string;
  action: string;
  from?: SignatureStatus;
  to?: SignatureStatus;
  reason?: string;
}

/** Sentry-style "ignore until": whichever condition is given ends the mute. */
export interface MuteCondition {
  untilMs?: number;
  /** The mute ends once the signature's count reaches this value. */
  untilCount?: number;
}

export interface Resolution {
  atMs: number;
  /** Occurrences from releases older than this one do not reopen the signature. */
  inRelease?: string;
}

export interface Diagnosis {
  rootCause: string;
  evidence: string[];
  suggestedFix: string;
  /** 0 … 1, honest: low when the evidence is thin. */
  confidence: number;
  /** `evidence` for the offline engine, else the model name. */
  model: string;
  costUsd: number;
  createdMs?: number;
  /** Why a cheaper diagnoser was used instead of the configured one (e.g. over budget). */
  fallbackReason?: string;
  /** The offline diagnoser's cause kind (core/causes/table.ts), `unknown` when none stood out. */
  causeKind?: string;
}

/** A distinct failure: every error whose fingerprint matches lands here. */
export interface Signature {
  /** Short stable id shown to people (hex, derived from the first fingerprint). */
  id: string;
  fingerprint: string;
  /** Version id of the fingerprint algorithm that produced `fingerprint`. */
  algorithm: string;
  /** Other fingerprints that resolve to this signature (merges, template merges, upgrades). */
  aliases: string[];
  status: SignatureStatus;
  regressed: boolean;
  /** When it came back (and in which release), and the resolution it broke. */
  regression?: { atMs: number; release?: string; resolvedAtMs?: number; resolvedInRelease?: string };
  source: ErrorSource;
  service: string;
  /** Exception type, or for a plain error log its severity text (e.g. `ERROR`). */
  type: string;
  /** Parameterised message or mined log template. */
  message: string;
  /** Top in-app frame, e.g. `handleCheckout (src/checkout.ts)`. */
  culprit?: string;
  count: number;
  firstSeenMs: number;
  lastSeenMs: number;
  /** Releases (service.version) seen, oldest first, capped. */
  releases: string[];
  environments: string[];
  resolution?: Resolution;
  mute?: MuteCondition;
  tags: string[];
  history: HistoryEntry[];
  diagnosis?: Diagnosis;
  /** Set on a signature merged into another; its fingerprint is an alias of the target. */
  mergedInto?: string;
  /** Storage bookkeeping: sequence number of the next occurrence sample. */
  occurrenceSeq?: number;
  /** Storage bookkeeping: when (arrival time, epoch ms) a commit last added recent samples. */
  recentSampledMs?: number;
}

/** A stored sample of one error, kept for context (the first few and the most recent). */
export interface Occurrence {
  signatureId: string;
  timeMs: number;
  source: ErrorSource;
  service: string;
  traceId?: string;
  spanId?: string;
  /** The failing span's parent, when the writer keeps it: lets the local backend rebuild call order. */
  parentSpanId?: string;
  spanName?: string;
  /** OTLP SpanKind number of the failing span (samples stored before it was kept have none). */
  spanKind?: number;
  release?: string;
  environment?: string;
  host?: string;
  handled: boolean;
  exception?: ExceptionData;
  body?: string;
  severityText?: string;
  statusMessage?: string;
  attributes: Attributes;
  resource: Attributes;
}

// ---- Investigation context (what backends return, normalised) ----

export interface SpanView {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  service: string;
  name: string;
  startMs: number;
  durationMs: number;
  error: boolean;
  statusMessage?: string;
  attributes: Record<string, string | number | boolean>;
  events: { name: string; timeMs: number; attributes: Record<string, string | number | boolean> }[];
}

export interface TraceView {
  traceId: string;
  spans: SpanView[];
  /** Which backend it came from. */
  source: string;
}

/** One of a peer's addresses refused in one burst (core/causes/replaced-upstream-pods.ts). */
export interface ReplacedAddress {
  /** `address:port`. */
  address: string;
  samples: number;
  firstMs: number;
  lastMs: number;
}

/** A peer's addresses each refused in one burst of its own and never again (core/causes/replaced-upstream-pods.ts). */
/**
 * The pods of several peers lost at the same moment, as the service's errors name their addresses
 * (core/causes/lost-node-pods.ts): each address failed in one burst and never again, the bursts of
 * three or more services together.
 */
export interface LostNodePods {
  /** Each peer, with the address (or two) its calls failed at, in the order they first failed. */
  peers: { peer: string; addresses: string[]; samples: number; firstMs: number }[];
  /** When the first and the last of those failures happened. */
  firstMs: number;
  lastMs: number;
}

export interface ReplacedUpstreamPods {
  /** The addresses, each refused in one burst, in the order they were refused. */
  addresses: ReplacedAddress[];
  /** The site the proxy's lines name (nginx's `host:`), when they name one. */
  site?: string;
}

/** What the samples' records say of the logins the server refused. */
export interface RefusedLogins {
  /** The server that refused them, as people name it (`PostgreSQL`, `sshd`). */
  server: string;
  /** The user names the records name, most frequent first. */
  users: { value: string; n: number }[];
  /** The client addresses the records name, most frequent first. */
  clients: { value: string; n: number }[];
  /** Records read. */
  records: number;
  /** Records that name a user the server does not have (sshd's `invalid user`, MongoDB's UserNotFound). */
  unknownUsers: number;
}

export interface LogLine {
  timeMs: number;
  body: string;
  service?: string;
  severity?: string;
  traceId?: string;
  labels?: Record<string, string>;
  source: string;
}

export interface MetricSeries {
  query: string;
  labels: Record<string, string>;
  points: [timeMs: number, value: number][];
  source: string;
  /**
   * Set on the series of the built-in platform queries (core/platform.ts), which the diagnosis
   * reads: what they measure, and whether of the errors' own containers or of the peer they called.
   */
  signal?: { kind: PlatformSignal; whose: 'own' | 'peer' };
}

/**
 * What a built-in platform query measures (docs/diagnosis.md, "Platform signals"): the share of
 * CPU periods a container was throttled in, its restart counter, and the reason it last ended.
 */
export type PlatformSignal = 'cpu-throttled-share' | 'restarts' | 'last-terminated-reason';

/**
 * Where a signature's errors ran on Kubernetes, read from its samples' resource attributes
 * (core/workload.ts), and the peer its failing calls went to: what the platform queries select.
 */
export interface Workload {
  namespace?: string;
  /** Containers named by the samples (k8s.container.name), else none. */
  containers: string[];
  /** Pods named by the samples (k8s.pod.name), at most a handful. */
  pods: string[];
  /** The peer most failing calls went to, as a Kubernetes name (a Service's, which usually names its pods' container). */
  peer?: { name: string; namespace?: string };
}

/**
 * What the platform's own series say about the containers the errors ran in or called
 * (core/platform.ts): each fact only when the series show it during the errors.
 */
export interface PlatformFacts {
  /** CPU periods throttled under the container's CPU limit, during the errors and before them. */
  throttled?: { container: string; whose: 'own' | 'peer'; share: number; before?: number };
  /** Containers that restarted during the errors, and why the last run ended (kube-state-metrics' reason). */
  restarted?: { container: string; whose: 'own' | 'peer'; restarts: number; reason?: string; pods: string[] };
}

/** When a signature's errors recur (core/recurrence.ts). */
/** A rise of a service's healthy traffic from the hours before a signature's first error to the minutes since. */
export interface TrafficSurge {
  /** During / before, spans per minute. */
  ratio: number;
  beforePerMinute: number;
  duringPerMinute: number;
  /** The first minute of traffic compared with (at most three hours before the errors). */
  beforeFromMs: number;
  /** The first error's minute. */
  sinceMs: number;
  /** Minutes of errors measured. */
  minutes: number;
  /**
   * Set when the signature's own failing requests were counted with the healthy spans since its
   * first error (core/traffic.ts trafficSurgeWithFailuresOf): how many.
   */
  failed?: number;
}

export interface Recurrence {
  period: 'hourly' | 'daily';
  /** Set when the window recurs more often than hourly: every 30, 20 or 15 minutes (a `*\/30` cron). */
  everyMinutes?: number;
  /** The window within the period, in words: `:00–:04` (minutes past each hour), `:00–:01 and :30–:31`, or `02:00–02:59 UTC`. */
  window: string;
  /** Hours (or days) whose window held errors, of those the counts cover. */
  repeats: number;
  periods: number;
  /** Share of the counted errors inside the window. */
  share: number;
}

/** What a signature's investigation learned, before any model sees it. Built by evidence.ts. */
export interface Evidence {
  signatureId: string;
  service: string;
  type: string;
  message: string;
  count: number;
  firstSeenMs: number;
  lastSeenMs: number;
  trend: { kind: 'new' | 'steady' | 'bursting' | 'fading'; detail: string };
  /** Attribute values over-represented among this signature's occurrences. */
  concentrations: Concentration[];
  /**
   * How many instances (pods, hosts, processes) the errors ran on, each carrying a tenth of them
   * or more (core/failing-instances.ts); absent when no instance key was seen.
   */
  failingInstances?: number;
  /** What the concentrations were measured against, in words (healthy traffic, other errors, samples). */
  baseline?: { kind: BaselineKind; detail: string };
  release?: {
    firstRelease?: string;
    introducedByRelease: boolean;
    releases: { release: string; count: number }[];
    detail: string;
    /**
     * Releases newer than every release this signature occurred in, seen running (in its samples or
     * the healthy baseline) without one occurrence of it: a canary or a rollout beside the failing
     * release, which the world it fails in (a schema, a peer's API) was changed for.
     */
    newerClean?: string[];
    /**
     * Per release among the stored samples: how many samples of other releases came from its first
     * one on. Old and new failing alike after a rollout is not the new release's doing, however far
     * its share of the errors stands above its share of the hour.
     */
    othersSince?: Record<string, number>;
  };
  trace?: {
    traceId: string;
    deepestFailingSpan?: TraceSpanEvidence & { spanId: string };
    upstreamErrors: TraceSpanEvidence[];
    downstreamErrors: TraceSpanEvidence[];
    services: string[];
  };
  /**
   * The deeper failing signature this one shares traces with (another service's, or a client
   * span's callee), with what its own statistics say about it: the upstream error is explained
   * through it.
   */
  downstream?: DownstreamEvidence;
  coOccurring: { signatureId: string; service: string; type: string; message: string; sharedTraces: number }[];
  /**
   * The peer the failing spans themselves call (their own peer.service or server.address, and
   * the database system they name), when most stored samples agree: a client span's callee,
   * named even when every healthy call goes to it too.
   */
  callee?: { name: string; system?: string; share: number };
  /**
   * The table (db.collection.name, db.sql.table before 1.26) most of the failing database calls
   * among the samples name: what a lock wait is about when the error's words name no table.
   */
  calledTable?: string;
  /**
   * What most of the samples' own client spans were answered with when they word nothing else
   * (`answered with status code 503 (Service Unavailable)`; core/answered-status.ts).
   */
  answered?: { status: string; share: number };
  /**
   * One message that most stored samples are deliveries of (the same messaging.message.id, or the
   * same Kafka partition and offset): a consumer failing on one input again and again. Where no
   * sample names its message, the body size its deliveries share with the same error (`bodySize`).
   */
  redelivered?: { message: string; destination?: string; count: number; of: number; bodySize?: number };
  /**
   * Most samples are a consumer's processing of a message (CONSUMER spans, or records naming a
   * messaging system or destination): its input is a delivery, which a queue may repeat.
   */
  consumed?: { system?: string; destination?: string; share: number };
  /**
   * The data system the service itself is, when most samples' resource names one (`db.system.name`):
   * a database's own log or spans sent under a service of its own (core/own-system.ts).
   */
  ownSystem?: string;
  /**
   * Most samples are the service's own record, as a server, of logins it refused (a database's,
   * broker's or SSH daemon's log): who tried, from where (core/causes/server-refused-login.ts).
   */
  refusedLogins?: RefusedLogins;
  /**
   * Several of the peer's addresses each refused in one short burst of its own and never again, as
   * the samples name them: pods replaced by rolling deploys while still sent requests
   * (core/causes/replaced-upstream-pods.ts).
   */
  replacedUpstreamPods?: ReplacedUpstreamPods;
  /**
   * The pods of three or more peers lost at once, one address or two each, its own peer's among
   * them: the node (or spot instance) they shared gone (core/causes/lost-node-pods.ts).
   */
  lostNodePods?: LostNodePods;
  /**
   * Every sample ran in a Kubernetes CronJob's or Job's pod (their resource's `k8s.cronjob.name`,
   * else `k8s.job.name`): a scheduled or batch run, not a request, raised the errors.
   */
  scheduledJob?: {
    kind: 'cronjob' | 'job';
    name: string;
    /**
     * Two runs of the CronJob (its Jobs, `k8s.job.name`, else their pods) failing at interleaved
     * times in the samples — one run's error between another's first and last: both were running
     * at once, the next started before the last had ended.
     */
    overlapping?: [string, string];
  };
  /** The errors come back at the same time each hour or each day and not in between (core/recurrence.ts). */
  recurrence?: Recurrence;
  /** The service's healthy traffic rose several times over when the errors began (core/traffic.ts). */
  traffic?: TrafficSurge;
  /** The service's traffic (healthy spans, and this signature's errors) measured and found not to have risen when the errors began (core/traffic.ts). */
  steadyTraffic?: TrafficSurge;
  topInAppFrame?: string;
  exceptionChain: { type: string; message: string }[];
  stacktraceSample?: string;
  logs: LogLine[];
  metrics: { query: string; summary: string }[];
  /** What the platform's series (CPU throttling, restarts and their reason) say, when a backend gave them. */
  platform?: PlatformFacts;
  /** What could not be learned and why (a backend down, no trace id, …). */
  notes: string[];
  /** Evidence this diagnosis did not have (no healthy baseline, no trace backend, too few occurrences). */
  lacking?: string[];
}

export type BaselineKind = 'healthy traffic' | 'other errors' | 'samples';

/** One attribute value's share of a signature's occurrences against its share of the baseline. */
export interface Concentration {
  key: string;
  value: string;
  /** Occurrences with this value. */
  count: number;
  /** Of the occurrences that carried the key. */
  share: number;
  baselineShare: number;
  /** share / baselineShare (baseline shares below 1% count as 1%). */
  lift?: number;
  /** Occurrences that carried the key, and baseline events that did. */
  carrying?: number;
  baselineCarrying?: number;
  /** Distinct values of the key in the baseline (1: the key is constant there). */
  baselineValues?: number;
  baseline?: BaselineKind;
  /**
   * The kind of the healthy spans compared with, when only that kind's were (core/kind-baseline.ts:
   * a job's CONSUMER spans with the service's other CONSUMER spans).
   */
  baselineSpanKind?: string;
}

export interface TraceSpanEvidence {
  service: string;
  name: string;
  statusMessage?: string;
  /** The span's service.version, when known. */
  release?: string;
  /** The Rounds signature the span's error belongs to, when known. */
  signatureId?: string;
}

export interface DownstreamEvidence {
  signatureId: string;
  service: string;
  type: string;
  message: string;
  count: number;
  sharedTraces: number;
  concentrations: Concentration[];
  release?: Evidence['release'];
  /** The peer that signature's own client spans call, when most of its samples agree (as Evidence's callee). */
  callee?: Evidence['callee'];
  /** The table most of that signature's failing database calls name (as Evidence's calledTable). */
  calledTable?: string;
  /**
   * The exceptions that signature's own stack trace chains under its top one (`Caused by:`,
   * ` ---> `), as `type: message`: a driver's `The connection attempt failed.` often says why only
   * in its cause (`java.net.UnknownHostException: db.internal`).
   */
  causes?: string[];
}
