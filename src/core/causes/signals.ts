// What error text says about its cause: message patterns shared by the cause rules. Each
// pattern names a family of failures the way runtimes and libraries word them (Node's errno
// codes, undici's `fetch failed`, JDBC pools, PostgreSQL/MySQL SQLSTATE texts, TLS stacks).
export const RATE_LIMIT = /\b(rate[ -]?limit\w*|too many requests|429|throttl\w*|quota exceeded)\b/i;
export const REFUSED = /\b(ECONNREFUSED|connection refused|connect(ion)? (was )?refused)\b/i;
export const RESET = /\b(ECONNRESET|socket hang up|connection reset|broken pipe|EPIPE|UND_ERR_SOCKET)\b/i;
export const TIMEOUT = /\b(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|ConnectTimeoutError|timed? ?out|deadline exceeded|DEADLINE_EXCEEDED|context deadline|Gateway Time-?out)\b/i;
export const DNS = /\b(ENOTFOUND|EAI_AGAIN|getaddrinfo|name or service not known|no such host|UnknownHostException)\b/i;
/** undici's (Node's fetch) wrapper: the real failure is its `cause`, a network error. */
export const FETCH_FAILED = /\bfetch failed\b/i;
export const UNAVAILABLE = /\b(503 Service Unavailable|502 Bad Gateway|UNAVAILABLE|upstream connect error|no healthy upstream)\b/i;

export const CODE_DEFECT = /\b(TypeError|ReferenceError|NullPointerException|NullReferenceException|AttributeError|KeyError|IndexError|ClassCastException|ArrayIndexOutOfBounds\w*|undefined is not|cannot read propert\w*|is not a function|nil pointer|null pointer)\b/i;

export const MISSING_CONFIG = [
  /\b(missing|undefined|unset|not set|not defined|required|empty|no value for)\b[^\n]{0,60}?\b(env(ironment)?( variable)?|config(uration)?( value| key| option| setting)?|setting|variable|secret)\b/i,
  /\b(env(ironment)?( variable)?|config(uration)?( value| key| option| setting)?|setting)\b[^\n]{0,60}?\b(is )?(missing|not set|undefined|required|empty)\b/i,
  /\bKeyError: ['"][A-Z][A-Z0-9_]+['"]/,
];
export const CONFIG_NAME = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/;

/** PostgreSQL 42703/42P01, MySQL 1054/1146, SQLite, SQL Server, ORMs' migration checks. */
export const SCHEMA = /(column "?[\w.]+"? (of relation "?[\w.]+"? )?does not exist|relation "?[\w.]+"? does not exist|no such (column|table)|Unknown column|Table '[^']+' doesn't exist|Invalid column name|Invalid object name|UndefinedColumn|UndefinedTable|ER_BAD_FIELD_ERROR|ER_NO_SUCH_TABLE|SQLSTATE\[?(42703|42P01|42S22|42S02)|pending migrations?|schema (version )?mismatch|migration[s]? (is |are )?(pending|out of date|not applied))/i;
export const SCHEMA_OBJECT = /(?:column|relation|table|Table) ["'`]?([\w.]+)["'`]?/;

export const CERTIFICATE = /(certificate (has )?expired|CERT_HAS_EXPIRED|x509|certificate verify failed|unable to verify the first certificate|self[- ]signed certificate|SSLHandshakeException|PKIX path|TLS handshake|SSL routines|ERR_TLS_CERT\w*|certificate is not yet valid|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/i;
export const AUTH = /(\b401\b|\b403\b|Unauthori[sz]ed|Forbidden|invalid[_ ]token|token (is )?(expired|invalid)|authentication failed|invalid credentials|invalid_grant|invalid_client|access denied|signature verification failed)/i;

export const CLOCK_SKEW = /(clock skew|skewed|token used before issued|not yet valid|issued in the future|\biat\b|\bnbf\b|RequestTimeTooSkewed|time difference|too far in the (future|past)|jwt not active|ImmatureSignatureError|NotBeforeError|InvalidSignatureException: Signature expired)/i;

/** Pools, queues, threads, memory, descriptors: what runs out when load outgrows capacity. */
export const EXHAUSTION: { resource: string; re: RegExp }[] = [
  { resource: 'connection pool', re: /(pool (is )?exhausted|Connection is not available, request timed out|timeout waiting for (a )?(free |idle )?(connection|object)|too many (connections|clients)|remaining connection slots|max_connections|pool timeout|acquire(ing)? (a )?connection timed out|KnexTimeoutError)/i },
  { resource: 'work queue', re: /(queue (is )?full|QueueFull|queue capacity|backlog (is )?full|buffer (is )?full|bulkhead)/i },
  { resource: 'thread pool', re: /(RejectedExecutionException|thread pool (is )?(exhausted|full|saturated)|no (free|available) threads?|unable to create (new )?native thread)/i },
  { resource: 'memory', re: /(OutOfMemoryError|heap out of memory|JavaScript heap|ENOMEM|Cannot allocate memory|MemoryError|OOMKilled|out of memory)/i },
  { resource: 'file descriptors', re: /(EMFILE|too many open files)/i },
];

/** Well-known ports, so `ECONNREFUSED 10.0.0.5:5432` can be called "PostgreSQL". */
export const PORT_NAMES: Record<string, string> = {
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
