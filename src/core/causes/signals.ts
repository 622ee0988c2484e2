// What error text says about its cause: message patterns shared by the cause rules. Each
// pattern names a family of failures the way runtimes and libraries word them (Node's errno
// codes, undici's `fetch failed`, JDBC pools, PostgreSQL/MySQL SQLSTATE texts, TLS stacks), in
// the wording of each runtime Rounds parses: an incident in a Go, .NET, PHP or Rust service says
// the same thing in its own words (`tls: failed to verify certificate`, `The remote certificate
// is invalid`, `Allowed memory size … exhausted`, `invalid peer certificate`).
export const RATE_LIMIT = /\b(rate[ -]?limit\w*|too ?many ?requests\w*|429|throttl\w*|quota exceeded|rate exceeded|request ?limit ?exceeded|SlowDown|reduce your request rate|\w*ThroughputExceeded\w*)\b/i;
export const REFUSED = /\b(ECONNREFUSED|connection refused|connect(ion)? (was )?refused|actively refused)\b/i;
/** No route to the peer: its network or host is gone (Linux errno texts, Node's codes). */
export const UNREACHABLE = /\b(EHOSTUNREACH|ENETUNREACH|no route to host|network is unreachable|host is unreachable|host unreachable)\b/i;
export const RESET = /\b(ECONNRESET|socket hang up|connection reset|broken pipe|EPIPE|UND_ERR_SOCKET|RemoteDisconnected|remote end closed connection|server closed the connection unexpectedly|connection closed by (foreign|remote) host)\b/i;
export const TIMEOUT = /\b(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|ConnectTimeoutError|timed? ?out|deadline exceeded|DEADLINE_EXCEEDED|context deadline|Gateway Time-?out|\w*Timeout(Error|Exception)|HttpClient\.Timeout)\b/i;
export const DNS = /\b(ENOTFOUND|EAI_AGAIN|getaddrinfo|name or service not known|no such host|UnknownHostException|temporary failure in name resolution|could not resolve host|nodename nor servname|NXDOMAIN|SERVFAIL)\b/i;
/** undici's (Node's fetch) wrapper: the real failure is its `cause`, a network error. */
export const FETCH_FAILED = /\bfetch failed\b/i;
// A circuit breaker that is open (resilience4j, Polly, Hystrix, gobreaker) has judged the peer down.
export const UNAVAILABLE = /\b(503 Service Unavailable|502 Bad Gateway|UNAVAILABLE|Service ?Unavailable\w*|upstream connect error|no healthy upstream|CallNotPermittedException|BrokenCircuitException|circuit ?breaker (is )?open|circuit breaker '[^']{1,100}' is OPEN|short-circuited|ErrOpenState)\b/i;

/** Programming errors, in each runtime's words (exception types and the runtime's own panic texts). */
const DEFECT_WORDS = [
  // JavaScript
  'TypeError|ReferenceError|RangeError|undefined is not|cannot read propert\\w*|is not a function|is not iterable|Cannot destructure|Maximum call stack',
  // Java / Kotlin
  'NullPointerException|ClassCastException|ArrayIndexOutOfBounds\\w*|IndexOutOfBoundsException|StringIndexOutOfBounds\\w*|IllegalArgumentException|IllegalStateException|ArithmeticException|NumberFormatException|ConcurrentModificationException|NoSuchElementException|UnsupportedOperationException|KotlinNullPointerException|UninitializedPropertyAccessException',
  // .NET
  'NullReferenceException|ArgumentNullException|ArgumentOutOfRangeException|ArgumentException|InvalidCastException|IndexOutOfRangeException|KeyNotFoundException|InvalidOperationException|DivideByZeroException|FormatException',
  // Python
  'AttributeError|KeyError|IndexError|ValueError|ZeroDivisionError|NameError|UnboundLocalError|RecursionError',
  // Ruby
  'NoMethodError|undefined method|undefined local variable|uninitialized constant|FrozenError|ArgumentError',
  // PHP
  'Call to a member function|Call to undefined (?:function|method)|Undefined (?:index|array key|offset|variable|property)|DivisionByZeroError|ArgumentCountError',
  // Go
  'nil pointer|null pointer|invalid memory address|index out of range|slice bounds out of range|assignment to entry in nil map|interface conversion|integer divide by zero|concurrent map (?:read and map write|writes|iteration and map write)',
  // Rust
  'called `(?:Option|Result)::unwrap\\(\\)` on|attempt to (?:add|subtract|multiply|negate|shift left|shift right) with overflow|index out of bounds|attempt to divide by zero',
];
export const CODE_DEFECT = new RegExp(`\\b(?:${DEFECT_WORDS.join('|')})\\b`, 'i');

