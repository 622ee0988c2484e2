// The cause kinds the offline diagnoser can name, as data: an ordered table of rules, each with
// its evidence test, its wording and its fix. A rule fires only on numbers it can state (how
// many occurrences, what share against what baseline share, the lift, the time window), and
// its strength — from which the diagnosis' confidence follows — is computed from them. Order
// breaks ties: a rule that explains another's symptom (a missing setting explains a failing
// request; a dependency's release explains the dependency failing) comes first.
import { serverRefusedLogin } from './server-refused-login.js';
import { FLAG_FACT_KEY, flagOfFactKey } from '../flag-evaluation.js';
import type { Concentration, Evidence } from '../model.js';
import { calleeName } from '../callee-name.js';
import { isInvokedFunction } from '../invoked-function.js';
import { KEEPALIVE_REFUSED, keepaliveRefused } from './keepalive-refused.js';
import { POOLED_PREPARED_STATEMENT, pooledPreparedStatement } from './pooled-prepared-statement.js';
import { unknownEnumClause, unknownEnumFix, unknownEnumValue } from './unknown-enum-value.js';
import { killedWorkerPool } from './killed-pool-worker.js';
import { syncOverAsyncTimeout } from './sync-over-async.js';
import { provisionedThroughput } from './provisioned-throughput.js';
import { googleApiQuota } from './google-api-quota.js';
import { bucketLimit } from './bucket-limit.js';
import { ISSUER_NOT_FOUND, issuerNotFound } from './issuer-not-found.js';
import { CLOCK_MOVED_BACKWARDS, clockMovedBackwards, refusedFor } from './clock-moved-backwards.js';
import { recursionWithoutEnd, unboundedRecursion } from './unbounded-recursion.js';
import { daylightSavingTransition, localTimeAtTransition } from './daylight-saving-time.js';
import { PINNED_DIGEST_MISMATCH } from './pinned-digest.js';
import { malformedLookupName } from './malformed-lookup-name.js';
import { denyingPolicy, policyDenial } from './policy-denial.js';
import { PLATFORM_LIMITS } from './platform-limits.js';
import { PHP_TIME_LIMIT_WHILE_WAITING, phpTimeLimitAtOwnWork, phpTimeLimitWhileWaiting } from './php-execution-time-limit.js';
import { raisingLibrary } from './raising-library.js';
import { readBeforeCommit } from './read-before-commit.js';
import { replicaReadAfterWrite } from './replica-read-after-write.js';
import { handshakeTimedOut, pathMtuCause, pathMtuFix } from './path-mtu.js';
import { mixedReleaseDirectories, staleCodeCache, staleCodeCacheCause, staleCodeCacheFix } from './stale-code-cache.js';
import { healthCheckRoute, healthCheckWords } from './health-check-route.js';
import { jvmDnsCacheFix, runsOnJvm } from './jvm-dns-cache.js';
import { refusedDialledAddress, staleAddressCause, staleAddressFix, staleAddressHolderFix } from './stale-address.js';
import { replacedUpstreamPods } from './replaced-upstream-pods.js';
import { lostNodePods } from './lost-node-pods.js';
import { clip, clipKeepingCause, pct } from './wording.js';
import { unstorableCharacter, unstorableCharacterWords } from './unstorable-character.js';
import { DISK_QUOTA, diskQuotaFix } from './disk-quota.js';
import { INOTIFY_INSTANCES, INOTIFY_WATCHES, inotifyInstancesFix, inotifyWatchesFix } from './inotify-limits.js';
import { credentialsWantedFor } from './instance-role-missing.js';
import {
  AUTH,
  AUTHENTICATION_REFUSED,
  deniedPermission,
  PERMISSION_DENIED,
  AUTH_STATUS,
  BAD_CONFIG,
  CERTIFICATE,
  TRUST_STORE_UNREADABLE,
  APACHE_WORKERS,
  FPM_WORKERS,
  UNIX_SOCKET_WORKERS,
  NO_SERVER_LEFT,
  balancerBackend,
  REDIS_SNAPSHOT,
  CLOCK_SKEW,
  CODE_DEFECT,
  CONFIG_NAME,
  CONNECT_FAILED,
  DNS,
  LOOKUP_OF_MISSING_VALUE,
  UNPARSEABLE_TARGET,
  withoutMissingClasses,
  exhaustion,
  FAILOVER,
  keyDrawnOutOfRange,
  keySpaceExhausted,
  jvmMemoryArea,
  PEER_CLOSED_IDLE,
  ENVOY_UPSTREAM_FLAG,
  resolverFailed,
  lookedUpHost,
  unansweredLookup,
  unresolvedName,
  ADMISSION_WEBHOOK_FAILED,
  CONTAINER_OOM_KILLED,
  CREDENTIALS_FETCH_FAILED,
  shardsUnavailable,
  FETCH_FAILED,
  KAFKA_PARTITION,
  LOCK_CONTENTION,
  UNIQUE_VIOLATION,
  WORKFLOW_ALREADY_STARTED,
  FILE_LOCK_HELD,
  SIZE_LIMIT,
  SIZE_AND_LIMIT,
  serverBodyLimit,
  bsonObjectTooLarge,
  DUPLICATE_KEY_NAME,
  PRIMARY_KEY_NAME,
  LOCK_DATABASES,
  TABLE_LOCK_TIMEOUT,
  lockedStatementTable,
  certificateFault,
  OWN_CERTIFICATE_REFUSED,
  ownCertificateFault,
  TABLE_LOCK_DEADLOCK,
  LOCK_WAIT_TIMEOUT,
  HEADER_FIELDS_TOO_LARGE,
  MONGO_UPSERT,
  MISSING_CONFIG,
  PORT_NAMES,
  RATE_LIMIT,
  REFUSED,
  REPLICAS_DOWN,
  RESET,
  CLOSED_UNDER_USE,
  SCHEMA,
  SCHEMA_OBJECT,
  DATA_SCHEMA,
  COLUMN_TYPE_MISMATCH,
  DATA_SCHEMA_FIELD,
  STALE_PLAN,
  notNullColumn,
  queryParameter,
  SERVER_ERROR,
  SMTP_SERVICE_UNAVAILABLE,
  smtpRefusingServer,
  SIGNING_KEY_ID,
  SIGNING_KEY_UNKNOWN,
  SYSTEM_WORDS,
  OBJECT_LOCKED,
  BROKER_SHUTDOWN,
  TLS_PROTOCOL,
  TIMEOUT,
  UNAVAILABLE,
  UNREACHABLE,
  UNREADABLE,
  READ_RESPONSE,
  HTML_DOCUMENT_INPUT,
  HTML_CONTENT_TYPE_ANSWER,
  MYSQL_BINLOG_DISK_FULL,
  IPV6_LOOPBACK_REFUSED,
  ACME_DUPLICATE_CERTIFICATE,
  ACME_FAILED_AUTHORIZATIONS,
  MISSING_VALUE,
  innermostClientPackage,
  decodingClient,
  decodedTarget,
  CLOUD_QUOTA,
  SEALED,
  NO_CREDENTIALS,
  API_KEY_MISSING,
  INVALIDATED_IN_TRANSACTION,
  SHARED_CONNECTION,
  COORDINATOR_UNAVAILABLE,
  POLL_INTERVAL_EXCEEDED,
  MEMBER_DROPPED,
  MEMBER_DROPPED_ON,
  NGINX_BODY_TOO_LARGE,
  PHP_POST_TOO_LARGE,
  AWS_REGION_MISSING,
  LINKAGE_ERROR,
  BEAM_UNDEFINED_FUNCTION,
  beamLibraryFrames,
  JWKS_UNAVAILABLE,
  frameworkSetting,
  awsOperationService,
  documentationUrl,
  PHP_MEMORY_LIMIT,
  REQUEST_QUEUE,
  RETENTION_PASSED,
  FUNCTION_TIME_LIMIT,
  RESPONSE_LEFT_UNREAD,
  CHILD_PROCESS_TIME_LIMIT,
  RUNTIME_REMOVED,
  PHP8_INTERNAL_TYPE_ERROR,
  REQUEST_COMPLETION,
  TEMPORARILY_EXHAUSTED,
  KAFKA_BATCH_TOO_LARGE,
  AZURE_SQL_WORKERS,
} from './signals.js';
import { withoutLogHead } from './log-head.js';
import { NO_ROOM_FOR_NEW_FILE } from './no-room-for-file.js';
import { TLS_TO_PLAINTEXT } from './tls-to-plaintext.js';
import { PROXY_DEFAULT_CERTIFICATE, proxyDefaultCertificate } from './proxy-default-certificate.js';
import { SQL_SERVER_CERTIFICATE_REFUSED, sqlServerCertificateRefused } from './sql-server-certificate-refused.js';
import { noLivePeerWords } from './no-live-peer.js';
import { PROXY_AUTH_REFUSED } from './proxy-auth-refused.js';
import { EXPIRED_SESSION_TOKEN, expiredSessionToken } from './expired-session-token.js';
import { SLOTS_UNSERVED, SLOTS_UNSERVED_WORDS, slotsUnservedFix, WITHOUT_QUORUM_WORDS, withoutQuorum, withoutQuorumFix } from './cluster-without-quorum.js';
import { DIRECTORY_SERVER_DOWN, DIRECTORY_SERVER_DOWN_WORDS } from './directory-server-down.js';
import { REPLICA_NOT_AVAILABLE, REPLICA_NOT_AVAILABLE_WORDS } from './replica-not-available.js';
import { hostgroupWithoutServerFix, hostgroupWithoutServerWords, isHostgroupWithoutServerWords } from './proxysql-hostgroup.js';
import { RECOVERY_CONFLICT, RECOVERY_CONFLICT_WORDS, recoveryConflictFix } from './standby-recovery-conflict.js';
import { vhostDownWords } from './vhost-down.js';
import { undiciRefusedOwnRequest } from './undici-request-refused.js';
import { vitessServingWords } from './vitess-serving-state.js';
import { resultRowLimit } from './result-row-limit.js';
import { droppedConnectionWindowsWords } from './sqlclient-transport-error.js';
import { MONGO_NO_SELECTABLE_SERVER, MONGO_NO_SELECTABLE_SERVER_WORDS } from './mongo-server-selection.js';
import { SERVICE_OVERLOADED, SERVICE_OVERLOADED_WORDS } from './overloaded-service.js';
import { SMITHY_CONNECTOR_TIMEOUT } from './smithy-connector-timeout.js';
import { HYPER_INCOMPLETE_MESSAGE } from './hyper-incomplete-message.js';
import { ODBC_COMMUNICATION_LINK_FAILURE } from './odbc-communication-link.js';
import { NETWORK_EXECUTION_EXPIRED } from './ruby-execution-expired.js';
import { ORACLEDB_THIN_MODE_UNSUPPORTED } from './driver-mode-unsupported.js';
import { perInstanceSession, refusedOnSeveralInstances, SESSION_CSRF_REFUSED } from './per-instance-session.js';
import { nginxHeaderBuffer } from './nginx-upstream-buffer.js';

/**
 * Words of a TLS handshake that failed over a certificate, or as one — not a TLS connection made to a
 * port that speaks plain text (tls-to-plaintext.ts), whose OpenSSL reason (`SSL routines:…:wrong
 * version number`) and Go words (`… look like a TLS handshake`) CERTIFICATE's broader words would
 * otherwise take for a certificate refused.
 */
function namesCertificate(text: string): boolean {
  return CERTIFICATE.test(text) && !TLS_TO_PLAINTEXT.test(text);
}

export type CauseKind =
  | 'missing-config'
  | 'schema-mismatch'
  | 'lock-contention'
  | 'duplicate-write'
  | 'size-limit'
  | 'poison-message'
  | 'schedule'
  | 'traffic-surge'
  | 'certificate-or-auth'
  | 'clock-skew'
  | 'resource-exhaustion'
  | 'rate-limit'
  | 'dependency-release'
  | 'dependency-down'
  | 'unexpected-response'
  | 'release'
  | 'runtime-change'
  | 'feature-flag'
  | 'location'
  | 'tenant'
  | 'client'
  | 'route'
  | 'code-defect'
  | 'shared-cause';

export interface CauseFinding {
  kind: CauseKind;
  /** 0..1, from the rule's numbers. */
  strength: number;
  cause: string;
  fix: string;
  /** The numbers that justify it, as evidence lines. */
  numbers: string[];
}

export interface CauseRule {
  kind: CauseKind;
  /** What the rule looks for, for documentation and the prompt. */
  test: string;
  evaluate(ev: Evidence, text: string): CauseFinding | undefined;
}

// ---- thresholds a concentration must pass to name a cause ----

/** Occurrences carrying the value. */
export const MIN_COUNT = 5;
/** Share of the signature's occurrences. */
export const MIN_SHARE = 0.6;
/** share / baseline share. */
export const MIN_LIFT = 2;
/** share − baseline share. */
export const MIN_GAP = 0.3;

/** Fewest occurrences a concentration holding every one of them names a cause on (completeOnFew). */
export const MIN_COMPLETE_COUNT = 3;

/** A concentration strong enough to name a cause on its own. */
export function decisive(c: Concentration): boolean {
  const lift = c.lift ?? c.share / Math.max(c.baselineShare, 0.01);
  if (c.count < MIN_COUNT) return completeOnFew(c);
  return c.share >= MIN_SHARE && lift >= MIN_LIFT && c.share - c.baselineShare >= MIN_GAP;
}

/**
 * Under MIN_COUNT occurrences a share says little (three of five on one host is chance), but every
 * one of them carrying a value is rare when the value is rare: errors that do not depend on it carry
 * it each with the probability of its baseline share p, all `count` of them with p^count. One
 * customer's data tripping a defect fails only that customer's few requests (a tenant whose 4 of 4
 * errors came from a 13 % share of the traffic: 0.13⁴ ≈ 3·10⁻⁴), where five errors are not
 * reached. Below one chance in a thousand that decides (a share of the baseline that low is also
 * far under the gap and the lift the larger counts need); a baseline share under 1 % counts as 1 %,
 * as the lift does. Four of four on a host holding a quarter of the traffic (0.004) stays a
 * coincidence.
 */
function completeOnFew(c: Concentration): boolean {
  if (c.count < MIN_COMPLETE_COUNT || c.share < 1) return false;
  return c.count * Math.log(1 / Math.max(c.baselineShare, 0.01)) >= Math.log(1000);
}

/** Strength of a decisive concentration: how far above the thresholds its numbers are. */
function concentrationStrength(c: Concentration): number {
  const gap = c.share - c.baselineShare;
  const volume = Math.min(1, Math.log10(c.count) / 2); // 10 → 0.5, 100 → 1
  return clamp(0.45 + 0.3 * gap + 0.1 * volume);
}

const clamp = (x: number) => Math.max(0, Math.min(1, x));

/**
 * The signature's message as a finding quotes it: its template, unless masking left it all
 * placeholders — a line of `key=value` pairs with no message field has every value masked
 * (Heroku's router: `at=<*> code=<*> desc=<*> method=<*> path=<*> …`, where `code=H12
 * desc="Request timeout"` said what failed, simonw/simonwillisonblog#309) —; then a stored
 * sample's own words, which the exception chain keeps. Either without the head its logger wrote
 * before the message (log-head.ts).
 */
function quoted(ev: Pick<Evidence, 'message' | 'exceptionChain'>): string {
  const message = withoutLogHead(ev.message);
  const tokens = message.split(/\s+/).filter(Boolean);
  const masked = tokens.filter((t) => /<[a-z*]{1,8}>/.test(t)).length;
  const raw = ev.exceptionChain[0]?.message;
  return tokens.length >= 4 && masked >= 0.75 * tokens.length && raw ? withoutLogHead(raw) : message;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export function describe(c: Concentration, ev: Pick<Evidence, 'firstSeenMs' | 'lastSeenMs' | 'service'>): string {
  const base = c.baseline === 'healthy traffic' ? `${ev.service}'s healthy ${c.baselineSpanKind ? `${c.baselineSpanKind} spans` : 'traffic'}` : c.baseline === 'samples' ? `the samples of ${ev.service}'s other errors` : `${ev.service}'s other errors`;
  const lift = c.lift ?? c.share / Math.max(c.baselineShare, 0.01);
  return `${c.key}=${c.value}: ${c.count} of ${c.carrying ?? '?'} occurrences (${pct(c.share)}) against ${pct(c.baselineShare)} of ${base}${c.baselineCarrying ? ` (${c.baselineCarrying} events)` : ''}, lift ${lift.toFixed(1)}, ${iso(ev.firstSeenMs)}–${iso(ev.lastSeenMs)} UTC.`;
}

/**
 * The strongest decisive concentration among `keys` (or one `admits` lets in); ties go to the key
 * listed first.
 */
function strongest(ev: Evidence, keys: readonly string[] | RegExp, admits: (c: Concentration) => boolean = decisive): Concentration | undefined {
  const matches = (k: string) => (Array.isArray(keys) ? keys.includes(k) : (keys as RegExp).test(k));
  const order = (k: string) => (Array.isArray(keys) ? keys.indexOf(k) : 0);
  return ev.concentrations
    .filter((c) => matches(c.key) && admits(c))
    .sort((a, b) => b.share - a.share || (b.lift ?? 0) - (a.lift ?? 0) || order(a.key) - order(b.key))[0];
}

// ---- where, what ran, whom it served ----

/** Narrowest first: a pod is on a node, a host is in a zone, a zone in a region. */
// An instance (`service.instance.id`: one process; the .NET SDK and the Java agent make one up
// when nothing sets it) is narrower than its host when a host runs several, and wider in name
// only when it runs one: at equal shares the host's wording is kept, and a bad process among
// several on a host is told by its higher lift (strongest()).
export const LOCATION_KEYS = ['k8s.pod.name', 'host.name', 'service.instance.id', 'k8s.node.name', 'cloud.availability_zone', 'cloud.region', 'k8s.namespace.name'] as const;
const RUNTIME_KEYS = ['process.runtime.version', 'container.image.tags', 'container.image.name', 'process.runtime.name', 'telemetry.sdk.version', 'host.arch'] as const;
const FLAG_KEYS = ['feature_flag', 'feature_flag.result.variant', 'feature_flag.variant', 'feature_flag.key'] as const;
const TENANT_KEYS = /^(tenant\.id|app\.tenant\.id|enduser\.id|user\.id)$|(tenant|customer|organi[sz]ation|account)(\.id|_id|\.name)$/i;
// A GraphQL server answers every operation on one route (`POST /graphql`): the operation is its route.
const ROUTE_KEYS = ['http.route', 'rpc.method', 'graphql.operation.name', 'messaging.destination.name'] as const;
const ROUTE_WORDS: Record<(typeof ROUTE_KEYS)[number], string> = {
  'http.route': 'route',
  'rpc.method': 'RPC method',
  'graphql.operation.name': 'GraphQL operation',
  'messaging.destination.name': 'destination',
};
/** Counted as the client the header names (core/user-agent.ts): an app release, a browser's major version, a library. */
const CLIENT_KEYS = ['user_agent.original'] as const;
const PEER_KEYS = ['server.address', 'peer.service', 'db.system.name', 'db.system', 'db.name', 'db.namespace'] as const;

const LOCATION_WORDS: Record<(typeof LOCATION_KEYS)[number], { where: (v: string) => string; fix: (v: string, service: string) => string }> = {
  'k8s.pod.name': {
    where: (v) => `in one pod, ${v}`,
    fix: (v) => `Capture pod ${v}'s logs and events (kubectl describe pod ${v}), then delete it so its controller replaces it; if the replacement fails too, look at what the pod shares with no other (its node, its volume).`,
  },
  'host.name': {
    where: (v) => `on one host, ${v}`,
    fix: (v) => `Take ${v} out of rotation and inspect it: its connectivity to the dependencies in the error, disk, configuration and recent changes.`,
  },
  'service.instance.id': {
    where: (v) => `in one instance of the service (one process), ${v}`,
    fix: (v) => `Find instance ${v} by its service.instance.id (its host or pod and process), keep its logs, and restart or replace it; if the new process fails too, compare what it starts with (configuration, local files and caches, host) against the instances that work.`,
  },
  'k8s.node.name': {
    where: (v) => `on Kubernetes node ${v} (its pods fail, pods on other nodes do not)`,
    fix: (v) => `Cordon and drain node ${v} (kubectl cordon ${v}; kubectl drain ${v}) so its pods move, then check the node itself: kubelet, disk pressure, network, kernel.`,
  },
  'cloud.availability_zone': {
    where: (v) => `in availability zone ${v} (every host there, none elsewhere)`,
    fix: (v, service) => `Shift ${service}'s traffic away from zone ${v} (load balancer weights, zone-aware routing), then check what is zone-local: the zone's database replica or cache node, its network path, and the provider's status for ${v}.`,
  },
  'cloud.region': {
    where: (v) => `in region ${v}`,
    fix: (v, service) => `Fail ${service} over to a healthy region if it can, and check the regional dependencies and the provider's status for ${v}.`,
  },
  'k8s.namespace.name': {
    where: (v) => `in Kubernetes namespace ${v}`,
    fix: (v) => `Compare namespace ${v}'s configuration (ConfigMaps, Secrets, NetworkPolicies, quotas) with the namespaces that work.`,
  },
};

function runtimeWords(c: Concentration): string {
  switch (c.key) {
    case 'process.runtime.version':
      return `runtime version ${c.value}`;
    case 'process.runtime.name':
      return `runtime ${c.value}`;
    case 'container.image.tags':
      return `container image tag ${c.value}`;
    case 'container.image.name':
      return `container image ${c.value}`;
    case 'telemetry.sdk.version':
      return `OpenTelemetry SDK ${c.value}`;
    default:
      return `CPU architecture ${c.value}`;
  }
}

// ---- helpers on the evidence ----

/** Where most refused inputs come from, when one client, tenant or user is decisive. */
const INPUT_SOURCE_KEYS = ['user_agent.original', 'tenant.id', 'app.tenant.id', 'enduser.id', 'user.id'] as const;

function unstorableCharacterFinding(ev: Evidence, u: NonNullable<ReturnType<typeof unstorableCharacter>>): CauseFinding {
  const source = strongest(ev, INPUT_SOURCE_KEYS);
  const who = source ? (source.key === 'user_agent.original' ? `the client ${source.value}` : `${source.key.endsWith('tenant.id') ? 'tenant' : 'user'} ${source.value}`) : undefined;
  const said = unstorableCharacterWords(u, ev.service, clip(quoted(ev), 120), who, ev.calledTable);
  return {
    kind: 'schema-mismatch',
    strength: 0.9,
    cause: said.cause,
    fix: said.fix,
    numbers: [`${ev.count} values refused: "${clip(quoted(ev), 160)}".`, ...(source ? [describe(source, ev)] : [])],
  };
}

/**
 * A record, document or query the schema on the other side refuses (signals.ts DATA_SCHEMA): a
 * producer and its consumers, a search index's mapping, a GraphQL API and its clients disagree on a
 * field. With a release of this service behind the errors, that release changed its side.
 */
function dataSchemaFinding(ev: Evidence, text: string): CauseFinding {
  const field = DATA_SCHEMA_FIELD.exec(text)?.slice(1).find((g) => g !== undefined);
  const what = field ? `"${field}"` : 'a field';
  const rel = releaseFinding(ev);
  return {
    kind: 'schema-mismatch',
    strength: rel ? 0.9 : 0.75,
    cause: rel
      ? `Release ${rel.release} of ${ev.service} and the schema on the other side disagree on ${what}: the release changed a field's name or type that a reader, a registry or an index's mapping still holds the old way ("${clip(quoted(ev), 140)}").`
      : `The data ${ev.service} sends or reads and the schema it is checked against disagree on ${what} (a record's schema and its reader's, a schema registry's earlier version, a search index's mapping or an API's schema): one side changed a field's name or type without the other ("${clip(quoted(ev), 140)}").`,
    fix: `Find which side changed ${what} — ${rel ? `release ${rel.release} of ${ev.service}` : `${ev.service}'s last release`}, the producer or API it talks to, or the index mapping — and roll that change back or make it compatible: add fields as optional with defaults and never change a field's type in place (a new field, or a new index reindexed from the old one); check compatibility in CI against the registry's or API's current schema before deploying.`,
    numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(rel?.numbers ?? [])],
  };
}

/**
 * The driver refusing to decode a column into the type the code declares for it (signals.ts
 * COLUMN_TYPE_MISMATCH): the code and the schema disagree on the column's type. With a release
 * that brought it, the release's code reads the column as another type than the schema has (or
 * its migration retyped it); the column and both types say what to change.
 */
function columnTypeFinding(ev: Evidence, m: RegExpExecArray): CauseFinding {
  const column = /^\d+$/.test(m[1]) ? `column ${m[1]} of the result` : `column "${m[1]}"`;
  const codeType = m[2] ?? m[4];
  const dbType = m[3] ?? m[5];
  const rel = releaseFinding(ev);
  return {
    kind: 'schema-mismatch',
    strength: rel ? 0.9 : 0.75,
    cause: `${rel ? `Release ${rel.release} of ${ev.service}` : ev.service} and the database schema disagree on the type of ${column}: the code decodes it as \`${codeType}\`, which the driver cannot read from the column's ${dbType} type, so every row fails alike — the data is not at fault ("${clip(quoted(ev), 140)}").`,
    fix: `Make the two agree on ${column}: declare it in ${ev.service}'s code as a type the driver decodes from ${dbType} (or cast it in the query)${rel ? `, or roll ${ev.service} back to the release before ${rel.release}` : ''}; if a migration retyped the column, retype it back or ship the code that reads the new type with it. A test that runs the queries against the migrated schema catches this before a deploy.`,
    numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(rel?.numbers ?? [])],
  };
}

/**
 * A table changed under the statements a service prepared before the change: each connection's
 * cached plan still expects the old columns, and PostgreSQL refuses to run it until it is prepared
 * again. The processes that prepared them are what to renew — on the release a newer one runs
 * beside, or that the errors sit on, those are that release's —, not a migration to apply.
 */
function stalePlanFinding(ev: Evidence): CauseFinding {
  const rel = releaseFinding(ev) ?? besideNewer(ev);
  const newer = ev.release?.newerClean?.length ? ev.release.newerClean.join(', ') : undefined;
  const whose = rel ? `the instances of release ${rel.release} of ${ev.service}${newer ? ` (release ${newer} runs beside them without this error)` : ''}` : ev.service;
  return {
    kind: 'schema-mismatch',
    strength: rel ? 0.9 : 0.8,
    cause: `A migration changed a table under the prepared statements of ${whose}: their connections still hold plans made for the old columns (a column added, dropped or retyped under a SELECT *), and PostgreSQL refuses to run a cached plan whose result type changed ("${clip(quoted(ev), 120)}"), so every such statement fails until it is prepared again.`,
    fix: `Renew ${rel ? `release ${rel.release}'s` : `${ev.service}'s`} database connections (restart its processes, or have the pool drop its connections or run DEALLOCATE ALL) so the statements are prepared against the new schema${newer ? `, or finish replacing them with ${newer}` : ''}; retry this error once outside a transaction (Rails does, as PreparedStatementCacheExpired). Change schemas in expand/contract steps and name the columns a statement reads instead of SELECT *, so a migration run while older processes serve does not change their statements' results.`,
    numbers: [`${ev.count} statements refused: "${clip(quoted(ev), 160)}".`, ...(rel?.numbers ?? [])],
  };
}

/**
 * Every occurrence on one release while a newer release of the service runs without one (the
 * release evidence's newerClean): that release is the one failing, though its instances are too
 * many for its share to stand out (a canary beside it takes a quarter of the traffic).
 */
function besideNewer(ev: Evidence): { release: string; numbers: string[] } | undefined {
  const r = ev.release;
  if (!r?.newerClean?.length || r.releases.length !== 1) return undefined;
  const release = r.releases[0].release;
  return { release, numbers: [`Every occurrence is on release ${release} (${r.releases[0].count}); release ${r.newerClean.join(', ')} of ${ev.service} runs in the same window without this error.`] };
}

/**
 * Words that point at the runtime, on instances that share a runtime version the others do not: the
 * runtime changed under the code. Either they name what the runtime took away from the code
 * (signals.ts RUNTIME_REMOVED: python:3.12 images without distutils, nickjj/docker-django-example#53;
 * Java 11 without javax.xml.bind, jwtk/jjwt#333), or they are what the new runtime refuses where the
 * old one warned and went on (`refused`: PHP 8's TypeError from an internal function,
 * PHP8_INTERNAL_TYPE_ERROR). A release that shipped that runtime in its image concentrates on the
 * same instances as the runtime does, so its share cannot tell the two apart; the words can.
 */
function runtimeNamed(ev: Evidence, text: string): { words: string; runtime: Concentration; refused: boolean } | undefined {
  const removed = RUNTIME_REMOVED.exec(text)?.[0];
  const words = removed ?? PHP8_INTERNAL_TYPE_ERROR.exec(text)?.[0];
  // The words point at the runtime already, so a complete separation decides too (runtimeSeparated:
  // round 31's PHP 8 hosts held 54 % of the traffic, and one of them, by chance, 77 % of the
  // errors: the place is where the runtime runs).
  const runtime = words ? runtimeSeparated(ev) : undefined;
  return words && runtime ? { words, runtime, refused: removed === undefined } : undefined;
}

/**
 * The runtime version every error is on, where the words already point at a runtime (runtimeNamed;
 * a refused certificate, whose TLS library and trust store a new runtime changes for every
 * connection it makes — OTP 26 verifying peers by default with no CA certificates given,
 * gen-smtp/gen_smtp#328, its mail failing `tls_failed` only after the move from OTP 25): decisive,
 * or every error on it while three in ten or more of the healthy traffic runs another (separates) —
 * a rollout that moved half or most of the instances leaves the lift at 2 give or take the
 * traffic's noise, or under it.
 */
function runtimeSeparated(ev: Evidence): Concentration | undefined {
  return strongest(ev, RUNTIME_KEYS) ?? strongestSeparated(ev, RUNTIME_KEYS);
}

/**
 * Rate-limit rejections met only by one tenant's (or user's) requests: the peer counts each
 * tenant's requests against a budget of its own — GitHub an App's requests per installation ('API
 * rate limit exceeded for installation ID …'), Shopify an app's per store ('Exceeded 2 calls per
 * second for api client', Shopify/shopify_python_api#256), many APIs per key —, and that tenant's
 * work spent it while the others' budgets last. A quota on what an account may hold (CLOUD_QUOTA)
 * is the account's, not a tenant's rate.
 */
function tenantThrottled(ev: Evidence, text: string): Concentration | undefined {
  if (!RATE_LIMIT.test(text) || CLOUD_QUOTA.test(text)) return undefined;
  return strongest(ev, TENANT_KEYS);
}

/**
 * Credentials refused only in one tenant's (or user's) work: a service that calls a peer on each
 * tenant's behalf presents that tenant's own grant, token or key, so one tenant's refresh token
 * expired or revoked (OAuth's invalid_grant, RFC 6749 §5.2; Signet's 'Token has been expired or
 * revoked.', MStadlmeier/drivesync#28) fails every call made for it while the others' are
 * accepted. Not a certificate (the place's trust store, or the peer's), a permission refused to an
 * identity the peer accepted, or a rate limit (tenantThrottled).
 */
function tenantCredentialsRefused(ev: Evidence, text: string): Concentration | undefined {
  const words = withoutMissingClasses(text);
  if (!AUTH.test(words) || !AUTHENTICATION_REFUSED.test(words) || namesCertificate(words) || RATE_LIMIT.test(text)) return undefined;
  return strongest(ev, TENANT_KEYS);
}

/**
 * The failure is the service's own call to a database or cache failing at the connection (the
 * failing spans' callee names a database system, and the words are a refusal, a timeout, a lookup
 * failing): such a store sends no spans, so nothing traced runs beneath that call, and a failing span
 * of another service deeper in the same traces is another branch of the request — a call made beside
 * it, failing as it does without this error (a recommendations service's KeyError for users with no
 * history, handled with an empty shelf, beside MongoDB's 'Server selection timed out') —, not the
 * failure this one surfaces.
 */
function callsBesideOwnStore(ev: Evidence, text: string): boolean {
  return ev.callee?.system !== undefined && networkKind(text) !== undefined;
}

function releaseFinding(ev: Evidence): { release: string; numbers: string[]; strength: number; introduced: boolean } | undefined {
  const onRelease = alongsideOthers(ev, strongest(ev, ['service.version']));
  if (ev.release?.introducedByRelease && ev.release.firstRelease) {
    const counts = ev.release.releases.map((x) => `${x.release}: ${x.count}`).join(', ');
    return {
      release: ev.release.firstRelease,
      introduced: true,
      strength: onRelease ? Math.max(0.85, concentrationStrength(onRelease)) : 0.8,
      numbers: [`First seen with release ${ev.release.firstRelease}; occurrences per release: ${counts || 'n/a'}. ${ev.release.detail}`.trim(), ...(onRelease ? [describe(onRelease, ev)] : [])],
    };
  }
  if (onRelease) return { release: onRelease.value, introduced: false, strength: concentrationStrength(onRelease), numbers: [describe(onRelease, ev)] };
  return undefined;
}

/**
 * A row refused for leaving a NOT NULL column empty (signals.ts NOT_NULL), read as the writer and
 * the table disagreeing on that column only when a release says the schema moved: the release that
 * started the errors writes rows its migration's column refuses (an Ecto schema lists every field
 * in its INSERT, so a field without the default the migration gave the column sends NULL and the
 * database's default never applies: elixir-ecto/ecto#1091), or a release still running beside a
 * newer one inserts without the column the newer release's migration made required. With no
 * release behind them the same words are a writer forgetting a field on some inputs, which other
 * rules tell (undefined here).
 */
function notNullFinding(ev: Evidence, column: string): CauseFinding | undefined {
  const rel = releaseFinding(ev);
  const beside = !rel ? besideNewer(ev) : undefined;
  const stale = rel && !rel.introduced && ev.release && !ev.release.introducedByRelease ? rel : beside;
  const numbers = [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`];
  if (stale) {
    const newer = ev.release?.newerClean?.length ? ev.release.newerClean.join(', ') : undefined;
    return {
      kind: 'schema-mismatch',
      strength: 0.9,
      cause: `The database now requires column "${column}", which release ${stale.release} of ${ev.service}, still running, does not write: a migration made it NOT NULL (or added it without a default) while instances of ${stale.release} still insert rows without it, and only their writes fail${newer ? ` (release ${newer} runs beside it without this error)` : ''}.`,
      fix: `Finish replacing ${ev.service}'s instances on ${stale.release} with the release the migration was written for${newer ? ` (${newer})` : ''}; until they are gone, give "${column}" a default (or let it be NULL) so their inserts pass. Add a required column in expand/contract steps: nullable or with a default first, NOT NULL only once no running release leaves it out.`,
      numbers: [...numbers, ...stale.numbers],
    };
  }
  if (!rel?.introduced) return undefined;
  return {
    kind: 'schema-mismatch',
    strength: 0.9,
    cause: `Release ${rel.release} of ${ev.service} and the database schema disagree on column "${column}": the table requires a value there (a migration with the release added the column or made it NOT NULL) and the release's writes leave it NULL — an ORM that names every field of its schema in the INSERT sends NULL for one it was not given, so the column's database default never applies.`,
    fix: `Make release ${rel.release}'s writes fill "${column}": set it in the code, or give the field in ${ev.service}'s schema or model the default the migration gives the column; or roll ${ev.service} back to the release before ${rel.release}. Add a required column in expand/contract steps: nullable or with a default first, backfill, then NOT NULL once every running writer fills it.`,
    numbers: [...numbers, ...rel.numbers],
  };
}

/**
 * A release where lock waits are refused weighs less than the lock-contention rule's wait (0.8), and
 * enough to be told beside it (diagnose.ts SECONDARY_MIN, 0.6).
 */
const LOCK_WAIT_ON_RELEASE_STRENGTH = 0.7;

/**
 * A server's stale OPcache (stale-code-cache.ts): PHP's words for code it lacks, with every error on
 * one host, instance or pod whose release runs beyond it. The place, and the release if concentrated.
 */
function staleCodeCacheOn(ev: Evidence, text: string): string | undefined {
  // The evidence text masks the names code lacks (withoutCodeNames): the missing symbol is read,
  // and quoted, from the messages themselves.
  const words = [ev.message, ...ev.exceptionChain.map((e) => e.message), text].join('\n');
  return staleCodeCache(words, ev.stacktraceSample, strongest(ev, LOCATION_KEYS), strongest(ev, ['service.version'], () => true));
}

/** Above the release rule's 0.85 for a release that introduced the error. */
const STALE_CODE_CACHE_STRENGTH = 0.9;

/** Share of the errors on other releases past which a release's concentration is not its own doing. */
const ALONGSIDE_SHARE = 0.1;
/** Samples of other releases from its first occurrence on that show them failing beside it. */
const ALONGSIDE_SAMPLES = 1;

/**
 * A release's concentration, unless the other releases running beside it failed alike: a tenth or
 * more of the errors counted are theirs, and the stored samples hold one of theirs from the
 * release's first occurrence on (they failed while it ran, not only before it came; the samples
 * are a handful over minutes, so one is what a draw reliably leaves: salt 9090 left one). A rollout
 * shifts the traffic to the new release within the hour the baseline counts, so its share of the
 * errors stands above its share of the hour even when old and new fail the same (a partner's
 * certificate expiring as a release rolls out to two of three instances: the old one's share of the
 * errors drew 21 to 33 % over the incidents' noise, and a release's own bug leaves the old one none).
 * The samples alone, a handful over five minutes, are too few to weigh the share.
 */
function alongsideOthers(ev: Evidence, c: Concentration | undefined): Concentration | undefined {
  if (!c || 1 - c.share < ALONGSIDE_SHARE) return c;
  return (ev.release?.othersSince?.[c.value] ?? 0) >= ALONGSIDE_SAMPLES ? undefined : c;
}

/**
 * A serverless function that throttles its invocations has no concurrency left: each invocation
 * takes an execution environment for its whole duration, and the function's reserved concurrency
 * (or the account's concurrent executions in the region) caps how many run at once. Lambda answers
 * the invoke 429 TooManyRequestsException, 'Rate Exceeded.' (HumanCellAtlas/data-store#1118, its
 * functions out of concurrency; alexcasalboni/aws-lambda-power-tuning#133): the ceiling is of
 * executions running, not of requests a second, so backing off alone does not lift it while the
 * running ones hold it. Named by the function the client spans invoke (core/invoked-function.ts).
 */