export const MISSING_CONFIG = [
  /\b(missing|undefined|unset|not set|not defined|required|empty|no value for)\b[^\n]{0,60}?\b(env(ironment)?( variable)?|config(uration)?( value| key| option| setting)?|setting|variable|secret)\b/i,
  /\b(env(ironment)?( variable)?|config(uration)?( value| key| option| setting)?|setting)\b[^\n]{0,60}?\b(is )?(missing|not set|undefined|required|empty)\b/i,
  /\bKeyError: ['"][A-Z][A-Z0-9_]+['"]/,
  // Ruby's ENV.fetch, Go's envconfig, Spring's placeholders and required properties, .NET's
  // connection strings, Laravel's app key, dotenv-safe.
  /\bkey not found: ["']?[A-Z][A-Z0-9]*_[A-Z0-9_]+/,
  /\brequired key [A-Z][A-Z0-9_]+ missing value\b/,
  /\bCould not resolve placeholder '[^']{1,200}'/,
  /\bRequired (key|property) '[^']{1,200}' not found\b/,
  /\bConnectionString property has not been initialized\b/,
  /\bNo application encryption key has been specified\b/,
  /\bnot present in the environment\b/,
];
export const CONFIG_NAME = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b|\bplaceholder '([^']{1,200})'|\bRequired (?:key|property) '([^']{1,200})'/;

/** PostgreSQL 42703/42P01, MySQL 1054/1146, SQLite, SQL Server, Oracle, Prisma, Hibernate's validation, Django, Alembic, Flyway. */
export const SCHEMA = /((column|table) ["`']?[\w.]+["`']? (of relation "?[\w.]+"? )?does not exist|relation "?[\w.]+"? does not exist|no such (column|table)|Unknown column|Table '[^']+' doesn't exist|Invalid column name|Invalid object name|Undefined column name|UndefinedColumn|UndefinedTable|ER_BAD_FIELD_ERROR|ER_NO_SUCH_TABLE|SQLSTATE\[?(42703|42P01|42S22|42S02)|ORA-00904|ORA-00942|Schema-validation: missing (column|table)|pending migrations?|unapplied migration|Target database is not up to date|schema (version )?mismatch|migration[s]? (is |are )?(pending|out of date|not applied))/i;
export const SCHEMA_OBJECT = /(?:column|relation|table|Table) ["'`]?([\w.]+)["'`]?/;

// Transactions that conflict over the same rows, in each database's and ORM's words: PostgreSQL
// (`deadlock detected`, SQLSTATE 40P01; `could not serialize access`, 40001; `canceling statement
// due to lock timeout`, 55P03), MySQL/MariaDB (`Deadlock found when trying to get lock`, 1213;
// `Lock wait timeout exceeded`, 1205), SQL Server (`chosen as the deadlock victim`), Oracle
// (ORA-00060), SQLite (`database is locked`), MongoDB's WriteConflict, and the optimistic-lock
// exceptions of Hibernate/JPA, Spring, Entity Framework and Active Record.
export const LOCK_CONTENTION = /(deadlock detected|Deadlock found when trying to get lock|deadlock victim|deadlocked on lock resources|ORA-00060|\b40P01\b|could not serialize access|SQLSTATE\W{0,3}40001|serialization failure|Lock wait timeout exceeded|ER_LOCK_(DEADLOCK|WAIT_TIMEOUT)|canceling statement due to lock timeout|could not obtain lock on row|\b55P03\b|database (table )?is locked|SQLITE_BUSY|WriteConflict|Write conflict during plan execution|OptimisticLock\w*|StaleObjectState\w*|StaleObjectError|Attempted to update a stale object|Row was updated or deleted by another transaction|DbUpdateConcurrencyException|CannotAcquireLockException|DeadlockLoserDataAccessException|PessimisticLockingFailureException|CannotSerializeTransactionException|ActiveRecord::(Deadlocked|LockWaitTimeout|SerializationFailure))/i;

/** The database whose words a lock conflict is in, when they say. */
export const LOCK_DATABASES: [name: string, re: RegExp][] = [
  ['Oracle', /ORA-\d{5}/],
  ['PostgreSQL', /(PSQLException|psycopg|asyncpg|postgres|deadlock detected|40P01|could not serialize access|canceling statement due to lock timeout|55P03)/i],
  ['MySQL', /(MySQL|MariaDB|Deadlock found when trying to get lock|Lock wait timeout exceeded|ER_LOCK_)/i],
  ['SQL Server', /(deadlock victim|deadlocked on lock resources|SqlException)/i],
  ['SQLite', /(SQLITE_BUSY|database (table )?is locked)/i],
  ['MongoDB', /(WriteConflict|Write conflict during plan execution)/],
];

export const CERTIFICATE = /(certificate (has )?expired|CERT_HAS_EXPIRED|x509|certificate verify failed|unable to verify the first certificate|self[- ]signed certificate|SSLHandshakeException|PKIX path|TLS handshake|SSL routines|ERR_TLS_CERT\w*|certificate is not yet valid|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|remote certificate is invalid|CertificateExpiredException|SSLCertVerificationError|SSL certificate problem|unable to get local issuer certificate|failed to verify certificate|tls: bad certificate|unknown certificate authority|invalid peer certificate)/i;
export const AUTH = /(\b401\b|\b403\b|Unauthori[sz]ed|Forbidden|invalid[_ ]token|token (is )?(expired|invalid)|authentication failed|invalid (\w+ )?credentials|invalid_grant|invalid_client|access ?denied|signature verification failed|UNAUTHENTICATED|PERMISSION_DENIED|security token included in the request is (expired|invalid)|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|NOAUTH|WRONGPASS|jwt expired|TokenExpiredError|ExpiredSignatureError|ExpiredJwtException)/i;

export const CLOCK_SKEW = /(clock skew|skewed|token used before issued|not yet valid|issued in the future|\biat\b|\bnbf\b|RequestTimeTooSkewed|time difference|too far in the (future|past)|jwt not active|ImmatureSignatureError|NotBeforeError|InvalidSignatureException: Signature expired)/i;

/** Pools, queues, threads, memory, descriptors: what runs out when load outgrows capacity. */
export const EXHAUSTION: { resource: string; re: RegExp }[] = [
  { resource: 'connection pool', re: /(pool (is |has been |was )?exhausted|QueuePool limit|max pool size was reached|prior to obtaining a connection from the pool|max number of clients reached|no more connections allowed|ER_CON_COUNT_ERROR|Connection is not available, request timed out|timeout waiting for (a )?(free |idle )?(connection|object)|too many (connections|clients)|remaining connection slots|max_connections|pool timeout|acquire(ing)? (a )?connection timed out|KnexTimeoutError)/i },
  { resource: 'work queue', re: /(queue (is )?full|QueueFull|queue capacity|backlog (is )?full|buffer (is )?full|bulkhead)/i },
  { resource: 'thread pool', re: /(RejectedExecutionException|threads \(\d+\) are currently busy|thread pool (is )?(exhausted|full|saturated)|no (free|available) threads?|unable to create (new )?native thread)/i },
  { resource: 'memory', re: /(OutOfMemoryError|OutOfMemoryException|GC overhead limit exceeded|Allowed memory size of \d+ bytes exhausted|memory allocation of \d+ bytes failed|heap out of memory|JavaScript heap|ENOMEM|Cannot allocate memory|MemoryError|OOMKilled|out of memory)/i },
  { resource: 'file descriptors', re: /(EMFILE|too many open files)/i },
  { resource: 'disk space', re: /(ENOSPC|no space left on device|not enough space on the disk|disk (is )?full|DiskFull|database or disk is full|SQLITE_FULL)/i },
  { resource: 'ephemeral ports', re: /(EADDRNOTAVAIL|cannot assign requested address)/i },
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