function functionThrottled(ev: Evidence, dep: string | undefined, bursting: boolean): CauseFinding | undefined {
  if (!isInvokedFunction(dep)) return undefined;
  return {
    kind: 'rate-limit',
    strength: bursting ? 0.85 : 0.7,
    cause: `${dep} throttles ${ev.service}'s invocations${bursting ? ` during a burst of them (${ev.trend.detail})` : ''}: it has no concurrency left — its reserved concurrency, or the account's concurrent executions in the region, is taken by executions already running ("${clip(quoted(ev), 120)}").`,
    fix: `Raise ${dep}'s reserved concurrency (or the account's concurrent-executions quota), or shorten its executions so they free their slots sooner; invoke it asynchronously or through a queue so a burst waits instead of failing, and retry the throttled invocations with backoff and jitter. ${ev.service}'s code is not at fault.`,
    numbers: [`The errors are ${dep}'s throttles ("${clip(quoted(ev), 160)}").`, burstLine(ev)],
  };
}

/**
 * A connection-level failure toward a named peer that only one place's instances meet (a pod, host,
 * node or zone concentrated among the errors, LOCATION_KEYS): the peer answers every other place,
 * so it is not down — the place's way to it is what fails. A Kubernetes node whose conntrack table
 * is full drops its pods' new connections ('nf_conntrack: table full, dropping packet':
 * kubernetes/kubernetes#71261 and #18604), and they time out connecting to a database the pods on
 * the other nodes use. A region or zone whose calls go to its own endpoint of the peer is that
 * endpoint's failure instead (regionalEndpoint, read before this by the dependency-down rule).
 */
function locationPathTo(ev: Evidence, text: string): { peer: string; net: string; place: Concentration } | undefined {
  const net = networkKind(text);
  // Only connections whose packets are lost (a connect timing out, no route, a lookup left without
  // an answer): a refused connection is answered from the peer's side (its host sends the reset), so
  // the peer is still where to look. Lookups unanswered from one node only are that node's path to
  // the name server (Preply's postmortem of 28 February 2020: kube-proxy left stale conntrack rows
  // for kube-dns' address on a node, sending its lookups to a CoreDNS pod that was gone).
  const lost = !REFUSED.test(text) && (TIMEOUT.test(text) || UNREACHABLE.test(text) || unansweredLookup(text) !== undefined);
  if (!net || !lost || ev.trace?.deepestFailingSpan?.service !== undefined && ev.trace.deepestFailingSpan.service !== ev.service) return undefined;
  const place = strongest(ev, LOCATION_KEYS);
  if (!place || (ev.callee && regionalEndpoint(ev))) return undefined;
  const peer = dependencyName(ev, text);
  return peer ? { peer, net, place } : undefined;
}

/**
 * A feature flag decisive among the errors (every failing request evaluated it to one variant, far
 * beyond the healthy requests' share): the code path it enables is why they fail. When that path
 * runs in one route's handler the route concentrates too, by construction of where the flag is
 * read, and says less (the postmortem of a LaunchDarkly flag's targeting set to everyone by a typo,
 * 500s only on the analytics dashboard it gated: dev.to/johalputt, 'How a LaunchDarkly 2026
 * Misconfiguration Served New Features to 100% of Users').
 */
/**
 * A route that only one client's requests reach when it fails: every error carries that client
 * (its User-Agent) and that route, and the route is rarer in the healthy traffic than the client
 * is — the client makes other requests, which pass, and its failing ones are those it sends to a
 * route the other clients' traffic seldom or never calls (Nextcloud desktop 3.4.1's new bulk
 * upload, refused by the server's multipart parser: nextcloud/server#30424). Had the route failed
 * for every caller, the errors would not all be one client's; had the client failed everywhere,
 * the route would not concentrate. What that client release sends is why the route is called and
 * fails, so the client weighs more than the route (both are named).
 */
function clientsRoute(ev: Evidence, route: Concentration): Concentration | undefined {
  const client = strongest(ev, CLIENT_KEYS);
  if (!client || client.share < 0.95 || route.share < 0.95) return undefined;
  return route.baselineShare < client.baselineShare ? client : undefined;
}

/**
 * A connection-level failure toward a named peer that only the flag's requests meet, said as the
 * path the flag enables: it connects otherwise than the rest of the service (another address, store
 * or settings the flag selects), so where it connects is checked before the peer (the OTel demo's
 * cartFailure: EmptyCart emptied through a store built on `badhost:1234`, `Wasn't able to connect to
 * redis`, while the cart's Valkey answered every other call; open-telemetry/opentelemetry-demo#1306).
 */
function flagPathTo(ev: Evidence, text: string): string {
  // The failure is a deeper service's, first in the trace: the path reaches it, and what that path
  // asks of it is what fails there (see the dependency-down rule's deeperOnOneFlag).
  const deep = ev.trace?.deepestFailingSpan;
  if (deep && deep.service !== ev.service) {
    const said = deep.statusMessage ? `: ${clip(deep.statusMessage, 120)}` : '';
    return ` The failure is deeper, in ${deep.service} (span "${deep.name}"${said}), and none of the requests the flag leaves off fail there: what the path the flag enables asks of ${deep.service} is what fails in it, so look at that work there rather than at ${deep.service} being down.`;
  }
  const net = networkKind(text);
  const peer = net ? dependencyName(ev, text) : undefined;
  return net && peer ? ` Only these requests find ${peer} ${net}: the path the flag enables connects otherwise than the rest of ${ev.service} (another address, store or settings it selects), so check where that path connects before ${peer} itself.` : '';
}

/** A flag's value that separates these errors from the healthy traffic (strongestSeparated), if one does. */
function separatingFlag(ev: Evidence): Concentration | undefined {
  return strongestSeparated(ev, FLAG_FACT_KEY) ?? strongestSeparated(ev, FLAG_KEYS);
}

function flaggedRoute(ev: Evidence): boolean {
  return separatingFlag(ev) !== undefined;
}

/**
 * A place that holds every error while a flag's variant holds every one too, and the place carries
 * more of the healthy traffic than the variant does, is where the flag's targeting turned it on (a
 * rule on a region, zone or namespace), not a place that fails: its requests the flag leaves off
 * succeed there, and the errors are the flag's. A place whose healthy share is no larger than the
 * variant's (the flag on everywhere, only that place failing) is still the narrower cause.
 */
function flagTargetedPlace(ev: Evidence, place: Concentration): Concentration | undefined {
  const flag = separatingFlag(ev);
  return flag && flag.share >= 0.95 && place.share >= 0.95 && flag.baselineShare < place.baselineShare ? flag : undefined;
}

/**
 * A flag's variant carried by every error while a good part of the healthy traffic evaluated the
 * flag otherwise separates the two completely, which a lift cannot say when the variant is common:
 * a flag rolled out to everyone minutes ago is on in most of the baseline too (round 12's widened
 * targeting measured lifts from 2.6 to under 2 as the sampled baseline varied). All `count` errors
 * carrying a variant that a share `p` of healthy traffic carries happens by chance with probability
 * p^count; below one in a thousand, with at least three in ten healthy requests on another
 * variant, the flag decides (a variant most of the traffic shares stays a near miss). Read for
 * flags, and for a runtime version only when the words already name what it took away
 * (runtimeNamed): a method or a protocol version splits traffic without switching code.
 */
function separates(c: Concentration): boolean {
  return c.count >= MIN_COUNT && c.share >= 0.95 && c.baselineShare <= 0.7 && c.baselineShare > 0 && c.count * c.share * Math.log(1 / c.baselineShare) >= Math.log(1000);
}

/** strongest() where complete separation decides too (separates): for a flag, or for a runtime the words already name. */
function strongestSeparated(ev: Evidence, keys: readonly string[] | RegExp): Concentration | undefined {
  return strongest(ev, keys, (c) => decisive(c) || separates(c));
}

/** A flag's strength: its concentration's, and at least 0.7 when it separates errors from healthy traffic completely. */
function flagStrength(c: Concentration): number {
  return separates(c) ? Math.max(0.7, concentrationStrength(c)) : concentrationStrength(c);
}

/** A rate limit reached only at a recurring time: above the rate-limit rule's bursting 0.85. */
const SCHEDULED_BURST_STRENGTH = 0.87;
/**
 * Refusals a peer gives to what is scheduled at one time, and not in between: rate-limit rejections
 * (RATE_LIMIT), or the peer shedding load as unavailable (UNAVAILABLE: 503, a circuit open) — a
 * Home Assistant integration's hourly refresh pinned to HH:07:00 on every installation, Open-Meteo
 * answering 503 to that second's requests and to none of the rest (ReikanYsora/Helios-Forecast#78).
 * The peer answers the rest of the time: the burst is what it cannot take, not the peer down.
 */
function scheduledRefusals(ev: Evidence, text: string): 'rate-limit' | 'unavailable' | undefined {
  if (!ev.recurrence) return undefined;
  return RATE_LIMIT.test(text) ? 'rate-limit' : UNAVAILABLE.test(text) ? 'unavailable' : undefined;
}
/**
 * Lock conflicts (LOCK_CONTENTION) that come only at a recurring time: what is scheduled then holds
 * the rows or tables the other transactions write, and those arriving during it wait or are
 * aborted as the deadlock's victims — Lemmy 0.18.0's hot-rank UPDATE every 5 minutes, which 'can
 * lock the whole table for 10+ seconds' (LemmyNet/lemmy#3175), deadlocking the votes that came
 * then (LemmyNet/lemmy#3076, #3342). The conflict says how they fail; the schedule says which work
 * takes the locks, which is what the fix must change.
 */
function scheduledLocks(ev: Evidence, text: string): boolean {
  return ev.recurrence !== undefined && LOCK_CONTENTION.test(text);
}
/** The lock-contention rule's strength at most, when the schedule holds its conflicts: below SCHEDULED_BURST_STRENGTH. */
const LOCKS_WHEN_SCHEDULED = 0.85;
/** The schedule rule's strength: a scheduled burst of refusals or lock conflicts, else by how many periods repeated it. */
function scheduleStrength(ev: Evidence, text: string): number {
  const r = ev.recurrence!;
  return scheduledRefusals(ev, text) || scheduledLocks(ev, text) ? SCHEDULED_BURST_STRENGTH : clamp(0.6 + 0.02 * Math.min(r.repeats, 5));
}

/** What the code-defect rule weighs: below every cause that explains why a defect is reached. */
const CODE_DEFECT_STRENGTH = 0.55;
/**
 * A lookup finding no row on a host named as a read replica (replica-read-after-write.ts): the words
 * and the host say why it misses, above the one route whose fetches follow a create.
 */
const REPLICA_READ_AFTER_WRITE_STRENGTH = 0.7;
/**
 * A local time refused at a daylight-saving transition (daylight-saving-time.ts): the words say why
 * the code fails, above the plain defect and the route its inputs take.
 */
const LOCAL_TIME_AT_TRANSITION_STRENGTH = CODE_DEFECT_STRENGTH + 0.1;
/** A clock-skew finding's strength when no one host carries the errors. */
const CLOCK_SKEW_STRENGTH = 0.65;
/** A peer's answer the code cannot read, the peer unnamed: above the route its requests take. */
const UNREAD_ANSWER_STRENGTH = 0.66;
/** A dependency failing at the connection for the service itself (no deeper service, no one release or place). */
const PEER_DOWN_STRENGTH = 0.65;

/**
 * The error is an answer the service received and cannot decode (UNREADABLE, in words that say it
 * is a response: READ_RESPONSE), not a consumer's delivery: a peer's answer that changed, whether
 * or not the evidence names the peer.
 */
function unreadAnswer(ev: Evidence, text: string): boolean {
  return !ev.consumed && UNREADABLE.test(`${ev.type}\n${text}`) && (READ_RESPONSE.test(text) || HTML_DOCUMENT_INPUT.test(text) || HTML_CONTENT_TYPE_ANSWER.test(text) || decodingClient(ev.stacktraceSample) !== undefined);
}

/**
 * An answer the service cannot read from a peer the failure points at (the failing spans' callee,
 * a deeper service of the trace, or the URL its words name), as the unexpected-response rule reads
 * it: a settings client rethrowing undici's `Unexpected end of JSON input` for the URL it loaded
 * (GitHub's configuration service of 2024-03-11 serving a record cut short).
 */
function unreadPeerAnswer(ev: Evidence, text: string): boolean {
  return !ev.consumed && UNREADABLE.test(`${ev.type}\n${text}`) && answeringPeer(ev, text) !== undefined;
}

/**
 * The peer whose answer a failure is about, only where the failure itself points at one: the
 * failing spans' callee, a deeper service of the trace, or the URL its words name — a server
 * span's own server.address, or a request body the service failed to parse, is no peer's answer.
 */
function answeringPeer(ev: Evidence, text: string): string | undefined {
  const deep = ev.trace?.deepestFailingSpan;
  return ev.callee ? dependencyName(ev, text) : deep && deep.service !== ev.service ? deep.service : urlHost(text);
}

/**
 * A programming error (CODE_DEFECT: a null dereference, a missing key, a type error) thrown at an
 * in-app frame, not a network failure: a defect of that frame whichever requests reach it. Only
 * one route's requests reaching it (a controller dereferencing what a lookup returned for an
 * address nobody registered: spring-projects/spring-boot#21493, `NullPointerException` at
 * `ForgotPasswordController.forgotpassword`) says where the defect is, not what it is.
 */
function programmingError(ev: Evidence, text: string): boolean {
  return ev.topInAppFrame !== undefined && CODE_DEFECT.test(`${ev.type}\n${text}`) && networkKind(text) === undefined;
}

/** The signature's own words: its type and message and the exceptions it chains on, not a deeper span's. */
function ownWords(ev: Evidence): string {
  return [`${ev.type}: ${ev.message}`, ...ev.exceptionChain.map((e) => `${e.type}: ${e.message}`)].join('\n');
}

/**
 * A certificate refused deeper than the signature: the deepest failing span of its trace is another
 * service's and words a certificate failure, while the signature's own words (its message and
 * exception chain) do not — a BFF's `502 (Bad Gateway)` over a Go service's `tls: failed to verify
 * certificate: x509: certificate has expired …`. The peer is the one that deeper service's failing
 * calls go to (its signature's callee) or the host its words name.
 */
function deeperCertificateFailure(ev: Evidence): { service: string; peer?: string; words: string } | undefined {
  const deep = ev.trace?.deepestFailingSpan;
  const words = deep?.statusMessage ?? '';
  if (!deep || deep.service === ev.service || !namesCertificate(words)) return undefined;
  if (namesCertificate(ownWords(ev))) return undefined;
  const d = ev.downstream;
  const callee = d && d.service === deep.service && d.callee ? calleeName(d.callee) : undefined;
  const addr = /\b([a-z0-9][a-z0-9.-]{0,100}\.[a-z][a-z0-9-]*):([1-9]\d{1,4})\b/i.exec(words)?.[1];
  return { service: deep.service, peer: callee ?? urlHost(words) ?? addr, words };
}

/**
 * The figures of a finding about a failure deeper than the signature: the trace's deepest failing
 * span, in `below.service`, with the words read there, and the signature's own occurrences.
 */
function deeperFailureLines(ev: Evidence, below: { service: string; words: string }): string[] {
  return [`Deepest failing span in trace ${ev.trace!.traceId}: ${below.service} / ${ev.trace!.deepestFailingSpan!.name} (${clip(below.words, 120)}).`, `${ev.count} occurrences in ${ev.service}: "${clip(quoted(ev), 160)}".`];
}

/**
 * A resource of a deeper service's own run out: the deepest failing span of the trace is another
 * service's, its words an exhaustion with no holder (signals.ts' EXHAUSTION: a pool, memory,
 * threads or ports of the process that wrote them, not a dependency's slots), and the signature's
 * own words name no other resource of its own run out. A PHP storefront's Guzzle `500 Internal
 * Server Error` over a Go service's go-redis `redis: connection pool timeout` (redis/go-redis#1002:
 * every pooled connection held by an `XREAD BLOCK`): the pool is the Go service's, and the words
 * the storefront quotes from its answer are that service's, not a pool of the storefront's.
 */
function deeperExhaustion(ev: Evidence): { service: string; resource: string; words: string } | undefined {
  const deep = ev.trace?.deepestFailingSpan;
  const words = deep?.statusMessage ?? '';
  if (!deep || deep.service === ev.service) return undefined;
  const hit = exhaustion(words);
  if (!hit || hit.holder || poolUnfilled(words)) return undefined;
  const own = exhaustion(ownWords(ev), ev.stacktraceSample);
  if (own && own.resource !== hit.resource) return undefined;
  return { service: deep.service, resource: hit.resource, words };
}

/**
 * Where a deeper service's machine resource ran out, when its own signature's errors concentrate
 * on one of its instances (a pod, host or process), and on the node it runs on: a disk, memory,
 * descriptors or ports are a machine's, so the instances elsewhere go on working and the place is
 * what to look at — a node whose disk filled with logs nothing rotated fails the writes of the pods
 * on it only (kubernetes/kubernetes#73208, #29715). Not for a pool or a queue, which every instance
 * of the service sizes alike.
 */
function deeperMachinePlace(ev: Evidence, below: { service: string; resource: string }): { where: string; fix: string } | undefined {
  const d = ev.downstream;
  if (!MACHINE_RESOURCES.has(below.resource) || !d || d.service !== below.service) return undefined;
  const instance = oneInstanceOf(d);
  if (!instance) return undefined;
  const node = d.concentrations.find((c) => c.key === 'k8s.node.name' && decisive(c));
  const onNode = node && node.value !== instance.value ? ` on node ${node.value}` : '';
  const where = `only on one ${INSTANCE_WORDS[instance.key]}, ${instance.value}${onNode} (${pct(instance.share)} of its errors against ${pct(instance.baselineShare)} of its healthy traffic)`;
  const look = node && onNode ? `node ${node.value}` : `${INSTANCE_WORDS[instance.key]} ${instance.value}`;
  const disk = below.resource === 'disk space' ? ` (df -h; du over its log directories, /var/log and the container runtime's, and its images and emptyDir volumes: logs nothing rotates fill most of them)` : '';
  return { where, fix: `Look at ${look} first${disk}: free what fills it, or move ${below.service}'s work off it (cordon and drain a node) while ${below.service}'s instances elsewhere go on working.` };
}

/**
 * The finding for a rate limit a deeper service meets (deeperRateLimit): the peer refusing that
 * service's calls, the service above surfacing it. Over dependency-down's 0.82 for a deeper
 * service failing first, since the peer answered. When the service's own traffic was measured and
 * did not rise (core/traffic.ts, steadyTraffic), the limit was reached without more requests: it
 * fell (a provider tightening it, a new plan, app or key) or another client now shares it, which
 * is worded so, not as a burst.
 */
function rateLimitedBelow(ev: Evidence, below: { service: string; peer?: string; words: string }): CauseFinding {
  const toward = below.peer ?? `a peer of ${below.service}'s`;
  const steady = ev.steadyTraffic;
  const why = steady
    ? ` ${ev.service}'s requests did not rise (${steadyRates(steady)}): the limit ${toward} applies to ${below.service} is lower than the traffic it always served needs — tightened by ${toward}, or a plan, app or key change, or shared with another client — not a burst of ${ev.service}'s.`
    : ev.trend.kind === 'bursting' && trafficSurged(ev)
      ? ` It comes during a burst of load (${ev.trend.detail}).`
      : '';
  return {
    kind: 'rate-limit',
    strength: below.peer ? 0.88 : 0.75,
    cause: `${toward} is rate-limiting ${below.service} ("${clip(below.words, 120)}"): ${below.service}'s calls to it are refused first, and ${ev.service} only surfaces ${below.service}'s failure ("${clip(quoted(ev), 80)}"); ${toward} is answering, not down.${why}`,
    fix: `Check the limit ${toward} now sets for the calls ${below.service} makes (its published limits and changelog for that method or endpoint, the Retry-After it answers), and make ${below.service} need fewer of them: cache or batch what it reads, call it off the request path, and honour Retry-After with backoff; ask ${toward} for a higher limit if the use is legitimate. Have ${ev.service} degrade without that part of its answer rather than fail. Neither ${ev.service}'s nor ${below.service}'s code is at fault.`,
    numbers: [...deeperFailureLines(ev, below), ...(steady ? [steadyTrafficLine(steady)] : [])],
  };
}

/**
 * A rate limit met deeper than the signature: the deepest failing span of its trace is another
 * service's, and that span's words or its signature's (`http 429 from slack.com`, slack-go's
 * `slack rate limit exceeded, retry after 1m0s`) are a rate-limit rejection while the
 * signature's own words are not — a helpdesk's `502 Bad Gateway` from a bridge whose reads of
 * Slack's conversations.replies are answered 429 once Slack held apps outside its Marketplace to
 * one call a minute (ArcadeAI/docs#304). The peer answered, with a refusal: it is the limit to
 * name, not a peer failing. The peer is the one the deeper signature's failing calls go to (its
 * callee) or the host its words name; a 429 naming a resource of the peer's that ran out
 * (Elasticsearch's circuit breaker) and a quota on what an account may hold are not read here,
 * as the rate-limit rule does not read them as a rate either.
 */
function deeperRateLimit(ev: Evidence): { service: string; peer?: string; words: string } | undefined {
  const deep = ev.trace?.deepestFailingSpan;
  if (!deep || deep.service === ev.service || RATE_LIMIT.test(ownWords(ev))) return undefined;
  const d = ev.downstream;
  const same = d && d.service === deep.service && (!deep.signatureId || deep.signatureId === d.signatureId) ? d : undefined;
  // A span failed by its status alone is typed `span`, its message the words (`POST: http 429 from …`).
  const candidates = [deep.statusMessage ?? '', ...(same ? [same.type === 'span' ? same.message : `${same.type}: ${same.message}`, ...(same.causes ?? [])] : [])];
  const words = candidates.find((w) => RATE_LIMIT.test(w) && !CLOUD_QUOTA.test(w) && !exhaustion(w)?.holder);
  if (!words) return undefined;
  return { service: deep.service, peer: same?.callee ? calleeName(same.callee) : urlHost(words), words };
}

/**
 * The words for a peer refusing the certificate `service` presents (signals.ts,
 * OWN_CERTIFICATE_REFUSED): the alert comes from `peer` about `service`'s own client certificate,
 * so renewing `peer`'s certificate changes nothing. A renewed certificate only helps once the
 * process presents it: one loaded at start keeps sending the expired copy after its Secret or file
 * is renewed (dapr/dapr#4517: renewed eight hours before, refused as expired).
 */
function ownCertificateRefused(service: string, peer: string, words: string): { cause: string; fix: string } {
  const fault = ownCertificateFault(words);
  // Go's net/http server logs the alert its client sent (`http: TLS handshake error from <addr>:
  // remote error: tls: expired certificate`): there the certificate refused is the one the
  // service serves, its client the one refusing it.
  if (/\bTLS handshake error from\b/.test(words)) {
    return {
      cause: `The clients of ${service} refuse the certificate it serves${fault ? `, which ${fault}` : ''} ("${clip(words, 140)}"): the TLS alert is their answer to ${service}'s own certificate`,
      fix: `Renew the certificate ${service} serves and make its running processes load it (restart them, or have the server read it per handshake, Go's tls.Config.GetCertificate); alert on its expiry.`,
    };
  }
  const reissue = fault === 'is signed by a CA the peer does not trust'
    ? `Reissue ${service}'s client certificate from a CA ${peer} trusts (or add its CA to the client CAs ${peer} verifies against)`
    : fault === 'was not sent, though the peer requires one'
      ? `Configure ${service}'s TLS client with the client certificate ${peer} requires`
      : `Renew ${service}'s client certificate for ${peer}`;
  return {
    cause: `${peer} refuses the client certificate ${service} presents to it${fault ? `, which ${fault}` : ''} ("${clip(words, 140)}"): the TLS alert is ${peer}'s answer to ${service}'s own certificate (mutual TLS), not a certificate of ${peer}'s that ${service} refuses`,
    fix: `${reissue} and make the running processes present it: a certificate read once at start stays in use after its file or Secret is renewed, so restart them or have the TLS client load it per handshake (Go's tls.Config.GetClientCertificate); alert on the expiry of client certificates as well as served ones. ${peer}'s own certificate needs no change.`,
  };
}

/**
 * Credentials refused deeper than the signature: the deepest failing span of its trace is another
 * service's call, and that service's failing words in the trace — the call's own, its signature's,
 * or its other errors there (the exception its server span ended with) — say its credentials were
 * refused, or the call was answered 401 (RFC 9110 15.5.2: the request lacks valid authentication
 * credentials for the target), while the signature's own words say neither. A front end's
 * `Response code 500` over a .NET service's Azure.Identity `AADSTS7000222: The provided client
 * secret keys for app '…' are expired` (dotnet/sign#849): the peer answered, so it is not down; the
 * credential the deeper service presents to it is what to renew. A 403 alone is left to the words,
 * since some APIs answer one for a rate limit.
 */
function deeperCredentialsRefused(ev: Evidence): { service: string; peer?: string; words: string } | undefined {
  const deep = ev.trace?.deepestFailingSpan;
  if (!deep || deep.service === ev.service) return undefined;
  const own = withoutMissingClasses(ownWords(ev));
  if (AUTH.test(own) || namesCertificate(own)) return undefined;
  const d = ev.downstream && ev.downstream.service === deep.service ? ev.downstream : undefined;
  // A span failed by its status alone is worded by its message (`POST: http 401 from …`), its type only `span`.
  const call = [deep.statusMessage ?? '', ...(d ? [d.type === 'span' ? d.message : `${d.type}: ${d.message}`, ...(d.causes ?? [])] : [])].filter((w) => w !== '');
  const besides = (ev.trace?.downstreamErrors ?? []).filter((s) => s.service === deep.service && s.statusMessage).map((s) => s.statusMessage!);
  // An identity accepted but not allowed the operation is a grant to restore, not a credential to
  // renew: the rule's permission branch words that, from the signature's own words.
  const refused = (w: string) => AUTH.test(withoutMissingClasses(w)) && !RATE_LIMIT.test(w) && networkKind(w) === undefined && !(PERMISSION_DENIED.test(w) && !AUTHENTICATION_REFUSED.test(w));
  const words = [...call, ...besides].find(refused);
  const answered401 = call.some((w) => /\bhttp 401\b/.test(w));
  if (!words && !answered401) return undefined;
  const callee = d?.callee ? calleeName(d.callee) : undefined;
  // The peer is the one the deeper signature's calls go to; a URL in the words is as often a link to
  // the provider's documentation (Azure AD's https://aka.ms/NewClientSecret) as the peer.
  return { service: deep.service, peer: callee, words: words ? innermostRefusal(words) : call.find((w) => /\bhttp 401\b/.test(w))! };
}

/**
 * The words from the refusal of the innermost exception they chain on: a client library's wrapper
 * comes first and the server's own refusal after its chaining words (Azure.Identity's
 * `ClientSecretCredential authentication failed: A configuration issue … Original exception:
 * AADSTS7000222: The provided client secret keys … are expired`, .NET's ` ---> `, Java's
 * `Caused by:`), and the server's says which credential and why.
 */
function innermostRefusal(words: string): string {
  const chained = [...words.matchAll(/Original exception:|--->|Caused by:/g)];
  if (chained.length === 0) return words;
  const inner = words.slice(chained[chained.length - 1].index! + chained[chained.length - 1][0].length);
  const refusal = AUTH.exec(inner);
  return refusal ? inner.slice(refusal.index) : words;
}

/** The peer the error is about: a port we recognise, a peer attribute, the deepest failing service, an address in the text. */
export function dependencyName(ev: Evidence, text: string): string | undefined {
  // A proxy's error line names the server it was forwarding to: nginx's `…, upstream:
  // "http://10.0.4.12:8080/path", host: "…"` (its error log, as NodeBB/NodeBB#5295 quotes it);
  // the client and the host it also names are the other side.
  const upstream = nginxUpstream(text);
  if (upstream) return upstream;
  // HAProxy's alert names the backend whose servers are all down (signals.ts' NO_SERVER_LEFT).
  const backend = balancerBackend(text);
  if (backend) return `backend ${backend}`;
  // Envoy's access log in key=value form names the upstream host it forwarded to (`upstream=
  // 127.0.0.1:7000`, its %UPSTREAM_HOST%, as envoyproxy/envoy#9242 logs it), with its response flag.
  // The signature's own message has it parameterised (`upstream=<*>`): read the raw sample's.
  const envoyHost = ENVOY_UPSTREAM_FLAG.test(text) ? [...text.matchAll(/\bupstream(?:_host)?=([^\s"<>-][^\s"]{0,199})/g)][0] : undefined;
  if (envoyHost) return envoyHost[1];
  // Cloudflare's own error page for an origin it could not reach titles itself `<host> | 52x: …`
  // (`oai.hconeai.com | 522: Connection timed out`, as Helicone/helicone#798 quotes it): the host
  // is the site whose origin failed, not Cloudflare.
  const cloudflare = /<title>([a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,}) \| 52[0-7]: /i.exec(text);
  if (cloudflare) return cloudflare[1];
  // A lookup the name server did not answer names that server (Go's `lookup <host> on <server>:53: …`).
  const resolver = resolverFailed(text);
  if (resolver) return `the DNS server at ${resolver.server}`;
  // One it answered names the host looked up: the server's address beside it is not the peer.
  const lookedUp = lookedUpHost(text);
  if (lookedUp) return lookedUp;
  // A temporary lookup failure names no server: the one the service's lookups go to (its
  // resolv.conf's; in Kubernetes the kube-dns Service) is the peer, not the host looked up.
  if (unansweredLookup(text)) return `the name server ${ev.service}'s lookups go to`;
  // Credentials that could not be fetched fail the call before it is sent: the endpoint the words
  // name (the token or metadata service) is the peer, not the one the call was for (signals.ts).
  // An admission webhook the API server could not call names its own endpoint: the API server
  // answered the service (a 500 with the webhook's failure), so it is not the peer (signals.ts).
  const webhook = ADMISSION_WEBHOOK_FAILED.exec(text);
  const webhookHost = webhook ? urlHost(text.slice(webhook.index)) : undefined;
  if (webhook && webhookHost) return `the admission webhook "${webhook[1]}" at ${webhookHost}`;
  const credentialsFrom = CREDENTIALS_FETCH_FAILED.test(text) ? urlHost(text) : undefined;
  if (credentialsFrom) return credentialsFrom;
  // A port never starts with 0: `2026-03-01T10:00:00Z` is a time, not a host and port; nor is a
  // host all digits (`10:38` of a log line's `2026/12/04 10:38:12` is a time too), nor a date
  // joined to its hour (`2026T16:14` of Envoy's `[05/12/2026T16:14:53+0000]`).
  // Nor an ISO 8601 date with its hour (`2026-03-04T10` of `2026-03-04T10:39:16.269Z`, how Lambda's
  // and Vercel's runtime logs start a line).
  // Nor a source file and its line (a stack frame quoted in the message: Ecto's `lib/ecto/adapters/
  // sql.ex:1054` inside Ash's error, sourceFileAt).
  // Nor gRPC's address scheme (`ipv4:127.0.0.1:18001`, `ipv6:[::1]:50051`, gRPC's naming document):
  // the address follows it, so the scheme is blanked (same length, so positions still index `text`).
  // Nor a label followed by an ISO 8601 time, whose year would read as a port (`Time:2023-11-13T14:13:17Z`,
  // the line Azure Storage's errors carry after their RequestId: CDCgov/prime-reportstream#12209):
  // such times are blanked before the scan, as the scheme is.
  const scanned = text.replace(/\bipv[46]:(?=[\d[])/gi, '     ').replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, (t) => ' '.repeat(t.length));
  const addr = [...scanned.matchAll(/\b((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9][a-z0-9.-]{0,100}):([1-9]\d{1,4})\b/gi)].find((m) => !/^(\d{4}-\d{2}-\d{2}T)?\d+(T\d+)?$/i.test(m[1]) && !sourceFileAt(text, m.index!, m[1]));
  if (addr && PORT_NAMES[addr[2]]) return `${PORT_NAMES[addr[2]]} at ${addr[1]}:${addr[2]}`;
  if (ev.callee) return calleeAtDialled(ev, text) ?? calleeName(ev.callee);
  const peer = ev.concentrations.find((c) => (PEER_KEYS as readonly string[]).includes(c.key) && c.share >= 0.6);
  if (peer) return peer.value;
  // The deeper failing signature in the same traces is a call of the service's own (a client span
  // below the span that failed): the peer that call goes to is the one the failure is about.
  const below = ev.downstream?.callee;
  if (below) return calleeName(below);
  const deep = ev.trace?.deepestFailingSpan;
  if (deep && deep.service !== ev.service) return deep.service;
  if (addr) return `${addr[1]}:${addr[2]}`;
  // The AWS SDK for Go v2 names the service of the call that failed (signals.ts).
  const aws = awsOperationService(text);
  if (aws) return aws;
  // An SMTP server refusing service names itself in its reply (signals.ts, smtpRefusingServer).
  const smtpServer = smtpRefusingServer(text);
  if (smtpServer) return `the SMTP server ${smtpServer}`;
  const system = SYSTEM_WORDS.find(([, re]) => re.test(text))?.[0];
  // A name that did not resolve, as the runtime's words give it (signals.ts): the peer the call
  // was for, with the system the words name (`PostgreSQL at jobs-db.internal`).
  const unresolved = unresolvedName(text);
  if (unresolved) return system ? `${system} at ${unresolved}` : unresolved;
  return urlHost(text) ?? kubernetesServiceName(text) ?? system;
}

/**
 * Source files' extensions that no top-level domain spells (IANA's root zone has no .ex, .js, .go,
 * .java…; it does have .py, .rs, .pl, .cc, .sh and .ml, which are left out).
 */
const SOURCE_FILE_EXTENSION = /\.(?:exs?|[cm]?js|jsx|tsx?|rb|go|java|kts?|scala|cs|fsx?|vb|php|erl|hrl|swift|dart|c|cpp|cxx|hh?|hpp|lua|clj|groovy|hs)$/i;

/**
 * Whether `name:<digits>` at `at` in `text` is a file and its line, not a host and its port: its
 * extension is a source file's, or a path leads to a name ending in a word's extension
 * (`/app/lib/parser.py:88`), where a URL's `//` leads to its host (`http://127.0.0.1:8500`).
 */
function sourceFileAt(text: string, at: number, name: string): boolean {
  // The address pattern starts after an underscore no host name has (RFC 1123's labels are
  // letters, digits and hyphens): in a snake_case file's name (Elixir's, Python's, Ruby's,
  // Rust's: `web/services/submission_service.ex:11`) it takes only what follows the last
  // underscore, `ex:11`. The whole word before the line number is what is read.
  const head = /[\w.-]*$/.exec(text.slice(Math.max(0, at - 200), at))?.[0] ?? '';
  const whole = head + name;
  if (SOURCE_FILE_EXTENSION.test(whole)) return true;
  const before = at - head.length;
  const pathLed = (text[before - 1] === '/' && text[before - 2] !== '/') || text[before - 1] === '\\';
  return pathLed && /\.[a-z]\w{0,9}$/i.test(whole);
}

/** The server an nginx error line says it was forwarding to (`upstream: "http://10.0.4.12:8080/…"`). */
function nginxUpstream(text: string): string | undefined {
  // A unix-socket upstream is printed `unix:<path>:` after the scheme (`fastcgi://unix:/run/php/
  // php8.2-fpm.sock:`, zabbix/zabbix-docker#451; `uwsgi://unix:///var/sockets/app.sock:`,
  // unbit/uwsgi#1647): the socket's path is the peer, not the word `unix:`.
  const socket = /\bupstream: "(?:[a-z][a-z0-9+.-]*:\/\/)?unix:(\/[^"\s]{1,200}?):?"/i.exec(text)?.[1];
  if (socket) return `the unix socket ${socket.replace(/^\/+/, '/')}`;
  return /\bupstream: "(?:[a-z][a-z0-9+.-]*:\/\/)?([^"/\s]{1,200})/i.exec(text)?.[1];
}

/**
 * The name and address a refused connection dialled when one instance (pod, host, process) alone
 * meets the refusal, decisively, and the words name the address it dialled — a JVM's resolved
 * `name/address`, libpq's `"name" (address)`, or the address alone in Go's, Node's, Python's or
 * .NET's words with the name the failing call's span gives (stale-address.ts) —: the others reach
 * the name, so that instance holds a stale address for it. A node or zone is a place, not a process
 * that keeps an answer; a loopback address is a local agent; an address with no name is no name
 * that moved.
 */
function staleAddressOn(ev: Evidence, text: string, place?: Concentration): { name: string; address: string; jvm: boolean } | undefined {
  const c = place ?? strongest(ev, LOCATION_KEYS);
  if (!c || !(c.key in INSTANCE_WORDS) || !decisive(c) || !REFUSED.test(text)) return undefined;
  const dialled = refusedDialledAddress(text, ev.callee ? calleeName(ev.callee) : undefined);
  return dialled?.name ? { name: dialled.name, address: `${dialled.address}:${dialled.port}`, jvm: dialled.jvm } : undefined;
}

/** `<callee> at <address it dialled>` when the words name an address the callee's name does not spell (dialledAddress). */
function calleeAtDialled(ev: Evidence, text: string): string | undefined {
  if (!ev.callee) return undefined;
  const name = calleeName(ev.callee);
  const dialled = dialledAddress(name, text);
  return dialled ? `${name} at ${dialled}` : undefined;
}

/**
 * The address a call to a named peer actually dialled, when its words say one (grpc-go's `transport:
 * Error while dialing: dial tcp 10.42.3.17:8080: connect: no route to host`, Node's `connect
 * ECONNREFUSED 10.0.0.7:443`): a name can stand for several addresses — a headless Service's pods, a
 * client-side balancer's list —, and the failure is that one's, which an address the balancer still
 * holds after its pod went away explains (linkerd/linkerd2#6842). An IPv4 address, or an IPv6 one in
 * brackets (Go's `dial tcp [fd00:10:244::1b]:8080`, RFC 3986's host form) or bare before its port
 * (Node's `connect ECONNREFUSED ::1:5432`, shown here in brackets); one the name does not already
 * spell, with a port that starts with no 0 (a time is not an address).
 */
function dialledAddress(name: string, text: string): string | undefined {
  const m = DIALLED.exec(text);
  if (!m) return undefined;
  const [host, port] = m[1] !== undefined ? [m[1], m[2]] : m[3] !== undefined ? [m[3], m[4]] : [`[${m[5]}]`, m[6]];
  return name.toLowerCase().includes(host.replace(/^\[|\]$/g, '').toLowerCase()) ? undefined : `${host}:${port}`;
}

const DIALLED = new RegExp(
  String.raw`\b(?:dial (?:tcp|udp)4?6?|connect(?: ECONNREFUSED| ETIMEDOUT| EHOSTUNREACH)?|connect to|Connection refused:?|attempted address:?)\s+` +
    String.raw`(?:((?:\d{1,3}\.){3}\d{1,3}):([1-9]\d{0,4})\b|(\[[0-9a-f:.]*:[0-9a-f:.]*(?:%[\w.-]+)?\]):([1-9]\d{0,4})\b|((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}):([1-9]\d{0,4})(?![\w:]))`,
  'i',
);

/**
 * A Kubernetes Service's DNS name in the text (`<service>.<namespace>.svc[.<cluster domain>]`, as
 * Kubernetes names Services: https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/,
 * `my-svc.my-namespace.svc.cluster.local`): the peer a call in a cluster goes to,
 * named so in a service's own log line (`push to ledger.payments.svc.cluster.local failed`).
 */
function kubernetesServiceName(text: string): string | undefined {
  return /\b([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.svc(?:\.cluster\.local)?)\b/i.exec(text)?.[1];
}

/** The host of the first http(s) URL in the text that is not a link to documentation (signals.ts). */
function urlHost(text: string): string | undefined {
  return [...text.matchAll(/\bhttps?:\/\/([a-z0-9][a-z0-9.-]*)(?::\d+)?(\/[^\s"'<>)]*)?/gi)].find((m) => !documentationUrl(m[1], m[2] ?? '/'))?.[1];
}

/**
 * Credentials refused only on one release's instances, while the instances still on the release
 * before it call the same peer and are accepted: the credentials are valid (the peer takes them from
 * the older instances), so what the new release's instances lack is the setting that carries them —
 * a variable or secret its code now reads that did not reach its instances with the deploy, or one
 * read under another name. Heroku's 'How I broke `git push heroku main`' (blog.heroku.com, 2020): a
 * config variable for an internal API set for production but not yet transmitted to the instances
 * when the new code went out, whose calls were then refused 401. Not when the words say the
 * credential aged or was revoked (that release's own handling of it), a permission denied to an
 * identity accepted, or a certificate; and only with an older release beside it (a whole fleet on
 * the new release cannot tell a missing setting from credentials changed at the peer). What is
 * checked is that the errors concentrate on one release against the healthy traffic (its
 * concentration decisive: the other releases' instances serve without them); that those instances
 * call the same peer is inferred, not read from their spans.
 */
function credentialsMissingOnRelease(ev: Evidence, text: string): { release: string; numbers: string[] } | undefined {
  if (namesCertificate(text) || /expired|revoked|not yet valid/i.test(text)) return undefined;
  if (!AUTHENTICATION_REFUSED.test(text) && !(AUTH.test(text) && !PERMISSION_DENIED.test(text))) return undefined;
  const onRelease = alongsideOthers(ev, strongest(ev, ['service.version']));
  if (!onRelease) return undefined;
  return { release: onRelease.value, numbers: [describe(onRelease, ev)] };
}

/**
 * Downloaded bytes refused for their digest (pinned-digest.ts): the peer they came from now serves
 * other bytes under the same name, so every build or install pinned to the old checksum fails there,
 * whatever the service's own code does. Named by the URL downloaded, else the peer the evidence names.
 */
function pinnedContentChanged(ev: Evidence, text: string): CauseFinding | undefined {
  if (!PINNED_DIGEST_MISMATCH.test(text)) return undefined;
  const peer = urlHost(text) ?? dependencyName(ev, text);
  const from = peer ?? 'the source it downloads from';
  return {
    kind: 'unexpected-response',
    strength: peer ? 0.8 : 0.65,
    cause: `${from} now serves different bytes than the checksum ${ev.service} pinned for them: the download succeeds and is refused for its digest ("${clip(quoted(ev), 140)}") — the file was regenerated or re-published under the same name (an archive the host builds on request, a release asset uploaded again), or something between them rewrites it; ${ev.service}'s code is not at fault.`,
    fix: `Fetch one file from ${from} and compare its digest with the pinned one; if ${peer ?? 'the source'} changed it for good, verify the new content's origin before updating the pin, and depend on files whose bytes are fixed (uploaded release assets, a mirror or cache of your own) rather than ones generated on request; ask ${peer ?? 'the source'} whether the change was intended (a rollback restores the old bytes).`,
    numbers: [`${ev.count} downloads refused for their checksum${peer ? ` from ${peer}` : ''}: "${clip(quoted(ev), 160)}".`],
  };
}

/** A file name that says it holds configuration (settings, secrets, `.env`, `.yaml`, `.toml`, `.ini`, `.properties`, `.conf`). */
const CONFIG_FILE = /(config|settings|secrets?|credentials|\.env\b|\.ya?ml$|\.toml$|\.ini$|\.properties$|\.conf$)/i;

/** A timeout the text says was a wait for the service's own connection or thread pool (signals.ts' EXHAUSTION, held by no dependency). */
function ownPoolWait(text: string, frames?: string): boolean {
  const hit = exhaustion(text, frames);
  // A request that waited for the service's own free worker (REQUEST_QUEUE) timed out there too.
  return hit !== undefined && !hit.holder && (hit.resource === 'connection pool' || hit.resource === 'thread pool' || hit.resource === REQUEST_QUEUE);
}

/**
 * A wait for the service's own connection pool that timed out because the pool could open no
 * connection, not because the service's work held them all: the pool's exception carries the
 * driver's last failure to connect as its cause — HikariCP sets it on the timeout it throws (its
 * HikariPool.createTimeoutException: 'If there was an underlying cause for the timeout, e.g. a
 * SQLException thrown by the driver while trying to create a new Connection … set that exception as
 * the "next" SQLException') — a connection refused, a name that does not resolve, no route, a
 * connect that failed. The database cannot be reached (a managed database's maintenance resetting
 * its DNS under every service that used it: incidents round 44); read as the pool run out, the
 * diagnosis sent its reader to the service's own transactions.
 */
function poolUnfilled(text: string, frames?: string): boolean {
  const hit = exhaustion(text, frames);
  if (!hit || hit.holder || hit.resource !== 'connection pool') return false;
  const underneath = text.replace(new RegExp(hit.re.source, 'gi'), ' ');
  return (
    REFUSED.test(underneath) ||
    UNREACHABLE.test(underneath) ||
    (DNS.test(underneath) && !LOOKUP_OF_MISSING_VALUE.test(underneath)) ||
    DRIVER_COULD_NOT_CONNECT.test(underneath) ||
    resolverFailed(underneath) !== undefined ||
    unansweredLookup(underneath) !== undefined
  );
}

/**
 * A JDBC driver's or the JVM's words for a connection it could not open, under a pool's timeout:
 * PgJDBC's `The connection attempt failed.`, MySQL Connector/J's `Communications link failure`,
 * `java.net.ConnectException` and Java's `connect timed out` (its SocketTimeoutException on a
 * connect). Not the pool's own exception types (Elixir's `DBConnection.ConnectionError`, redis-py's
 * `ConnectionError` for `max number of clients reached`), which name no failure to connect.
 */
const DRIVER_COULD_NOT_CONNECT = /\b(The connection attempt failed|Communications link failure|java\.net\.ConnectException|connect timed out)\b/;

/** What a peer in a failover says it is, as `networkKind` words it. */
const FAILOVER_WORDS: Record<(typeof FAILOVER)[number]['role'], string> = {
  'read-only': 'read-only where writes are sent (a replica, or a primary demoted by a failover that the clients did not follow)',
  'no-primary': 'without a primary or leader (an election or failover under way)',
  'not-ready': 'starting up or recovering, not yet serving',
};

/** Elasticsearch searching an index none of whose copies of some shard is allocated (signals.ts). */
const SHARDS_UNAVAILABLE = "failing searches because the index's shards are not allocated to any node (a red index or cluster: nodes or their disks lost, or allocation blocked)";

/** The peer's server closing keep-alive connections as the proxy in front of the client reuses them (signals.ts). */
const PEER_CLOSED_IDLE_WORDS = "closing connections as the proxy reuses them (Envoy's `connection termination`: most often the peer's keep-alive idle timeout shorter than the proxy's, so an idle connection is closed just as a request is sent on it)";

/** A peer's name that does not resolve (signals.ts, DNS). */
const UNRESOLVABLE_WORDS = 'not resolvable (DNS)';

/** A name server not answering the lookups sent to it (signals.ts, `resolverFailed`). */
const RESOLVER_WORDS = 'failing name lookups';

/** A database closing connections inside open transactions that the sessions never rolled back (signals.ts). */
const INVALIDATED_WORDS = 'closing connections inside open transactions (a restart, a failover or an idle timeout), and the sessions that held them were never rolled back, so every later request on such a session fails';

/** A secrets store sealed, serving nothing until unsealed (signals.ts). */
const SEALED_WORDS = 'sealed (a Vault server starts sealed after a restart and answers every request 503 until it is unsealed)';

/** An identity provider's key set that could not be fetched (signals.ts). */
const JWKS_WORDS = "failing to serve its JSON Web Key Set (the signing keys every token is verified with), so no token can be verified";

/** A Kafka consumer group without a coordinator (signals.ts). */
const COORDINATOR_WORDS = "without a coordinator for the consumer group (the broker leading the group's partition of __consumer_offsets is down, that partition has no leader, or the topic could not be created), so the group can neither join nor commit offsets";

/** A failure of the network or of the peer, not of the code that saw it. */
function networkKind(text: string): string | undefined {
  // A target that never parsed into an address reached no network (signals.ts, UNPARSEABLE_TARGET),
  // nor did a lookup of a name no name server could hold (malformed-lookup-name.ts).
  if (UNPARSEABLE_TARGET.test(text) || malformedLookupName(text) !== undefined) return undefined;
  // Nor did a request undici refused to send as the code built it (undici-request-refused.ts).
  if (undiciRefusedOwnRequest(text)) return undefined;
  // Nor a connect python-oracledb declined in the mode the program chose (driver-mode-unsupported.ts).
  if (ORACLEDB_THIN_MODE_UNSUPPORTED.test(text)) return undefined;
  // A cluster that cannot elect, or whose slots lost their owners (cluster-without-quorum.ts), before
  // the failover its words also read as.
  if (withoutQuorum(text)) return WITHOUT_QUORUM_WORDS;
  if (SLOTS_UNSERVED.test(text)) return SLOTS_UNSERVED_WORDS;
  // A Vitess shard whose primary is being replaced or which has no healthy tablet
  // (vitess-serving-state.ts), before the failover words a reparent also holds.
  const vitess = vitessServingWords(text);
  if (vitess) return vitess;
  // Most specific first: a peer in a failover also refuses and drops connections on the way.
  const failover = FAILOVER.find((f) => f.re.test(text));
  if (failover) return FAILOVER_WORDS[failover.role];
  // A hot standby cancelling queries for its replay (standby-recovery-conflict.ts), and a ProxySQL
  // hostgroup none of whose servers it can use, a lagging replica shunned (proxysql-hostgroup.ts):
  // before the timeout their words also hold.
  if (RECOVERY_CONFLICT.test(text)) return RECOVERY_CONFLICT_WORDS;
  const hostgroup = hostgroupWithoutServerWords(text);
  if (hostgroup) return hostgroup;
  // Cassandra's consistency level and Kafka's min.insync.replicas both bound the replicas a write needs.
  if (REPLICAS_DOWN.test(text)) return 'without enough live replicas for the durability asked (nodes down or out of sync: fewer than its consistency level or min.insync.replicas needs)';
  // A Kafka partition one of whose replicas' brokers is down (replica-not-available.ts).
  if (REPLICA_NOT_AVAILABLE.test(text)) return REPLICA_NOT_AVAILABLE_WORDS;
  if (SEALED.test(text)) return SEALED_WORDS;
  if (JWKS_UNAVAILABLE.test(text)) return JWKS_WORDS;
  if (COORDINATOR_UNAVAILABLE.test(text)) return COORDINATOR_WORDS;
  if (shardsUnavailable(text)) return SHARDS_UNAVAILABLE;
  // A client with none of its nodes alive, or a shard with no live replica (no-live-peer.ts).
  const noLive = noLivePeerWords(text);
  if (noLive) return noLive;
  // A directory server libldap cannot reach (directory-server-down.ts).
  if (DIRECTORY_SERVER_DOWN.test(text)) return DIRECTORY_SERVER_DOWN_WORDS;
  if (PEER_CLOSED_IDLE.test(text)) return PEER_CLOSED_IDLE_WORDS;
  if (INVALIDATED_IN_TRANSACTION.test(text)) return INVALIDATED_WORDS;
  const envoy = ENVOY_UPSTREAM_FLAG.exec(text);
  if (envoy) {
    const flag = envoy[1] ?? { upstream_response_timeout: 'UT', no_healthy_upstream: 'UH' }[envoy[2]] ?? 'UF';
    return { UT: 'timing out (the proxy gave up waiting for its answer)', UF: 'not accepting connections (the proxy could not connect to it)', UH: 'unavailable (the proxy has no healthy host for it)', URX: 'failing every attempt (the proxy ran out of retries)' }[flag];
  }
  const resolver = resolverFailed(text);
  if (resolver) return `${RESOLVER_WORDS}${TIMEOUT.test(text) ? ' (timing out)' : REFUSED.test(text) ? ' (refusing them)' : ''}: the name server fails, not ${resolver.host}, the name looked up`;
  // getaddrinfo's temporary failure (signals.ts, unansweredLookup): no answer for now, not a name
  // that does not exist — the resolver's, as above.
  const unanswered = unansweredLookup(text);
  if (unanswered) return `${RESOLVER_WORDS} (no answer in time, or a server failure: getaddrinfo's temporary failure, EAI_AGAIN): the name server fails, not ${unanswered.host ? `${unanswered.host}, the name looked up` : 'the name looked up'}`;
  if (NO_SERVER_LEFT.test(text)) return 'unavailable (the load balancer in front of it has no live server left for it)';
  // A peer that answered it sheds requests for its own load (overloaded-service.ts).
  if (SERVICE_OVERLOADED.test(text)) return SERVICE_OVERLOADED_WORDS;
  if (BROKER_SHUTDOWN.test(text)) return "shut down or restarting (the broker closed its clients' connections: CONNECTION_FORCED, reason 'shutdown')";
  // A vhost down on the broker closes its connections in the same words but another reason (vhost-down.ts).
  const vhostDown = vhostDownWords(text);
  if (vhostDown) return vhostDown;
  if (REFUSED.test(text)) return 'refusing connections';
  if (UNREACHABLE.test(text)) return 'unreachable (no route to it)';
  // A name that is a missing value (`ENOTFOUND undefined`) was never a peer's: the code's, not DNS's.
  if (DNS.test(text) && !LOOKUP_OF_MISSING_VALUE.test(text)) return UNRESOLVABLE_WORDS;
  // A connect that failed by timing out (`Failed to establish a new connection: [Errno 110]
  // Connection timed out`, libpq's `could not connect to server: Connection timed out`, Java's
  // `ConnectException: Connection timed out`) had no answer at all: the peer (or the path to it)
  // is timing out, which a refusal would not say.
  // Before CONNECT_FAILED: the client's type (`DBConnection.ConnectionError`) names a connection
  // failure whatever its message says, and this message says the connection was open.
  const closed = CLOSED_UNDER_USE.exec(text);
  if (closed) return closed[1] ? 'dropping idle connections (it closed connections the pool held open between queries: most often an idle timeout of the server or of a pooler in front of it)' : 'dropping connections (it closed a connection this side was reading from or writing to)';
  // The MongoDB Ruby driver finding no server its read preference accepts (mongo-server-selection.ts):
  // after FAILOVER, which reads its `primary` mode's words as a cluster without a primary.
  if (MONGO_NO_SELECTABLE_SERVER.test(text)) return MONGO_NO_SELECTABLE_SERVER_WORDS;
  // A timeout said only in a Smithy Rust client's Debug names (smithy-connector-timeout.ts), or in
  // Ruby's `execution expired` under a networking error's class (ruby-execution-expired.ts).
  if (SMITHY_CONNECTOR_TIMEOUT.test(text) || NETWORK_EXECUTION_EXPIRED.test(text)) return 'timing out';
  if (CONNECT_FAILED.test(text)) return TIMEOUT.test(text) ? 'timing out' : 'not accepting connections';
  if (TIMEOUT.test(text)) return 'timing out';
  // SqlClient's transport-level error and Windows' reset (sqlclient-transport-error.ts) are a
  // connection dropped under a command too, and so are hyper's IncompleteMessage in its Debug form
  // (hyper-incomplete-message.ts) and ODBC's communication link failure, SQLSTATE 08S01
  // (odbc-communication-link.ts).
  if (RESET.test(text) || droppedConnectionWindowsWords(text) || HYPER_INCOMPLETE_MESSAGE.test(text) || ODBC_COMMUNICATION_LINK_FAILURE.test(text)) return 'dropping connections';
  if (UNAVAILABLE.test(text)) return 'unavailable';
  if (SMTP_SERVICE_UNAVAILABLE.test(text)) return 'unavailable (its SMTP server answers 421: service not available, closing the transmission channel)';
  const served = SERVER_ERROR.exec(text);
  if (served) {
    // Cloudflare's own 52x statuses, answered for the site when Cloudflare cannot get an answer
    // from its origin (Cloudflare's documentation of its 5xx errors: 521 the origin refused the
    // connection, 522 the connection timed out, 523 the origin is unreachable, 524 a timeout
    // occurred after connecting): not an error the origin's server answered.
    const origin = CLOUDFLARE_ORIGIN[/5\d\d/.exec(served[0])?.[0] ?? ''];
    if (origin) return origin;
    return 'answering with server errors (HTTP 5xx)';
  }
  if (FETCH_FAILED.test(text)) return 'unreachable (the request failed before any response)';
  return undefined;
}

/** What Cloudflare's statuses for an origin it could not reach say of that origin. */
const CLOUDFLARE_ORIGIN: Record<string, string> = {
  '521': 'refusing connections (Cloudflare answered 521: the origin refused its connection)',
  '522': 'timing out (Cloudflare answered 522: its connection to the origin timed out)',
  '523': 'unreachable (Cloudflare answered 523: the origin could not be reached)',
  '524': 'timing out (Cloudflare answered 524: the origin accepted the connection but did not answer in time)',
};

/** A span signature worded by nothing but its name and the status it ended with (core/fingerprint/span-failure.ts). */
/** Strength of the duplicate-write rule for a record created twice (not a consumer's, not a primary key's). */
const DUPLICATE_WRITE_STRENGTH = 0.65;

/**
 * A unique or primary key violation that is a record written twice: not a duplicate of the row that
 * holds the key type's largest value, which is a table out of ids (the resource-exhaustion rule).
 */
function createdTwice(text: string): boolean {
  return UNIQUE_VIOLATION.test(text) && !keySpaceExhausted(text);
}

function statusOnlySpan(s: { type: string; message: string }): boolean {
  return s.type === 'span' && /: (?:http|grpc) \d{1,3}(?: from \S+)?$/.test(s.message);
}

/** How a finding names an instance of a service, by the key that tells it. */
const INSTANCE_WORDS: Record<string, string> = { 'k8s.pod.name': 'pod', 'host.name': 'host', 'service.instance.id': 'instance' };

/** The one instance (pod, host, process) a deeper signature's errors concentrate on, decisively. */
function oneInstanceOf(d: NonNullable<Evidence['downstream']>): Concentration | undefined {
  return d.concentrations
    .filter((c) => c.key in INSTANCE_WORDS && decisive(c))
    .sort((a, b) => b.share - a.share || (b.lift ?? 0) - (a.lift ?? 0))[0];
}

/** A region or zone where the errors concentrate that the failing calls' endpoint names (a regional endpoint). */
function regionalEndpoint(ev: Evidence): Concentration | undefined {
  const callee = ev.callee?.name.toLowerCase();
  if (!callee) return undefined;
  return ev.concentrations.find((c) => (c.key === 'cloud.region' || c.key === 'cloud.availability_zone') && c.value.length >= 4 && decisive(c) && callee.includes(c.value.toLowerCase()));
}

/** A steady traffic's rate per minute as the resource findings print it: whole from ten, one decimal below. */
const steadyRate = (n: number) => (n >= 10 ? Math.round(n).toString() : n.toFixed(1));

/** The steady traffic's rates, as a resource finding states them beside "its traffic did not rise". */
function steadyRates(t: NonNullable<Evidence['steadyTraffic']>): string {
  return `${steadyRate(t.duringPerMinute)} requests a minute since the errors began, the failing ones included, against ${steadyRate(t.beforePerMinute)} before`;
}

/** The steady traffic's line among a resource finding's numbers. */
function steadyTrafficLine(t: NonNullable<Evidence['steadyTraffic']>): string {
  return `Traffic: ${steadyRate(t.beforePerMinute)} healthy spans a minute before the first error, ${steadyRate(t.duringPerMinute)} spans a minute (healthy, and these errors) over the ${t.minutes} minutes since (×${t.ratio.toFixed(2)}).`;
}

function burstLine(ev: Evidence): string {
  return `Trend: ${ev.trend.kind} (${ev.trend.detail}).`;
}

/** Least rise of the healthy traffic named a surge (core/traffic.ts reports from 2×). */
const TRAFFIC_SURGE_MIN = 2.5;
/** Whether the service's healthy traffic was measured rising by a surge's ratio or more. */
const trafficSurged = (ev: Evidence) => (ev.traffic?.ratio ?? 0) >= TRAFFIC_SURGE_MIN;

/**
 * How a resource finding says its errors burst: "under a burst of load" only where the service's
 * healthy traffic was measured rising past TRAFFIC_SURGE_MIN (core/traffic.ts); the trend itself
 * counts errors, and a dependency's full disk refusing writes bursts its errors as much (round 48's
 * monstache over Elasticsearch's flood-stage watermark) with its load as it was.
 */
function burstWords(ev: Evidence): string {
  if (ev.trend.kind !== 'bursting') return '';
  return trafficSurged(ev) ? ` under a burst of load (${ev.trend.detail})` : ` in a burst of errors (${ev.trend.detail})`;
}

/** Errors a load surge makes: waits that time out, peers that shed load or throttle, 5xx answers, resources momentarily exhausted (EAGAIN). */
const LOAD_SHAPED = [TIMEOUT, UNAVAILABLE, SERVER_ERROR, RATE_LIMIT, TEMPORARILY_EXHAUSTED];
const perMinute = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1).replace(/\.0$/, ''));

/** Where to look on a dependency that has run out of something (signals.ts, EXHAUSTION's holders). */
/** How a killed pool worker's finding words each pool's work and who reports the kill (killed-pool-worker.ts). */
const KILLED_WORKER_WORDS: Record<'Celery' | 'gunicorn', { unit: string; reporter: string; fewer: string; counted: string }> = {
  Celery: { unit: 'task', reporter: "the pool's parent reports each task lost", fewer: ', fewer pool processes per container (--concurrency), --max-memory-per-child to recycle a child that grows', counted: 'tasks lost to a worker killed with SIGKILL' },
  gunicorn: { unit: 'request', reporter: "gunicorn's arbiter reports each kill", fewer: ', fewer workers per container', counted: 'workers killed with SIGKILL' },
};

const HOLDER_FIXES: Record<string, string> = {
  // By holder and resource first, then by holder.
  [`Redis ${REDIS_SNAPSHOT}`]: "read the Redis log for why the background save failed: `Can't save in background: fork: Cannot allocate memory` is the fork refused for memory (set vm.overcommit_memory = 1, as the warning Redis logs at startup advises, or leave the host memory for the copy-on-write), a write error is the disk it writes its snapshots to (its dir, often shared with logs: free and grow it); keep stop-writes-on-bgsave-error on, it is what keeps writes from being lost silently",
  // Envoy's circuit-breaker thresholds are per cluster (per upstream service), set in its
  // cluster configuration or, in Istio, by a DestinationRule's connectionPool.
  Envoy: "raise the cluster's circuit-breaker thresholds (max_pending_requests, max_requests; in Istio a DestinationRule's connectionPool http1MaxPendingRequests and http2MaxRequests) to the concurrency the peer really serves, and find why requests pile up toward it (a slow peer holds every slot); the 503s are the proxy's, not the peer's",
  // Memcached stores an item in its size's slab class: a full cache with memory held by other
  // classes refuses large items while small ones still fit (memcached/memcached#224).
  Memcached: "give it more memory (-m) or more nodes, and read where it went (stats slabs, stats items: outofmemory and evictions per slab class): a cache whose memory sits in other slab classes refuses items of one size, so let it move pages between classes (slab_reassign and slab_automove, on by default since 1.5) or store smaller values; a cache answers misses, so make the service treat a refused store as a miss rather than a failure",
  // ClickHouse bounds memory per server (max_server_memory_usage), per user and per query
  // (max_memory_usage); GROUP BY and ORDER BY can spill to disk past a threshold instead
  // (ClickHouse/ClickHouse#40963).
  ClickHouse: "find the queries that take the most memory (system.query_log's memory_usage) and make them hold less: let large GROUP BY and ORDER BY spill to disk (max_bytes_before_external_group_by, max_bytes_before_external_sort), filter earlier, and keep fewer of them running at once; raise max_memory_usage for a query, or max_server_memory_usage within what the host holds, only for a real need",
  // Trino's per-node and distributed bounds (query.max-memory-per-node, query.max-memory) apply to
  // each query; spilling covers joins, aggregations, sorts and windows only.
  Trino: "find which operator holds the memory (the Top Consumers the error names) and make the query hold less (filter or pre-aggregate earlier, join the smaller table on the build side, enable spilling for joins, aggregations and sorts), or raise query.max-memory-per-node and query.max-memory within what its workers' heap holds",
  Redis: "raise maxmemory or set an eviction policy such as allkeys-lru; find the keys without a TTL with redis-cli --bigkeys",
  'Elasticsearch heap memory': "find what holds its heap (GET _nodes/stats/breaker: fielddata on text fields, large aggregations, bulk requests in flight) and cap it, then give its nodes more heap (at most half their memory) or add nodes; its 429 is the node guarding its memory, so retrying faster only keeps the breaker tripped",
  // Elasticsearch runs out of different things, each freed its own way: a full data disk blocks its
  // indices (flood-stage watermark), a full write queue refuses the items a bulk request carries
  // while the disk has room (es_rejected_execution_exception, kubesphere/kubesphere#1711: more bulk
  // work arriving than its write threads index; the queue is bounded on purpose, 200 in 6.x and
  // 10,000 since 7.x per its thread pool settings).
  'Elasticsearch disk space': 'delete or move old indices, add data nodes or disk; once disk is freed, indices blocked read-only-allow-delete must be unblocked (index.blocks.read_only_allow_delete: null) unless the cluster does so itself',
  'Elasticsearch work queue': "see which nodes' write thread pool refuses work (GET _cat/thread_pool/write?v: active, queue and rejected per node; a hot node holds the primaries being written), have the bulk writers send fewer requests at once (fewer workers or concurrent flushes, larger batches) and retry only the refused items, with backoff, and spread the indexing over more data nodes or primary shards; a longer queue (thread_pool.write.queue_size) only holds more in memory",
  'PostgreSQL transaction IDs': 'run VACUUM on that database (database-wide, as a superuser; in PostgreSQL 16 and later without single-user mode) after ending what holds back its oldest transaction id: long-running or abandoned transactions, old prepared transactions, stale replication slots; then tune autovacuum to keep up (workers, cost limit, per-table thresholds on the busiest tables) and alert on age(datfrozenxid)',
  // vttablet caps the transactions it runs at once to protect mysqld (vitess-serving-state.ts);
  // each transaction holds a slot until its commit or rollback.
  Vitess: "find what holds its transactions open (vttablet's /debug/txlogz and its log, which lists the transactions occupying the pool each time it is full: long transactions, transactions left open across slow calls or by crashed clients) and shorten them, keep reads outside transactions, then raise -queryserver-config-transaction-cap (20 by default) as far as mysqld's capacity allows, or shard the keyspace",
  etcd: "compact its history (etcdctl compact to the current revision), defragment each member (etcdctl defrag), then disarm the NOSPACE alarm (etcdctl alarm disarm), since it refuses every write until then; raise --quota-backend-bytes (up to 8 GiB) if what it holds needs more, and find what writes so much (an operator or controller updating objects in a loop, many large Secrets or ConfigMaps)",
  PgBouncer: 'every server connection of its pool toward the database is held: find by what (SHOW POOLS: cl_waiting against sv_active; long transactions, clients idle in session pooling) and release them, use transaction pooling where the clients allow it, size default_pool_size for the real concurrency within what the database accepts, and keep the clients\' own pools below what PgBouncer serves',
  // A database's connection slots are shared by every instance's pool (signals.ts).
  'PostgreSQL connection slots (max_connections)': "count what holds its connections (SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3; idle and idle-in-transaction sessions hold slots too): every instance's pool opens up to its maximum, so instances × pool size must stay below max_connections less the reserved slots; shrink the pools, put PgBouncer in transaction mode in front of the database, or raise max_connections within what its memory allows (a restart)",
  // Redis' maxclients is shared by every instance's connections as max_connections is (signals.ts);
  // CLIENT LIST shows who holds them, and clients idle past `timeout` (0, never, by default) are
  // closed only when it is set.
  'Redis client connections (maxclients)': "count what holds its connections (redis-cli CLIENT LIST: connections by addr and idle time; INFO clients' connected_clients against maxclients): every instance opens its own, and a client created per request or never closed leaks one each time; reuse one client per process, close the ones a job opens, set timeout to close idle clients, or raise maxclients (CONFIG SET maxclients, within the descriptors its ulimit allows) or the hosted plan's connection limit",
  // Azure SQL's worker and session bounds come with its service tier: sys.dm_exec_requests shows what
  // holds them; a larger tier (or vCores) raises them.
  [`Azure SQL Database ${AZURE_SQL_WORKERS}`]: "find what holds its workers (sys.dm_exec_requests and sys.dm_exec_sessions: requests blocked behind a lock, long-running queries, sessions left open) and release or shorten them, bound each instance's connection pool so the sum of the pools stays under the tier's session and worker limits (sys.dm_db_resource_stats' max_worker_percent and max_session_percent), and scale the database or its elastic pool to a tier with higher limits only for a real need",
  // InnoDB's row locks live in its buffer pool (signals.ts): one statement locking very many rows
  // runs out of room for them however idle the server is.
  'MySQL lock table (innodb_buffer_pool_size)': 'make the statement that locks the rows lock fewer at once — delete or update in batches of a few thousand rows by primary key, each its own transaction, rather than one statement over the whole set — or raise innodb_buffer_pool_size (dynamic since MySQL 5.7.5) so its lock table holds them; no other transaction is in its way',
  // Oracle's sessions: v$session per user and program says who holds them, v$resource_limit how near
  // SESSIONS and PROCESSES are (and their high-water mark); a profile's SESSIONS_PER_USER binds one user.
  'Oracle Database sessions (SESSIONS, PROCESSES)': "count what holds its sessions (v$session by username, machine and program; inactive sessions of idle pools hold them too) and how near the bounds are (v$resource_limit for sessions and processes): every instance's pool opens up to its maximum, so instances × pool size must stay below them; shrink the pools, release sessions the code leaves open, or raise PROCESSES (SESSIONS follows it) with a restart",
  "Oracle Database sessions for one user (its profile's SESSIONS_PER_USER)": "count the sessions its user holds (v$session where username is that user, by machine and program) against its profile's SESSIONS_PER_USER (dba_profiles): every instance's pool counts toward that one limit, so the pools' maximums must sum below it; shrink the pools or close sessions the code leaves open, or have the DBA raise the profile's limit",
  'MySQL connection slots (max_connections)': "count what holds its connections (SHOW PROCESSLIST; long sleeping connections hold slots too): every instance's pool opens up to its maximum, so instances × pool size must stay below max_connections; shrink the pools or lower wait_timeout for idle ones, put a proxy such as ProxySQL in front, or raise max_connections (SET GLOBAL max_connections) within what its memory allows",
  PostgreSQL: "grow its data volume, then find what filled it: WAL kept for a stalled replication slot or archiver (pg_replication_slots), table bloat, temporary files of large sorts; alert on the volume's free space",
  'SQL Server': 'grow the data or log file or its disk (or turn autogrowth on with a cap the disk can hold); a full transaction log is truncated by log backups (FULL recovery) or held by a long transaction or a stalled availability-group replica: see log_reuse_wait_desc in sys.databases',
  MySQL: "free or add disk on its data volume (or raise innodb_data_file_path's limit, tmp_table_size for in-memory temporary tables); purge old binary logs",
  Oracle: 'add a datafile to the tablespace or let it autoextend (ALTER DATABASE DATAFILE … AUTOEXTEND ON), within what the disk holds',
};

/**
 * What to do about a machine's own resource, which load alone rarely explains: memory that runs
 * out without a burst is usually a leak, a disk fills with what nobody deletes, descriptors and
 * ports run out when connections are opened and not reused or closed.
 */
const OWN_RESOURCE_FIXES: Record<string, (service: string, bursting: boolean) => string> = {
  memory: (service, bursting) =>
    bursting
      ? `Bound what ${service} holds in memory per request (stream large payloads, cap batch and cache sizes) and give it the memory its peak needs; shed excess load at the edge.`
      : `Find out whether ${service}'s memory grows with uptime rather than with load (the runtime's heap metrics, restarts by OOM kill): a leak shows as steady growth until the limit; compare two heap snapshots taken apart to find what accumulates, and raise the limit only once it is not a leak.`,
  [APACHE_WORKERS]: (service) => `Raise MaxRequestWorkers on ${service}'s Apache (with prefork, ServerLimit with it) to what the host's memory holds per worker, and find what keeps the workers busy (slow requests or backends, long keep-alive): each request waits in the listen queue for a free worker meanwhile.`,
  [FPM_WORKERS]: (service) => `Raise pm.max_children in ${service}'s PHP-FPM pool to what the host's memory holds per child, and find what keeps the children busy (slow requests or backends, request_terminate_timeout unset): each request waits for a free child meanwhile.`,
  [UNIX_SOCKET_WORKERS]: (service) => `Give the application server behind ${service}'s unix socket more workers (its processes or threads, to what the host's memory holds), and find what keeps them busy (slow requests or backends without timeouts); a longer listen backlog only makes requests wait longer.`,
  'disk space': (service) => `Free space where ${service} writes (logs without rotation, temporary files, caches, old data) and add disk; rotate and cap what grows, and alert well before the disk is full.`,
  // A quota and inotify's limits, each in the words of another shortage (disk-quota.ts,
  // inotify-limits.ts): the fix names the limit that ran out, not the disk or ulimit -n.
  [DISK_QUOTA]: diskQuotaFix,
  [INOTIFY_WATCHES]: inotifyWatchesFix,
  [INOTIFY_INSTANCES]: inotifyInstancesFix,
  'file descriptors': (service) => `Find what ${service} opens and does not close (lsof -p on the process: sockets to one peer, files) and fix the leak; reuse connections through a pool, and raise the limit (ulimit -n, LimitNOFILE) only for a real need.`,
  'nginx worker connections (worker_connections)': (service) =>
    `Raise worker_connections in ${service}'s nginx (events block), with worker_rlimit_nofile at least as high: a proxied request holds two connections, the client's and the upstream's; and find what holds them (slow upstreams, long proxy or keep-alive timeouts, websocket and long-polling clients), since restarting nginx only frees them until they fill again.`,
  'OS threads (its process or container limit)': (service) =>
    `Count ${service}'s threads against its limits (a thread dump, or /proc/<pid>/status Threads) — the user's process limit (ulimit -u, systemd's TasksMax) and the container's pids limit (pids_limit, the kubelet's podPidsLimit) — and find what creates threads without bound (an unbounded or per-request executor, threads never stopped); raise the limit only for a real need, or lower -Xss if native memory for their stacks is what runs out.`,
  'ephemeral ports': (service) => `Make ${service} reuse connections (keep-alive and a connection pool) instead of opening one per request; sockets in TIME_WAIT hold the ports it runs out of.`,
  // Requests queued for a worker (signals.ts): the workers are all busy, with slow requests or with
  // more load than they serve; adding workers helps only up to the CPU or memory behind them.
  [REQUEST_QUEUE]: (service) =>
    `Find what keeps ${service}'s workers busy — the slowest endpoints and what they wait on, CPU saturation on its hosts (a worker per core that the load outgrew) — and add capacity for the load it has (more workers or threads if CPU and memory allow, more instances, autoscaling on request queue time rather than on CPU alone); let requests that waited too long be dropped early (rack-timeout's wait_timeout) rather than served late.`,
  // Threads held blocked starve a pool whatever its size: a .NET pool grows past its minimum
  // only slowly, a Java executor rejects once its queue is full.
  'thread pool': (service, bursting) =>
    `Find what holds ${service}'s threads blocked (synchronous I/O, sync-over-async waits such as .Result or .Wait(), slow locks: a thread dump shows them) and make it asynchronous or bound it with a timeout; raise the pool's minimum (ThreadPool.SetMinThreads) or size only for the real concurrency${bursting ? ', and shed excess load at the edge during bursts' : ''}.`,
};

/** A dependency's resources that bound how many clients it serves at once (signals.ts, EXHAUSTION). */
const CONCURRENCY_SLOTS = new Set(['connection slots (max_connections)', 'server connections', AZURE_SQL_WORKERS]);

/**
 * Resources of one machine (not of a shared pool or a peer). inotify's watches and instances are
 * the host's, per user (inotify-limits.ts); a disk quota is a volume's, which many hosts may share.
 */
const MACHINE_RESOURCES = new Set(['memory', 'file descriptors', 'disk space', 'ephemeral ports', 'OS threads (its process or container limit)', INOTIFY_WATCHES, INOTIFY_INSTANCES]);
/** Machine resources a process holds until it lets them go, which a release can leak (a watcher never closed keeps its watches). */
const LEAKABLE_RESOURCES = new Set(['memory', 'file descriptors', 'OS threads (its process or container limit)', INOTIFY_WATCHES, INOTIFY_INSTANCES]);

// ---- the table ----

export const CAUSES: readonly CauseRule[] = [
  // Only the platform's series show these (platform-limits.ts): rare, and named before the words' readings on a tie.
  PLATFORM_LIMITS,
  {
    kind: 'missing-config',
    test: 'the message names a missing configuration value or file, or a value that cannot be used',
    evaluate(ev, text) {
      const bad = BAD_CONFIG.map((re) => re.exec(text)?.groups?.name).find((name) => name !== undefined);
      if (bad) {
        return {
          kind: 'missing-config',
          strength: 0.85,
          cause: `${ev.service}'s configuration value ${bad} is set to something it cannot use ("${clip(quoted(ev), 120)}").`,
          // The value can change with no release: a configuration the running processes reload
          // (a ConfigMap, a config server's refresh) reaches every instance at once, and a restart
          // then reads the same bad value (NVIDIA/nvcf#879: a misspelled enum in a live reload).
          fix: `Correct ${bad} where ${ev.service}'s processes read it — the deployment's environment or files, or a configuration they reload while running (a ConfigMap, a config server's refresh), which changes with no release — comparing it with the value that last worked, and restart ${ev.service} if it reads it only at startup; validate configuration where it is loaded, so a bad value stops the rollout or the reload (the instance reporting itself not ready) instead of failing requests.`,
          numbers: [`${ev.count} occurrences report an unusable value of ${bad} ("${clip(quoted(ev), 160)}").`],
        };
      }
      // Its gRPC server refusing its keepalive pings (keepalive-refused.ts), in the signature's own
      // words (the raw sample's: the template masks the quoted debug data): a keepalive time the
      // server's policy does not permit, a value set that cannot be used with that server, not the
      // server unavailable. On one release's instances the release rule names that release's.
      if (KEEPALIVE_REFUSED.test(ownWords(ev)) && !releaseFinding(ev)) {
        const pings = keepaliveRefused(ev.service, ev.callee?.name);
        return {
          kind: 'missing-config',
          strength: 0.88,
          cause: `${ev.service}'s keepalive setting is one its gRPC server does not permit: ${pings.clause} ("${clip(quoted(ev), 100)}").`,
          fix: pings.fix,
          numbers: [`${ev.count} RPCs ended by the server's GOAWAY for too many pings ("${clip(quoted(ev), 160)}").`],
        };
      }
      // Named prepared statements refused as already there or not there (pooled-prepared-statement.ts):
      // a pooler in transaction pooling mode under clients that prepare statements per session — a
      // setting of the pooler they cannot work with, met on every query of every client behind it.
      if (POOLED_PREPARED_STATEMENT.test(`${text}\n${ownWords(ev)}`)) {
        const pooled = pooledPreparedStatement(ev.service, ev.callee?.name);
        return {
          kind: 'missing-config',
          strength: 0.9,
          cause: `${pooled.cause} ("${clip(quoted(ev), 120)}").`,
          fix: pooled.fix,
          numbers: [`${ev.count} queries refused for a prepared statement's name ("${clip(quoted(ev), 160)}").`],
        };
      }
      // An AWS SDK without a region: a setting the deployment lacks that the words do not name, so
      // the rule names what the SDKs read (signals.ts). On one release's instances, that deploy dropped it.
      if (AWS_REGION_MISSING.test(text)) {
        const rel = releaseFinding(ev);
        return {
          kind: 'missing-config',
          strength: 0.9,
          cause: `${ev.service} has no AWS region configured${rel ? ` on its instances of release ${rel.release}` : ''}: its AWS SDK found none in the code, the environment (AWS_REGION; AWS_DEFAULT_REGION for boto3 and the CLI) or the profile, so every call it makes fails before it is sent ("${clip(quoted(ev), 100)}").`,
          fix: `Set AWS_REGION (and AWS_DEFAULT_REGION for boto3 and the AWS CLI) in the environment of ${rel ? `release ${rel.release}'s deployment` : `${ev.service}'s deployment`}, or region in the profile it reads, as the last deployment that worked had it; pass the region to the client explicitly and check it at startup so a deploy without it fails before it takes traffic.`,
          numbers: [`${ev.count} occurrences report no AWS region ("${clip(quoted(ev), 160)}").`, ...(rel?.numbers ?? [])],
        };
      }
      // A framework's own words for a setting it lacks (signals.ts): named as the deployment sets
      // it, and on one release's instances that deploy dropped it — the release is the occasion,
      // the missing value the cause, as with the AWS region above.
      const setting = frameworkSetting(text);
      if (setting) {
        const rel = releaseFinding(ev);
        // Without a release to blame, the one place all of them come from is the deployment that
        // lacks it (a worker's processes, while the web's have it: sidekiq/sidekiq#4468).
        const place = rel ? undefined : strongest(ev, LOCATION_KEYS);
        const where = rel ? `release ${rel.release}'s deployment` : place ? `the deployment ${place.value} belongs to` : `${ev.service}'s deployment`;
        return {
          kind: 'missing-config',
          strength: 0.9,
          cause: `${ev.service} is missing the configuration value ${setting.name}${rel ? ` on its instances of release ${rel.release}` : place ? ` on ${place.value}, where all of these come from (${place.key}: ${pct(place.share)} of them against ${pct(place.baselineShare)} of the baseline)` : ''}: ${setting.framework} reports it unset ("${clip(quoted(ev), 100)}"), so every request that needs it fails.`,
          fix: setting.setIn
            ? `Set ${setting.name} for ${where} in ${setting.setIn}; restart it, and check it at startup so a process without it fails before it takes work.`
            : `Set ${setting.name} in the environment of ${where} (its secret or .env), with the value the last deployment that worked had — a new value for a secret key makes what was signed or encrypted with the old one unreadable —, restart it, and check it at startup so a deploy without it fails before it takes traffic.`,
          numbers: [`${ev.count} occurrences report ${setting.framework}'s ${setting.name} unset ("${clip(quoted(ev), 160)}").`, ...(rel?.numbers ?? []), ...(place ? [describe(place, ev)] : [])],
        };
      }
      if (!MISSING_CONFIG.some((re) => re.test(text))) return undefined;
      const named = CONFIG_NAME.exec(text);
      // A file only when it reads as configuration (another file missing is another failure).
      const file = named?.[5] && CONFIG_FILE.test(named[5]) ? named[5] : undefined;
      const name = named?.[1] ?? named?.[2] ?? named?.[3] ?? named?.[4];
      if (file) {
        return {
          kind: 'missing-config',
          strength: 0.85,
          cause: `${ev.service} cannot find its configuration file ${file}.`,
          fix: `Deploy ${file} with ${ev.service} (the image, the mounted ConfigMap or volume, the working directory it is read from) and make startup fail fast when it is absent.`,
          numbers: [`${ev.count} occurrences report the missing file ${file} ("${clip(quoted(ev), 160)}").`],
        };
      }
      return {
        kind: 'missing-config',
        strength: name ? 0.9 : 0.7,
        cause: name ? `${ev.service} is missing the configuration value ${name}.` : `${ev.service} is missing a required configuration value (named in the error message).`,
        fix: name
          ? `Set ${name} in ${ev.service}'s environment or configuration for the affected deployment and restart it; make startup fail fast when it is absent.`
          : `Provide the configuration value named in the message to ${ev.service} and validate configuration at startup.`,
        numbers: [`${ev.count} occurrences report a missing configuration value${name ? `: ${name}` : ''} ("${clip(quoted(ev), 160)}").`],
      };
    },
  },
  {
    kind: 'schema-mismatch',
    test: 'the database rejects a column or table (SQLSTATE 42703/42P01 and kin), or the schema on the other side refuses a record, document or query (Avro, a schema registry, a search index mapping, GraphQL), with the release that started it, or a value refused for characters its column cannot store (MySQL 1366 on a utf8mb3 column, PostgreSQL refusing NUL)',
    evaluate(ev, text) {
      // A value refused for characters its column cannot store (unstorable-character.ts): the input's
      // shape, named with where those inputs come from; above a client or tenant alone, which says
      // who sends them but not why they fail.
      const unstorable = unstorableCharacter(text, ev.callee?.system);
      if (unstorable) return unstorableCharacterFinding(ev, unstorable);
      if (STALE_PLAN.test(text)) return stalePlanFinding(ev);
      // A consumer that cannot decode what it consumes is told by the unexpected-response rule, in
      // the words of a delivery (the producer's format); elsewhere the schema that refused is named.
      const consumerDecoding = (ev.consumed !== undefined || KAFKA_PARTITION.test(text)) && UNREADABLE.test(`${ev.type}\n${text}`);
      if (!SCHEMA.test(text)) {
        const typed = COLUMN_TYPE_MISMATCH.exec(text);
        if (typed) return columnTypeFinding(ev, typed);
        const column = notNullColumn(text);
        if (column !== undefined) return notNullFinding(ev, column);
        return DATA_SCHEMA.test(text) && !consumerDecoding ? dataSchemaFinding(ev, text) : undefined;
      }
      const object = SCHEMA_OBJECT.exec(text)?.slice(1).find((g) => g !== undefined);
      const rel = releaseFinding(ev);
      // The errors sit on one release, but no release before it ran clean: it is not a new release
      // missing its migration, it is a release whose schema moved on under it — a migration renamed
      // or dropped what its processes still query, as finalising a rename does to "old processes that
      // are still running after the migration is finished but before new code has been deployed"
      // (fatkodima/online_migrations#84). Rolling it back does nothing; replacing its processes does.
      // Only when the release evidence says so: with no release evidence at all (a store from before
      // it was gathered) the concentration is read as before, as the release that brought the error.
      // The same when the errors sit on one release while a newer one runs beside it without them
      // (a canary, a rollout under way), however many instances each has: the newer release's
      // migration ran ahead of the release still serving (Sardine's status page,
      // status.sardine.ai/incidents/s4tj7pn0qtcf: 'a database migration that caused the application
      // old versions to lose the reference to schema they used' during a canary deploy).
      const beside = !rel ? besideNewer(ev) : undefined;
      const stale = rel && !rel.introduced && ev.release && !ev.release.introducedByRelease ? rel : beside;
      if (stale) {
        const what = object ? `"${object}"` : 'a column or table';
        const newer = ev.release?.newerClean?.length ? ev.release.newerClean.join(', ') : undefined;
        return {
          kind: 'schema-mismatch',
          strength: 0.9,
          cause: `The database schema moved on under release ${stale.release} of ${ev.service}, which still runs: its processes query ${what}, which the database no longer has (a migration renamed or dropped it while instances of ${stale.release} still serve — a rollout not finished, or a newer release's migration run ahead of it), and only its instances fail${newer ? ` (release ${newer} runs beside it without this error)` : ''}.`,
          fix: `Finish replacing ${ev.service}'s instances on ${stale.release} with the release the migration was written for${newer ? ` (${newer})` : ''} (or restart the processes that stayed on it); until they are gone, put ${what} back in a form ${stale.release} can read (a view or a column kept in sync). Change schemas in expand/contract steps: rename or drop only once no running release reads the old name (ignored_columns first, then the migration in a later deploy).`,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...stale.numbers],
        };
      }
      return {
        kind: 'schema-mismatch',
        strength: rel ? 0.9 : 0.7,
        cause: rel
          ? `Release ${rel.release} of ${ev.service} and the database schema do not match: the code expects ${object ? `"${object}"` : 'a column or table'} that the database does not have (a migration not applied, or applied out of order, with the deploy).`
          : `${ev.service}'s queries and the database schema do not match: ${object ? `"${object}"` : 'a column or table'} does not exist (a migration missing or out of order).`,
        fix: rel
          ? `Apply the migration release ${rel.release} depends on (or roll ${ev.service} back to the release before ${rel.release}); make the deploy run migrations before the new code takes traffic, and keep schema changes backward compatible across one release.`
          : `Compare the database's applied migrations with what ${ev.service}'s code expects and apply the missing one; make deploys run migrations before the new code takes traffic.`,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(rel?.numbers ?? [])],
      };
    },
  },
  {
    kind: 'lock-contention',
    test: 'transactions conflicting over the same rows (deadlocks, serialization failures, lock wait timeouts, optimistic-lock conflicts), stronger during a burst',
    evaluate(ev, text) {
      // Another process holding the database file itself (signals.ts FILE_LOCK_HELD): no pair of
      // transactions aborted, a second process refused the file at open for as long as the first keeps it.
      const fileLock = FILE_LOCK_HELD.exec(text)?.groups;
      if (fileLock) {
        const holder = fileLock.holder ? `${fileLock.holder} (PID ${fileLock.pid})` : 'another process';
        return {
          kind: 'lock-contention',
          strength: 0.85,
          cause: `${ev.service} cannot open the DuckDB database file ${fileLock.file}: ${holder} holds it open for writing, and DuckDB lets one process at a time open a database file read-write (any number read-only), so every open from another process is refused while it keeps the file ("${clip(quoted(ev), 120)}").`,
          fix: `Open ${fileLock.file} read-only (read_only=True, ACCESS_MODE 'READ_ONLY') in the processes that only read it, keep its writes to one process at a time (the others asking that process, or each writing a file of its own), and close the writer's connection as soon as it is done; ${fileLock.holder ? `find what ${holder} is` : 'find the process holding it (lsof on the file)'} — a second worker, a notebook or an editor's connection left open.`,
          numbers: [`${ev.count} opens of ${fileLock.file} refused while ${holder} held its lock ("${clip(quoted(ev), 160)}").`],
        };
      }
      const words = LOCK_CONTENTION.exec(text)?.[0];
      if (!words) return undefined;
      // A standby cancelling a query for its replay is SQLSTATE 40001 too, in drivers' words a
      // serialization failure (Rails' ActiveRecord::SerializationFailure), but no two transactions
      // conflicted: the replica's state (standby-recovery-conflict.ts, the dependency-down rule).
      if (RECOVERY_CONFLICT.test(text)) return undefined;
      // A peer API refusing a request because another one is working on the same object: the
      // requests collide on that object, whatever the error's class calls it (Stripe's RateLimitError).
      if (OBJECT_LOCKED.test(text)) {
        const dep = dependencyName(ev, text) ?? 'A service';
        const where = ev.topInAppFrame ? ` from ${ev.topInAppFrame}` : '';
        return {
          kind: 'lock-contention',
          strength: 0.85,
          cause: `${dep} refuses ${ev.service}'s requests${where} because another request is working on the same object at that moment: concurrent writes to one object collide there ("${clip(quoted(ev), 120)}"), not the account's overall request rate.`,
          fix: `Make ${ev.service}'s requests to any one object serially (one queue or lock per object id; webhooks and the code they trigger updating the same object are a usual pair), and retry this error after a short backoff; a lower overall rate does not help if two requests still touch the same object at once.`,
          numbers: [`${ev.count} requests refused while the object was locked: "${clip(quoted(ev), 160)}".`],
        };
      }
      const database = LOCK_DATABASES.find(([, re]) => re.test(text))?.[0];
      const bursting = ev.trend.kind === 'bursting';
      // The waits are a deeper service's whose words the error carries (a client quoting its
      // callee's 500): they happen in that service, not at this service's frame that called it.
      const waitsBelow = ev.downstream && !LOCK_CONTENTION.test(`${ev.type}: ${ev.message}`) && LOCK_CONTENTION.test(`${ev.downstream.type}: ${ev.downstream.message}`) ? ev.downstream.service : undefined;
      const where = waitsBelow ? ` in ${waitsBelow}` : ev.topInAppFrame ? ` in ${ev.topInAppFrame}` : '';
      const said = waitsBelow ? `${ev.downstream!.type}: ${ev.downstream!.message}` : quoted(ev);
      // A lock timeout that names its table (H2's `Timeout trying to lock table "USERS"`, its error
      // 50200) is no pair aborted: the statement waited for the transaction holding the lock it
      // needed on that table and was refused once it had waited past the lock timeout.
      const table = TABLE_LOCK_TIMEOUT.exec(text)?.[1];
      // A lock wait timeout (MySQL's 1205, PostgreSQL's 55P03, SQL Server's 1222: signals.ts
      // LOCK_WAIT_TIMEOUT) is no pair aborted either: one transaction held a row lock longer than
      // the others may wait for it (exercism/website#5384 and #5389: a Rails app's requests and jobs
      // writing users' rows, refused together in one spell).
      const waited = !table && LOCK_WAIT_TIMEOUT.test(words);
      // The refused statement's table, when the error carries the statement (mysql2 and ActiveRecord
      // append it; benwbrum/fromthepage#1808: every saved page updating its collection's one row):
      // the rows waited on are that table's, whose writers the fix must look for.
      // Failing that, the table the failing queries name (evidence.ts calledTableOf: their own client
      // spans', or the deeper signature's whose words these are): a migration's ALTER TABLE waiting
      // for its lock holds every later query of that table behind it (strelov1/freehire#1284), and
      // the error, pgx's `canceling statement due to lock timeout (SQLSTATE 55P03)`, names none.
      const rowsOf = waited ? (lockedStatementTable(text) ?? ev.calledTable ?? ev.downstream?.calledTable) : undefined;
      const rows = rowsOf ? `rows of table ${rowsOf}` : 'rows';
      // A deadlock over table locks (signals.ts TABLE_LOCK_DEADLOCK): one side is a schema change
      // or a LOCK TABLE taking its tables one at a time against live transactions on the same
      // tables (EkuboProtocol/indexer#173: a migration set's DISABLE TRIGGER on blocks and a
      // worker's cursor write, each waiting on the other). Retrying the application's transactions
      // or ordering its row locks does not break that cycle; ordering the schema change's does.
      // A deadlock in its own words without PostgreSQL's DETAIL (a driver's error carries only the
      // primary message, `deadlock detected`) has it in the error its service logged in the same
      // traces (the migration job logging the server's DETAIL beside its failing statement's span):
      // which of the two is diagnosed first must not decide the reading.
      const beside =
        !table && !waited && !TABLE_LOCK_DEADLOCK.test(text) && /deadlock/i.test(words)
          ? ev.coOccurring.find((c) => c.sharedTraces > 0 && c.service === ev.service && TABLE_LOCK_DEADLOCK.test(c.message))
          : undefined;
      const relationLock = !table && !waited ? TABLE_LOCK_DEADLOCK.exec(beside ? beside.message : text)?.[1] : undefined;
      // Conflicts only at the minutes something is scheduled are that work's locks (scheduledLocks):
      // the schedule rule names it, this finding says how its victims fail.
      const strength = Math.min(bursting ? 0.9 : 0.8, scheduledLocks(ev, text) ? LOCKS_WHEN_SCHEDULED : 1);
      if (relationLock) {
        return {
          kind: 'lock-contention',
          strength,
          cause: `Transactions${where} deadlock over table locks${database ? ` in ${database}` : ''} ("${clip(quoted(ev), 120)}"): one waits for a ${relationLock} on a table, a lock ordinary reads and writes never ask each other for, so one side of the cycle is a schema change or an explicit LOCK TABLE (a migration's ALTER TABLE, CREATE INDEX or DISABLE TRIGGER) taking its tables one at a time while live transactions hold locks on those tables and wait for one it already holds; the database aborts one of them.`,
          fix: `Make the schema change take every table lock it needs first, in one LOCK TABLE statement at its start, in the order the live transactions take them, with a lock_timeout and a retry (or run it one table per transaction, or while the writers are paused); retrying the application's transactions does not remove the cycle.`,
          numbers: [
            `${ev.count} occurrences of a deadlock over table locks ("${clip(words, 60)}"${database ? `, ${database}` : ''}; a ${relationLock} waited for on a relation${beside ? `, as the error logged in the same traces details it: signature ${beside.signatureId}` : ''}).`,
            burstLine(ev),
          ],
        };
      }
      // The conflicts are a CronJob's runs against each other (evidence.ts overlappingRuns: two of
      // its runs failing at interleaved times): a run outlasting the schedule's interval while the
      // next starts on time, both working through the same rows (phpvms/phpvms#2228: a task that
      // 'stacks when a task runs longer than its interval', 'occasional DB deadlocks';
      // 605data/redshift-polizei#31: a table-report job made to run sequentially over its deadlocks).
      // Retrying or ordering the locks leaves two runs doing the same work; one run at a time is the fix.
      const overlap = ev.scheduledJob?.kind === 'cronjob' ? ev.scheduledJob.overlapping : undefined;
      if (overlap) {
        const job = `CronJob ${ev.scheduledJob!.name}`;
        return {
          kind: 'lock-contention',
          strength: 0.9,
          cause: `Runs of ${job} overlap and conflict with each other over the same rows${database ? ` in ${database}` : ''} ("${clip(quoted(ev), 120)}"): its runs ${overlap[0]} and ${overlap[1]} failed at interleaved times, so the next run had started while the last still ran, both working through the same rows — the job against itself, a run now outlasting the schedule's interval while Kubernetes starts the next on time (a CronJob's concurrencyPolicy is Allow unless set to Forbid).`,
          fix: `Keep one run of ${job} at a time: concurrencyPolicy: Forbid (or a lock each run takes first and skips when held, PostgreSQL's pg_try_advisory_lock); find why a run now takes longer than its interval (more work per run, a slower query) and shorten it or lengthen the schedule; within a run, take row locks in one order and retry a transaction the database aborts.`,
          numbers: [`${ev.count} occurrences of a lock conflict ("${clip(words, 60)}"${database ? `, ${database}` : ''}).`, `Every sample ran in ${job}'s pods; runs ${overlap[0]} and ${overlap[1]} failed at interleaved times (k8s.job.name).`, burstLine(ev)],
        };
      }
      // Lock waits that burst while the traffic did not rise (measured: core/traffic.ts) are no burst
      // of load: one transaction held the rows longer than before (laravel/framework#40574: a
      // batch's dispatch holding the batch's row for minutes while its first jobs, at their usual
      // rate, waited to record themselves on it).
      const steady = bursting ? ev.steadyTraffic : undefined;
      const burst = !bursting ? '' : steady ? `, in a burst of their own while the traffic did not rise (${steadyRates(steady)})` : trafficSurged(ev) ? `, more of them during a burst of load (${ev.trend.detail})` : `, more of them in a burst (${ev.trend.detail})`;
      return {
        kind: 'lock-contention',
        strength,
        cause: table
          ? `Concurrent transactions${where} wait on locks of table ${table}${database ? ` in ${database}` : ''} ("${clip(said, 120)}")${burst}: the statement waited for the transaction holding the lock it needed and was refused once it had waited past the lock timeout — not a bug of that statement alone.`
          : waited
            ? `Concurrent transactions${where} conflict over the same ${rows}${database ? ` in ${database}` : ''} ("${clip(said, 120)}")${burst}: the refused statement waited for the transaction holding the lock it needed and was refused once it had waited past the lock wait timeout — a transaction held those rows that long (a long or large transaction, a bulk update, a migration or batch job on the same table), which is not a bug of the refused statement alone.`
            : `Concurrent transactions${where} conflict over the same rows${database ? ` in ${database}` : ''} ("${clip(said, 120)}")${burst}: the database aborts one of each conflicting pair, which is not a bug of that statement alone.`,
        fix: table
          ? `Find the transactions that hold locks on ${table} long (a background job writing in large transactions, a long read inside one) and keep them short; retry the refused transaction${where ? ` of ${ev.topInAppFrame}` : ''} with backoff, and raise the lock timeout only if those transactions must be that long.`
          : waited
            ? `Find the transactions that hold ${rowsOf ? `locks on these rows of ${rowsOf}` : "these rows' locks"} that long (MySQL: information_schema.innodb_trx and performance_schema.data_lock_waits; PostgreSQL: pg_locks with pg_blocking_pids; SQL Server: sys.dm_tran_locks) — a long or large transaction, a bulk update or a migration — and keep them short or move them off the busy hours; retry the refused transaction${where ? ` of ${ev.topInAppFrame}` : ''} with backoff, and raise the lock wait timeout only if those transactions must be that long.`
            : `Retry the whole transaction${where ? ` of ${ev.topInAppFrame}` : ''} on this error (deadlock and serialization failures are meant to be retried, with backoff and jitter), take row locks in one consistent order, keep transactions short, and for work queues claim rows with SELECT … FOR UPDATE SKIP LOCKED.`,
        numbers: [`${ev.count} occurrences of a lock conflict ("${clip(words, 60)}"${database ? `, ${database}` : ''}).`, ...(steady ? [steadyTrafficLine(steady)] : []), burstLine(ev)],
      };
    },
  },
  {
    kind: 'size-limit',
    test: 'a payload larger than a limit set on it (gRPC max message size, Kafka max.request.size, MySQL max_allowed_packet, HTTP 413, S3 EntityTooLarge…)',
    evaluate(ev, text) {
      // A web framework's own limit on request bodies (signals.ts SERVER_BODY_LIMITS), refused before
      // the handler reads them: the setting and its default say what to raise, the handler's code is
      // not where to look. It outweighs the route its large bodies go to (which says where) and the
      // release that brought the limit in (tokio-rs/axum#1470: a lock-file update), which say why less.
      const framework = serverBodyLimit(text);
      if (framework) {
        const { limit, stated } = framework;
        const of = stated ? `${stated} bytes${Number(stated) === limit.defaultBytes ? ', its default' : ''}` : `by default ${limit.byDefault}`;
        return {
          kind: 'size-limit',
          strength: 0.85,
          cause: `${limit.server} refuses request bodies larger than its ${limit.setting} (${of}) before ${ev.service}'s handler reads them ("${clip(quoted(ev), 120)}"): the requests' bodies grew past that limit, or the limit is new to ${ev.service} — a framework update that brought a default limit in, or a configuration change that lowered it.`,
          fix: `Raise the limit for the routes that legitimately take larger bodies — ${limit.raise} — to the largest body they must accept, keeping the proxies' in front in line; or have clients send large content in parts, or straight to object storage.`,
          numbers: [`${ev.count} request bodies over ${limit.server}'s ${limit.setting} (${of}).`],
        };
      }
      // An aggregation over the cluster's search.max_buckets (bucket-limit.ts): the query's range
      // and interval ask for more buckets than one answer may hold. It outweighs the route its wide
      // queries come from, which says where, not why.
      const buckets = bucketLimit(text);
      if (buckets) {
        const system = /\bOpenSearch\b/i.test(text) ? 'OpenSearch' : 'Elasticsearch';
        return {
          kind: 'size-limit',
          strength: 0.88,
          cause: `${system} refuses ${ev.service}'s aggregations that would create more buckets than its search.max_buckets allows${buckets.limit ? ` (${buckets.limit})` : ''} ("${clip(quoted(ev), 120)}"): the buckets grow with the time range over a fixed interval and with every terms level under it, so the wide queries fail while the narrow ones pass. A limit on one answer's size, not the cluster failing.`,
          fix: `Make ${ev.service}'s queries ask for fewer buckets: widen the date_histogram interval with the range (or use auto_date_histogram with a target bucket count), cap the terms sizes under it, or page through a composite aggregation; raise search.max_buckets (a dynamic cluster setting) only within what the nodes' memory allows.`,
          numbers: [`${ev.count} aggregations refused over search.max_buckets ("${clip(quoted(ev), 120)}").`],
        };
      }
      // A query whose result outgrew the rows its database lets one answer hold (result-row-limit.ts):
      // the data grew under a query that selects it all, not the database failing.
      const rows = resultRowLimit(text);
      if (rows) {
        return {
          kind: 'size-limit',
          strength: 0.85,
          cause: `${rows.system} refuses ${ev.service}'s queries whose result holds more than it lets one query return${rows.limit ? ` (${rows.limit})` : ''}, its ${rows.setting} ("${clip(quoted(ev), 120)}"): the rows such a query selects grew with the data until they passed the limit, so it failed where it used to pass.`,
          fix: `Make ${ev.service}'s query return less in one answer: paginate it (keyset pagination on an indexed column, LIMIT with a cursor), filter or aggregate in the database, or stream the rows where the client supports it; raise ${rows.setting} only for a caller that really needs every row at once and can hold them.`,
          numbers: [`${ev.count} queries refused over ${rows.system}'s result limit ("${clip(quoted(ev), 120)}").`],
        };
      }
      const bson = bsonObjectTooLarge(text);
      const words = SIZE_LIMIT.exec(text)?.[0] ?? (bson ? 'BSONObj size' : undefined);
      if (!words) return undefined;
      // nginx refusing a body over its client_max_body_size (signals.ts): its own limit, answered 413
      // before any upstream sees the request, so neither the upstream nor the code is where to look.
      if (/^client intended to send too large/i.test(words)) {
        const m = NGINX_BODY_TOO_LARGE.exec(text);
        const size = m ? ` (a body of ${m[2] ? `${m[1]}+${m[2]}` : m[1]} bytes)` : '';
        return {
          kind: 'size-limit',
          strength: 0.8,
          cause: `nginx${ev.service ? ` (${ev.service})` : ''} refuses request bodies larger than its client_max_body_size${size} and answers them 413 before any upstream sees them: the uploads or requests sent through it grew past that limit, or the limit came down with a configuration change ("${clip(quoted(ev), 120)}").`,
          fix: `Raise client_max_body_size where these requests are served (the http, server or location block; on ingress-nginx the nginx.ingress.kubernetes.io/proxy-body-size annotation or the controller's proxy-body-size; its default is 1m) to the largest body that is legitimate, and keep the upstream's own limit in line with it; or have clients send large files in parts, or straight to object storage with a presigned URL.`,
          numbers: [`${ev.count} request bodies over nginx's client_max_body_size ("${clip(quoted(ev), 120)}").`],
        };
      }
      // PHP refusing a body over its post_max_size (signals.ts PHP_POST_TOO_LARGE): PHP's own limit,
      // applied before the script runs, so the script only sees the body gone — its code is not where
      // to look, and neither is the web server in front of it, which passed the body on.
      const post = PHP_POST_TOO_LARGE.exec(text);
      if (post) {
        const limit = Number(post[2]);
        const mib = limit % 1_048_576 === 0 ? ` (${limit / 1_048_576}M${limit === 8_388_608 ? ', the value PHP ships with' : ''})` : '';
        return {
          kind: 'size-limit',
          strength: 0.85,
          cause: `PHP refuses request bodies larger than its post_max_size, ${limit} bytes${mib}, before ${ev.service}'s script runs: it drops the body (${post[1]} bytes in one of them), so the script sees $_POST and $_FILES empty and the upload or form is lost ("${clip(quoted(ev), 120)}"). The uploads grew past that limit, or the limit in effect is not the one that was raised: each SAPI reads its own php.ini (PHP-FPM's is not the Apache module's or the CLI's).`,
          fix: `Raise post_max_size (and upload_max_filesize, which must stay below it) in the php.ini the PHP that serves these requests reads — under PHP-FPM its own (php-fpm -i, or phpinfo() through the web server, shows its Loaded Configuration File) or php_admin_value in its pool — and reload it; keep the web server's own body limit (nginx client_max_body_size, Apache LimitRequestBody) at least as high, or send large files in parts.`,
          numbers: [`${ev.count} request bodies over PHP's post_max_size of ${limit} bytes ("${clip(quoted(ev), 120)}").`],
        };
      }
      // nginx refusing an upstream's response headers larger than the buffer its upstream module reads
      // them into (one memory page by default): `upstream sent too big header while reading response
      // header from upstream`, answered 502 (kubernetes/ingress-nginx#4593: a login's large Set-Cookie
      // headers). nginx's own limit on what its upstream answers, not a limit the upstream sets; the
      // directive is the module's the upstream's scheme names (nginx-upstream-buffer.ts): a PHP-FPM
      // upstream's is fastcgi_buffer_size, which proxy_buffer_size does not change.
      if (/^upstream sent too big header/i.test(words)) {
        const upstream = nginxUpstream(text);
        const buffer = nginxHeaderBuffer(text);
        const proxied = buffer.size === 'proxy_buffer_size';
        // The module's own name (`fastcgi`), which its directives and its `…_pass` begin with.
        const module = buffer.module.replace(/^ngx_http_|_module$/g, '');
        return {
          kind: 'size-limit',
          strength: 0.8,
          cause: `nginx${ev.service ? ` (${ev.service})` : ''} refuses the response headers ${upstream ?? 'its upstream'} sends because they are larger than its ${proxied ? 'proxy buffer' : `${module} module's header buffer`} (${buffer.size}) and answers 502: the upstream's headers grew (large cookies, a long redirect URL, many or long custom headers) or the buffer came down with a configuration change ("${clip(quoted(ev), 120)}").`,
          fix: `Raise ${buffer.size}${buffer.buffers ? ` (and ${buffer.buffers} to match)` : ''} where these requests are passed to ${upstream ?? 'the upstream'}${proxied ? ' (on ingress-nginx the nginx.ingress.kubernetes.io/proxy-buffer-size annotation)' : ` (the ${module}_pass location; the proxy_ directives do not size this buffer)`} to the largest header block ${upstream ?? 'the upstream'} legitimately sends, or make it send less in its headers (smaller or fewer cookies; state kept server-side).`,
          numbers: [`${ev.count} responses with headers over nginx's ${buffer.size} ("${clip(quoted(ev), 120)}").`],
        };
      }
      // HTTP 431 (RFC 6585 §5): the request's header fields, not its body, are over what the server
      // reads — cookies that grew (a sign-in's tokens carrying every group claim: lobehub/lobehub#7435,
      // two users of fifty refused by Node's limit) or long custom headers.
      if (HEADER_FIELDS_TOO_LARGE.test(text)) {
        const server = dependencyName(ev, text);
        return {
          kind: 'size-limit',
          strength: 0.8,
          cause: `${server ?? 'The server'} refuses requests whose header fields are larger than it accepts and answers 431 Request Header Fields Too Large ("${clip(quoted(ev), 120)}"): the requests' headers grew — cookies that accumulate (a session or sign-in token carrying many claims, one cookie per feature or upload) or long custom headers — or the server's limit on header size came down; the body is not what is too large.`,
          fix: `Make the requests carry less in their headers (fewer and smaller cookies: a session id in the cookie and its state kept server-side, tokens without every group claim), or raise the limit on header size where ${server ?? 'the server'} sets it (Node's --max-http-header-size, 16 KiB by default; nginx large_client_header_buffers; Jetty requestHeaderSize; Tomcat maxHttpHeaderSize) if the size is legitimate.`,
          numbers: [`${ev.count} requests refused for the size of their header fields ("${clip(quoted(ev), 120)}").`],
        };
      }
      // The broker's message.max.bytes bounds a produce request's whole batch of records
      // (signals.ts KAFKA_BATCH_TOO_LARGE): the record that grew is the cause, not every record that
      // failed with it.
      if (KAFKA_BATCH_TOO_LARGE.test(text)) {
        const broker = dependencyName(ev, text) ?? 'the Kafka broker';
        return {
          kind: 'size-limit',
          strength: 0.8,
          cause: `${broker} refuses ${ev.service}'s produce batches larger than its message.max.bytes ("${clip(quoted(ev), 100)}"): the limit bounds a whole batch of records, so a record that grew fails, and records far smaller than the limit fail with it when they were batched beside it.`,
          fix: `Find the records that grew (the largest ${ev.service} produces) and make them smaller or send their content elsewhere (object storage, a reference in the record); set ${ev.service}'s producer message.max.bytes to the broker's (or the topic's max.message.bytes) so an oversized record is refused alone when it is produced instead of failing its batch; raise the broker's and topic's limit only if the size is legitimate.`,
          numbers: [`${ev.count} produce requests refused as too large ("${clip(quoted(ev), 120)}").`],
        };
      }
      const sizes = bson ? [bson.size, bson.limit] : SIZE_AND_LIMIT.exec(text)?.slice(1).filter((g) => g !== undefined);
      const stated = sizes && sizes.length === 2 ? ` (${sizes[0]} against a limit of ${sizes[1]})` : '';
      // MongoDB's limit is on one document, and no setting raises it: what grows without bound in a
      // document (a list appended to, files kept inline) belongs in documents of its own.
      const bsonDocument = bson !== undefined || /\bBSON document too large|document size (?:of \d+ )?is larger than maximum/i.test(text);
      const dep = dependencyName(ev, text);
      const where = ev.topInAppFrame ? ` in ${ev.topInAppFrame}` : '';
      return {
        kind: 'size-limit',
        strength: 0.75,
        cause: bsonDocument
          ? `A document${where} is larger than MongoDB's limit on one document${stated}${dep ? ` (${dep})` : ''} ("${clip(quoted(ev), 120)}"): it grew with what is written to it until MongoDB refuses it whole, so every write of it fails while smaller documents go through.`
          : `A payload${where} is larger than the limit set on it${stated}${dep ? ` by ${dep}` : ''} ("${clip(quoted(ev), 120)}"): what is sent grew (a bigger request, batch, file or result) or the limit came down with a release or a configuration change, so every such message is refused whole.`,
        fix: bsonDocument
          ? `Find the document that grew past MongoDB's 16 MB limit on one document (the largest of its collection: what is appended to it, what it holds inline) and move what grows without bound into documents of their own — one per item in a collection referencing it, files in GridFS —; the limit is MongoDB's and cannot be raised.`
          : `Find what grew (the largest requests, the batch size, the files) and send less per message — paginate, chunk, stream or compress —, or raise the limit where it is set on both ends (gRPC MaxRecvMsgSize/MaxSendMsgSize, Kafka max.request.size with the broker's message.max.bytes, MySQL max_allowed_packet, nginx client_max_body_size, Kestrel MaxRequestBodySize) if the size is legitimate.`,
        numbers: [`${ev.count} occurrences of a payload over its limit ("${clip(words, 60)}"${stated}).`],
      };
    },
  },
  {
    kind: 'duplicate-write',
    test: 'a unique or primary key violation: a consumer handling a redelivered message, an identity sequence behind its table, or one record created twice',
    evaluate(ev, text) {
      // A workflow started twice under one id (signals.ts WORKFLOW_ALREADY_STARTED): no row, but the
      // same start made again while the first execution runs.
      if (WORKFLOW_ALREADY_STARTED.test(text)) {
        const where = ev.topInAppFrame ? ` in ${ev.topInAppFrame}` : '';
        return {
          kind: 'duplicate-write',
          strength: 0.8,
          cause: `${ev.service}${where} starts a workflow under an id that a running execution already holds, and Temporal refuses the second start under the id's reuse or conflict policy: the same start made twice (a retried request or job, a message delivered again, a parent starting its child again) or two starters choosing one id at once ("${clip(quoted(ev), 120)}").`,
          fix: `Treat this error as the workflow already started — attach to the running execution by its id (or answer with its run id) instead of failing —, and where a new start must replace or join the running one, say so in the start's options (WorkflowIdConflictPolicy USE_EXISTING or TERMINATE_EXISTING; WorkflowIdReusePolicy for closed ones).`,
          numbers: [`${ev.count} starts refused because the workflow id was already running ("${clip(quoted(ev), 160)}").`],
        };
      }
      if (!createdTwice(text)) return undefined;
      const m = DUPLICATE_KEY_NAME.exec(text);
      const key = m?.slice(1).find((g) => g !== undefined);
      const named = key ? ` (${key})` : '';
      const where = ev.topInAppFrame ? ` in ${ev.topInAppFrame}` : '';
      const numbers = [`${ev.count} occurrences of a duplicate key${named}: "${clip(quoted(ev), 120)}".`];
      // Two upserts of one document at once (MongoDB's E11000 under findOneAndUpdate or an update
      // with upsert: signals.ts MONGO_UPSERT): each found none and inserted it, and the second was
      // refused — a race of two writers, not a message delivered twice, even in a consumer
      // (eventuate-tram-examples-micronaut-customers-and-orders#28: a customer's and its first
      // order's events handled at once, both upserting the customer's view).
      if (/E11000 duplicate key/i.test(text) && MONGO_UPSERT.test(`${text}\n${ev.stacktraceSample ?? ''}`)) {
        const from = ev.consumed ? (ev.consumed.destination ? ` from ${ev.consumed.destination}` : ev.consumed.system ? ` from ${ev.consumed.system}` : '') : '';
        return {
          kind: 'duplicate-write',
          strength: 0.8,
          cause: `Two upserts of the same document run at once${where}${named}: each finds no document and inserts one, and MongoDB refuses the second insert with a duplicate key error — an upsert is not atomic against a concurrent one on the same filter.${ev.consumed ? ` ${ev.service} handles messages${from} concurrently, and two of them upsert one document together (a record's creation and its first change handled at the same time).` : ''}`,
          fix: `Retry the upsert when it fails with a duplicate key error (E11000): the retry finds the document the other one inserted and updates it (MongoDB's manual advises this retry); keep a unique index on the filter's fields so the race cannot leave two documents, or handle the writes to one document in order (one partition or lock per document id).`,
          numbers,
        };
      }
      // A consumer's input is a delivery, and queues deliver at least once: after a restart or a
      // rebalance a message it already stored comes again (the OpenTelemetry demo's accounting
      // service, open-telemetry/opentelemetry-demo#2783).
      if (ev.consumed) {
        const from = ev.consumed.destination ? ` from ${ev.consumed.destination}` : ev.consumed.system ? ` from ${ev.consumed.system}` : '';
        return {
          kind: 'duplicate-write',
          strength: 0.8,
          cause: `${ev.service} processes messages${from} it has already processed: the row a delivery adds is already there${named}. Queues deliver at least once, and a message is delivered again after a consumer restarts, rebalances or fails before committing its offset, so the consumer${where} is not idempotent.`,
          fix: `Make the consumer idempotent: insert with ON CONFLICT DO NOTHING (or an upsert), or record the message ids it has processed and skip repeats; treat this duplicate key as already done rather than as a failure.`,
          numbers: [...numbers, `${Math.round(ev.consumed.share * 100)}% of the samples are a consumer's deliveries${from}.`],
        };
      }
      // A primary key the database assigns collides when its sequence is behind the rows: rows
      // inserted with explicit ids (a restore, an import, a manual fix) did not move it.
      if (key && PRIMARY_KEY_NAME.test(key)) {
        return {
          kind: 'duplicate-write',
          strength: 0.75,
          cause: `Inserts${where} collide on the primary key${named}: the next id the database hands out is already taken, so its identity sequence is behind the table's rows (rows inserted with explicit ids by a restore, an import or a manual fix did not advance it).`,
          fix: `Move the sequence past the rows (PostgreSQL: SELECT setval(pg_get_serial_sequence('<table>', 'id'), (SELECT max(id) FROM <table>)); MySQL: ALTER TABLE … AUTO_INCREMENT), and make restores and imports reset it.`,
          numbers,
        };
      }
      // A run of a scheduled job, not a request, inserting what is already there: the job stores
      // again what an earlier run (or one overlapping it) stored — the same input fetched again, a
      // run retried — and refuses itself instead of skipping or updating it (bcgov/wps#593: an
      // hourly cron job's `duplicate key value violates unique constraint` at one evening's run, 'if
      // for whatever reason there is duplicate data, and that's ok, it should handle it').
      if (ev.scheduledJob) {
        const job = `${ev.scheduledJob.kind === 'cronjob' ? 'CronJob' : 'Job'} ${ev.scheduledJob.name}`;
        return {
          kind: 'duplicate-write',
          strength: DUPLICATE_WRITE_STRENGTH,
          cause: `A run of ${job}${where} inserts a record that already exists${named}: the job stores again what an earlier run (or a run overlapping it) already stored — the same input fetched again, a run retried or rerun — and its insert is refused instead of skipping or updating the record.`,
          fix: `Make ${job} idempotent: insert with ON CONFLICT DO NOTHING or an upsert keyed on what it stores, or skip the inputs an earlier run stored; keep its runs from overlapping (the CronJob's concurrencyPolicy: Forbid) and count a duplicate as already done rather than as a failure.`,
          numbers: [...numbers, `Every sample ran in ${job}'s pods (${ev.scheduledJob.kind === 'cronjob' ? 'k8s.cronjob.name' : 'k8s.job.name'}).`],
        };
      }
      // The one route whose requests create it says where (the route rule weighs less than this one
      // for a unique violation: createdTwice).
      const route = strongest(ev, ROUTE_KEYS);
      return {
        kind: 'duplicate-write',
        strength: DUPLICATE_WRITE_STRENGTH,
        cause: `${ev.service}${where} creates a record that already exists${named}: the same request arrives twice (a client retry after a timeout, a double submit, a webhook delivered again) or two requests create the same record at once, and the second insert is refused.${route ? ` Only requests to the ${ROUTE_WORDS[route.key as (typeof ROUTE_KEYS)[number]]} ${route.value} create it (${pct(route.share)} against ${pct(route.baselineShare)} of the baseline).` : ''}`,
        fix: `Make creation idempotent: check-and-insert in one statement (upsert / ON CONFLICT), accept an idempotency key from clients, and answer a repeat with the existing record (or 409 Conflict) instead of an error.`,
        numbers,
      };
    },
  },
  {
    kind: 'poison-message',
    test: `one message redelivered and failing each time: at least 5 stored samples, 80 % of those naming their message, are the same messaging.message.id (or a logger's MessageId property, or Kafka partition and offset)`,
    evaluate(ev, text) {
      const r = ev.redelivered;
      if (!r) return undefined;
      // Told by its body size and words alone (no message id recorded), the same failure of a
      // connection (a database refusing every delivery of a fixed-size message) would look alike:
      // that is the dependency's, whichever message is in hand.
      if (r.bodySize !== undefined && networkKind(text)) return undefined;
      const where = r.destination ? ` from ${r.destination}` : '';
      const stuck = unroutableExchange(text);
      const what = /^partition /.test(r.message) ? `the record at ${r.message}` : r.bodySize !== undefined ? `one message of ${r.bodySize} bytes (its deliveries record no message id; each has that size and fails with the same words)` : `message ${r.message}`;
      return {
        kind: 'poison-message',
        strength: r.count >= 10 ? 0.9 : 0.85,
        cause: `One input fails every time ${ev.service} processes it: ${what}${where} is delivered again and again and fails each time (a poison message), so these errors are its redeliveries${ev.topInAppFrame && !stuck ? `, failing in ${ev.topInAppFrame}` : ''}.${stuck ? ` Nor can it be moved aside: the broker returns it unroutable from exchange ${stuck} (NO_ROUTE), so no queue is bound to that exchange — the error or dead-letter queue its failures go to is gone — and every failed attempt leaves it in its queue to be delivered again.` : ''}`,
        fix: stuck
          ? `Declare the queue behind exchange ${stuck} again and bind it (the consumer's messaging framework declares its error queue when the endpoint starts: restart it), so ${what} can leave; then fix the handler for the input it carries and replay it — and bound the attempts (x-delivery-limit) so a missing error queue cannot loop a message forever.`
          : `Take ${r.bodySize !== undefined ? `the message of ${r.bodySize} bytes` : what} out of the way — dead-letter it after a bounded number of attempts (a redrive policy, x-delivery-limit, a retry topic), or skip and park it — then fix ${ev.topInAppFrame ?? 'the handler'} for the input it carries and replay it.`,
        numbers: [r.bodySize !== undefined ? `${r.count} of the ${r.of} stored samples that record their body's size are deliveries of ${r.bodySize} bytes failing with the same words.` : `${r.count} of the ${r.of} stored samples that name their message are ${what}${where}.`],
      };
    },
  },
  {
    kind: 'clock-skew',
    test: 'time-validity errors (token used before issued, RequestTimeTooSkewed), or an id generator refusing ids since its clock moved backwards, on one host when the statistics show it',
    evaluate(ev, text) {
      // An id generator refusing ids because the clock it reads went back (clock-moved-backwards.ts):
      // the clock's step, not skew between two parties, nor the code that raised it.
      if (CLOCK_MOVED_BACKWARDS.test(text)) {
        const host = strongest(ev, ['host.name', 'k8s.pod.name', 'service.instance.id']);
        const refused = refusedFor(text);
        const said = clockMovedBackwards(ev.service, host?.value, clip(quoted(ev), 100));
        return {
          kind: 'clock-skew',
          strength: host ? 0.9 : CLOCK_SKEW_STRENGTH,
          cause: said.cause,
          fix: said.fix,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}"${refused ? ` (one sample refusing for ${refused})` : ''}.`, ...(host ? [describe(host, ev)] : [])],
        };
      }
      if (!CLOCK_SKEW.test(text)) return undefined;
      const host = strongest(ev, ['host.name', 'k8s.pod.name', 'k8s.node.name']);
      return {
        kind: 'clock-skew',
        strength: host ? 0.9 : CLOCK_SKEW_STRENGTH,
        cause: host
          ? `The clock of ${host.value} is skewed: time-checked requests from it are rejected ("${clip(quoted(ev), 100)}"), and only ${host.key === 'host.name' ? 'that host' : host.key === 'k8s.pod.name' ? 'that pod' : 'that node'} fails.`
          : `Clock skew between ${ev.service} and the party checking its timestamps: "${clip(quoted(ev), 120)}".`,
        fix: host
          ? `Resynchronise ${host.value}'s clock (chronyc tracking / timedatectl; check that NTP is reachable from it) and alert on clock offset; allow a small leeway in time checks.`
          : `Check NTP on ${ev.service}'s hosts and on the issuer; allow a small leeway (a few seconds) in iat/nbf/exp checks.`,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(host ? [describe(host, ev)] : [])],
      };
    },
  },
  {
    kind: 'missing-config',
    test: "a session's CSRF token refused on several instances: sessions kept in each instance's memory behind a balancer without affinity (per-instance-session.ts)",
    evaluate(ev, text) {
      if (!SESSION_CSRF_REFUSED.test(text) || !refusedOnSeveralInstances(ev.failingInstances)) return undefined;
      const session = perInstanceSession(ev.service, clip(quoted(ev), 120));
      return { kind: 'missing-config', strength: 0.9, cause: session.cause, fix: session.fix, numbers: [`${ev.count} posts refused: "${clip(quoted(ev), 160)}".`] };
    },
  },
  {
    kind: 'missing-config',
    test: "credentials refused only on one release's instances, while the older instances' calls to the same peer are accepted",
    evaluate(ev, text) {
      const missing = credentialsMissingOnRelease(ev, text);
      if (!missing) return undefined;
      const peer = dependencyName(ev, text) ?? 'its peer';
      return {
        kind: 'missing-config',
        strength: 0.9,
        cause: `${ev.service}'s instances of release ${missing.release} call ${peer} without the credentials it accepts ("${clip(quoted(ev), 120)}"), while its instances still on the release before call it with theirs and succeed: the credentials are valid, and what those instances lack is the setting that carries them — a variable or secret the new code reads that did not reach its instances with the deploy, or one it reads under another name.`,
        fix: `Compare the environment and secrets of release ${missing.release}'s instances with those of the instances still on the older release, deliver the value the new code reads for ${peer} to them and restart them (or roll back until it is in place); ship configuration with the code in one step and check at startup that it is present. No secret needs replacing: ${peer} accepts the older instances'.`,
        numbers: [`${ev.count} calls refused: "${clip(quoted(ev), 160)}".`, ...missing.numbers],
      };
    },
  },
  {
    kind: 'certificate-or-auth',
    test: 'TLS certificate or authentication failures, toward one peer',
    evaluate(ev, text) {
      // The service is the server whose own log records the logins it refused (server-refused-login.ts):
      // the client side is named — one client's stale secret, or a source guessing — never the
      // service's own credentials.
      if (ev.refusedLogins) {
        const refused = serverRefusedLogin(ev.service, ev.refusedLogins, clip(quoted(ev), 120));
        return { kind: 'certificate-or-auth', strength: 0.9, cause: refused.cause, fix: refused.fix, numbers: [`${ev.count} occurrences.`, ...refused.numbers] };
      }
      // A certificate refused for its validity window when the words say the clock is what is
      // off (`current time … is before …`, a token not yet valid) is the clock's failure: the
      // clock-skew rule names it.
      if (CLOCK_SKEW.test(text)) return undefined;
      // A CSRF token refused against the session it should be in is the service's own check of its
      // users' requests, not a peer refusing its credentials (per-instance-session.ts).
      if (SESSION_CSRF_REFUSED.test(text)) return undefined;
      // An SMTP server answering 421 (signals.ts, SMTP_SERVICE_UNAVAILABLE) refused service, not the
      // credentials, even when the client raises it from its AUTH command as an authentication
      // failure (MailKit's AuthenticationException): the dependency-down rule names the relay.
      if (SMTP_SERVICE_UNAVAILABLE.test(text)) return undefined;
      // A token signed with a key the service does not hold is neither a bad credential of its own
      // nor a certificate: the issuer's signing keys changed under it (Azure AD removed a key still
      // in use in March 2021), or its copy of them is stale.
      if (SIGNING_KEY_UNKNOWN.test(text)) {
        const kid = SIGNING_KEY_ID.exec(text)?.[1];
        const key = kid ? `signing key kid '${kid}'` : 'signing key';
        return {
          kind: 'certificate-or-auth',
          strength: 0.85,
          cause: `${ev.service} refuses the tokens it receives because they are signed with a key it does not hold (${key}): the issuer rotated or removed a signing key that still signs tokens, or ${ev.service}'s cached copy of the issuer's keys (its OpenID metadata or JWKS) is stale ("${clip(quoted(ev), 100)}").`,
          fix: `Look up the ${key} in the issuer's published keys (the jwks_uri of its OpenID metadata): if it is there, make ${ev.service} refresh its cached metadata/JWKS (restart it, or shorten the refresh interval and refetch on an unknown kid); if it is not, the issuer removed a key it still signs with, which only the issuer can put back. Not a credential of ${ev.service}'s to rotate.`,
          numbers: [`${ev.count} tokens refused for a signing key that no key held matches: "${clip(quoted(ev), 160)}".`],
        };
      }
      // An API client that sent no key at all (signals.ts, API_KEY_MISSING) had nothing refused: the
      // setting that holds the key is missing, which the missing-config rule names.
      if (API_KEY_MISSING.test(text)) return undefined;
      // No credentials found at all: nothing was refused, the identity the service's environment
      // gave it is gone (signals.ts, NO_CREDENTIALS).
      if (NO_CREDENTIALS.test(text)) {
        // Not the metadata service the SDK's last lookup went to (instance-role-missing.ts).
        const toward = credentialsWantedFor(dependencyName(ev, text), text);
        return {
          kind: 'certificate-or-auth',
          strength: 0.8,
          cause: `${ev.service} has no credentials to call ${toward ?? 'its cloud provider'} with: its SDK found none in any place it looks (the environment variables, a profile or key file, the instance's or pod's role) ("${clip(quoted(ev), 120)}"), so every call fails before it is sent.`,
          fix: `Give ${ev.service}'s instances back their identity: the role or workload identity bound to them (an IAM instance profile, IRSA or EKS Pod Identity, GKE Workload Identity, an Azure managed identity), the mounted key file, or the variables, whichever its deployment used; check the latest change to its service account, node role or secret mounts. Not a credential to rotate: none is presented.`,
          numbers: [`${ev.count} calls made with no credentials: "${clip(quoted(ev), 160)}".`],
        };
      }
      // A forward proxy refusing the request for want of proxy credentials (proxy-auth-refused.ts):
      // the peer behind it was never reached, and its credentials are not the ones refused.
      if (PROXY_AUTH_REFUSED.test(text)) {
        const behind = dependencyName(ev, text);
        return {
          kind: 'certificate-or-auth',
          strength: 0.8,
          cause: `The forward proxy ${ev.service} goes through${behind ? ` to reach ${behind}` : ''} refuses its requests for want of proxy credentials it accepts (HTTP 407 Proxy Authentication Required: "${clip(quoted(ev), 120)}"): none were sent, or the proxy's user or password is wrong or expired, so ${behind ?? 'the peer'} is never reached.`,
          fix: `Give ${ev.service} the credentials the proxy asks for where its HTTP client reads them (the user and password in HTTPS_PROXY/HTTP_PROXY, the client's proxy settings; on the JDK http(s).proxyUser and proxyPassword, and Basic over a tunnel only if jdk.http.auth.tunneling.disabledSchemes allows it), or exempt ${behind ?? 'the peer'} from the proxy (NO_PROXY) if it needs none; nothing on ${behind ?? 'the peer'}'s side needs changing.`,
          numbers: [`${ev.count} requests refused by the proxy: "${clip(quoted(ev), 160)}".`],
        };
      }
      // PostgreSQL refusing a connection that no pg_hba.conf line allows, for the host, user, database
      // and encryption the connection comes with: `no pg_hba.conf entry for host "10.0.4.7", user
      // "app", database "orders", no encryption` — no password was even asked. A client from a new
      // address (a pod on a new subnet, a moved host) or an entry removed.
      const hba = /no pg_hba\.conf entry for host "([^"]{1,100})", user "([^"]{1,100})", database "([^"]{1,100})"(?:, (no encryption|SSL (?:on|off)|SSL encryption|GSS encryption))?/.exec(text);
      if (hba) {
        const [, host, user, database, encryption] = hba;
        // Whose connections: the words are the same in the client's error and in PostgreSQL's own
        // log (where the signature's service is the database), so they are named by what they say.
        const from = host.startsWith('<') ? 'their host' : `host ${host}`;
        return {
          kind: 'certificate-or-auth',
          strength: 0.85,
          cause: `PostgreSQL refuses connections before any password: no pg_hba.conf line allows ${from}, user ${user} and database ${database}${encryption ? ` (${encryption})` : ''} — the client connects from an address the rules do not cover (a new subnet, node or pod range), or the line that allowed it was removed.`,
          fix: `Add a pg_hba.conf line for the client's address range (or its new one), user ${user} and database ${database}${encryption === 'no encryption' ? ', or connect with SSL if only hostssl lines allow it' : ''}, then reload PostgreSQL (SELECT pg_reload_conf()); on a managed database, its allowed networks or parameter group. Not a password to rotate.`,
          numbers: [`${ev.count} connections refused by pg_hba.conf ("${clip(quoted(ev), 120)}").`],
        };
      }
      // The credentials refused are the deeper service's, not the signature's own: that service's
      // calls to its peer are refused, and the service above only surfaces its answer (a 500 or a
      // 502), so the credential to renew is the one that service presents — the peer answered.
      const refusedBelow = deeperCredentialsRefused(ev);
      if (refusedBelow) {
        const toward = refusedBelow.peer ?? `a peer of ${refusedBelow.service}'s`;
        return {
          kind: 'certificate-or-auth',
          // Above the deeper service failing first (0.82), which is what this says why.
          strength: refusedBelow.peer ? 0.88 : 0.85,
          cause: `${toward} refuses ${refusedBelow.service}'s credentials ("${clip(refusedBelow.words, 160)}"): ${refusedBelow.service}'s calls to it fail first, and ${ev.service} only surfaces ${refusedBelow.service}'s failure ("${clip(quoted(ev), 80)}").`,
          fix: `Renew or correct the credential ${refusedBelow.service} presents to ${toward} (an expired client secret or key: create a new one, deploy it where ${refusedBelow.service} reads it, and alert before the next expiry); ${toward} is answering, so it is not down, and neither ${ev.service}'s nor ${refusedBelow.service}'s code is at fault.`,
          numbers: deeperFailureLines(ev, refusedBelow),
        };
      }
      // A class the JVM cannot load (`ClassNotFoundException: …X509HostnameVerifier`) is a name, not a certificate or a refusal.
      const loaded = withoutMissingClasses(text);
      const cert = namesCertificate(loaded);
      // A 401 or 403 by number alone is a rate limit when the text says so (GitHub's API answers
      // 403 to one): the rate-limit rule names it.
      if (!cert && !AUTH.test(loaded) && !EXPIRED_SESSION_TOKEN.test(text) && !PERMISSION_DENIED.test(text) && !(AUTH_STATUS.test(text) && !RATE_LIMIT.test(text))) return undefined;
      // Refused only for one tenant's work: that tenant's own grant or key, which the tenant rule
      // names (tenantCredentialsRefused); the service's credentials are accepted for the others.
      if (tenantCredentialsRefused(ev, text)) return undefined;
      // A 403 or a bare `Forbidden` from a dependency that says which of its own resources ran out
      // refuses the write for that resource, not for who asks (Elasticsearch 6.x's flood-stage block,
      // `403 Forbidden: blocked by: [FORBIDDEN/12/index read-only / allow delete (api)]`): the
      // resource-exhaustion rule names it, as the rate-limit rule leaves it a 429.
      if (!cert && !AUTHENTICATION_REFUSED.test(text) && !PERMISSION_DENIED.test(text) && exhaustion(text, ev.stacktraceSample)?.holder) return undefined;
      // Refused only on one release's instances while the older ones are accepted: that release's
      // configuration (the rule before this one), not credentials to replace.
      if (credentialsMissingOnRelease(ev, text)) return undefined;
      // A certificate refused only by the instances on one runtime or image, or in one place, while
      // the others verify the same peer, is refused by those instances' trust store or TLS library
      // (an old CA bundle or OpenSSL building the chain through an expired root, as clients on
      // OpenSSL 1.0.2 did when DST Root CA X3 expired in 2021): the runtime-change or location
      // rule names them.
      if (cert && (runtimeSeparated(ev) ?? strongest(ev, LOCATION_KEYS))) return undefined;
      // The certificate words are the deeper service's, not the signature's own: that service's
      // calls fail the handshake with its peer, and the service above only surfaces its answer
      // (a 502), so the certificate to renew is the one that peer serves.
      const below = cert ? deeperCertificateFailure(ev) : undefined;
      // A TLS alert the deeper service received about the certificate it presented: the peer
      // refused that service's own client certificate (mTLS), so the certificate to renew is the
      // one it sends, not the one the peer serves.
      if (below && OWN_CERTIFICATE_REFUSED.test(below.words)) {
        const toward = below.peer ?? `a peer of ${below.service}'s`;
        const own = ownCertificateRefused(below.service, toward, below.words);
        return {
          kind: 'certificate-or-auth',
          strength: below.peer ? 0.88 : 0.75,
          cause: `${own.cause}: ${below.service}'s calls to it fail first, and ${ev.service} only surfaces ${below.service}'s failure ("${clip(quoted(ev), 80)}").`,
          fix: `${own.fix} Neither ${ev.service}'s nor ${below.service}'s code is at fault.`,
          numbers: deeperFailureLines(ev, below),
        };
      }
      if (below) {
        const toward = below.peer ?? `a peer of ${below.service}'s`;
        // An ingress controller's own default certificate served for the peer's host
        // (proxy-default-certificate.ts): the Ingress's TLS secret, not a certificate to renew.
        if (PROXY_DEFAULT_CERTIFICATE.test(below.words)) {
          const served = proxyDefaultCertificate(below.service, below.peer, below.words);
          return {
            kind: 'certificate-or-auth',
            strength: below.peer ? 0.88 : 0.75,
            cause: `The TLS handshake between ${below.service} and ${toward} fails on the certificate it is served ("${clip(below.words, 140)}"): ${served.clause}. ${below.service}'s calls to it fail first, and ${ev.service} only surfaces ${below.service}'s failure ("${clip(quoted(ev), 80)}").`,
            fix: `${served.fix} Neither ${ev.service}'s nor ${below.service}'s code is at fault.`,
            numbers: deeperFailureLines(ev, below),
          };
        }
        // No trusted issuer found for the peer's certificate (issuer-not-found.ts): most often the
        // peer sends it without its intermediate, so renewing it or its expiry is not what to check.
        if (ISSUER_NOT_FOUND.test(below.words)) {
          const issuer = issuerNotFound(below.service, below.peer);
          return {
            kind: 'certificate-or-auth',
            strength: below.peer ? 0.88 : 0.75,
            cause: `The TLS handshake between ${below.service} and ${toward} fails on ${toward}'s certificate ("${clip(below.words, 140)}"): ${issuer.clause}. ${below.service}'s calls to it fail first, and ${ev.service} only surfaces ${below.service}'s failure ("${clip(quoted(ev), 80)}").`,
            fix: `${issuer.fix} Neither ${ev.service}'s nor ${below.service}'s code is at fault.`,
            numbers: deeperFailureLines(ev, below),
          };
        }
        return {
          kind: 'certificate-or-auth',
          strength: below.peer ? 0.88 : 0.75,
          cause: `The TLS handshake between ${below.service} and ${toward} fails on ${toward}'s certificate ("${clip(below.words, 140)}"): ${below.service}'s calls to it fail first, and ${ev.service} only surfaces ${below.service}'s failure ("${clip(quoted(ev), 80)}").`,
          fix: `Renew or fix the certificate served by ${toward} (check its expiry and chain with openssl s_client -connect ${below.peer ?? '<host>'}:443), or update ${below.service}'s trust store if the CA changed; alert on certificate expiry. Neither ${ev.service}'s nor ${below.service}'s code is at fault.`,
          numbers: deeperFailureLines(ev, below),
        };
      }
      const peerConc = strongest(ev, ['server.address', 'peer.service']) ?? ev.concentrations.find((c) => c.key === 'server.address' && c.share >= 0.8 && c.count >= MIN_COUNT);
      const peer = peerConc?.value ?? dependencyName(ev, text);
      const what = cert ? 'TLS certificate' : 'credentials';
      // What the words say is wrong with it (expired, not yet valid, an untrusted issuer…): a
      // crash line whose first line says nothing (Elixir's `GenServer … terminating`, its reason
      // `{:tls_alert, {:certificate_expired, …}}` below it) still says which fix applies.
      const fault = cert ? certificateFault(loaded) : undefined;
      // Its identity accepted but not allowed the operation (PERMISSION_DENIED, a 403 naming the
      // permission, AccessDenied) is a role or policy that no longer grants it: rotating valid
      // credentials changes nothing; the grant does.
      if (!cert && PERMISSION_DENIED.test(text) && !AUTHENTICATION_REFUSED.test(text)) {
        const perm = deniedPermission(text);
        const toward = peer ?? 'A peer';
        // The message names the policy that refused it (AWS's access-denied context): an explicit
        // Deny, or a policy other than the identity's own that allows nothing, is mended in that
        // policy, where granting the identity more changes nothing (policy-denial.ts).
        const denial = policyDenial(text);
        if (denial && (denial.explicit || denial.policy !== 'identity-based policy')) {
          const where = denyingPolicy(denial, ev.service);
          const action = perm ?? 'the operation';
          const on = denial.resource ? ` on ${denial.resource}` : '';
          return {
            kind: 'certificate-or-auth',
            strength: peer ? 0.85 : 0.65,
            cause: denial.explicit
              ? `${toward} refuses ${ev.service} ${action}${on} because of an explicit Deny in ${where} ("${clip(quoted(ev), 120)}"): a Deny outweighs every Allow, so whatever ${ev.service}'s own role grants does not count — a change to that policy now matches ${ev.service}'s requests.`
              : `${toward} refuses ${ev.service} ${action}${on} because ${where} allows it nothing ("${clip(quoted(ev), 120)}"): the request needs that policy's Allow as well as the identity's own.`,
            fix: denial.explicit
              ? `Correct the Deny statement in ${where} that matches ${ev.service}'s requests (its latest change: a principal, account or condition list that leaves ${ev.service}'s identity out), or roll that change back; granting ${action} to ${ev.service}'s role does not help against an explicit Deny, and rotating its credentials does not either, they are valid.`
              : `Allow ${action} for ${ev.service}'s identity in ${where}; its credentials are valid and its own role's grants are not what is missing.`,
            numbers: [`${ev.count} operations denied: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
          };
        }
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.65,
          cause: `${toward} rejects ${ev.service}'s credentials for this operation: it accepts them as ${ev.service}'s identity, but that identity lacks the permission${perm ? ` ${perm}` : ' the operation needs'} ("${clip(quoted(ev), 120)}") — a role or policy change took it away, or never granted it to this identity.`,
          fix: `Grant ${perm ? `the permission ${perm}` : 'the permission this operation needs'} back to the identity ${ev.service} uses toward ${peer ?? 'the peer'} (its service account or role: look at the latest IAM or resource-policy change), and review such changes before they reach production; rotating the credentials does not help, they are valid.`,
          numbers: [`${ev.count} operations denied: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      // The client cannot read its own CA certificates: no certificate of the peer's was refused,
      // so renewing it changes nothing; the client's trust store is what to fix.
      const unreadable = cert ? TRUST_STORE_UNREADABLE.exec(text)?.[0] : undefined;
      if (unreadable) {
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.7,
          cause: `${ev.service}'s TLS client cannot read the CA certificates it verifies peers with ("${clip(quoted(ev), 120)}"): the CA bundle it was built or configured to read is missing or unreadable where it runs, so its calls${peer ? ` to ${peer}` : ''} fail before any certificate of the peer's is looked at.`,
          fix: `Point ${ev.service}'s TLS client at the CA bundle its hosts have (libcurl's CURLOPT_CAINFO / CURLOPT_CAPATH or CURL_CA_BUNDLE, or the SDK's setting for them), or install the bundle where the build looks (the ca-certificates package), and check the file's permissions for the service's user. Nothing on ${peer ?? 'the peer'}'s side needs renewing.`,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      // The service's own client certificate refused by the peer's alert (see ownCertificateRefused).
      if (cert && OWN_CERTIFICATE_REFUSED.test(loaded)) {
        const own = ownCertificateRefused(ev.service, peer ?? 'its peer', loaded);
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.65,
          cause: `${own.cause}.`,
          fix: own.fix,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      // An ingress controller's own default certificate served for the peer's host
      // (proxy-default-certificate.ts): the Ingress's TLS secret, not a certificate to renew.
      if (cert && PROXY_DEFAULT_CERTIFICATE.test(loaded)) {
        const served = proxyDefaultCertificate(ev.service, peer, loaded);
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.65,
          cause: `The TLS handshake with ${peer ?? 'a peer'} fails on the certificate it is served ("${clip(quoted(ev), 120)}"): ${served.clause}.`,
          fix: served.fix,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      // SqlClient refusing SQL Server's certificate in TDS's pre-login handshake
      // (sql-server-certificate-refused.ts): most often a client upgrade that turned Encrypt on.
      const sqlServer = cert ? SQL_SERVER_CERTIFICATE_REFUSED.exec(loaded) : null;
      if (sqlServer) {
        const refused = sqlServerCertificateRefused(ev.service, peer, sqlServer[1]);
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.7,
          cause: `${refused.clause} ("${clip(quoted(ev), 120)}").`,
          fix: refused.fix,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      // No trusted issuer found for the peer's certificate (issuer-not-found.ts): its chain first.
      if (cert && ISSUER_NOT_FOUND.test(loaded)) {
        const issuer = issuerNotFound(ev.service, peer);
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.65,
          cause: `The TLS handshake with ${peer ?? 'a peer'} fails on its certificate ("${clip(quoted(ev), 120)}"): ${issuer.clause}.`,
          fix: issuer.fix,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      // A short-lived token kept past its lifetime (expired-session-token.ts): renewed, not rotated.
      const expiredToken = cert ? undefined : EXPIRED_SESSION_TOKEN.exec(text)?.[0];
      if (expiredToken) {
        const expired = expiredSessionToken(ev.service, peer, clip(expiredToken, 120));
        return {
          kind: 'certificate-or-auth',
          strength: peer ? 0.85 : 0.65,
          cause: expired.cause,
          fix: expired.fix,
          numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
        };
      }
      return {
        kind: 'certificate-or-auth',
        strength: peer ? 0.85 : 0.65,
        cause: cert
          ? `The TLS handshake with ${peer ?? 'a peer'} fails on its certificate${fault ? `, which ${fault}` : ''} ("${clip(quoted(ev), 120)}"): ${ev.service}'s calls to ${peer ?? 'it'} cannot be trusted, so they fail.`
          : `${peer ?? 'A peer'} rejects ${ev.service}'s credentials ("${clip(quoted(ev), 120)}").`,
        fix: cert
          ? `Renew or fix the certificate ${peer ? `served by ${peer}` : 'of the peer'} (check its expiry and chain with openssl s_client -connect ${peer ?? '<host>'}:443), or update ${ev.service}'s trust store if the CA changed; alert on certificate expiry.`
          : `Check the ${what} ${ev.service} uses for ${peer ?? 'the peer'} (expired or rotated secret, revoked token, changed scope) and rotate them; alert before credentials expire.`,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, ...(peerConc && decisive(peerConc) ? [describe(peerConc, ev)] : [])],
      };
    },
  },
  {
    kind: 'resource-exhaustion',
    test: 'pool, queue, thread, memory or descriptor exhaustion messages, stronger during a burst',
    evaluate(ev, text) {
      // ActiveRecord writes the statement on the line under the server's message (`…out of
      // range\n: INSERT INTO …`), which the signature's message does not keep: the stack has it.
      const ids = keySpaceExhausted(text) ?? keyDrawnOutOfRange(ev.stacktraceSample ?? '');
      if (ids) {
        const type = ids.type ? ` ${ids.type}` : 'n integer';
        const reached = ids.max ? `reached ${ids.max}, the largest value of its${type} type` : `reached the largest value of its${type} type`;
        return {
          kind: 'resource-exhaustion',
          strength: 0.85,
          cause: `A table ${ev.service} inserts into has run out of ids: its key column ${reached}, so no new row can get one and every insert fails ("${clip(quoted(ev), 120)}")${ids.max && /Duplicate entry/.test(text) ? '; the database reports it as a duplicate of the row that already holds that last id' : ''}.`,
          fix: `Widen the key column, and every column that references it, to a larger type (BIGINT for an INT; an online schema change or a new column backfilled and swapped in on a large table), since no retry or cleanup makes ids the type cannot hold; then alert on how close each table's AUTO_INCREMENT or sequence is to its type's maximum.`,
          numbers: [`${ev.count} inserts refused at the end of the key's range${ids.max ? ` (${ids.max})` : ''}: "${clip(quoted(ev), 160)}".`],
        };
      }
      // A Kafka consumer whose processing between two polls outlasted max.poll.interval.ms
      // (signals.ts POLL_INTERVAL_EXCEEDED): the consumer's own time runs out, not a broker, so the
      // group took its partitions away and its commits are refused while the topic's lag grows and
      // the records it processed are delivered again (AronChung/blog#97: a consumer's database
      // left unsynced behind a growing lag until max.poll.records came down).
      if (POLL_INTERVAL_EXCEEDED.test(text)) {
        const topic = ev.consumed?.destination ? ` of ${ev.consumed.destination}` : '';
        return {
          kind: 'resource-exhaustion',
          strength: 0.85,
          cause: `${ev.service}'s Kafka consumer runs out of the time its group allows between two polls (max.poll.interval.ms): processing the records${topic} one poll returns takes longer than that, so the group rebalances its partitions to another member and the offsets ${ev.service} then commits are refused ("${clip(quoted(ev), 120)}"). The records it processed are delivered again and the consumer group's lag grows; the brokers are not at fault.`,
          fix: `In ${ev.service}'s consumer, take fewer records per poll (max.poll.records; max_poll_records in kafka-python) so a batch ends well within max.poll.interval.ms, or raise max.poll.interval.ms to what a full batch really takes; find why each record became slower (the writes its processing makes: their latency in the batch's spans), and make the processing idempotent, since the records of a refused commit come again.`,
          numbers: [`${ev.count} commits refused after the interval ran out ("${clip(quoted(ev), 160)}").`, burstLine(ev)],
        };
      }
      // Its commits refused because the group no longer counts it as a member (signals.ts
      // MEMBER_DROPPED): the coordinator removed it and gave its partitions to another member.
      // librdkafka's clients leave by themselves once a poll comes later than max.poll.interval.ms
      // and say so apart, as the next poll's MAX_POLL_EXCEEDED (confluent-kafka-python#552); the
      // commit's own words say only that it is no longer a member, so both ways out are named,
      // the interval first, and the consumer's own time, not the brokers, is what is spent.
      if (MEMBER_DROPPED.test(text) && MEMBER_DROPPED_ON.test(text)) {
        const topic = ev.consumed?.destination ? ` of ${ev.consumed.destination}` : '';
        return {
          kind: 'resource-exhaustion',
          strength: 0.8,
          cause: `${ev.service}'s Kafka consumer has been dropped from its consumer group: the group's coordinator no longer counts it as a member, so the partitions${topic} it held went to another member and each offset it commits for the records it goes on processing is refused ("${clip(quoted(ev), 120)}"). A consumer is dropped when its processing between two polls outlasts max.poll.interval.ms (librdkafka's clients then leave the group by themselves) or when its heartbeats stop for session.timeout.ms; as it rejoins and is dropped again the group keeps rebalancing, the records it processed are delivered again and the group's lag grows. The brokers are not at fault.`,
          fix: `Look beside these for ${ev.service}'s word that the poll interval ran out (librdkafka's MAX_POLL_EXCEEDED, 'Application maximum poll interval … exceeded', returned by the next poll): then take fewer records per poll (max.poll.records; num_messages of confluent-kafka's consume()) so a batch ends well within max.poll.interval.ms, or raise the interval to what a batch really takes, and find why each record became slower; without it, look for what stalls the process past session.timeout.ms (long pauses, a blocked event loop). Make the processing idempotent, since the records of a refused commit come again.`,
          numbers: [`${ev.count} commits refused as from a member the group no longer has ("${clip(quoted(ev), 160)}").`, burstLine(ev)],
        };
      }
      // The deeper service's own resource, its words passed up through the signature's: named as
      // that service's, above dependency-down's 0.82 for a deeper service failing first (this says
      // why it fails), and the signature's service is not told to grow a pool of its own.
      const below = deeperExhaustion(ev);
      if (below) {
        // A machine's resource run out on one instance of that service is that place's (deeperMachinePlace).
        const place = deeperMachinePlace(ev, below);
        // Its ENOSPC met creating a file (no-room-for-file.ts): inodes as often as blocks.
        const newFile = below.resource === 'disk space' && NO_ROOM_FOR_NEW_FILE.test(below.words);
        return {
          kind: 'resource-exhaustion',
          strength: 0.86,
          cause: `${below.service} runs out of its own ${below.resource}${place ? ` ${place.where}` : ''}${burstWords(ev)}: "${clip(below.words, 120)}". Its calls fail first, deeper in the same traces, and ${ev.service} only surfaces that failure ("${clip(quoted(ev), 100)}"). The ${below.resource} that ran out is ${below.service}'s, not ${ev.service}'s.${newFile ? ` It fails creating a file, with the ENOSPC the kernel returns when the filesystem has no free inode as well as when it has no free blocks.` : ''}`,
          fix: `${place ? `${place.fix} ` : ''}${newFile ? `Look at the inodes (df -i) as well as the space (df -h) where ${below.service} creates its files: many small files nothing removes use up the inodes while blocks are free. ` : ''}${OWN_RESOURCE_FIXES[below.resource]?.(below.service, ev.trend.kind === 'bursting') ?? (below.resource === 'connection pool' ? `Find what holds ${below.service}'s pooled connections — requests or blocking commands that keep one while they wait (a Redis XREAD or BLPOP with BLOCK, a long transaction, a call to something slow), connections never returned — and keep those off the pool the others use (a client of their own) or bound their wait; size the pool for what its requests hold at once. A larger pool only takes longer to drain the same way.` : `Find what takes ${below.service}'s ${below.resource} and does not give it back soon enough, and size it for its load.`)} Have ${ev.service} degrade without ${below.service}'s answer rather than fail; ${ev.service}'s code is not at fault.`,
          numbers: [...deeperFailureLines(ev, below), burstLine(ev)],
        };
      }
      const hit = exhaustion(text, ev.stacktraceSample);
      if (!hit) return undefined;
      // A pool that timed out because it could open no connection (poolUnfilled) did not run out:
      // the dependency-down rule names the database its driver could not reach.
      if (poolUnfilled(text, ev.stacktraceSample)) return undefined;
      const bursting = ev.trend.kind === 'bursting';
      // A machine's own disk, memory, descriptors or ports running out on one pod or host is
      // that place's failure first (the location rule names it); this one then stands beside it.
      const onOnePlace = MACHINE_RESOURCES.has(hit.resource) && strongest(ev, LOCATION_KEYS) !== undefined;
      if (hit.holder) {
        // A dependency's slots for concurrent clients (max_connections, PgBouncer's server
        // connections) filled as the service's own healthy traffic rose several times over are that
        // load's doing, as its own pool would be (below): the surge rule names the load first, this
        // one the slots that ran out (a surge of Lambda invocations, each opening its own MySQL
        // connection: cds-snc/platform-forms-client#5653).
        const surgedPast = CONCURRENCY_SLOTS.has(hit.resource) && trafficSurged(ev);
        const fixes = HOLDER_FIXES[`${hit.holder} ${hit.resource}`] ?? HOLDER_FIXES[hit.holder] ?? 'see its own metrics for what filled it';
        // The service is that system itself (core/own-system.ts: its samples' resource names it), its
        // own log saying so: it refuses its clients, it does not depend on itself (the PostgreSQL
        // behind openaq/openaq-api-old#229's API, its log refusing the connections of a stampede).
        if (ev.ownSystem === hit.holder) {
          return {
            kind: 'resource-exhaustion',
            strength: surgedPast ? 0.7 : bursting ? 0.9 : 0.8,
            cause: `${ev.service}, a ${hit.holder} server, has run out of its own ${hit.resource}${burstWords(ev)}, and refuses its clients: "${clip(quoted(ev), 120)}".`,
            fix: `Free or add ${hit.resource} on ${ev.service} (${fixes}), and alert on it before it runs out; its clients, which hold them, are where to look.`,
            numbers: [`${ev.count} occurrences of ${ev.service}'s own ${hit.resource} exhaustion ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
          };
        }
        return {
          kind: 'resource-exhaustion',
          strength: surgedPast ? 0.7 : bursting ? 0.9 : 0.8,
          cause: `${hit.holder}, which ${ev.service} depends on, has run out of its ${hit.resource}${burstWords(ev)}, and refuses ${ev.service}'s requests: "${clip(quoted(ev), 120)}".`,
          fix: `Free or add ${hit.resource} on ${hit.holder} (${fixes}), and alert on it before it runs out; ${ev.service}'s code is not at fault.`,
          numbers: [`${ev.count} occurrences of ${hit.holder}'s ${hit.resource} exhaustion ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // A JVM's OutOfMemoryError names which of its memory areas ran out, each with its own limit.
      const jvm = hit.resource === 'memory' ? jvmMemoryArea(text) : undefined;
      if (jvm) {
        return {
          kind: 'resource-exhaustion',
          strength: onOnePlace ? 0.6 : bursting ? 0.9 : 0.7,
          cause: `${ev.service}'s JVM runs out of its ${jvm.area}${burstWords(ev)}: "${clip(quoted(ev), 120)}".`,
          fix: `In ${ev.service}, ${jvm.fix}. A JVM that keeps running after an OutOfMemoryError keeps failing; -XX:+ExitOnOutOfMemoryError lets its supervisor restart it meanwhile.`,
          numbers: [`${ev.count} occurrences of the JVM's ${jvm.area.replace(/ \(.*$/, '')} exhausted ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // PHP's memory_limit bounds each request (signals.ts): the requests that build the most in
      // memory — one route's exports, one tenant's large lists — cross it while the others fit, so
      // the route or tenant they concentrate on says which requests, and the limit says why; a
      // release that made them build more is the release rule's.
      if (hit.resource === PHP_MEMORY_LIMIT) {
        const bytes = /Allowed memory size of (\d+) bytes/.exec(text)?.[1];
        const limit = bytes ? `${bytes} bytes${Number(bytes) % 1_048_576 === 0 ? `, ${Number(bytes) / 1_048_576}M` : ''}` : 'its limit';
        const where = strongest(ev, ROUTE_KEYS) ?? strongest(ev, TENANT_KEYS);
        const which = where ? ` ${ROUTE_WORDS[where.key as (typeof ROUTE_KEYS)[number]] ? `on ${ROUTE_WORDS[where.key as (typeof ROUTE_KEYS)[number]]} ${where.value}` : `for ${where.key}=${where.value}`}` : '';
        return {
          kind: 'resource-exhaustion',
          strength: 0.82,
          cause: `${ev.service}'s requests${which} need more memory than PHP's memory_limit allows one request (${limit}), and PHP ends each of them: "${clip(quoted(ev), 120)}". The limit is PHP's own per request, not the machine's memory: what the request builds in memory grew past it.`,
          fix: `Make ${where ? `the handler of ${where.value}` : 'those requests'} stop holding everything at once — chunked or lazy queries (chunk(), cursor(), lazy collections), streamed responses, paginated exports or a queued job that writes to a file —, then raise memory_limit (php.ini, or ini_set for that one script) only to a bound the largest request is known to need.`,
          numbers: [`${ev.count} requests ended at PHP's memory_limit ("${clip(quoted(ev), 120)}").`, ...(where ? [describe(where, ev)] : [])],
        };
      }
      // A consumer asking for offsets its topic no longer holds fell behind the topic's retention
      // (signals.ts, RETENTION_PASSED): its lag outgrew what the topic keeps, so the records it had
      // not read were deleted. The broker is up and the messages were fine: its own pace is the cause.
      if (hit.resource === RETENTION_PASSED) {
        const partition = /\bfor partition ([\w.-]{1,200}-\d+)/.exec(text)?.[1];
        return {
          kind: 'resource-exhaustion',
          strength: 0.85,
          cause: `${ev.service}'s consumer fell behind its topic's retention: the records at its committed offset${partition ? ` (${partition})` : ''} were deleted before it read them, and the broker answers that the offset is out of range ("${clip(quoted(ev), 120)}"). Its lag grew longer than the topic keeps records (or the topic was recreated under it).`,
          fix: `Keep ${ev.service} within the retention: alert on its consumer group's lag against the topic's retention.ms, make it keep up (more consumers, up to the partition count; faster or batched processing), and lengthen retention (retention.ms, retention.bytes) past the longest lag it can build. The records it did not read are gone from the topic: decide how to recover them (replay from their source) and which reset to apply (auto.offset.reset=earliest reads what is left, latest skips it).`,
          numbers: [`${ev.count} fetches refused with the offset out of range ("${clip(quoted(ev), 120)}").`],
        };
      }
      // A container killed at its memory limit is reported by another process (signals.ts,
      // CONTAINER_OOM_KILLED): the memory that ran out is that container's limit, not the reporting
      // service's own (argoproj/argo-workflows#10007: a workflow step's clone killed 'sometimes').
      if (hit.resource === 'memory' && CONTAINER_OOM_KILLED.test(text)) {
        return {
          kind: 'resource-exhaustion',
          strength: 0.8,
          cause: `A container was killed by the kernel at its memory limit (OOMKilled, exit code 137: the OOM killer's SIGKILL once the container used all the memory its limit allows), and ${ev.service} reports the kill: "${clip(quoted(ev), 120)}". A killed process records nothing itself: the memory that ran out is that container's limit, not ${ev.service}'s own.`,
          fix: `Give the killed container the memory its peak needs (its resources.limits.memory — a workflow step's or job's own resources) or make its work hold less at once; kubectl describe pod shows Last State: OOMKilled, and its memory over time says whether it is a steady peak (raise the limit) or a leak (it grows until killed). ${ev.service}'s code is not at fault.`,
          numbers: [`${ev.count} containers reported killed at their memory limit ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // A pool's worker killed by SIGKILL while it ran a task (killed-pool-worker.ts): the kernel's
      // OOM killer at the memory the worker's container or machine allows, reported by the pool's
      // parent, since the killed worker records nothing. Its task is what took the memory, not code
      // that fails.
      const pool = hit.resource === 'memory' ? killedWorkerPool(text) : undefined;
      if (pool) {
        const w = KILLED_WORKER_WORDS[pool];
        return {
          kind: 'resource-exhaustion',
          strength: 0.8,
          cause: `${ev.service}'s ${pool} worker processes are killed with SIGKILL while they run a ${w.unit}, and ${w.reporter}: "${clip(quoted(ev), 120)}". A busy worker killed with signal 9 is the kernel's OOM killer at the memory its container (or machine) allows: the ${w.unit}s that hold the most in memory pass the limit, and a killed process records nothing itself.`,
          fix: `Give ${ev.service}'s container the memory its largest ${w.unit} needs (resources.limits.memory; kubectl describe pod shows Last State OOMKilled, dmesg 'Memory cgroup out of memory: Killed process'), or make that work hold less at once (stream or page large inputs${w.fewer}). Its code does not fail: the memory limit ends it.`,
          numbers: [`${ev.count} ${w.counted} ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // Its own pool, memory or threads running out only on a release's instances (introduced with
      // it, or concentrated on it) is that release's change: a leak, a smaller pool, a new default
      // (salesforce/refocus#870: a dependency upgrade's 10 s acquire timeout); the release rule names it.
      // So are the machine's resources a process holds and can leak — its memory, its descriptors
      // (a socket left open per mail sent: nodejs/node#7582's `getaddrinfo EMFILE` after an upgrade),
      // its threads —, however fast they run out: under a burst the descriptors' exhaustion had
      // outweighed the release that leaks them, by the traffic's noise (ROUNDS_INCIDENTS_SALT).
      const onRelease = !MACHINE_RESOURCES.has(hit.resource) || LEAKABLE_RESOURCES.has(hit.resource) ? releaseFinding(ev) : undefined;
      // Its own pool, threads or queue running out as its healthy traffic rose several times over
      // (core/traffic.ts) is that load's doing: a pool sized for the usual load, not a leak or a slow
      // holder (Proto's status page, status.proto.cx/incidents/vqxwzt7zdxs2: "a sudden spike in database traffic", SQLAlchemy's QueuePool
      // overflowing). The surge rule names the load; this one stands beside it. A machine's resource
      // (memory, disk, descriptors) is not read so: load rarely explains it alone.
      const surged = !MACHINE_RESOURCES.has(hit.resource) && trafficSurged(ev);
      // The service's traffic measured steady while the resource ran out (core/traffic.ts): read below
      // for a pool (held longer) and for what the process holds until it lets go (leaked).
      const steady = surged ? undefined : ev.steadyTraffic;
      // One weight for every reading (steady traffic implies no surge).
      const strength = onRelease ? Math.min(0.6, onRelease.strength - 0.05) : onOnePlace ? 0.6 : surged ? 0.7 : bursting ? 0.9 : 0.7;
      // A connection pool running out while the service's traffic did not rise (measured, the
      // failing requests counted with the healthy: core/traffic.ts) ran out without more requests asking for connections: its connections are
      // held longer — sessions left idle in a transaction (hasadna/open-bus#387: 'a lot of idle
      // transactions in the DB from the api'), connections never returned, or requests holding one
      // while they wait on a slow dependency (OpenAEV-Platform/openaev#6837: health probes holding
      // Hikari's connections through a 60-second RabbitMQ check). The errors' own burst is no load.
      if (hit.resource === 'connection pool' && steady) {
        return {
          kind: 'resource-exhaustion',
          strength,
          cause: `${ev.service} runs out of its connection pool while its traffic did not rise (${steadyRates(steady)}): its connections are held longer, not asked for more often — transactions left open, connections never returned, or requests holding one while they wait on something slow: "${clip(quoted(ev), 120)}".`,
          fix: `Find what holds ${ev.service}'s connections: its sessions on the database (pg_stat_activity's idle in transaction and long-running ones, MySQL's SHOW PROCESSLIST), the pool's leak detection (HikariCP's leakDetectionThreshold, SQLAlchemy's pool events), and the requests that call another service or wait inside a transaction (a health check among them); release the connection before slow calls, bound transactions (PostgreSQL's idle_in_transaction_session_timeout) and the calls' timeouts. A larger pool only takes longer to drain the same way.`,
          numbers: [`${ev.count} occurrences of connection pool exhaustion ("${clip(quoted(ev), 120)}").`, steadyTrafficLine(steady), burstLine(ev)],
        };
      }
      // A resource the process holds until it lets it go (its descriptors, memory, threads) running
      // out while its traffic did not rise (measured, core/traffic.ts) ran out without more requests
      // asking for it: what it took was not given back — a response body never closed per call
      // (doomsday-project/doomsday#12: `socket: too many open files` once the UAA token renewals had
      // leaked a descriptor each). The errors' own burst is no load, so the cause does not say so.
      if (LEAKABLE_RESOURCES.has(hit.resource) && steady) {
        return {
          kind: 'resource-exhaustion',
          strength,
          cause: `${ev.service} runs out of its ${hit.resource} while its traffic did not rise (${steadyRates(steady)}): what it takes is not given back — a leak, not load: "${clip(quoted(ev), 120)}".`,
          fix: OWN_RESOURCE_FIXES[hit.resource]?.(ev.service, false) ?? `Find what ${ev.service} takes of its ${hit.resource} and does not release, and fix the leak; raise the limit only for a real need.`,
          numbers: [`${ev.count} occurrences of ${hit.resource} exhaustion ("${clip(quoted(ev), 120)}").`, steadyTrafficLine(steady), burstLine(ev)],
        };
      }
      // MySQL's own log naming the binary log it could not write: the binary logs are what filled
      // its disk, kept for binlog_expire_logs_seconds (signals.ts MYSQL_BINLOG_DISK_FULL).
      if (hit.resource === 'disk space' && MYSQL_BINLOG_DISK_FULL.test(text)) {
        return {
          kind: 'resource-exhaustion',
          strength,
          cause: `${ev.service} runs out of its disk space writing MySQL's binary log, and waits with every commit that writes one until space is freed: the binary logs it keeps are what fill the disk: "${clip(quoted(ev), 120)}".`,
          fix: `Purge the binary logs no replica or backup still needs (SHOW BINARY LOGS, then PURGE BINARY LOGS BEFORE a time every replica has read past), and bound what MySQL keeps: binlog_expire_logs_seconds (30 days by default since MySQL 8.0) to what recovery and replicas need, or a volume sized for that many days of writes; alert on the volume's free space.`,
          numbers: [`${ev.count} occurrences of disk space exhaustion writing the binary log ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // ENOSPC met creating a file (no-room-for-file.ts) is the filesystem's inodes as often as its
      // blocks: the kernel answers both with the same words, so both are named and both looked at.
      if (hit.resource === 'disk space' && NO_ROOM_FOR_NEW_FILE.test(text)) {
        return {
          kind: 'resource-exhaustion',
          strength,
          cause: `${ev.service} has no room for new files${burstWords(ev)}: creating one fails with ENOSPC, which the kernel returns when the filesystem has no free inode as well as when it has no free blocks: "${clip(quoted(ev), 120)}".`,
          fix: `On the filesystem where ${ev.service} creates these files, look at its inodes (df -i) as well as its space (df -h): many small files — a cache kept as one file per entry, sessions, temporary files nothing removes — use up the inodes while blocks are free. Delete them and bound what creates them (a cleanup that runs, a cache with a size limit); if blocks are what ran out, free space and add disk, rotating and capping what grows.`,
          numbers: [`${ev.count} occurrences of no room for a new file, disk space or inodes ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // HttpClient's timeout on a call its own thread waited for synchronously (sync-over-async.ts):
      // the answer waits for a pool thread the blocked ones hold, so the callee is not what is slow.
      if (hit.resource === 'thread pool' && syncOverAsyncTimeout(text, ev.stacktraceSample)) {
        const callee = ev.callee?.name;
        return {
          kind: 'resource-exhaustion',
          strength,
          cause: `${ev.service} runs out of its thread pool${burstWords(ev)}: its HttpClient calls${callee ? ` to ${callee}` : ''} reach HttpClient.Timeout while the thread that made each one waits on it synchronously (.Result or .Wait() in its frames). Threads blocked that way leave none to run the continuations that read the answers, so a call whose answer has arrived still times out: the timeout is ${ev.service}'s own thread pool starving, not ${callee ?? 'the service it calls'} being slow: "${clip(quoted(ev), 120)}".`,
          fix: `Make the calls ${ev.service} waits on with .Result or .Wait() asynchronous all the way up (await them, from an async action); the callee needs no change. ${OWN_RESOURCE_FIXES['thread pool']?.(ev.service, bursting) ?? ''}`,
          numbers: [`${ev.count} HttpClient timeouts waited for synchronously ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      return {
        kind: 'resource-exhaustion',
        strength,
        cause: `${ev.service} runs out of its ${hit.resource}${burstWords(ev)}: "${clip(quoted(ev), 120)}".`,
        fix: OWN_RESOURCE_FIXES[hit.resource]?.(ev.service, bursting) ?? `Size ${ev.service}'s ${hit.resource} for the peak (and bound what waits for it), shed or queue excess load at the edge, and look for slow holders of the ${hit.resource} (long transactions, leaked connections) that the burst exposed.`,
        numbers: [`${ev.count} occurrences of ${hit.resource} exhaustion ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
      };
    },
  },
  {
    kind: 'rate-limit',
    test: 'rate-limit rejections (429, throttling), stronger during a burst',
    evaluate(ev, text) {
      if (!RATE_LIMIT.test(text)) {
        // The rejection is a deeper service's (deeperRateLimit): the service above only surfaces it.
        const below = deeperRateLimit(ev);
        return below ? rateLimitedBelow(ev, below) : undefined;
      }
      // A dependency that says which of its own resources ran out (Elasticsearch's circuit breaker
      // or write queue answering 429) is out of capacity, not enforcing a quota: the
      // resource-exhaustion rule names it.
      if (exhaustion(text, ev.stacktraceSample)?.holder) return undefined;
      const dep = dependencyName(ev, text);
      // A quota on what the account may hold or create (vCPUs, instances, addresses) is a ceiling,
      // not a rate: backing off does not lift it (signals.ts, CLOUD_QUOTA).
      const quota = CLOUD_QUOTA.exec(text)?.[0];
      if (quota) {
        return {
          kind: 'rate-limit',
          strength: 0.75,
          cause: `${dep ?? 'The cloud provider'} refuses ${ev.service}'s requests because the account has reached a quota on what it may hold or create ("${clip(quoted(ev), 120)}"): a ceiling of the account, not a request rate, so retrying later does not help while the resources stay in use.`,
          fix: `Ask for a higher quota for the resource and region the message names (AWS Service Quotas or the link in the message, Google Cloud's Quotas page, Oracle Cloud's service limits), and release what holds it (stopped or forgotten instances, unattached volumes and addresses); meanwhile use another instance family or region if the workload allows, and alert on usage against the quota.`,
          numbers: [`${ev.count} requests refused at the account's quota ("${clip(quota, 80)}").`],
        };
      }
      // An ACME certificate authority's issuance limits (signals.ts): certificates ordered again for
      // names the client already holds one for, or validations that keep failing; a week's window
      // or a broken challenge, not a request rate.
      const ca = dep ?? 'The ACME certificate authority';
      if (ACME_DUPLICATE_CERTIFICATE.test(text)) {
        return {
          kind: 'rate-limit',
          strength: 0.85,
          cause: `${ca} refuses ${ev.service} another certificate for the same names: it has issued that exact set as many times as its limit allows (Let's Encrypt: 5 in 7 days), so ${ev.service} keeps ordering a certificate it already obtained — it does not keep what it gets (a certificate store not persisted across restarts, a restart loop ordering at each start): "${clip(quoted(ev), 120)}".`,
          fix: `Persist ${ev.service}'s certificate store across restarts and redeploys (Traefik's acme.json, Caddy's data directory, certbot's /etc/letsencrypt on a volume) and stop what restarts it, then wait out the window the answer gives (retry after …); meanwhile serve a certificate for a different set of names or one kept elsewhere, and test against the CA's staging endpoint. Backing off or asking for a higher quota does not lift this limit.`,
          numbers: [`${ev.count} orders refused at the certificate authority's limit on duplicate certificates ("${clip(quoted(ev), 120)}").`],
        };
      }
      if (ACME_FAILED_AUTHORIZATIONS.test(text)) {
        return {
          kind: 'rate-limit',
          strength: 0.8,
          cause: `${ca} refuses ${ev.service}'s new orders after too many failed validations for the names: the ACME challenge keeps failing, and the limit only follows from it: "${clip(quoted(ev), 120)}".`,
          fix: `Fix the challenge first (the names' DNS pointing at ${ev.service}, port 80 reaching it for HTTP-01, the DNS provider's credentials for DNS-01), test it against the CA's staging endpoint, then order again once the window passes; retrying meanwhile only keeps the limit in force.`,
          numbers: [`${ev.count} orders refused after failed validations ("${clip(quoted(ev), 120)}").`],
        };
      }
      // Throughput provisioned on a table, index or shard (provisioned-throughput.ts): its capacity
      // units ran out, which the owner raises, not a limit the provider sets on the account.
      const provisioned = provisionedThroughput(text);
      if (provisioned) {
        const on = provisioned.on === 'shard' ? "a shard of the stream's" : `the ${provisioned.on}'s`;
        return {
          kind: 'rate-limit',
          strength: ev.trend.kind === 'bursting' ? 0.85 : 0.8,
          cause: `${provisioned.system} throttles ${ev.service}'s ${provisioned.system === 'DynamoDB' ? 'reads and writes' : 'records'}: they need more than ${on} provisioned throughput (${provisioned.system === 'DynamoDB' ? 'its read or write capacity units per second' : '1 MB/s in, 2 MB/s out per shard'}), and the excess is refused ("${clip(quoted(ev), 120)}"). A capacity set on that ${provisioned.on}, not a rate limit of the API: ${ev.service}'s requests grew past it, or a hot key sends them to one partition.`,
          fix: provisioned.system === 'DynamoDB'
            ? `Raise the ${provisioned.on}'s provisioned capacity (UpdateTable; a global secondary index has its own), turn on auto scaling for it or switch the table to on-demand capacity; spread requests over partition keys (a hot key throttles below the table's total); batch and cache the reads ${ev.service} repeats, and let the SDK retry with backoff.`
            : `Add shards to the stream (UpdateShardCount) or switch it to on-demand capacity; spread records over partition keys (a hot key fills one shard), and batch with backoff.`,
          numbers: [`${ev.count} requests refused past ${provisioned.system}'s provisioned throughput ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      // A Google API's quota for the project the calls are made with (google-api-quota.ts): the
      // words name the API, the limit and the project, which every request with its key shares.
      const google = googleApiQuota(text);
      if (google) {
        const perUser = /\bper user\b/i.test(google.limit);
        return {
          kind: 'rate-limit',
          strength: ev.trend.kind === 'bursting' ? 0.85 : 0.8,
          cause: `${google.api} refuses ${ev.service}'s calls past the quota '${google.limit}'${google.metric ? ` ('${google.metric}')` : ''} of ${google.consumer ? `the Google Cloud project ${google.consumer}` : 'the Google Cloud project it calls with'} ("${clip(quoted(ev), 120)}"): ${perUser ? 'a limit per user of that project, which each identity it calls as spends' : `every call made with that project's key or service account counts against it, so ${ev.service}'s users (and any other client of the same project) spend one quota together`}.`,
          fix: `Ask for a higher '${google.limit}' quota for ${google.api} on Google Cloud's Quotas page (IAM & Admin → Quotas) for ${google.consumer ?? 'the project'}, and make ${ev.service} need fewer calls: cache the answers (a sheet's values for a short while), batch reads (one batchGet for several ranges), and back off with jitter on 429 until the quota refills${/per minute/i.test(google.limit) ? ' (each minute)' : ''}.`,
          numbers: [`${ev.count} calls refused at ${google.api}'s quota '${google.limit}' ("${clip(quoted(ev), 120)}").`, burstLine(ev)],
        };
      }
      const bursting = ev.trend.kind === 'bursting';
      const throttledFunction = functionThrottled(ev, dep, bursting);
      if (throttledFunction) return throttledFunction;
      // Only one tenant's requests are refused: that tenant's own budget is spent (tenantThrottled),
      // which the tenant rule names; a higher quota for the service is not what it needs.
      if (tenantThrottled(ev, text)) return undefined;
      // A burst of rejections while the service's traffic was measured and did not rise
      // (core/traffic.ts, steadyTraffic) is no burst of its requests: the limit it meets fell (the
      // provider tightening it, a plan, app or key change) or another client now shares it — Slack
      // holding apps outside its Marketplace to one conversations.replies call a minute
      // (ArcadeAI/docs#304) under a bridge whose reads went on at their usual rate.
      const steady = bursting ? ev.steadyTraffic : undefined;
      if (steady) {
        const who = dep ? `${dep} is rate-limiting ${ev.service}` : `${ev.service} is being rate-limited`;
        return {
          kind: 'rate-limit',
          strength: 0.85,
          cause: `${who} while its requests did not rise (${steadyRates(steady)}): the limit ${dep ? `${dep} applies` : 'it meets'} is lower than the traffic it always sent needs — tightened by ${dep ?? 'the provider'}, or a plan, app or key change, or shared with another client — not a burst of its requests.`,
          fix: `Check the limit ${dep ?? 'the provider'} now sets for these calls (its published limits and changelog, the Retry-After it answers) and make ${ev.service} need fewer of them: cache or batch what it reads, and honour Retry-After with backoff and jitter; ask ${dep ?? 'the provider'} for a higher limit if the use is legitimate.`,
          numbers: [`The errors are rate-limit rejections ("${clip(quoted(ev), 160)}").`, steadyTrafficLine(steady), burstLine(ev)],
        };
      }
      return {
        kind: 'rate-limit',
        strength: bursting ? 0.85 : 0.7,
        cause: `${dep ? `${dep} is rate-limiting ${ev.service}` : `${ev.service} is being rate-limited`}${bursting ? ` during a burst of requests (${ev.trend.detail})` : ''}.`,
        fix: `Honour Retry-After with exponential backoff and jitter, smooth the burst (queue or client-side rate limiter), and ask for a higher quota${dep ? ` from ${dep}` : ''} if the traffic is legitimate.`,
        numbers: [`The errors are rate-limit rejections ("${clip(quoted(ev), 160)}").`, burstLine(ev)],
      };
    },
  },
  {
    kind: 'dependency-release',
    test: 'a deeper failing signature in shared traces whose own statistics tie it to one of its releases',
    evaluate(ev, text) {
      const d = ev.downstream;
      if (!d || d.service === ev.service || callsBesideOwnStore(ev, text)) return undefined;
      const onRelease = d.concentrations.find((c) => c.key === 'service.version' && decisive(c));
      const introduced = d.release?.introducedByRelease && d.release.firstRelease ? d.release.firstRelease : undefined;
      const release = onRelease?.value ?? introduced;
      if (!release) return undefined;
      // The deeper failure is its gRPC server refusing its keepalive pings: what the release changed
      // is how often it pings (keepalive-refused.ts), not the server.
      // Its signature's template masks quoted words (the GOAWAY's debug data), so its failing span's own
      // status message in this trace is read beside it.
      const deepest = ev.trace?.deepestFailingSpan;
      const deeperWords = [`${d.type}: ${d.message}`, ...(d.causes ?? []), deepest?.service === d.service ? (deepest.statusMessage ?? '') : ''].join('\n');
      const pings = KEEPALIVE_REFUSED.test(deeperWords) ? keepaliveRefused(d.service, d.callee?.name) : undefined;
      return {
        kind: 'dependency-release',
        strength: onRelease ? 0.92 : 0.88,
        cause: `Release ${release} of ${d.service} broke it: ${d.service} fails first ("${d.type}: ${clip(d.message, 100)}", signature ${d.signatureId}) in the traces of this error, and ${ev.service} only surfaces that failure.${pings ? ` ${pings.clause} — with the keepalive settings ${release} dials it with.` : ''}`,
        fix: pings
          ? `${pings.fix} Until then roll ${d.service} back to the release before ${release}.`
          : `Roll ${d.service} back to the release before ${release} (or fix the change in ${release}); meanwhile bound ${ev.service}'s calls to ${d.service} with a timeout and a fallback.`,
        numbers: [
          `${d.service} fails deeper in ${d.sharedTraces} shared trace${d.sharedTraces === 1 ? '' : 's'} (signature ${d.signatureId}, ${d.count} occurrences).`,
          ...(onRelease ? [describe(onRelease, { ...ev, service: d.service })] : []),
          ...(introduced && d.release ? [d.release.detail] : []),
        ],
      };
    },
  },
  {
    kind: 'dependency-release',
    test: "a peer's addresses each refused in one short burst of its own and never again: pods replaced by rolling deploys while still sent requests",
    evaluate(ev) {
      const found = ev.replacedUpstreamPods;
      if (!found) return undefined;
      // A deeper service failing first in the trace is that service's failure, not a rollout's gap.
      const deep = ev.trace?.deepestFailingSpan;
      if (deep && deep.service !== ev.service) return undefined;
      const peer = found.site ? `the service behind ${found.site}` : ev.callee ? calleeName(ev.callee) : 'the peer';
      const words = replacedUpstreamPods(ev.service, peer, found);
      return {
        kind: 'dependency-release',
        strength: 0.85,
        cause: `${words.clause}.`,
        fix: words.fix,
        numbers: [words.numbers, `The errors are the proxy's or client's own words for it ("${clip(quoted(ev), 160)}").`],
      };
    },
  },
  {
    kind: 'location',
    test: "three or more peers' pods failing together at one address or two each, in one burst and never again: the node they shared lost (lost-node-pods.ts)",
    evaluate(ev) {
      const found = ev.lostNodePods;
      if (!found) return undefined;
      // A deeper service failing first in the trace is that service's failure, not a node's loss.
      const deep = ev.trace?.deepestFailingSpan;
      if (deep && deep.service !== ev.service) return undefined;
      const words = lostNodePods(ev.service, found);
      return {
        kind: 'location',
        // Over the peer this signature's calls go to, which is one of the pods lost, and over a
        // rollout's reading of one peer's addresses.
        strength: 0.88,
        cause: words.cause,
        fix: words.fix,
        numbers: [words.numbers, `The errors are ${ev.service}'s own words for it ("${clip(quoted(ev), 160)}").`],
      };
    },
  },
  {
    kind: 'dependency-down',
    test: 'a deeper service failing first in the trace, or a connection-level failure (refused, DNS, timeout, fetch failed)',
    evaluate(ev, text) {
      const deep = ev.trace?.deepestFailingSpan;
      const elsewhere = deep && deep.service !== ev.service && !callsBesideOwnStore(ev, text) ? deep : undefined;
      // Its own RPCs ended by its gRPC server refusing its keepalive pings: the server answered, and
      // the pings are the service's (keepalive-refused.ts; the missing-config and release rules).
      if (!elsewhere && KEEPALIVE_REFUSED.test(ownWords(ev))) return undefined;
      const read = networkKind(`${text}\n${elsewhere?.statusMessage ?? ''}`);
      // A session left invalid is the logged error's own failure: a request whose trace holds that
      // record (Flask's 500 behind it) is one of its requests, which the shared-cause rule names.
      const net = read === INVALIDATED_WORDS && !INVALIDATED_IN_TRANSACTION.test(ownWords(ev)) ? undefined : read;
      if (!elsewhere && !net) return undefined;
      // Likewise a request that failed by its status alone (`GET /dcim/devices/: http 500`) whose
      // connection-level words are not its own but an error of its own service in its trace — the
      // exception its framework logged (Django's `Internal Server Error: …` record with psycopg2's
      // `SSL SYSCALL error: EOF detected`) — is that error's request: the error's signature is
      // diagnosed from its own words and places, and the shared-cause rule names it here. Read as a
      // peer dropping connections, the request claimed a cause the error's evidence need not bear out
      // (nautobot/nautobot#127: uWSGI's forked workers sharing connections, the database fine).
      const deepOwn = ev.trace?.deepestFailingSpan;
      if (!elsewhere && statusOnlySpan(ev) && deepOwn?.service === ev.service && deepOwn.signatureId && deepOwn.signatureId !== ev.signatureId && !networkKind(ownWords(ev))) return undefined;
      // A wait for the service's own pool that timed out (ActiveRecord's `could not obtain a
      // connection from the pool within 5.000 seconds`, HikariCP's `Connection is not available,
      // request timed out`, SQLAlchemy's `QueuePool limit … connection timed out`) is no peer timing
      // out: every connection was held by the service's own work (alphagov/whitehall#4199: Sidekiq's
      // concurrency raised past the pool), and nothing says a dependency was slow. The
      // resource-exhaustion rule names the pool; a deeper failing service or a refused connection
      // still names the peer, and so does a pool that timed out because its driver could open no
      // connection (poolUnfilled: a connect that timed out underneath).
      if (!elsewhere && net === 'timing out' && ownPoolWait(text, ev.stacktraceSample) && !poolUnfilled(text, ev.stacktraceSample)) return undefined;
      // A serverless platform ending the invocation at the function's own time limit ('Task timed
      // out after 10.01 seconds') names no peer: the function ran too long (signals.ts,
      // FUNCTION_TIME_LIMIT), which the route rule says where; a deeper failing service still counts.
      // So does a child process the service started and ended at the timeout it gave it (Laravel's
      // queue:listen and its `queue:work --once`: CHILD_PROCESS_TIME_LIMIT): the command ran long.
      if (!elsewhere && (FUNCTION_TIME_LIMIT.test(text) || CHILD_PROCESS_TIME_LIMIT.test(text))) return undefined;
      // Nor does a timeout on a response the code was given and never read (signals.ts,
      // RESPONSE_LEFT_UNREAD): the peer answered.
      if (!elsewhere && RESPONSE_LEFT_UNREAD.test(text)) return undefined;
      const dep = elsewhere?.service ?? dependencyName(ev, text);
      const slow = /timing out/.test(net ?? '');
      // The deepest failing span is the deeper service's own call to a peer that sends no spans of
      // its own — a database, a cache, a third party's API —, and most of that signature's samples
      // are calls to that one peer: the trace ends at the peer, not at the service that called it,
      // so the peer is the dependency to name (checkout → payments → payments' database), with
      // every service above it only surfacing its failure.
      const d = ev.downstream;
      const beneath = elsewhere && d?.callee && d.service === elsewhere.service && (!elsewhere.signatureId || elsewhere.signatureId === d.signatureId) ? d.callee : undefined;
      // As for the service's own pool above, the deeper service's call that timed out waiting for its
      // own pool (go-redis' `redis: connection pool timeout`: every connection held by its blocking
      // reads, redis/go-redis#1002) never reached the peer, so the peer is not timing out: the
      // resource-exhaustion rule names that service's pool (deeperExhaustion).
      const deepWords = elsewhere?.statusMessage ?? '';
      if (elsewhere && ownPoolWait(deepWords) && !poolUnfilled(deepWords)) return undefined;
      // Nor is the deeper service's statement that its database canceled after waiting for a lock
      // (LOCK_WAIT_TIMEOUT: PostgreSQL's `canceling statement due to lock timeout`, MySQL's 1205) that
      // database timing out: it answered when the wait reached the caller's own limit, other
      // transactions holding the lock (a migration's ALTER TABLE queued for it, every later query of
      // the table behind it: strelov1/freehire#1284). The lock-contention rule names the lock and the
      // table; read as the peer slow, it won or lost by whether the waits came in a burst.
      if (elsewhere && LOCK_WAIT_TIMEOUT.test(deepWords)) return undefined;
      if (elsewhere && d && beneath) {
        const peer = calleeName(beneath);
        // The deeper signature's own causes say how the call failed when its top words do not (a
        // driver's `The connection attempt failed.` over `UnknownHostException: <name>`).
        const deepNet = networkKind([elsewhere.statusMessage ?? '', `${d.type}: ${d.message}`, ...(d.causes ?? [])].join('\n')) ?? 'failing';
        return {
          kind: 'dependency-down',
          strength: /timing out/.test(deepNet) ? 0.88 : 0.82,
          cause: `${peer}, which ${elsewhere.service} calls, is ${deepNet}: ${elsewhere.service}'s calls to it fail first (span "${elsewhere.name}"${elsewhere.statusMessage ? `: ${clip(elsewhere.statusMessage, 120)}` : ''}), and ${ev.service} only surfaces ${elsewhere.service}'s failure.`,
          fix: `${deepNet === UNRESOLVABLE_WORDS ? `Check that ${beneath.name} still resolves from ${elsewhere.service}'s hosts (its DNS record deleted, renamed or moved to a zone they do not see, or the resolver they use failing) and that ${elsewhere.service}'s configuration names the right host` : `Investigate ${peer} first (its load, slow queries, connections and health)`}, not ${elsewhere.service}'s or ${ev.service}'s code. Bound ${elsewhere.service}'s calls to it with timeouts and a circuit breaker, and ${ev.service}'s calls to ${elsewhere.service} too, so a failing ${beneath.name} does not hold every caller's threads and connections.`,
          numbers: [
            `Deepest failing span in trace ${ev.trace!.traceId}: ${elsewhere.service} / ${elsewhere.name}${elsewhere.statusMessage ? ` (${clip(elsewhere.statusMessage, 120)})` : ''}; ${ev.trace!.services.length} services in the trace.`,
            `${elsewhere.service}'s failing spans there (signature ${d.signatureId}, ${d.count} occurrences) call ${peer} (${pct(beneath.share)} of its stored samples).`,
          ],
        };
      }
      // Only the instances in one region (or zone) fail, and the endpoint their failing calls go to
      // names that region: each region calls its own deployment of the peer (a cloud provider's
      // regional endpoint, s3.us-east-1.amazonaws.com), so that deployment is what is down — S3 in
      // US-EAST-1 in February 2017 —, not the place's network or the service's instances there.
      const regional = !elsewhere && net ? regionalEndpoint(ev) : undefined;
      if (regional && ev.callee) {
        const place = regional.key === 'cloud.region' ? `region ${regional.value}` : `availability zone ${regional.value}`;
        return {
          kind: 'dependency-down',
          strength: 0.85,
          cause: `${ev.callee.name}, the deployment in ${place} of a service ${ev.service} depends on, is ${net}: only ${ev.service}'s instances in ${place} call that endpoint (each place calls its own) and only they fail (${pct(regional.share)} of the errors against ${pct(regional.baselineShare)} of the baseline), so the peer's deployment in ${place} is down, not ${ev.service} there.`,
          fix: `Send ${ev.service}'s calls from ${place} to the peer's endpoint in another ${regional.key === 'cloud.region' ? 'region' : 'zone'}, or shift ${place}'s traffic to instances elsewhere, until it recovers (check the provider's status for ${regional.value}); keep what ${ev.service} stores there replicated so such a failover can serve it.`,
          numbers: [`${ev.count} failures of ${ev.callee.name} itself: "${clip(quoted(ev), 160)}".`, describe(regional, ev)],
        };
      }
      // A peer reached through the loopback address is a local agent, sidecar or proxy (a Consul
      // agent on 127.0.0.1:8500, an Envoy sidecar) that forwards to the real servers.
      const local = !elsewhere && dep && /(^|\W)(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1)(\W|$)/.test(dep)
        ? ` It is reached through the loopback address: a local agent, sidecar or proxy on ${ev.service}'s own machine that forwards to the real servers, which are where such a failure usually is.`
        : '';
      // The credentials for the call could not be fetched (dependencyName names their endpoint):
      // the service the call was for never saw it.
      const callFor = ev.callee ? calleeName(ev.callee) : undefined;
      const unsigned = !elsewhere && dep && callFor && callFor !== dep && CREDENTIALS_FETCH_FAILED.test(text)
        ? ` ${ev.service}'s SDK fetches from it the credentials it signs its calls to ${callFor} with, and cannot: those calls fail before they are sent, and ${callFor} is not shown failing.`
        : '';
      // The deeper service fails on one of its instances only (its own signature's errors
      // concentrate on one pod, host or process against its healthy traffic): that instance is down,
      // restarting or not ready while the others serve — a pod back from an OOM kill and still
      // starting (envoyproxy/envoy#33831: a Cortex ingester answering `Unavailable desc = Starting`)
      // —, so it is the instance to name, not the service's code or every instance of it.
      const deeperInstance = elsewhere && d && d.service === elsewhere.service && (!elsewhere.signatureId || elsewhere.signatureId === d.signatureId) ? oneInstanceOf(d) : undefined;
      const downstreamLines = (ev.trace?.downstreamErrors ?? []).slice(0, 3).map((s) => `Downstream error: ${s.service}${s.release ? ` ${s.release}` : ''} / ${s.name}${s.statusMessage ? ` (${clip(s.statusMessage, 100)})` : ''}.`);
      // Only one release's instances see the peer fail (its share of the errors stands out, or it
      // brought them): the peer answers the other instances, so it is not down — that release's calls
      // to it are what changed (a new query with no index timing out: support.ricohspaces.app's root
      // cause analysis of 15 January 2025). The release rule names it; the peer is not named beside it.
      const onOneRelease = !elsewhere && releaseFinding(ev) !== undefined;
      // Likewise one place's instances (a node, a host, a zone) while the others reach the peer:
      // the place's path to it fails, not the peer (locationPathTo).
      const fromOnePlace = !elsewhere && (locationPathTo(ev, text) !== undefined || staleAddressOn(ev, text) !== undefined);
      // Or answers unavailable only at the time something is scheduled (scheduledRefusals): it
      // answers in between, and the schedule rule names the burst it sheds.
      const onlyWhenScheduled = !elsewhere && net === 'unavailable' && scheduledRefusals(ev, text) === 'unavailable';
      // Or refused at the IPv6 loopback only on the instances of one runtime (signals.ts
      // IPV6_LOOPBACK_REFUSED): the local server is up on 127.0.0.1, and that runtime dials ::1 for
      // localhost; the runtime-change rule says so.
      const onOneRuntime = !elsewhere && IPV6_LOOPBACK_REFUSED.test(text) && strongest(ev, RUNTIME_KEYS) !== undefined;
      // Or met only by the requests one flag's variant sends down the path it enables (a flag
      // decisive among the errors): that path connects otherwise than the rest of the service, and
      // the feature-flag rule names the flag; the peer is not named down beside it (the OTel demo's
      // cartFailure, EmptyCart sent to a store at another address while the cart's Valkey answers
      // every other call: open-telemetry/opentelemetry-demo#1306).
      const onOneFlag = !elsewhere && flaggedRoute(ev);
      // Or refused at several of its addresses in turn, each in one burst and never again: its pods
      // replaced by rolling deploys while still sent requests, which the rule before names
      // (replaced-upstream-pods.ts); the peer serves from its new pods.
      const replaced = !elsewhere && ev.replacedUpstreamPods !== undefined;
      // Likewise a deeper service failing first only in the requests one of this service's flags
      // sends down the path it enables (the flag decisive among these errors, and that service's
      // failures not on one of its instances): none of the requests the flag leaves off fail there,
      // so the path's work is what fails in it, and the feature-flag rule names the flag over the
      // deeper service (a flag rolled out to a share of the users asking a transcoder for AV1
      // renditions, whose ffmpeg outlasts its timeout: fluent-ffmpeg/node-fluent-ffmpeg#647).
      const deeperOnOneFlag = elsewhere !== undefined && !deeperInstance && flaggedRoute(ev);
      // Nearly every error the service's own health check (health-check-route.ts): the check asks the
      // peer, so the peer failing takes every instance out of rotation.
      const check = !elsewhere ? healthCheckRoute(ev) : undefined;
      const checkWords = check ? healthCheckWords(ev.service, check, dep ?? 'the dependency', slow) : undefined;
      const peerFix = (fix: string) => (checkWords ? `${checkWords.fix} ${fix}` : fix);
      return {
        kind: 'dependency-down',
        strength: elsewhere ? (deeperOnOneFlag ? 0.5 : slow ? 0.88 : 0.82) : onOneRelease || fromOnePlace || onlyWhenScheduled || onOneRuntime || onOneFlag || replaced ? 0.5 : PEER_DOWN_STRENGTH,
        cause: elsewhere
          ? `The downstream service ${elsewhere.service}${elsewhere.release ? ` (release ${elsewhere.release})` : ''} fails first (span "${elsewhere.name}"${elsewhere.statusMessage ? `: ${clip(elsewhere.statusMessage, 120)}` : ''})${deeperInstance ? `, and on one of its instances only: ${INSTANCE_WORDS[deeperInstance.key]} ${deeperInstance.value} holds ${pct(deeperInstance.share)} of its failures against ${pct(deeperInstance.baselineShare)} of its traffic, so that instance is down, restarting or not ready while the others serve` : ''}; ${ev.service} only surfaces its ${slow ? 'timeout' : 'error'}.`
          : `${dep ?? (net === INVALIDATED_WORDS ? 'The database' : 'A dependency')} is ${net} for ${ev.service}.${checkWords ? ` ${checkWords.clause}.` : ''}${local}${unsigned}`,
        fix: elsewhere
          ? deeperInstance
            ? `Investigate ${elsewhere.service}'s ${INSTANCE_WORDS[deeperInstance.key]} ${deeperInstance.value} first: whether it restarted and why its last run ended (kubectl describe pod: OOMKilled, a failed probe), its readiness and its log, and take it out of rotation until it serves (a readiness check that holds until it has started). In ${ev.service}, retry a failed call on another instance of ${elsewhere.service} and bound the calls with a timeout and a circuit breaker.`
            : `Investigate ${elsewhere.service} ("${elsewhere.name}") first. In ${ev.service}, bound the call with a timeout and a circuit breaker and degrade gracefully while ${elsewhere.service} is failing.`
          : peerFix(net?.startsWith(RESOLVER_WORDS)
            ? `Check ${dep ?? 'the name server'} (in Kubernetes the kube-dns Service, served by CoreDNS's pods): its logs and load, and whether it reaches its own upstream resolvers; the peer ${ev.service} looks up is not shown failing. Cache lookups in ${ev.service} (or run a node-local DNS cache) so a slow resolver does not fail every call.`
            : net === PEER_CLOSED_IDLE_WORDS
            ? `Make the proxy close idle connections to ${dep ?? 'the peer'} before its server does: an idle timeout below the server's keep-alive timeout (Envoy's cluster idle_timeout; in Istio a DestinationRule's connectionPool.http.idleTimeout), or raise the keep-alive timeout of ${dep ?? 'the peer'}'s server above the proxy's; retry idempotent requests reset before any response. ${dep ?? 'The peer'} is up: the other calls succeed.`
            : net === INVALIDATED_WORDS
            ? `Roll ${ev.service}'s database session back whenever a request or job fails (session.rollback() where errors are caught; Flask-SQLAlchemy removes its scoped session at the end of each request), and have the pool test connections before handing them out (create_engine(pool_pre_ping=True)) so the dead connections a restart leaves are replaced; then find why ${dep ?? 'the database'} closed them (a restart, a failover, an idle timeout shorter than pool_recycle).`
            : net === SEALED_WORDS
            ? `Unseal ${dep ?? 'the Vault server'} (vault operator unseal with a quorum of its key shares, or make the auto-unseal key in its KMS or HSM reachable again), then find why it restarted; run it highly available with auto-unseal so one restart does not seal every secret ${ev.service} reads, and cache the secrets ${ev.service} already holds so a sealed store does not fail every request. ${ev.service}'s code is not at fault.`
            : net === COORDINATOR_WORDS
            ? `Check ${dep ?? 'Kafka'}'s brokers and its __consumer_offsets topic (kafka-topics --describe --topic __consumer_offsets: partitions without a leader or with too few in-sync replicas): bring the broker that led the group's partition back, or have a new leader elected; on a cluster with fewer brokers than offsets.topic.replication.factor the topic is never created, so lower that setting. The consumers rejoin by themselves once a coordinator is found; ${ev.service}'s code is not at fault.`
            : net === SHARDS_UNAVAILABLE
            ? `Find why the shards are unassigned (GET _cluster/allocation/explain, GET _cat/shards?v): bring lost nodes back, free disk past the watermarks, lift allocation filters, or restore the index from a snapshot; ${ev.service}'s requests are not at fault, and retrying them does not allocate the shards.`
            : net === WITHOUT_QUORUM_WORDS
            ? withoutQuorumFix(dep, ev.service)
            : net === SLOTS_UNSERVED_WORDS
            ? slotsUnservedFix(dep, ev.service)
            : net === RECOVERY_CONFLICT_WORDS
            ? recoveryConflictFix(dep, ev.service)
            : isHostgroupWithoutServerWords(net)
            ? hostgroupWithoutServerFix(dep, ev.service, text)
            : net && Object.values(FAILOVER_WORDS).includes(net)
            ? `Check ${dep ?? 'the dependency'}'s failover history and which node ${ev.service} sends writes to: connect through the endpoint that follows the primary (not a node's own address), make ${ev.service}'s pool drop connections on read-only and not-primary errors, and retry writes across a failover with backoff.${net === FAILOVER_WORDS['read-only'] && runsOnJvm(ev) ? ` ${jvmDnsCacheFix(ev.service)}` : ''}`
            : dep?.startsWith('the admission webhook ')
            ? `Check ${dep}: its pods, its load and whether the API server reaches it (a network policy or firewall between the control plane and the webhook's port); the API server calls it for every matching object, so ${ev.service}'s requests fail with it. Its webhook configuration's timeoutSeconds and failurePolicy decide whether the API server waits and refuses or goes on without it; ${ev.service}'s code and the API server are not at fault.`
            : `Check that ${dep ?? 'the dependency'} is up and reachable from ${ev.service} (process, port, security groups, DNS, connection limits); bound calls to it with timeouts and a circuit breaker.${dep !== undefined && dep === calleeAtDialled(ev, text) ? ` A name can stand for several addresses: if its other addresses answer, this one may be an endpoint ${ev.service} still dials after it went away (a stale DNS answer or endpoint list in a client-side balancer or proxy) — re-resolve, and take endpoints out of rotation before their pods stop.` : ''}`),
        numbers: [
          elsewhere
            ? `Deepest failing span in trace ${ev.trace!.traceId}: ${elsewhere.service} / ${elsewhere.name}${elsewhere.statusMessage ? ` (${clip(elsewhere.statusMessage, 120)})` : ''}; ${ev.trace!.services.length} services in the trace.`
            : `${ev.count} failures of the dependency itself, not of ${ev.service}'s code: "${clip(quoted(ev), 160)}".`,
          ...(deeperInstance && d ? [describe(deeperInstance, { ...ev, service: d.service })] : []),
          ...downstreamLines,
        ],
      };
    },
  },
  {
    kind: 'unexpected-response',
    test: "a peer's response the code cannot read (not JSON at all, or JSON of another shape) from a peer the failing spans call or the text names",
    evaluate(ev, text) {
      const changed = pinnedContentChanged(ev, text);
      if (changed) return changed;
      if (!UNREADABLE.test(`${ev.type}\n${text}`)) {
        // An API's client library failing on a value missing from the answer it reads, with no
        // release of the service's own to explain it (a release rule names that first): the API's
        // answer changed shape under the library.
        const pkg = MISSING_VALUE.test(`${ev.type}: ${ev.message}`) && !releaseFinding(ev) ? innermostClientPackage(ev.stacktraceSample) : undefined;
        if (!pkg) return undefined;
        const peer = ev.callee ? dependencyName(ev, text) : undefined;
        const api = peer ? `${peer} (the API ${pkg} reads)` : `the API ${pkg} is the client of`;
        return {
          kind: 'unexpected-response',
          strength: 0.62,
          cause: `The answers of ${api} no longer have the shape the library expects (a field missing or of another type): ${pkg}'s own code fails reading them, not ${ev.service}'s (${ev.type}: ${clip(quoted(ev), 120)}).`,
          fix: `Capture one answer and compare it with what ${pkg} parses; upgrade ${pkg} to a version that reads the new format (or pin the API version it was written for), and until then guard the call${ev.topInAppFrame ? ` in ${ev.topInAppFrame}` : ''} so it fails with an error that names the API.`,
          numbers: [`${ev.count} failures inside ${pkg}, the innermost frame of the stack: "${clip(quoted(ev), 160)}".`],
        };
      }
      // A consumer's input is a delivery: what it cannot decode is a producer's message (a format
      // or schema changed on the producing side), not a peer's answer.
      const topic = ev.consumed?.destination ?? KAFKA_PARTITION.exec(text)?.[1];
      if (ev.consumed || topic) {
        const from = topic ? ` from ${topic}` : ev.consumed?.system ? ` from ${ev.consumed.system}` : '';
        return {
          kind: 'unexpected-response',
          strength: 0.68,
          cause: `The messages ${ev.service} consumes${from} are not in the format its code decodes (a producer changed their schema or format, or writes them with another serializer), and ${ev.service} fails reading them: ${clip(quoted(ev), 140)}.`,
          fix: `Capture one failing message${from} and compare it with the schema ${ev.service} decodes it with${ev.topInAppFrame ? ` (${ev.topInAppFrame})` : ''}; roll the producer's change back or make it write a compatible schema (a schema registry's compatibility check catches this before a release), and have ${ev.service} dead-letter the messages it cannot decode instead of failing on them.`,
          numbers: [`${ev.count} messages${from} that ${ev.service} could not decode: "${clip(quoted(ev), 160)}".`],
        };
      }
      // Only a peer the failure itself points at (answeringPeer).
      const peer = answeringPeer(ev, text);
      if (!peer) {
        // No failing span names the peer — the call that fetched the answer succeeded (200) and only
        // the decoding after it failed, on the request's own span —, but the words say it was an
        // answer (madon's `cannot decode API response (POST): json: cannot unmarshal string into Go
        // struct field …`: McKael/madonctl#9, Mastodon 2.0.0's ids turned into strings).
        if (!unreadAnswer(ev, text)) return undefined;
        const where = ev.topInAppFrame ? ` (${ev.topInAppFrame})` : '';
        // The decoding was thrown inside an API client's call (signals.ts decodingClient): that
        // client's model is what no longer reads its API's answer, whoever wrote the model (an SDK's
        // generated one marking a field required that the API leaves out).
        const client = decodingClient(ev.stacktraceSample);
        // An HTML page is no shape its model lost, whoever decoded it (below).
        const htmlAnswer = HTML_DOCUMENT_INPUT.test(text) || HTML_CONTENT_TYPE_ANSWER.test(text);
        // A value the answer carries that the model's enum does not hold (unknown-enum-value.ts):
        // the API added it, named with the value, the enum and the client that read it.
        // (A value its enum holds in another case keeps the client's wording, model and field named.)
        const added = htmlAnswer ? undefined : unknownEnumValue(text);
        if (added && !added.otherCase) {
          const { field } = decodedTarget(text);
          const api = client ? `The API ${client} calls` : `An API ${ev.service} calls`;
          return {
            kind: 'unexpected-response',
            strength: UNREAD_ANSWER_STRENGTH,
            cause: `${api} answers a value its model cannot read${field ? ` in the field "${field}"` : ''}: ${unknownEnumClause(added)}. Decoding the answer${client ? ` inside ${client}` : where} fails after the call itself succeeded${client ? '' : ' (the failing spans do not name which API)'}: ${clip(quoted(ev), 160)}.`,
            fix: unknownEnumFix(added, ev.service),
            numbers: [`${ev.count} answers ${ev.service} could not read, each carrying "${added.value}" for ${added.enumName}: "${clip(quoted(ev), 160)}".`],
          };
        }
        if (client && !htmlAnswer) {
          // The model and field the serializer names, where the quoted words (an inner exception's) do not.
          const { model, field } = decodedTarget(text);
          const target = model ? ` (${field ? `field "${field}", read into ` : 'read into '}${model})` : '';
          return {
            kind: 'unexpected-response',
            strength: UNREAD_ANSWER_STRENGTH,
            cause: `The API ${client} calls answers in a shape its model no longer reads (a field missing, renamed or of another type, or a value its enum does not hold)${target}: decoding the answer inside ${client} fails, after the call itself succeeded: ${clip(quoted(ev), 160)}.`,
            fix: `Capture one answer of the API ${client} calls and compare it with the model it decodes it into; upgrade the library ${client} belongs to (or the model, if it is ${ev.service}'s own) to one that reads it — a field the API may leave out not marked required —, or pin the API version it was written for; until then guard the call${where} so it fails with an error that names the API and the field.`,
            numbers: [`${ev.count} answers decoded inside ${client} that ${ev.service} could not read: "${clip(quoted(ev), 160)}".`],
          };
        }
        // A web page where JSON was expected is no shape that changed: the answer is not JSON at all,
        // whether the page is quoted or its content type named (HTML_CONTENT_TYPE_ANSWER).
        if (HTML_DOCUMENT_INPUT.test(text) || HTML_CONTENT_TYPE_ANSWER.test(text)) {
          return {
            kind: 'unexpected-response',
            strength: UNREAD_ANSWER_STRENGTH,
            cause: `An API ${ev.service} calls answers with an HTML page where JSON is expected (an error, maintenance, login or web app page, or a CDN's or firewall's block or challenge page, from it or from a proxy or router in front of it), and decoding it fails${where}; the failing spans do not name which API, since the call itself answered: ${clip(quoted(ev), 160)}.`,
            fix: `Find the call whose answer is decoded there${where} and what its endpoint serves (the address it is configured with, the proxy or gateway in front of it: a path that falls through to a web app's page answers 200 with HTML); make ${ev.service} check the status and content type before decoding, and fail with an error that names the endpoint.`,
            numbers: [`${ev.count} answers ${ev.service} could not decode, an HTML page each: "${clip(quoted(ev), 160)}".`],
          };
        }
        return {
          kind: 'unexpected-response',
          strength: UNREAD_ANSWER_STRENGTH,
          cause: `An API ${ev.service} calls answers in a shape its code no longer reads (a field's type or the format changed under it; the failing spans do not name which API, since the call itself succeeded): ${clip(quoted(ev), 160)}.`,
          fix: `Find the call whose answer is decoded there${where} and capture one of its answers; compare it with the model ${ev.service} decodes it into, then update the model (accept both types while the API changes) or pin the API version it was built against. Make the decode error name the API and the field.`,
          numbers: [`${ev.count} answers ${ev.service} could not decode: "${clip(quoted(ev), 160)}".`],
        };
      }
      const page = /<!DOCTYPE|<html|token '?<'?|character '<'|'<' is an invalid start|unexpected token at '<|Unexpected character \('<'|parsing value: <|invalid character '<'/i.test(text) || HTML_CONTENT_TYPE_ANSWER.test(text);
      // Nothing JSON at its very start, or nothing at all: Python's `Expecting value: line 1 column 1
      // (char 0)` (json, and requests' Response.json). Not a field that changed: the answer is not
      // the format at all. (`Unexpected end of JSON input` is as often a record cut short.)
      const notJson = !page && /Expecting value: line 1 column 1 \(char 0\)/.test(text);
      // A value its enum does not hold (unknown-enum-value.ts), from the peer the failure names.
      const addedByPeer = page || notJson ? undefined : unknownEnumValue(text);
      if (addedByPeer) {
        return {
          kind: 'unexpected-response',
          strength: 0.68,
          cause: `${peer} answers a value ${ev.service}'s model cannot read: ${unknownEnumClause(addedByPeer)} (${clip(quoted(ev), 140)}).`,
          fix: unknownEnumFix(addedByPeer, ev.service),
          numbers: [`${ev.count} responses from ${peer} that ${ev.service} could not read, each carrying "${addedByPeer.value}" for ${addedByPeer.enumName}: "${clip(quoted(ev), 160)}".`],
        };
      }
      return {
        kind: 'unexpected-response',
        strength: 0.68,
        cause: page
          ? `${peer} answers with an HTML page where ${ev.service} expects JSON (an error or maintenance page, from it or from a proxy in front of it), and ${ev.service} fails parsing it: ${clip(quoted(ev), 140)}.`
          : notJson
            ? `${peer} answers with a body that is not JSON at all where ${ev.service} expects JSON (an empty body, or a text or error page from it or a proxy in front of it), and ${ev.service} fails parsing it: ${clip(quoted(ev), 140)}.`
            : `${peer}'s answers no longer have the shape ${ev.service}'s code expects (a field's type or the format changed): ${clip(quoted(ev), 140)}.`,
        fix: page || notJson
          ? `Check what ${peer} is serving (its status and maintenance pages, the proxy or gateway in front of it); make ${ev.service} check the status and content type before parsing, and fail with an error that names ${peer} and the status.`
          : `Capture one of ${peer}'s responses and compare it with the model ${ev.service} parses it into${ev.topInAppFrame ? ` (${ev.topInAppFrame})` : ''}; pin the API version ${ev.service} was built against, or update the model and parsing to the new format.`,
        numbers: [`${ev.count} responses from ${peer} that ${ev.service} could not read: "${clip(quoted(ev), 160)}".`],
      };
    },
  },
  {
    kind: 'release',
    test: `service.version concentrated (count ≥ ${MIN_COUNT}, share ≥ ${pct(MIN_SHARE)}, lift ≥ ${MIN_LIFT}) or first seen with a release after a clean one`,
    evaluate(ev, text) {
      const rel = releaseFinding(ev);
      if (!rel) return undefined;
      // PHP missing code it has, on one server of several running it (stale-code-cache.ts): that
      // server's OPcache kept the release before, which the location rule names; the release runs
      // clean on the others, and rolling it back there without a reload leaves the same mixture.
      if (staleCodeCacheOn(ev, text)) return undefined;
      // The release shipped a runtime that took away what its code uses, or refuses what it passes
      // (runtimeNamed): the runtime-change rule names it, the release only as what brought it.
      if (runtimeNamed(ev, text)) return undefined;
      // A lock wait timeout (LOCK_WAIT_TIMEOUT) on one release's instances: their statements waited
      // for row locks other transactions held and were refused — in a rollout, often the release
      // still serving (lobu-ai/lobu#396: a release's startup backfill of a table the previous
      // release's pod kept writing, canceled at its 5 s lock_timeout). The wait is why, which the
      // lock-contention rule says; the release is where the waiting statements run, and rolling it
      // back leaves its work (a migration) undone rather than the rows free: told beside the wait.
      if (LOCK_WAIT_TIMEOUT.test(text)) {
        const where = ev.topInAppFrame ? ` (${ev.topInAppFrame})` : '';
        return {
          kind: 'release',
          strength: Math.min(rel.strength, LOCK_WAIT_ON_RELEASE_STRENGTH),
          cause: `The statements refused run on release ${rel.release} of ${ev.service}${where}: it waits for rows that transactions elsewhere hold — while it rolls out, those of the release still serving.`,
          fix: `Find what ${rel.release} runs on those rows that waits (a migration or backfill at its start, a new bulk update) and bound it — small batches, a bounded wait and a retry — or run it once the release still serving no longer writes them; rolling back only postpones it.`,
          numbers: rel.numbers,
        };
      }
      // The JVM failing to link what the code calls (a method, field or class missing from the
      // library it finds) is the release's dependencies, not its code: a library at another version
      // than the one the code was compiled against, often an older one left on the classpath by a
      // dependency upgrade (grpc/grpc-java#2715: grpc-java calling a Guava method an older Guava lacks).
      const link = LINKAGE_ERROR.exec(text);
      if (link) {
        const name = link[2].replace(/\//g, '.');
        const missing = `${name}${link[3] ?? ''}`;
        // A method names its class before it; a class is itself what the library should declare.
        const owner = link[1] === 'NoSuchMethodError' && name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
        return {
          kind: 'release',
          strength: rel.strength,
          cause: `Release ${rel.release} of ${ev.service} runs with a library at another version than its code was compiled against: the JVM cannot link ${clip(missing, 140)} (${link[1]}) — a dependency upgrade in ${rel.release} brought a different version of the library that declares ${clip(owner, 100)}, or left an older one on the classpath, so every path that calls it fails where it is first used.`,
          fix: `Compare ${rel.release}'s resolved dependencies with the release before it (mvn dependency:tree, gradle dependencies) for the library that declares ${clip(owner, 100)}, and align it to the version the code and its other libraries need (dependency management or a BOM; the enforcer's dependencyConvergence catches this at build time); until then roll ${ev.service} back to the release before ${rel.release}.`,
          numbers: rel.numbers,
        };
      }
      // The BEAM failing to call a library's function (UndefinedFunctionError) where the module is
      // not the service's own: a library at a version its callers were not written for — a
      // dependency resolved anew in the release (sneako/finch#298: mint 1.7.0, published the day
      // of the releases that picked it up, lacking what Finch 0.19.0 calls). The release's lock
      // file, not its code, is what changed; the own code's undefined call stays the release's.
      // The service's own module is told by its in-app frame's root module, or by a frame whose
      // application carries the release's own version (an Elixir release's vsn is its app's).
      const undefinedCall = BEAM_UNDEFINED_FUNCTION.exec(text);
      const own = ev.topInAppFrame?.split('.', 1)[0];
      const lib = undefinedCall ? beamLibraryFrames(ev.stacktraceSample, undefinedCall[1]) : undefined;
      if (undefinedCall && undefinedCall[1].split('.', 1)[0] !== own && !lib?.library.endsWith(` ${rel.release}`)) {
        const fn = `${undefinedCall[1]}.${undefinedCall[2]}`;
        const library = lib?.library ?? `the library that defines ${undefinedCall[1]}`;
        const name = lib?.library.split(' ', 1)[0];
        return {
          kind: 'release',
          strength: rel.strength,
          cause: `Release ${rel.release} of ${ev.service} runs with a dependency at a version its callers were not written for: ${lib?.caller ?? 'its code'} calls ${fn}, which ${library} does not define (UndefinedFunctionError) — the release resolved its dependencies anew and picked up ${library}, so every path that calls it fails.`,
          fix: `Compare ${rel.release}'s mix.lock with the release before it${name ? ` for ${name}` : ''}, and pin ${name ?? 'the library'} to the version that defines ${fn} (or to a fixed release of it)${lib?.caller ? `, or move ${lib.caller.split(' ', 1)[0]} to a version written for it` : ''}; until then roll ${ev.service} back to the release before ${rel.release}.`,
          numbers: rel.numbers,
        };
      }
      // Its gRPC server refusing its keepalive pings (keepalive-refused.ts): the release's keepalive settings.
      if (KEEPALIVE_REFUSED.test(text)) {
        const pings = keepaliveRefused(ev.service, ev.callee?.name);
        return {
          kind: 'release',
          strength: rel.strength,
          cause: `Release ${rel.release} of ${ev.service} pings its gRPC server too often: ${pings.clause} — with the keepalive settings ${rel.release} dials it with.`,
          fix: `${pings.fix} Until then roll ${ev.service} back to the release before ${rel.release}.`,
          numbers: rel.numbers,
        };
      }
      // Raised inside a library at a version its path names (raising-library.ts): the release may
      // have changed the call its code makes or the version of that library it resolved.
      const library = rel.introduced ? raisingLibrary(ev.stacktraceSample) : undefined;
      if (library) {
        const at = `${library.name} ${library.version}`;
        return {
          kind: 'release',
          strength: rel.strength,
          cause: `Release ${rel.release} of ${ev.service} introduced this error, raised inside the library ${at}${ev.topInAppFrame ? ` where ${ev.topInAppFrame} calls it` : ''}: the release changed either that call or the version of ${library.name} it resolved.`,
          fix: `Compare ${rel.release}'s ${library.lockFile} with the release before it for ${library.name} (a new version's changelog and issues for these words), and pin it back if it moved${ev.topInAppFrame ? `; if it did not, fix the change around ${ev.topInAppFrame}` : ''}; until then roll ${ev.service} back to the release before ${rel.release}.`,
          numbers: rel.numbers,
        };
      }
      return {
        kind: 'release',
        strength: rel.strength,
        cause: rel.introduced
          ? `Release ${rel.release} of ${ev.service} introduced this error${ev.topInAppFrame ? ` (in ${ev.topInAppFrame})` : ''}.`
          : `Release ${rel.release} of ${ev.service} is where this error happens: its occurrences sit on it far beyond its share of the baseline${ev.topInAppFrame ? ` (in ${ev.topInAppFrame})` : ''}.`,
        fix: `Roll ${ev.service} back to the release before ${rel.release}, or fix the change in ${rel.release}${ev.topInAppFrame ? ` around ${ev.topInAppFrame}` : ''} and redeploy.`,
        numbers: rel.numbers,
      };
    },
  },
  {
    kind: 'runtime-change',
    test: 'process.runtime.*, container image, telemetry.sdk.version or host.arch concentrated',
    evaluate(ev, text) {
      const named = runtimeNamed(ev, text);
      const c = named?.runtime ?? (namesCertificate(text) ? runtimeSeparated(ev) : strongest(ev, RUNTIME_KEYS));
      if (!c) return undefined;
      const what = runtimeWords(c);
      // PHP 8's TypeError from an internal function (signals.ts): what 8 refuses, 7 warned about and ran on.
      if (named?.refused) {
        return {
          kind: 'runtime-change',
          strength: Math.max(0.9, concentrationStrength(c)),
          cause: `The error comes with ${what}: ${ev.service}'s instances on ${what} fail, the others do not — PHP 8 throws a TypeError where PHP 7 warned and went on, for an internal function given a value of the wrong type ("${clip(named.words, 120)}"): the code that passes it ran unnoticed before the runtime changed under it (${ev.release?.releases.length === 1 ? `one release, ${ev.release.releases[0].release}` : 'independent of the release'}).`,
          fix: `Guard the value where the frames pass it (\`?? []\`, is_countable(), a cast) or update the library those frames belong to to its PHP 8-compatible release; pin ${ev.service} to the previous runtime until then.`,
          numbers: [describe(c, ev)],
        };
      }
      if (named) {
        const shipped = ev.release?.releases.length === 1 ? ev.release.releases[0].release : undefined;
        return {
          kind: 'runtime-change',
          strength: Math.max(0.9, concentrationStrength(c)),
          cause: `${ev.service}'s instances on ${what} fail and the others do not, and the error names what ${what} no longer provides to the code ("${clip(named.words, 80)}"): the runtime changed under the code${shipped ? `, shipped in the image of release ${shipped}, whose own changes are not what fails` : ''}.`,
          fix: `Give the code back what the runtime took away — the package that now provides it (setuptools for distutils, the jaxb-api or jakarta.xml.bind and activation artifacts for Java EE, the gem named in the Gemfile for Ruby's bundled gems), a current algorithm or OpenSSL's legacy provider (--openssl-legacy-provider) for a legacy cipher or digest, --add-opens for a closed module —, or pin ${ev.service}'s image to the previous runtime until it does; upgrade runtimes apart from releases, so each change shows on its own.`,
          numbers: [describe(c, ev)],
        };
      }
      if (TLS_PROTOCOL.test(text)) {
        return {
          kind: 'runtime-change',
          strength: concentrationStrength(c),
          cause: `The error comes with ${what}: ${ev.service}'s instances on ${what} fail the TLS handshake over the TLS protocol version, the others do not — ${what} no longer enables the old version the peer speaks (Java 11.0.11 and 8u291 turned TLS 1.0 and 1.1 off, as OpenSSL's newer defaults do), so the handshake fails before any certificate is checked ("${clip(quoted(ev), 120)}").`,
          fix: `Move the peer${dependencyName(ev, text) ? ` (${dependencyName(ev, text)})` : ''} to TLS 1.2 or later; until then pin ${ev.service} to the previous ${c.key.startsWith('container') ? 'image' : 'runtime'}, or re-enable the old version for this client only (Java: jdk.tls.disabledAlgorithms in java.security; OpenSSL: MinProtocol) knowing it is deprecated. The peer's certificate is not at fault.`,
          numbers: [describe(c, ev)],
        };
      }
      // A runtime that arrived only with a release — the release's concentration the runtime's, the
      // same instances and occurrences — and no words naming what it took away (runtimeNamed above)
      // cannot be told from the release by where it runs: the release rule names the release, whose
      // code the frames are (civictechdc/districthousing#44: a release upgrading Ruby and Rails
      // together, rolled back for a NoMethodError of its own), and the runtime is only mentioned.
      const release = ev.concentrations.find((k) => k.key === 'service.version' && decisive(k));
      if (release && Math.abs(release.share - c.share) < 0.05 && Math.abs(release.baselineShare - c.baselineShare) < 0.05) {
        return {
          kind: 'runtime-change',
          strength: Math.min(0.5, concentrationStrength(c)),
          cause: `The error comes with ${what}, which ${ev.service}'s instances run only since release ${release.value}: where the error happens cannot tell the runtime from the release, and nothing in its words names the runtime.`,
          fix: `Read the error's frames against release ${release.value}'s changes first; if they do not explain it, run release ${release.value} on the previous runtime to tell the two apart.`,
          numbers: [describe(c, ev), describe(release, ev)],
        };
      }
      // A trust store the client cannot read at all (TRUST_STORE_UNREADABLE) refuses no certificate:
      // the CA bundle is not where the TLS client on that runtime or image looks for it.
      // A connection refused at ::1 only on this runtime's instances (IPV6_LOOPBACK_REFUSED): the
      // runtime resolves localhost to the IPv6 loopback first, the local server listens on IPv4.
      if (IPV6_LOOPBACK_REFUSED.test(text)) {
        return {
          kind: 'runtime-change',
          strength: concentrationStrength(c),
          cause: `The error comes with ${what}: ${ev.service}'s instances on ${what} are refused at the IPv6 loopback address ::1, the others are not — ${what} resolves localhost to ::1 first (Node.js does since version 17, which keeps the resolver's order), while the server on the same machine listens on 127.0.0.1 alone; nothing is down, and the code did not change (${ev.release?.releases.length === 1 ? `one release, ${ev.release.releases[0].release}` : 'independent of the release'}): "${clip(quoted(ev), 100)}".`,
          fix: `Point ${ev.service} at 127.0.0.1 instead of localhost, or have the local server listen on ::1 too (Redis: bind 127.0.0.1 -::1; MongoDB: net.ipv6 with bindIp ::1); for Node.js, --dns-result-order=ipv4first (or dns.setDefaultResultOrder('ipv4first')) restores the old order until then.`,
          numbers: [describe(c, ev)],
        };
      }
      const trust = TRUST_STORE_UNREADABLE.test(text)
        ? ` Only there can ${ev.service}'s TLS client not read the CA certificates it verifies peers with: the CA bundle is not where the TLS client ${what} ships looks for it (or not readable), so it fails before the peer's certificate is looked at.`
        : namesCertificate(text)
        ? ` The peer's certificate is refused only there: the other instances verify it, so the trust store (CA bundle) or TLS library that ${what} ships is what refuses it (older root certificates, or a library that builds the chain through an expired root).`
        : '';
      return {
        kind: 'runtime-change',
        strength: concentrationStrength(c),
        cause: `The error comes with ${what}: ${ev.service}'s instances on ${what} fail, the others do not — a runtime or image change, not a code change (${ev.release?.releases.length === 1 ? `one release, ${ev.release.releases[0].release}` : 'independent of the release'}).${trust}`,
        fix: trust
          ? `Move ${ev.service}'s instances off ${what}, or update its trust store and TLS library (the ca-certificates package, the runtime's CA bundle, OpenSSL) to what the working instances have; do not renew the peer's certificate, which the others accept.`
          : `Pin ${ev.service} back to the previous ${c.key === 'host.arch' ? 'architecture (node selector / instance type)' : c.key.startsWith('container') ? 'image' : 'runtime'} and compare behaviour under ${what}: changed defaults, native modules built for another version, or a dependency that does not support it.`,
        numbers: [describe(c, ev)],
      };
    },
  },
  {
    kind: 'feature-flag',
    test: 'a feature flag key/variant concentrated',
    evaluate(ev, text) {
      // The flag with its variant names the culprit best; a variant alone (`on`) says which
      // way, not which flag, so it is worded as a variant and only used when nothing better is.
      // Each flag is counted under its own key (core/flag-evaluation.ts); `feature_flag` is how
      // hours written before counted a span's one flag.
      const c = strongestSeparated(ev, FLAG_FACT_KEY) ?? strongestSeparated(ev, ['feature_flag']) ?? strongestSeparated(ev, ['feature_flag.key']) ?? strongestSeparated(ev, FLAG_KEYS);
      if (!c) return undefined;
      const place = strongest(ev, LOCATION_KEYS, (k) => flagTargetedPlace(ev, k) !== undefined);
      const where = place ? ` Its errors all come from ${place.key}=${place.value}, which also serves ${pct(place.baselineShare)} of the healthy traffic: the flag is on only there (its targeting), and the requests it leaves off there succeed, so the place is not what fails.` : '';
      const path = `${flagPathTo(ev, text)}${where}`;
      if (c.key === 'feature_flag.variant' || c.key === 'feature_flag.result.variant') {
        // Name the flag from its key's most common value among these errors, when known.
        const flag = ev.concentrations.filter((k) => k.key === 'feature_flag.key').sort((a, b) => b.share - a.share)[0]?.value;
        const which = flag ? `${flag} (variant ${c.value})` : `variant ${c.value} (${c.key})`;
        return {
          kind: 'feature-flag',
          strength: flagStrength(c),
          cause: `Feature flag ${which} enables the failing path: the errors come from requests evaluated to it.${path}`,
          fix: `Move ${flag ?? 'the flag'} off variant ${c.value} for now, then fix and test the code path it enables before rolling it out again.`,
          numbers: [describe(c, ev)],
        };
      }
      const own = flagOfFactKey(c.key);
      const [key, variant] = own !== undefined ? [own, c.value === 'evaluated' ? undefined : c.value] : c.key === 'feature_flag' ? c.value.split('=') : [c.value, undefined];
      const which = own !== undefined && variant === undefined ? 'that evaluated it' : 'with it on';
      return {
        kind: 'feature-flag',
        strength: flagStrength(c),
        cause: `Feature flag ${key}${variant ? ` (variant ${variant})` : ''} enables the failing path: the errors come from requests ${which}.${path}`,
        fix: `Turn ${key} off${variant ? ` (or back from ${variant})` : ''} for now, then fix and test the code path it enables before rolling it out again.`,
        numbers: [describe(c, ev)],
      };
    },
  },
  {
    kind: 'location',
    test: 'one pod / host / node / zone / region / namespace concentrated (each worded its own way)',
    evaluate(ev, text) {
      const c = strongest(ev, LOCATION_KEYS);
      if (!c) return undefined;
      const words = LOCATION_WORDS[c.key as (typeof LOCATION_KEYS)[number]];
      // A trust store the client cannot read at all (TRUST_STORE_UNREADABLE) refuses no certificate:
      // there the place's CA bundle is missing or unreadable where its TLS client looks for it.
      const unreadable = TRUST_STORE_UNREADABLE.exec(text)?.[0];
      // A certificate alert received from the other end (signals.ts, OWN_CERTIFICATE_REFUSED) is
      // the peer refusing the certificate this place presents, not this place's trust store
      // refusing the peer's: only there, a certificate the others have renewed and this place
      // never loaded (a Kubernetes Secret mounted by subPath receives no updates, as its
      // documentation on Secrets says: prometheus-operator/prometheus-operator#5527).
      const own = unreadable ? undefined : OWN_CERTIFICATE_REFUSED.exec(text)?.[0];
      const ownFault = own ? ownCertificateFault(own) : undefined;
      const trust = unreadable
        ? ` Only there can ${ev.service}'s TLS client not read the CA certificates it verifies peers with ("${clip(unreadable, 60)}"): that place's trust store (the CA bundle's path or its permissions) is what fails, not the peer, whose certificate is never looked at.`
        : own
        ? ` The peer refuses the certificate ${ev.service} presents from there${ownFault ? `, which ${ownFault}` : ''} ("${clip(own, 60)}": a TLS alert received, not a certificate ${ev.service} refused): the other instances present one the peer accepts, so that place still presents its own client certificate from before a renewal it never loaded; renewing the peer's certificate or that place's CA certificates changes nothing.`
        : namesCertificate(text) ? ' The peer\'s certificate is refused only there, so that place\'s trust store (CA bundle) or TLS library is what refuses it, not the peer.' : '';
      // A lock conflict is the database refusing one transaction for another's lock, whichever place
      // sent it: when the refused statements all come from one place, that is where the work that
      // waits runs (a worker host beside the web's: exercism/website#5385, a job's updates of users'
      // rows), not a path to the database that fails, nor why the lock was held.
      const locked = LOCK_CONTENTION.test(text);
      const path = trust || locked ? undefined : locationPathTo(ev, text);
      // A refusal one instance alone meets at the address it dials for the peer's name, in whatever
      // runtime's words (stale-address.ts): that instance's stale answer for a name that moved, not
      // the peer down.
      const stale = trust || locked ? undefined : staleAddressOn(ev, text, c);
      const instance = stale ? `${INSTANCE_WORDS[c.key]} ${c.value}` : '';
      // A handshake timing out on a connection made, from that place only (path-mtu.ts): the path
      // passes small packets and loses large ones — its MTU, not its conntrack table or routes.
      const handshake = path ? handshakeTimedOut(text) : undefined;
      const reach = path && handshake
        ? pathMtuCause(ev.service, path.peer, handshake)
        : path ? ` Only connections from there to ${path.peer} fail ("${clip(quoted(ev), 120)}"), while ${ev.service}'s instances elsewhere reach it: the place's own path to the peer fails — its network (on a node: the conntrack table, iptables or routes; a host's or zone's firewall, security group or NAT) —, not ${path.peer}.` : '';
      // A unique violation is the database refusing a row that is already there, whichever place
      // sent it: when the writes that collide all come from one place, that place is where the
      // writing work runs (a worker host or a job's pod beside the web's: jointakahe/takahe#592,
      // a background runner storing posts the inbox stores at the same time), not why the row
      // exists twice — the place weighs less than the duplicate-write rule, as the route does.
      // A place where lock waits come from explains them less still: it stays under the strength a
      // second finding needs to be told beside the first (diagnose.ts SECONDARY_MIN, 0.6).
      // A place that holds only part of the errors while one route holds every one of them (a
      // complete, decisive concentration) is not where the failure lives: a place that broke fails
      // the requests it serves on every route, and errors confined to one route are that route's
      // (its handler, its input), whichever places serve it. Over few occurrences a host's majority
      // is as often chance (9 of 15 on a host serving a fifth of the traffic: a Go handler's nil
      // error, round 18, at a smaller draw of its traffic), so the place weighs less, as the route
      // does beside a tenant who owns all of its failures.
      const partial = c.share < 0.95 && strongest(ev, ROUTE_KEYS, (r) => decisive(r) && r.share >= 0.95) !== undefined;
      const placed = locked ? Math.min(0.55, concentrationStrength(c)) : createdTwice(text) ? Math.min(DUPLICATE_WRITE_STRENGTH, concentrationStrength(c)) - 0.05 : concentrationStrength(c);
      // Where a flag's targeting put it on (flagTargetedPlace), the place only says where the flag
      // is on: under the strength a second finding needs to be told (diagnose.ts SECONDARY_MIN,
      // 0.6), so its failover advice is not given for the flag's errors.
      const targeted = flagTargetedPlace(ev, c) !== undefined;
      const strength = targeted ? Math.min(0.5, placed) : partial ? placed - 0.15 : placed;
      // PHP missing code the release has, on this server alone (stale-code-cache.ts): its OPcache
      // kept the release before. Above the release rule's 0.85, which steps aside for it.
      const cached = staleCodeCacheOn(ev, text);
      if (cached) {
        return {
          kind: 'location',
          strength: Math.max(STALE_CODE_CACHE_STRENGTH, strength),
          cause: `The errors happen ${words.where(c.value)}: ${c.key}=${c.value} has ${pct(c.share)} of them against ${pct(c.baselineShare)} of the baseline.${staleCodeCacheCause(ev.service, c.value, cached, mixedReleaseDirectories(ev.stacktraceSample))}`,
          fix: staleCodeCacheFix(ev.service, c.value),
          numbers: [describe(c, ev)],
        };
      }
      return {
        kind: 'location',
        strength,
        cause: `The errors happen ${words.where(c.value)}: ${c.key}=${c.value} has ${pct(c.share)} of them against ${pct(c.baselineShare)} of the baseline.${trust}${reach}${stale ? staleAddressCause(ev.service, instance, stale.name, stale.address) : ''}`,
        fix: `${words.fix(c.value, ev.service)}${unreadable ? ` Compare the CA bundle path its TLS client reads (libcurl's CURLOPT_CAINFO / CURLOPT_CAPATH, or the SDK's setting for them) with where that place keeps its CA certificates (/etc/ssl/certs on Debian and Ubuntu, /etc/pki/tls/certs on RHEL and CentOS) and the file's permissions; point the client at the bundle the place has, or install it where the build looks.` : own ? ' Compare the certificate it presents with a working instance\'s (openssl x509 -noout -enddate -issuer on the file it loads): a process reads its certificate when it starts, and a Secret mounted by subPath never receives the renewal, so mount the whole Secret (or reload the certificate when it changes) and restart that place\'s process.' : trust ? ' Compare its trust store and TLS library with a working instance\'s.' : ''}${path && handshake ? pathMtuFix(path.peer) : path ? ` From there, test a connection to ${path.peer} and compare with a working place (on Linux: dmesg for 'nf_conntrack: table full, dropping packet', conntrack -S; the routes and security rules it has).` : ''}${stale ? `${staleAddressFix(instance, stale.name)} ${stale.jvm ? jvmDnsCacheFix(ev.service) : staleAddressHolderFix(instance, stale.name)}` : ''}`,
        numbers: [describe(c, ev)],
      };
    },
  },
  {
    kind: 'tenant',
    test: 'one tenant or user concentrated (its own rate limit spent, when the errors are rate-limit rejections; its own credentials, when they are refused)',
    evaluate(ev, text) {
      const c = strongest(ev, TENANT_KEYS);
      if (!c) return undefined;
      const who = /user/.test(c.key) ? 'user' : 'tenant';
      if (tenantCredentialsRefused(ev, text)) {
        const peer = dependencyName(ev, text) ?? 'the peer';
        return {
          kind: 'tenant',
          strength: Math.max(0.88, concentrationStrength(c)),
          cause: `One ${who}, ${c.value}, has its own credentials refused by ${peer}: only its work fails to authenticate (${pct(c.share)} of the errors against ${pct(c.baselineShare)} of the baseline), so what is refused is the grant, token or key kept for that ${who} — an OAuth refresh token expired or revoked, a password changed or a key rotated on its side —, while ${ev.service}'s own credentials are accepted for every other ${who} ("${clip(quoted(ev), 120)}").`,
          fix: `Have ${c.value} authorize ${ev.service} again (reconnect its account: a new OAuth grant or key), and stop retrying its work until it does — mark its connection as needing re-authorization and tell the ${who}; rotating ${ev.service}'s own client credentials changes nothing, the other ${who}s' calls succeed with them.`,
          numbers: [describe(c, ev), `${ev.count} refusals: "${clip(quoted(ev), 160)}".`],
        };
      }
      if (tenantThrottled(ev, text)) {
        const peer = dependencyName(ev, text) ?? 'the peer';
        return {
          kind: 'tenant',
          strength: Math.max(0.88, concentrationStrength(c)),
          cause: `One ${who}, ${c.value}, has spent its own rate limit at ${peer}: only its requests are refused (${pct(c.share)} of the rejections against ${pct(c.baselineShare)} of the baseline), so ${peer} counts them against a budget of that ${who}'s (a GitHub App's installation, a store, an API key per customer), which its own work — a backfill, an import, a sync loop — uses up while the others' budgets last ("${clip(quoted(ev), 120)}").`,
          fix: `Pace ${c.value}'s work against ${peer}: queue it behind a limiter per ${who} that reads the budget ${peer} reports (X-RateLimit-Remaining, Retry-After) and spread its backfill over hours; the other ${who}s are not affected, and neither backoff for the whole service nor a higher quota for it changes ${c.value}'s own budget.`,
          numbers: [describe(c, ev), `${ev.count} rate-limit rejections: "${clip(quoted(ev), 160)}".`],
        };
      }
      return {
        kind: 'tenant',
        strength: concentrationStrength(c),
        cause: `One ${who}, ${c.value}, accounts for the errors (${pct(c.share)} against ${pct(c.baselineShare)} of the baseline): something in its data, configuration or limits triggers them.`,
        fix: `Look at ${who} ${c.value}'s requests that fail and at what is different about it (data shape, plan or limits, recent changes to its configuration); keep the failure from spreading to other ${who}s.`,
        numbers: [describe(c, ev)],
      };
    },
  },
  {
    kind: 'schedule',
    test: 'the errors recur at the same minutes of each hour, or hours of each day, and not in between',
    evaluate(ev, text) {
      const r = ev.recurrence;
      if (!r) return undefined;
      const each = r.period === 'hourly' ? `at ${r.window} past each hour` : `at ${r.window} each day`;
      const periods = r.everyMinutes ? `${r.everyMinutes}-minute periods` : r.period === 'hourly' ? 'hours' : 'days';
      // Rate-limit rejections that come only in the recurring window are the burst of what is
      // scheduled then, not a rate the service keeps: the schedule is why the limit is reached, and
      // outweighs the rate-limit finding (the crons' jobs of ecosyste-ms/packages#1776, refused by
      // the registries they all call at :00 and :30). So is a peer answering unavailable only then
      // (scheduledRefusals): it sheds that moment's burst, and answers in between.
      const refused = scheduledRefusals(ev, text);
      const limited = refused !== undefined;
      // Lock conflicts only then are the scheduled work's locks (scheduledLocks).
      const locks = !limited && scheduledLocks(ev, text);
      // Refusals at another of the peer's addresses each time, each address once (replaced-upstream-
      // pods.ts), recur with the peer's deploys, not with work scheduled here: a burst a schedule
      // sends would meet the same pods each time. The deploy cadence is the rhythm; the
      // dependency-release rule names the rollouts.
      const deploys = ev.replacedUpstreamPods !== undefined;
      return {
        kind: 'schedule',
        strength: deploys ? Math.min(0.5, scheduleStrength(ev, text)) : scheduleStrength(ev, text),
        cause: `The errors come back ${each}${r.everyMinutes ? ` (every ${r.everyMinutes} minutes)` : ''} and not in between (${r.repeats} of the last ${r.periods} ${periods}, ${pct(r.share)} of them in that window): something scheduled at that time brings them, a cron job, batch or report, a backup, or cache entries or tokens that expire together.${refused === 'rate-limit' ? ` They are rate-limit rejections: what is scheduled then sends its requests all at once, past the limit they stay under in between.` : refused === 'unavailable' ? ` They are answers that the peer is unavailable, given only then: what is scheduled then sends its requests all at once, more than the peer takes at that moment, and it answers them in between — the burst, not the peer down.` : locks ? ` They are lock conflicts ("${clip(quoted(ev), 80)}"): what is scheduled then holds the rows or tables these transactions write — a bulk UPDATE, a refresh, a cleanup in one large transaction — and those arriving during it wait on it or are aborted as the deadlock's victims.` : ''}`,
        fix: locks
          ? `Find what runs ${each} against ${ev.service}'s database (its own scheduled tasks, cron entries, a batch job) and make it hold fewer locks for less time: update in small batches, each its own short transaction, taking rows in one order and skipping those locked (SELECT … FOR UPDATE SKIP LOCKED); or run it less often or off the busy hours. Retrying the victims' transactions hides the errors, not the wait.`
          : `Find what runs ${each} against ${ev.service} or its dependencies (cron entries, scheduled jobs, TTLs set at the same moment); spread it out${limited ? ' (a minute of its own for each cron entry, jitter on the jobs it enqueues)' : ''}, move it off the busy hour, or give it capacity of its own.`,
        numbers: [`${r.repeats} of the last ${r.periods} ${periods} had errors ${each}; ${pct(r.share)} of the errors counted fell in that window.`],
      };
    },
  },
  {
    kind: 'traffic-surge',
    test: "the service's healthy traffic several times its rate of the hours before from when the errors began, and errors that load makes (timeouts, exhaustion, 503, throttling)",
    evaluate(ev, text) {
      const t = ev.traffic;
      if (!t || t.ratio < TRAFFIC_SURGE_MIN) return undefined;
      if (!LOAD_SHAPED.some((re) => re.test(text)) && !exhaustion(text, ev.stacktraceSample)) return undefined;
      const peer = dependencyName(ev, text);
      const rise = `${t.ratio.toFixed(1)}×`;
      const rates = `${perMinute(t.beforePerMinute)} healthy spans a minute since ${iso(t.beforeFromMs)} UTC, ${perMinute(t.duringPerMinute)} a minute${t.failed ? ` (healthy, and ${t.failed} of these failing requests)` : ''} since the errors began at ${iso(t.sinceMs)} UTC`;
      // The rise is in requests that mostly fail (core/traffic.ts trafficSurgeWithFailuresOf): its
      // healthy traffic alone did not rise, so what came on top are these failures — callers sending
      // each failed request again at once, a retry storm that multiplies a small failure into load.
      const retried = t.failed
        ? ` Its healthy traffic alone did not rise: the added requests are these failing ones, as when callers retry each failure at once, without backoff or jitter — a retry storm that turns a small failure into more load than ${ev.service} takes, so it keeps failing.`
        : '';
      return {
        kind: 'traffic-surge',
        strength: clamp(0.8 + 0.02 * Math.min(t.ratio, 5)),
        cause: `A surge of traffic: ${ev.service} took ${rise} its usual load when the errors began (${rates}), and fails under it${peer ? `, waiting on ${peer}, which slows down under the same load rather than being down` : ''}: "${clip(quoted(ev), 120)}".${retried}`,
        fix: t.failed
          ? `Make ${ev.service}'s callers back off: retries with exponential backoff and jitter, a retry budget (a share of the calls, not a count per call), and a circuit breaker that stops calling while ${ev.service} fails; have ${ev.service} shed what it cannot serve early (429/503 with Retry-After) so failures come back fast instead of holding its ${peer ? `and ${peer}'s ` : ''}resources; then find the small failure the retries multiplied.`
          : `Scale ${ev.service}${peer ? ` and ${peer}` : ''} out for this load, or shed it at the edge (rate limits per client, queueing, load shedding with 429/503 and Retry-After); find where the surge comes from (a campaign, a crawler, a client's retry loop, a batch job) and whether it is legitimate; bound calls with timeouts so waiting requests do not pile up.`,
        numbers: [`${t.failed ? 'Traffic' : 'Healthy traffic'} of ${ev.service}: ${rates} (${rise}, over ${t.minutes} minutes).`],
      };
    },
  },
  {
    kind: 'client',
    test: 'one client concentrated: the app release, browser or library its User-Agent names',
    evaluate(ev) {
      const c = strongest(ev, CLIENT_KEYS);
      if (!c) return undefined;
      // The route only its requests reach when it fails (clientsRoute) says what it sends that fails.
      const route = strongest(ev, ROUTE_KEYS);
      const own = route && clientsRoute(ev, route) ? route : undefined;
      return {
        kind: 'client',
        strength: concentrationStrength(c),
        cause: `The errors come from one client, ${c.value} by its User-Agent (${pct(c.share)} against ${pct(c.baselineShare)} of the baseline): something ${c.value} sends is what fails.${own ? ` Its failing requests all go to ${own.value} (${pct(own.baselineShare)} of the baseline, less than its own ${pct(c.baselineShare)}), and its other requests pass: what ${c.value} sends there is what fails.` : ''}`,
        fix: `Compare ${c.value}'s failing requests with other clients' (the fields, formats and parameters it sends); make ${ev.service} accept them, or refuse them with a 4xx that names what is wrong, and hold ${c.value}'s rollout if it is your release.`,
        numbers: [describe(c, ev)],
      };
    },
  },
  {
    kind: 'route',
    test: 'one route / RPC method / destination concentrated',
    evaluate(ev, text) {
      const c = strongest(ev, ROUTE_KEYS);
      if (!c) return undefined;
      // A connection-level failure toward a peer the evidence names (refused, unresolvable, timing
      // out) concentrates on the routes that call that peer because only they call it: the route
      // says where the call is made, not why it fails, so it weighs less than the peer's failure,
      // and stays below it however strong the concentration: a fixed step below it was not
      // enough, since more errors make it stronger (at 1.6 times the incidents' volume the one
      // route creating runner deployments, lift 6.5, outweighed the admission webhook timing out).
      // So does PHP's max_execution_time reached while the request waited on a call
      // (php-execution-time-limit.ts): only the routes making that call die of it.
      const wherePeerIsCalled = (networkKind(text) !== undefined && dependencyName(ev, text) !== undefined) || phpTimeLimitWhileWaiting(ev, text) !== undefined;
      // A span that failed by its status alone is a signature of its name, and a server span is named
      // by its route (`POST /api/items: http 500`, `symbols.v1.SymbolsService/LocalCodeIntel: grpc 13`):
      // every occurrence has that route by construction, so the concentration says no more than the
      // signature does. It still says where when nothing else does; an error it shares its traces with
      // (a framework's logged exception: pallets-eco/flask-sqlalchemy#802 behind Flask's 500s) says more.
      const ownName = ev.type === 'span' && (ev.message.split(': ')[0] ?? '').includes(c.value);
      // A feature flag the failing requests all evaluated one way is why the route's handler takes
      // the failing path; the route, where that path runs, weighs less than the flag (a flag's
      // targeting widened to everyone, failing only the dashboard it gates: flaggedRoute).
      const flagged = flaggedRoute(ev);
      // One client's requests alone reach the route when it fails (clientsRoute): the client's
      // release is why, the route where; the client rule names both.
      const clientsOwn = clientsRoute(ev, c);
      // Every failure one tenant's (a complete, decisive concentration) on the one route: had the
      // route failed for every tenant that uses it, the failures would spread over tenants as its
      // traffic does. That tenant's data or settings are why, the route where (an ERP's bank-file
      // upload refusing one tenant's files in an encoding its parser does not read); which of the
      // two came out first had rested on the baseline's share of that tenant, a gap of a point.
      const tenantsOwn = strongest(ev, TENANT_KEYS, (t) => decisive(t) && t.share >= 0.95) !== undefined;
      // A programming error at an in-app frame (programmingError) that only one route's requests
      // reach is that handler's defect: the route says where it is, the code-defect rule what.
      const defect = programmingError(ev, text);
      // A unique violation on one route's requests is a record that route creates twice (a client's
      // retry, a webhook redelivered: dj-stripe/dj-stripe#1239): the route says where the record is
      // created, the duplicate-write rule why, so the route weighs less (not a table out of ids,
      // which the resource-exhaustion rule names).
      const duplicate = createdTwice(text);
      // Likewise a request refused for its timestamp (CLOCK_SKEW) on the one route that sends
      // time-checked requests (ddns-go's /save signing its cloud API calls: jeessy2/ddns-go#864):
      // the route says which requests carry a timestamp, the clock-skew rule why they fail.
      const timeChecked = CLOCK_SKEW.test(text);
      // Errors that come back at the same minutes of each hour or day (ev.recurrence) are brought by
      // what is scheduled then; the one route that meets it (the endpoint reading a view an hourly
      // refresh locks: oasisprotocol/nexus#426) says where, the schedule rule when and why. Which of
      // the two came out first rested on the traffic's noise: the route's strength rises with its gap.
      const scheduled = ev.recurrence;
      // And an answer the service cannot decode (unreadAnswer) on the one route whose requests
      // fetch it: the route says which requests read that answer, the unexpected-response rule
      // why they fail (McKael/madonctl#9: every status posted failing on Mastodon 2.0.0's ids).
      // So does a peer's answer it names (unreadPeerAnswer), which one route's requests alone fetch
      // when only they read it: which of the two came first had rested on the healthy baseline's
      // share of that route (the incidents replayed, a configuration record cut short).
      const answer = unreadAnswer(ev, text) || unreadPeerAnswer(ev, text);
      // So does a local time its handler builds in a daylight-saving transition's skipped or repeated
      // hour (daylight-saving-time.ts): only that route's requests for the transition's night build
      // one (a parking site's quotes for stays over it), the code-defect rule says why.
      const transition = daylightSavingTransition(text) !== undefined;
      // And a lookup missing rows on a read replica (replica-read-after-write.ts): the route whose
      // fetches follow a create says where, the replica's lag why.
      const staleReplica = replicaReadAfterWrite(ev, text) !== undefined;
      // The strength of the rule that says why, which the route, saying where, stays below.
      const why = staleReplica
        ? REPLICA_READ_AFTER_WRITE_STRENGTH
        : answer
        ? UNREAD_ANSWER_STRENGTH
        : transition
          ? LOCAL_TIME_AT_TRANSITION_STRENGTH
          : defect
            ? CODE_DEFECT_STRENGTH
            : duplicate
              ? DUPLICATE_WRITE_STRENGTH
              : timeChecked
                ? CLOCK_SKEW_STRENGTH
                : scheduled
                  ? scheduleStrength(ev, text)
                  : undefined;
      const weighed =
        why !== undefined ? Math.min(why, concentrationStrength(c)) - 0.05 : concentrationStrength(c) - (wherePeerIsCalled || flagged || clientsOwn || tenantsOwn ? 0.15 : 0.05);
      const strength = wherePeerIsCalled ? Math.min(weighed, PEER_DOWN_STRENGTH - 0.05) : weighed;
      // Its invocations ended at the serverless function's time limit (FUNCTION_TIME_LIMIT): the
      // handler of that route runs longer than the function may (j178/github-contrib-stats#52, for
      // the users with the most data), which its inputs and calls explain, and the limit bounds.
      const limit = FUNCTION_TIME_LIMIT.exec(text)?.[0];
      // Likewise PHP's max_execution_time reached at the request's own work, not at a call's wait
      // (php-execution-time-limit.ts: dompdf laying out a large table, dompdf/dompdf#1015).
      const phpLimit = phpTimeLimitAtOwnWork(ev, text);
      // The query parameter the framework could not read into the handler's type (signals.ts
      // QUERY_PARAMETER: axum's FailedToDeserializeQueryString, opendata-oss/opendata#14) says what
      // of the route's requests fails: the route alone leaves the reader to find it among its inputs.
      const parameter = queryParameter(text);
      return {
        kind: 'route',
        strength: ownName ? Math.min(strength, 0.4) : strength,
        cause: `The errors come from one ${ROUTE_WORDS[c.key as (typeof ROUTE_KEYS)[number]]}, ${c.value} (${pct(c.share)} against ${pct(c.baselineShare)} of the baseline).${limit ? ` The platform ends its invocations at the function's maximum duration ("${clip(limit, 60)}"): that handler runs longer than the function may, nothing it calls is shown failing.` : ''}${phpLimit?.cause ?? ''}${parameter ? ` Its handler cannot read the query parameter ${parameter} the failing requests carry: the framework refuses to turn what they send there into the type the handler declares.` : ''}`,
        fix: `Start from the handler of ${c.value}${ev.topInAppFrame ? ` (${ev.topInAppFrame})` : ''} and the inputs it received when it failed.${parameter ? ` Compare the type it declares for ${parameter} with what the failing requests send (one value where it wants a list, a value missing or of another form); read it as clients send it, or answer with a 400 that says what ${parameter} must hold.` : ''}${limit ? ` Find what makes it slow for those inputs (the calls it makes one after another, the size of what it reads), make it faster or move the work to a background job, and raise the function's maximum duration (Lambda's Timeout, Vercel's maxDuration) only to what the largest input needs; bound its calls below that limit so they fail with a message of their own.` : ''}${phpLimit?.fix ?? ''}`,
        numbers: [describe(c, ev)],
      };
    },
  },
  {
    kind: 'code-defect',
    test: 'one connection used by two processes or threads at once (a TLS record or protocol message out of order: signals.ts SHARED_CONNECTION)',
    evaluate(ev, text) {
      // Its own words, or those of an error its service logged in the same requests: a request that
      // failed by its status alone has one logged error per trace in its evidence, and the sharing
      // shows in only some of them (others read `SSL SYSCALL error: EOF detected`).
      const beside = SHARED_CONNECTION.test(text) ? undefined : ev.coOccurring.find((c) => c.sharedTraces > 0 && c.service === ev.service && SHARED_CONNECTION.test(`${c.type}: ${c.message}`));
      const words = SHARED_CONNECTION.exec(beside ? `${beside.type}: ${beside.message}` : text)?.[0];
      if (!words) return undefined;
      const where = ev.topInAppFrame ? ` (${ev.topInAppFrame})` : beside ? ` (the error its requests log, signature ${beside.signatureId})` : '';
      return {
        kind: 'code-defect',
        strength: 0.7,
        cause: `${ev.service} uses one connection from two processes or threads at once${where}: "${clip(words, 80)}" is the connection's protocol seeing another user's messages, not the server failing. A connection (or pool, or engine) made before the process forked is shared by the forked workers (uWSGI without lazy-apps, gunicorn's --preload, Celery's prefork workers, multiprocessing), or one connection is shared across threads${/Commands out of sync/i.test(words) ? ', or a command was sent before the last one\'s results were read' : ''}.`,
        fix: `Open connections in each process after it forks: uWSGI's lazy-apps = true, no --preload in gunicorn (or dispose the pool in post_fork), Celery's worker_process_init to dispose the engine (SQLAlchemy's engine.dispose(close=False) in the child); give each thread its own connection from a pool${/Commands out of sync/i.test(words) ? '; read or discard every result set before the next command' : ''}. The database is not at fault: do not restart it for this.`,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`],
      };
    },
  },
  {
    kind: 'code-defect',
    test: 'a lookup finding no row on a host named as a read replica or reader endpoint: a row written moments before, read where it has not yet been replayed (replica-read-after-write.ts)',
    evaluate(ev, text) {
      const found = replicaReadAfterWrite(ev, text);
      if (!found) return undefined;
      const where = ev.topInAppFrame ? ` (${ev.topInAppFrame})` : '';
      const burst = ev.trend.kind === 'bursting' ? ` The misses burst (${ev.trend.detail}): they rise with the replica's lag, which grows while the primary writes in bulk (a backfill, a migration, a batch import).` : '';
      return {
        kind: 'code-defect',
        strength: REPLICA_READ_AFTER_WRITE_STRENGTH,
        cause: `${ev.service}${where} reads rows from the read replica ${found.replica} and misses rows written moments before ("${clip(found.words, 60)}"): replication to a replica is asynchronous, so a row committed on the primary (the writer) is not there until the replica has replayed it — its lag — and a fetch that follows a create or an update by less than the lag finds no row, or the old one. The rows are not lost: read again a moment later, they are there.${burst} Only a lookup of an id that was never written misses it the same way on the primary.`,
        fix: `Read what was just written from the primary (the writer endpoint): pin the reads that follow a write to it (Rails' database_selector delay or connected_to(role: :writing), Laravel's sticky option — which covers only the request that wrote —, a Django router that sends a session's reads to the primary for a while after its writes, GORM dbresolver's Clauses(dbresolver.Write)), or return the written row from the write itself instead of fetching it again; where a read must go to ${found.replica}, retry a miss once after the replica's lag, and watch that lag (Aurora's AuroraReplicaLag, PostgreSQL's pg_stat_replication replay_lag, MySQL's Seconds_Behind_Source). Bulk writes on the primary in smaller batches keep it short. Restarting ${found.replica} does not help.`,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, `The failing calls go to ${found.replica}${ev.callee ? ` (${pct(ev.callee.share)} of the stored samples)` : ''}, named as a read replica.`],
      };
    },
  },
  {
    kind: 'code-defect',
    test: "a job's or consumer's lookup by id finding no row, no one message repeated: enqueued before its record's transaction committed (read-before-commit.ts)",
    evaluate(ev, text) {
      const words = readBeforeCommit(ev, text);
      if (!words) return undefined;
      const where = ev.topInAppFrame ? ` (${ev.topInAppFrame})` : '';
      return {
        kind: 'code-defect',
        strength: CODE_DEFECT_STRENGTH + 0.05,
        cause: `${ev.service}'s job${where} looks up the record its message was sent for and does not find it ("${clip(quoted(ev), 120)}"): the job was enqueued before the transaction that writes the record committed (a model callback such as after_create or after_save runs inside that transaction), so a worker that takes it at once reads before the row is visible, and its retry a moment later finds it — a read after a write across a queue, not rows lost by the database. A read from a replica behind the primary misses it the same way.`,
        fix: `Enqueue the job after the commit: after_commit on: :create instead of after_create or after_save (Rails 7.2's enqueue_after_transaction_commit), Django's transaction.on_commit, Laravel's afterCommit; read the record from the primary in the job. If records can also be deleted before their job runs, let the job end quietly on a missing record (ActiveJob's discard_on ActiveRecord::RecordNotFound) instead of retrying it.`,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, `Top in-app frame: ${ev.topInAppFrame ?? 'unknown'}${ev.consumed ? `; ${pct(ev.consumed.share)} of the samples are deliveries` : ''}.`],
      };
    },
  },
  {
    kind: 'code-defect',
    test: 'a local time the time-zone library refuses at a daylight-saving transition: skipped when the clocks go forward, repeated when they go back (daylight-saving-time.ts)',
    evaluate(ev, text) {
      const transition = daylightSavingTransition(text);
      if (!transition) return undefined;
      // pytz words its errors by the local time alone (`NonExistentTimeError: 2013-03-31 02:50:00`),
      // which the signature's template masks whole: the stored sample's type and words say which
      // time it refused.
      const raw = ev.exceptionChain[0];
      const words = raw && daylightSavingTransition(`${raw.type}: ${raw.message}`) ? `${raw.type}: ${raw.message}` : `${ev.type}: ${quoted(ev)}`;
      const said = localTimeAtTransition(transition, ev.service, ev.topInAppFrame, clip(words, 140));
      return {
        kind: 'code-defect',
        // The words say why the code fails; the route its inputs take, where (the route rule stays below).
        strength: LOCAL_TIME_AT_TRANSITION_STRENGTH,
        cause: said.cause,
        fix: said.fix,
        numbers: [`${ev.count} occurrences: "${clip(quoted(ev), 160)}".`, `Top in-app frame: ${ev.topInAppFrame ?? 'unknown'}.`],
      };
    },
  },
  {
    kind: 'code-defect',
    test: 'a stack overflow whose stack is the top in-app frame calling itself: a recursive walk going round a cycle in its data (unbounded-recursion.ts)',
    evaluate(ev, text) {
      const frame = unboundedRecursion(text, ev.stacktraceSample, ev.topInAppFrame);
      if (!frame) return undefined;
      const route = strongest(ev, ROUTE_KEYS);
      const said = recursionWithoutEnd(frame, clip(quoted(ev), 100));
      return {
        kind: 'code-defect',
        // Above the plain programming error it also is, below every cause that explains why it is reached.
        strength: CODE_DEFECT_STRENGTH + 0.05,
        cause: `${said.cause}${route ? ` Only requests to the ${ROUTE_WORDS[route.key as (typeof ROUTE_KEYS)[number]]} ${route.value} reach it (${pct(route.share)} against ${pct(route.baselineShare)} of the baseline).` : ''}`,
        fix: said.fix,
        numbers: [`Top in-app frame: ${frame}, repeated through the stack.`, `${ev.count} occurrences: "${clip(quoted(ev), 160)}".`],
      };
    },
  },
  {
    kind: 'code-defect',
    test: 'a programming error (TypeError, NullPointerException…) at the top in-app frame, not a network failure',
    evaluate(ev, text) {
      if (!programmingError(ev, text)) return undefined;
      // The one route whose requests reach the defect says where it is found (the route rule
      // weighs less than this one for a programming error: programmingError).
      const route = strongest(ev, ROUTE_KEYS);
      return {
        kind: 'code-defect',
        strength: CODE_DEFECT_STRENGTH,
        cause: `A code defect in ${ev.topInAppFrame}: ${ev.type}: ${clip(quoted(ev), 120)}.${route ? ` Only requests to the ${ROUTE_WORDS[route.key as (typeof ROUTE_KEYS)[number]]} ${route.value} reach it (${pct(route.share)} against ${pct(route.baselineShare)} of the baseline).` : ''}`,
        fix: `Fix ${ev.topInAppFrame} to handle the missing or unexpected value (guard, validate input, or correct the type), and add a test for this input.`,
        numbers: [`Top in-app frame: ${ev.topInAppFrame}.`],
      };
    },
  },
  {
    kind: 'shared-cause',
    test: 'another informative signature in the same traces',
    evaluate(ev) {
      // A span that failed by its status alone (`GET /api/items/:id: http 500`) is what a failure
      // looks like from the request it failed, not a cause shared with it: Flask's 500s behind a
      // logged PendingRollbackError (pallets-eco/flask-sqlalchemy#802) are that error's requests, so
      // the error read as "sharing a cause with" its own 500 said nothing (and pointed in a circle).
      // Nor is the framework's line for the finished request (REQUEST_COMPLETION: Grafana's `Request
      // Completed … status=500` beside the handler's `Failed to update datasource … database table
      // is locked`, grafana/grafana#7992): which of the two tied records was named rested on order.
      const co = ev.coOccurring.filter((c) => c.sharedTraces > 0 && c.message.trim() !== '' && !statusOnlySpan(c) && !REQUEST_COMPLETION.test(c.message)).sort((a, b) => b.sharedTraces - a.sharedTraces)[0];
      if (!co) return undefined;
      // This signature's span fails deepest in the trace and the other is a caller's error above it
      // (an ancestor span, another service's): the caller only surfaces this failure — a gRPC status
      // carries the callee's words up to the client span that records them (qdrant/qdrant#7632, the
      // Java client's `INTERNAL: Service internal error: …` over the node's own) —, so this one is
      // where to start, not a peer to diagnose beside it.
      const t = ev.trace;
      const below = co.service !== ev.service && t?.deepestFailingSpan?.signatureId === ev.signatureId && t.upstreamErrors.some((u) => u.signatureId === co.signatureId);
      if (below) {
        return {
          kind: 'shared-cause',
          strength: 0.5,
          cause: `${ev.service} fails first in the traces it shares with ${co.service}: ${co.service}'s "${co.type}: ${clipKeepingCause(co.message, 80)}" (signature ${co.signatureId}) is the error of a caller above it, surfacing this one.`,
          fix: `Start from this signature in ${ev.service}, where these traces fail first; ${co.service}'s signature ${co.signatureId} should clear with it (meanwhile bound ${co.service}'s calls to ${ev.service} with a timeout and a fallback).`,
          numbers: ev.coOccurring.slice(0, 3).map((c) => `Co-occurs with ${c.service} ${c.type}: "${clipKeepingCause(c.message, 80)}" in ${c.sharedTraces} shared traces (signature ${c.signatureId}).`),
        };
      }
      return {
        kind: 'shared-cause',
        strength: co.service !== ev.service ? 0.5 : 0.45,
        cause: `It shares a cause with ${co.service}'s "${co.type}: ${clipKeepingCause(co.message, 80)}" (signature ${co.signatureId}), which occurs in the same traces.`,
        fix: `Diagnose signature ${co.signatureId} in ${co.service} together with this one; fixing the common cause should clear both.`,
        numbers: ev.coOccurring.slice(0, 3).map((c) => `Co-occurs with ${c.service} ${c.type}: "${clipKeepingCause(c.message, 80)}" in ${c.sharedTraces} shared traces (signature ${c.signatureId}).`),
      };
    },
  },
  // PHP's max_execution_time reached inside a call's wait (php-execution-time-limit.ts): the peer is
  // slow; the same words at the request's own work are left to the route rule.
  PHP_TIME_LIMIT_WHILE_WAITING,
];

/**
 * The exchange a broker returned a message from as unroutable: AMQP 0-9-1's reply 312 NO_ROUTE
 * answers a mandatory publish that no binding of the exchange routes to a queue (AMQP 0-9-1
 * specification, basic.return). MassTransit words it `exchange:<name> => The message was returned
 * by RabbitMQ: 312-NO_ROUTE`. On a message redelivered again and again, the publish that was
 * returned is the one moving it aside after its failure (to its error or dead-letter exchange), so
 * the queue behind that exchange is missing and the message stays where it is.
 */
export function unroutableExchange(text: string): string | undefined {
  if (!/\bNO_ROUTE\b/.test(text)) return undefined;
  return /\bexchange:\s*'?([\w.\-]+)/i.exec(text)?.[1] ?? /\bexchange '([^']+)'/i.exec(text)?.[1];
}
