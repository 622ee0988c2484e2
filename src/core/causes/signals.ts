// What error text says about its cause: message patterns shared by the cause rules. Each
// pattern names a family of failures the way runtimes and libraries word them (Node's errno
// codes, undici's `fetch failed`, JDBC pools, PostgreSQL/MySQL SQLSTATE texts, TLS stacks), in
// the wording of each runtime Rounds parses: an incident in a Go, .NET, PHP or Rust service says
// the same thing in its own words (`tls: failed to verify certificate`, `The remote certificate
// is invalid`, `Allowed memory size … exhausted`, `invalid peer certificate`).
import { KILLED_POOL_WORKER } from './killed-pool-worker.js';
import { HTTP_CLIENT_TIMEOUT, syncOverAsyncTimeout } from './sync-over-async.js';
import { LOGIN_REFUSED } from './login-refused.js';
import { SSH_AUTH_REFUSED } from './ssh-auth-refused.js';
import { INSTANCE_ROLE_MISSING } from './instance-role-missing.js';
import { TIMEOUT_NOT_APPLIED_AFTER } from './timeout-not-applied.js';
import { FLOOD_CONTROL } from './flood-control.js';
import { KUBE_ACCESS_REFUSED, KUBE_UNAVAILABLE } from './kubernetes-status-words.js';
import { COULD_NOT_AUTHENTICATE } from './could-not-authenticate.js';
import { KAFKA_AUTHORIZATION_FAILED } from './kafka-authorization.js';
import { LOCK_ACQUIRE_TIMED_OUT } from './lock-acquire-timeout.js';
import { WINDOWS_CONNECT_WITHOUT_PORT } from './windows-port-exhaustion.js';
import { DISK_QUOTA, DISK_QUOTA_EXCEEDED } from './disk-quota.js';
import { VITESS_TRANSACTION_POOL, VITESS_TRANSACTION_POOL_FULL } from './vitess-serving-state.js';
import { INOTIFY_INSTANCE_LIMIT, INOTIFY_INSTANCES, INOTIFY_WATCH_LIMIT, INOTIFY_WATCHES } from './inotify-limits.js';
/**
 * A cloud account at a quota on what it may hold or create, in each provider's words: EC2's
 * VcpuLimitExceeded (`You have requested more vCPU capacity than your current vCPU limit of 32
 * allows … to request an adjustment to this limit.`, scrapoxy/scrapoxy#202, bentoml/bentoctl#202)
 * and InstanceLimitExceeded, Compute Engine's `Quota 'CPUS' exceeded.  Limit: 8.0 in region
 * us-east1.` (mesosphere-backup/terraform-dcos#61; unquoted in verilog-to-routing/vtr-verilog-to-routing#1874),
 * Oracle Cloud's `The following service limits were exceeded` (hitrov/oci-arm-host-capacity#55). A
 * ceiling of the account, not a rate: waiting does not lift it; raising the quota or freeing resources does.
 */
export const CLOUD_QUOTA = /(\b(?:Vcpu|Instance|Address|Volume|Snapshot|Vpc|Subnet|SecurityGroup|NetworkInterface)LimitExceeded\b|request an adjustment to this limit|\bcurrent vCPU limit of \d+|\bQuota '?[\w-]{1,60}'? exceeded\.\s{1,3}Limit:|service limits? (?:were|was|has been) exceeded)/i;
// A quota on requests (AWS' ServiceQuotaExceededException, Google's `quotaExceeded`, OpenAI's
// insufficient_quota), not a disk's (EDQUOT) nor a browser's storage (DOMException QuotaExceededError).
// 429 by number, but not a time's milliseconds or a decimal's digits (AUTH_STATUS says why).
// gRPC's RESOURCE_EXHAUSTED is also its status for a message over the size limit (grpc-go's
// `received message larger than max`, grpc-java's `gRPC message exceeds maximum size N: M`): a
// size, which SIZE_LIMIT reads, not a quota. Azure Storage throttles past its scalability targets
// with ServerBusy, `Ingress is over the account limit.` (Egress, `Operations per second`), or with
// ServerBusy's bare `The server is busy.` (the Azure SDKs' storage FAQ, Azure/azure-sdk-for-cpp#5067:
// the account's scalability targets reached; gone at lower parallelism, microsoft/azure-vhd-utils#52):
// the error code, as Azure Storage and Service Bus send it, is the throttle, not a server's words
// that it is busy (TiDB's `TiKV server is busy` is the store's own load, not a quota). A limit on
// sending stated as exceeded is a rate: FCM's QUOTA_EXCEEDED (HTTP 429), which firebase-admin words
// `Sending limit exceeded for the message target.` (messaging/message-rate-exceeded, FCM's legacy
// `MessageRateExceeded`), and SES' `Maximum sending rate exceeded.`; a size limit exceeded is not one. APNs
// answers 429 with one of two reasons (Apple's 'Handling notification responses from APNs'):
// TooManyRequests, and TooManyProviderTokenUpdates — a sender's provider token renewed more than
// once in 20 minutes, a limit on its rate of token updates, not a token refused (ExpiredProviderToken).
// A quota worded with the words of its name between: Compute Engine's `The following quotas were
// exceeded: CPUS (quota: 24, used: 24 + needed: 4)` (gcloud app deploy, PolicyEngine/policyengine-api#177),
// Azure Resource Manager's `results in exceeding approved Total Regional Cores quota` (the Azure SDK
// for .NET, nforgeio/neonKUBE#1671): a subscription's or project's quota, as CLOUD_QUOTA's. A quota with
// no name between (`exceeded the quota`: a browser's storage, above) or a disk's or storage's is not.
// `rate limit` as a word or an error's name (`rate_limited`, `RateLimitExceeded`, `rate_limit_error`,
// `x-ratelimit-remaining`), not as the start of another name: poolboy's `:rate_limit_redis_pool`
// (devinus/poolboy#139) names a pool of a service's rate limiter, and a call to it that timed out
// says nothing of a limit reached.
const RATE_WORDS = /(?:\b|_)(rate[ _-]?limit(?:s|ed|ers?|ing)?(?:[ _-]?(?:exceeded|reached|hit|error|exception|exhausted|remaining|reset))?(?:Error|Exception)?|too ?many ?requests\w*|TooManyProviderTokenUpdates|(?<!\d[.,])429(?![.,]\d)|throttl\w*|(?<!disk )quota exceeded|quotas? (?:were|was|have been|has been) exceeded|exceed(?:s|ed|ing) (?:the |your |its )?(?:approved |allowed )?(?:[\w-]+ ){1,4}?(?<!\b(?:the|disk|storage) )quotas?(?! (?:of|for) (?:disk|storage)\b)|\w+QuotaExceeded\w*|QuotaExceededException|quotaExceeded|exceeded your current quota|insufficient_quota|rate exceeded|requests?[ _]?limit[ _]?exceeded|\bExceeded \d+ calls per (?:second|minute)\b|(?:creating|sending|making|creat\w+) \w+ too quickly|requests? (?:hit the API )?too quickly|SlowDown|reduce your request rate|\w*ThroughputExceeded\w*|is over the (?:account|partition) limit|ServerBusy|(?:sending|send) (?:limit|rate) exceeded|message[ _-]?rate[ _-]?exceeded|RESOURCE_?EXHAUSTED(?![^\n]*(?:larger than max|exceeds maximum size|exceeds the maximum configured message size)))\b/i;
// A cloud account's quota on resources is a quota too (CLOUD_QUOTA), worded as such by the rule;
// Telegram's flood control is a rate limit in its own words (flood-control.ts).
export const RATE_LIMIT = new RegExp(`${RATE_WORDS.source}|${CLOUD_QUOTA.source}|${FLOOD_CONTROL.source}`, 'i');
// Zig's error set names the refusal as one word (std.net's error.ConnectionRefused; Bun, built on it,
// prints `ConnectionRefused downloading package manifest vite`: oven-sh/bun#10597), as Rust's
// io::ErrorKind does; a name inside a longer identifier (`isConnectionRefused`) is code's.
export const REFUSED = /\b(ECONNREFUSED|connection refused|ConnectionRefused|connect(ion)? (was )?refused|actively refused|ORA-12541|TNS:no listener)\b/i;
/** No route to the peer: its network or host is gone (Linux errno texts, Node's codes). */
export const UNREACHABLE = /\b(EHOSTUNREACH|ENETUNREACH|no route to host|network is unreachable|host is unreachable|host unreachable)\b/i;
// A connection dropped mid-request, in the words of Node, Python's http.client, libpq, the MySQL
// clients (2006 `MySQL server has gone away`, 2013 `Lost connection to MySQL server`),
// PostgreSQL's admin shutdown (57P01), node-postgres' `Connection terminated unexpectedly` (the
// server restarted or dropped the session), ioredis and Go's net/http (`Post "…": EOF`), Node's TLS
// socket reset mid-handshake (`Client network socket disconnected before secure TLS connection was
// established`, ECONNRESET: a proxy or the peer closing it, not a certificate refused), ZooKeeper's
// `KeeperErrorCode = ConnectionLoss` (and Curator's), Prisma's P1017 `Server has closed the
// connection.`, Go database/sql's driver.ErrBadConn (`driver: bad connection`: the driver found the
// pooled connection broken), NATS' `stale connection` (the server stopped answering its pings).
// A connection the library names as the caller's own object, closed by the caller and then used,
// is not one dropped: SQLAlchemy's ResourceClosedError `This Connection is closed` (its whole
// message: a sentence that says `this connection was closed` of a peer's port stays a drop), ADO.NET's
// `Invalid operation. The connection is closed.` (a command run on a connection never opened or
// already closed). Nor is a connection a client declares lost for a programming error of its own
// process: pika's StreamLostError `Stream connection lost: IndexError('pop from an empty deque')`
// is one connection driven from two threads corrupting its buffers (pika is not thread-safe), where
// a network loss names an OS error (`ConnectionResetError(104, …)`).
// Swift's AsyncHTTPClient names the drop as its error's case, printed as the enum's name:
// `HTTPClientError.remoteConnectionClosed` (the peer closed the connection before the response
// ended: swift-server/async-http-client#715), beside its other cases (`emptyHost`, `alreadyShutdown`:
// the caller's URL or lifecycle, not a connection).
// curl's CURLE_GOT_NOTHING (52), `Empty reply from server`: the peer accepted the connection, read the
// request and closed it without a byte of answer (libcurl-errors(3)). Other clients name the same
// drop in their own words: Perl's Net::HTTP under LWP (`500 Server closed connection without sending
// any data back`) and Erlang/OTP's httpc, by its reason atom (`{error,socket_closed_remotely}`).
// undici's (Node's fetch) SocketError `other side closed` (UND_ERR_SOCKET, raised when the socket
// ends from the peer's side: the server killing the connection, its maintainer on
// nodejs/undici#1923); the code alone is above, the message alone is what a `cause` prints.
export const RESET = /\b(ECONNRESET|(?:server|peer) has closed the connection|driver: bad connection|nats: stale connection|socket hang up|connection reset|broken pipe|EPIPE|UND_ERR_SOCKET|RemoteDisconnected|remote end closed connection|server closed the connection unexpectedly|connection closed by (foreign|remote) host|server has gone away|Lost connection to (\w+ )?server|terminating connection due to administrator command|(?<!(?:^|: )This |\bInvalid operation\. The )connection (is |was )?(closed|lost)(?!: (?:IndexError|AssertionError|AttributeError|TypeError|KeyError|ValueError)\()|Connection terminated unexpectedly|KeeperErrorCode = ConnectionLoss|CuratorConnectionLossException|socket disconnected before secure TLS connection was established|unexpected EOF|response_ended|SSL SYSCALL error|sent GOAWAY|ECONNABORTED|ORA-03113|ORA-03135|ServerDisconnectedError|Server disconnected|read error on connection|prematurely closed connection|Connection prematurely closed\b|remoteConnectionClosed|\bconnection \d+ to \S+ closed|Empty reply from server|Server closed connection without sending any data back|socket_closed_remotely|other side closed)\b|"\s?: EOF$|(?:^|: )invalid connection$/im;
/**
 * A read or a write on a connection that was open, answered by the socket's `closed`: Erlang's
 * gen_tcp and ssl return `{error, closed}` when the peer has closed the connection, and Postgrex
 * (with DBConnection's ConnectionError around it) words that `tcp recv: closed` / `ssl recv:
 * closed`, `tcp send: closed`, and since postgrex#597 `tcp recv (idle): closed` for a connection
 * closed while it sat idle in the pool (a server's or a pooler's idle timeout:
 * elixir-ecto/postgrex#482, stride-nyc/remote_retro#432, UrbanCCD-UChicago/plenario2#396). The
 * connection had been accepted, so the peer drops connections; it did not refuse one, which the
 * type's `ConnectionError` alone would say. DBConnection's own pool closing the connection (`…
 * closed (the connection was closed by the pool, possibly due to a timeout…)`, elixir-ecto/ecto#3224)
 * is this side's doing, and is not this.
 */
export const CLOSED_UNDER_USE = /\b(?:tcp|ssl) (?:recv|send|async_recv)( \(idle\))?: closed\b(?! \(the connection was closed by the pool)/i;

/**
 * The peer refuses or cannot be reached, in the words of client libraries that do not quote an
 * errno: MySQL's `Can't connect to MySQL server`, libpq's `could not connect to server`,
 * Lettuce's `Unable to connect to`, StackExchange.Redis's `No connection is active/available`,
 * urllib3's `Failed to establish a new connection`, AMQP's closed channel, the Cassandra driver's
 * NoHostAvailableException (`All host(s) tried for query failed`) and gocql's ErrNoConnections (`gocql:
 * no hosts available in the pool`: every host it knows is down to it, apache/cassandra-gocql-driver#739,
 * #915; not its ErrNoHosts, `no hosts provided`, a cluster configured with none), the MongoDB drivers' failed server
 * selection (MongoServerSelectionError, PHP's `No suitable servers found`), Prisma's P1001 `Can't reach
 * database server`, ioredis giving up on a command while Redis is unreachable (`Reached the max
 * retries per request limit`), Envoy's reset reason `connection failure` (its connect to the
 * upstream failed, as envoyproxy/envoy#24812 and istio/istio#34920 quote it).
 * Hazelcast's client with no member of its cluster connected (HazelcastClientOfflineException `No
 * connection found to cluster`, in its ASYNC reconnect mode while the members are down:
 * hazelcast/hazelcast#16519).
 * A broker or an origin named unreachable: MassTransit's RabbitMqConnectionException `Broker
 * unreachable: user@host:5672/` over the RabbitMQ client's BrokerUnreachableException (while the broker
 * restarted, MassTransit/MassTransit#2072), Cloudflare's 523 `Origin is unreachable` (its 5xx
 * troubleshooting page: no route to the origin's address).
 * Db2's SQL30081N (`A communication error has been detected. Communication protocol being used:
 * "TCP/IP"…`, SQLSTATE 08001): its client's socket call to the server failed (ibmdb/node-ibm_db#82).
 */
/**
 * An AMQP broker closing its connections because it is shutting down: the connection.close reply
 * 320 CONNECTION_FORCED with `broker forced connection closure with reason 'shutdown'`, as amqplib
 * (storj-archived/complex#63), pika (Cloud-CV/EvalAI#1113) and amqpstorm (eandersson/amqpstorm#35)
 * pass it on, when a broker is stopped or restarted (postwait/node-amqp#345: a Chef run restarting
 * the brokers). A reason other than shutdown (an operator closing one connection) is not this.
 */
export const BROKER_SHUTDOWN = /CONNECTION_FORCED - broker forced connection closure with reason '?shutdown'?/i;
/**
 * A secrets store that is sealed: a HashiCorp Vault (or OpenBao) server starts sealed after a
 * restart and answers every request 503 `{"errors":["Vault is sealed"]}` until it is unsealed with
 * its key shares or its auto-unseal key (hashicorp/vault#213; namecheap/node-vault-client#12, where
 * request-promise words it `StatusCodeError: 503 - {"errors":["Vault is sealed"]}`). Up, but serving nothing.
 */
// The server's whole message (`["Vault is sealed"]`, `Error: Vault is sealed`, the Go client's `* Vault
// is sealed`), as Vault capitalises it: not a vault or a seal in another sense.
export const SEALED = /(?:^|["'\[:*]\s?)Vault is sealed\b/m;

/**
 * A database connection lost inside an open transaction, and the ORM session that held it never
 * rolled back: SQLAlchemy invalidates a connection it finds disconnected (a database restart, a
 * failover, a server-side idle timeout), and until the session is rolled back every use of it
 * raises `Can't reconnect until invalid transaction is rolled back` (PendingRollbackError since
 * 1.4; pallets-eco/flask-sqlalchemy#802 after a database reboot, sqlalchemy/sqlalchemy#8745).
 * SQLAlchemy's own words for a session rolled back after a failed flush are another failure
 * (the flush's own error came first), and are not this.
 */
export const INVALIDATED_IN_TRANSACTION = /\bCan't reconnect until invalid (?:savepoint )?transaction is rolled back\b/;
/**
 * One connection used by two processes or threads at once, in the words of the protocol that
 * notices first: a TLS session whose sequence numbers two processes advance (libpq over SSL after a
 * fork: `SSL error: decryption failed or bad record mac`, as in celery/celery#3238 and uWSGI without
 * lazy-apps), libpq's `lost synchronization with server: got message type …` (two users of one
 * connection interleaving its messages), MySQL's 2014 `Commands out of sync; you can't run this
 * command now` (a command sent before the last one's results were read, from another thread or the
 * same code), redis-py reading another user's reply bytes (`Protocol Error: \x00, \x00`, `Protocol
 * error, got "\r" as reply type byte`), libpq refusing a query on a connection whose last one is
 * still running (`another command is already in progress`, PQsendQueryStart: a second user of the
 * connection, or a query abandoned halfway on a shared one), the mysql2 gem's guard naming the thread
 * or fiber that holds the connection (`This connection is in use by: #<Thread:…>`). The peer is up;
 * the process shares what must not be shared. Matched in the libraries' own case: an application's
 * `Another command is already in progress: pull-db` is its own lock on a job, no connection's.
 */
export const SHARED_CONNECTION = /\banother command is already in progress\b|\bThis connection is in use by: #<(?:Thread|Fiber)\b|\bdecryption failed or bad record mac\b|\blost synchronization with server: got message type\b|\bCommands out of sync; you can't run this command now\b|\bProtocol Error: \\x00|\bProtocol error, got "[^"\n]{1,10}" as reply type byte\b/;

/**
 * A token verifier that could not fetch the issuer's JSON Web Key Set: jose's (panva/jose,
 * runtime/fetch_jwks) own words for a key-set endpoint answering anything but 200, and its
 * JWKSTimeout for one that did not answer in time. The tokens are not at fault, nor are the
 * service's credentials: the identity provider serving the keys is down or failing, under every
 * service that verifies its tokens at once.
 */
export const JWKS_UNAVAILABLE = /\bExpected 200 OK from the JSON Web Key Set HTTP response\b|\bJWKSTimeout\b|\bERR_JWKS_TIMEOUT\b/;
/**
 * A Kafka consumer group without a coordinator: Kafka's error 15, COORDINATOR_NOT_AVAILABLE (or
 * GROUP_COORDINATOR_NOT_AVAILABLE), in its clients' words — the Java client's
 * CoordinatorNotAvailableException `The coordinator is not available.`, kafka-go's `[15] Group
 * Coordinator Not Available: …` (segmentio/kafka-go#955), KafkaJS's `The group coordinator is not
 * available` (tulios/kafkajs#1494) and KafkaJSGroupCoordinatorNotFound `Failed to find group
 * coordinator` (tulios/kafkajs#230), librdkafka's `Broker: Group coordinator not available`
 * (confluentinc/confluent-kafka-dotnet#756). The coordinator is the
 * broker leading the group's partition of __consumer_offsets: it is down, that partition has no
 * leader, or the topic could not be created (offsets.topic.replication.factor above the live brokers).
 */
// In each client's own casing: a coordinator in another sense (a job's, a transaction's) is not Kafka's.
export const COORDINATOR_UNAVAILABLE = /(\bGroup Coordinator Not Available\b|\bGroup coordinator not available\b|\bThe (?:group )?coordinator is not available\b|\b(?:GROUP_)?COORDINATOR_NOT_AVAILABLE\b|\b(?:Group)?CoordinatorNotAvailable\w*|Failed to find group coordinator|KafkaJSGroupCoordinatorNotFound)/;
/**
 * A Kafka consumer whose own processing between two polls outlasted the time its group allows
 * (max.poll.interval.ms, KIP-62): the group coordinator took its partitions away and gave them to
 * another member, so the offsets it then commits are refused and the records it processed are
 * delivered again. In each client's words: the Java client's CommitFailedException (`the time
 * between subsequent calls to poll() was longer than the configured max.poll.interval.ms`, and
 * `session.timeout.ms` in clients before KIP-62), kafka-python's CommitFailedError
 * (`max_poll_interval_ms`), librdkafka's MAX_POLL_EXCEEDED (`Application maximum poll interval
 * (300000ms) exceeded by 89ms`, rdkafka_cgrp.c). Not a broker failing: the consumer's batches
 * take longer than the interval (too many records per poll for what each costs).
 */
export const POLL_INTERVAL_EXCEEDED = /\bcalls to poll\(\) was longer than the configured (?:max[._]poll[._]interval[._]ms|session[._]timeout[._]ms)\b|\bApplication maximum poll interval \([^)\n]{1,20}\) exceeded by\b|MAX_POLL_EXCEEDED\b/;
/**
 * A Kafka consumer's offset commit refused because the group no longer counts it as a member: the
 * protocol's UNKNOWN_MEMBER_ID (25, `The coordinator is not aware of this member.`) and
 * ILLEGAL_GENERATION (22, `Specified group generation id is not valid.`), in librdkafka's words
 * as confluent-kafka raises them (`KafkaError{code=UNKNOWN_MEMBER_ID,val=25,str="Commit failed:
 * Broker: Unknown member"}`, confluentinc/librdkafka#2213), kafka-python's and aiokafka's
 * (`[Error 25] UnknownMemberIdError`), the Java client's UnknownMemberIdException and
 * IllegalGenerationException, KafkaJS's protocol error. The coordinator removed the member (its
 * poll loop outlasted max.poll.interval.ms, or its heartbeats stopped for session.timeout.ms) and
 * gave its partitions to another. Only on a commit: a rebalance merely under way
 * (REBALANCE_IN_PROGRESS, 27) is the group's transient state and is not one.
 */
export const MEMBER_DROPPED = /\b(?:UNKNOWN_MEMBER_ID|ILLEGAL_GENERATION|UnknownMemberId(?:Error|Exception)|IllegalGeneration(?:Error|Exception)|Broker: Unknown member|Broker: Specified group generation id is not valid|The coordinator is not aware of this member|Specified group generation id is not valid)\b/;
export const MEMBER_DROPPED_ON = /commit/i;
// A client on the same host connecting through a Unix socket that no server listens on: the MySQL
// client's 2002 `Can't connect to local MySQL server through socket '…' (2)` (errno 2, the socket file
// absent) and libpq's `connection to server on socket "…" failed: No such file or directory` with its
// hint `Is the server running locally and accepting connections on that socket?` (`on that host` for
// TCP). The missing file is the server's socket, not a configuration file.
// A client with none of its servers to use: Dalli's (Ruby, memcached) `Dalli::RingError: No server
// available` once every server in its ring failed its connect (atlrug/atlrug#7, memcached not
// listening on 127.0.0.1:11211; petergoldstein/dalli#489), as the MongoDB and Cassandra drivers'
// `no servers available`, `no hosts available`.
export const CONNECT_FAILED = /\b(reset reason: (?:remote )?connection failure|Can't connect to (?:local )?(\w+ )?server|Is the server running (?:locally|on that host) and accepting|could not connect to|couldn'?t connect to|cannot connect to|(?:wasn'?t|was not|were not|not) able to connect to|connection_error|ConnectException|Unable to connect to|Failed to connect to|Communications link failure|NoBrokersAvailable|(?:Broker|Node) may not be available|\w*BrokerNotAvailable\w*|(AMQP|Kafka|Broker|Client|Client ?Connector|Redis|Mongo|Elasticsearch|Cassandra|Nats|Socket)?Connection(Refused)?Error|ClientConnectorError|No connection is (active|available)|No connection found to (?:the )?cluster|It was not possible to connect|Failed to establish a new connection|channel\/connection is not open|could not establish the connection|All host\(s\) tried for query failed|no hosts available in the pool|No (?:servers?|hosts?|nodes?) (?:is |are )?available|All \d+ node\(s\) tried for the query failed|AllNodesFailedException|NoNodeAvailableException|Broker transport failure|All broker connections are down|_ALL_BROKERS_DOWN|no servers available for connection|MongoServerSelectionError|Can't reach database server|MaxRetriesPerRequestError|Reached the max retries per request limit|No suitable servers found|ORA-12514|ORA-12170|A network-related or instance-specific error occurred while establishing a connection|Could not open a connection to SQL Server|BrokerUnreachableException|None of the specified endpoints were reachable|(?:Broker|Origin) (?:is )?unreachable|TCPConnectionFailed\w*|Could not establish TCP connection|A communication error has been detected)\b/i;
/**
 * The peer is up but cannot serve: a failover or election under way, a demoted primary or a
 * replica taking writes, a server starting up or recovering. PostgreSQL (25006 `cannot execute
 * UPDATE in a read-only transaction`, or `nextval()` when an insert draws an id; SQLSTATE 25006
 * only when written as one: a bare number may be an id; 57P03 `the database system is starting
 * up`), MySQL (1290 `running with the --read-only option`, 1792 `Cannot execute statement in a READ
 * ONLY transaction` on a session a proxy or pool left read-only), SQL Server (3906 `Failed to update
 * database "…" because the database is read-only`, an availability group's secondary), Redis
 * (`READONLY You can't write against a read only replica`, `LOADING`, `CLUSTERDOWN`,
 * `MASTERDOWN`), MongoDB (NotWritablePrimary `not primary`, `not master and slaveOk=false`,
 * PrimarySteppedDown, InterruptedDueToReplStateChange), Kafka (NOT_LEADER_OR_FOLLOWER,
 * LEADER_NOT_AVAILABLE, KafkaJS's `leadership election`), and the consensus stores' own words
 * during an election (etcd's `etcdserver: leader changed` and `no leader`, Consul's `No cluster
 * leader`, Elasticsearch's `no master` block) or while a restarted cluster recovers
 * (Elasticsearch's `state not recovered / initialized` block, MinIO's XMinioServerNotInitialized
 * `Server not initialized, please try again.`).
 * `role` says which of the three it is.
 */
export const FAILOVER: { role: 'read-only' | 'no-primary' | 'not-ready'; re: RegExp }[] = [
  { role: 'read-only', re: /(You can't write against a read[- ]only replica|cannot execute [\w()]+ in a read-only transaction|SQLSTATE\W{0,3}25006|running with the --(super-)?read-only option|ER_OPTION_PREVENTS_STATEMENT|ReadOnlySqlTransaction|because the database is read-only|Cannot execute statement in a READ ONLY transaction|ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION)/i },
  // MongoDB's `not primary` is the whole message (`MongoServerError: not primary`, pymongo's
  // `not primary, full error: …`), not a phrase inside one.
  // A driver that looked for the primary and found none says so in its own words (pymongo 1.x's
  // AutoReconnect `could not find master/primary`, mongodb-labs/edda#26; `No primary available for
  // writes`, pyeve/eve#1011); a primary key is a table's, never a server's.
  { role: 'no-primary', re: /((^|:\s)not (primary|master)\b(?! key)|NotWritablePrimary|NotPrimary\w*|NotMasterError|PrimarySteppedDown|InterruptedDueToReplStateChange|no (primary|master|leader)(?: (?:server|node|member))? (is )?(available|found|elected)|(?:could not|couldn't|cannot|can't|unable to) find (?:a |the )?(?:master|primary)(?:\/(?:master|primary))?\b(?![ -]key)|no leader for this topic-partition|leadership election|LEADER_NOT_AVAILABLE|LeaderNotAvailable\w*|leader not available|not leader (?:for|or follower)|NOT_LEADER_(OR_FOLLOWER|FOR_PARTITION)|NotLeader(OrFollower|ForPartition)\w*|not the leader for that topic-partition|\bMASTERDOWN\b|\bCLUSTERDOWN\b|master_not_discovered_exception|etcdserver: (leader changed|no leader)|No cluster leader|SERVICE_UNAVAILABLE\/2\/no master)/im },
  { role: 'not-ready', re: /(the database system is (starting up|in recovery mode|shutting down|not yet accepting connections)|\b57P03\b|LOADING Redis is loading|node is recovering|server is (starting|shutting down)|SERVICE_UNAVAILABLE\/1\/state not recovered|\bnot initialized, please try again\b)/i },
];
/**
 * Elasticsearch unable to search an index because its shards are not allocated (a red index or
 * cluster): `no_shard_available_action_exception` (NoShardAvailableActionException), or a
 * `search_phase_execution_exception` / SearchPhaseExecutionException `all shards failed` answered
 * 503, as Kibana logged it in elastic/kibana#32332 and a Spring Data client in IHTSDO/snowstorm#661.
 * Not `all shards failed` for a query the shards refused (answered 400, `query_shard_exception`,
 * a parse or mapping error): that is the query, not the cluster.
 */
export function shardsUnavailable(text: string): boolean {
  if (/(no_shard_available_action_exception|NoShardAvailableActionException)/.test(text)) return true;
  return /all shards failed/i.test(text) && /(["\s:(]503\b|Service Unavailable)/.test(text) && !/(query_shard_exception|parsing_exception|illegal_argument_exception|QueryShardException)/.test(text);
}

/**
 * Go's resolver failing a lookup names the name server it asked: `lookup <host> on <server>:53:
 * <cause>` (istio/istio#26354: `lookup istiod.istio-system.svc on 10.96.0.10:53: read udp …: i/o
 * timeout`, against kube-dns' address; kubernetes/kubernetes#33877). When the server did not answer
 * (a timeout, a refusal) the failure is that server's — the cluster's DNS, CoreDNS or kube-dns, in
 * Kubernetes —, not the host looked up. An answer is read as before: `no such host` (the name does
 * not exist) and `server misbehaving` (an error answer) are the name not resolving.
 * `resolverFailed` gives the host and the server.
 */
const RESOLVER_LOOKUP = /\blookup ([^\s:]+) on ((?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-f:]+\]):53: /i;
export function resolverFailed(text: string): { host: string; server: string } | undefined {
  const m = RESOLVER_LOOKUP.exec(text);
  if (!m || !/(i\/o timeout|timed out|connection refused)/i.test(text.slice(m.index))) return undefined;
  return { host: m[1], server: `${m[2]}:53` };
}

/**
 * The host a lookup the name server answered was for: in Go's `lookup <host> on <server>:53:
 * <answer>`, an answer (`no such host`, `server misbehaving`) says the name does not resolve, and
 * the peer is that name — the server's address after `on` is only whom it was asked (the
 * opentelemetry-demo checkout's `lookup badAddress on 127.0.0.11:53: server misbehaving`, Docker's
 * embedded DNS server answering for a name no container has). Undefined when the server did not
 * answer (resolverFailed reads those).
 */
export function lookedUpHost(text: string): string | undefined {
  const m = RESOLVER_LOOKUP.exec(text);
  return m && !resolverFailed(text) ? m[1] : undefined;
}

/**
 * A lookup the resolver could not answer for now: getaddrinfo's EAI_AGAIN, `Temporary failure in
 * name resolution` in glibc's words (Node's `getaddrinfo EAI_AGAIN <host>`, Python's `[Errno -3]`,
 * Ruby's SocketError), which glibc returns when the name server did not answer in time or answered
 * with a server failure — not that the name does not exist (EAI_NONAME, `Name or service not known`).
 * Findmypast's 'Solving DNS lookup failures in Kubernetes' (tech.findmypast.com/k8s-dns-lookup): Node
 * services logging `getaddrinfo EAI_AGAIN k8s-service` now and then for names that exist.
 * `unansweredLookup` gives the host looked up when the words name it (Node's, urllib3's `host='…'`
 * or `Failed to resolve '…'`).
 */
// musl's gai_strerror words EAI_AGAIN `Try again` (glibc's is the sentence above), as libpq quotes it
// where the libc is musl (Alpine's): `could not translate host name "<host>" to address: Try again` (Doctrine DBAL
// in ecamp/ecamp3#3737, the database's name failing to resolve now and then in production, then
// resolving again). `Try again` alone is anyone's advice: only after a lookup's own words.
const UNANSWERED_LOOKUP = /\b(EAI_AGAIN|Temporary failure in name resolution)\b|\b(?:could not translate host name "[^"]*" to address|getaddrinfo(?: for \S+)? failed): Try again\b/i;
export function unansweredLookup(text: string): { host?: string } | undefined {
  if (!UNANSWERED_LOOKUP.test(text)) return undefined;
  // The signature's own message has the host parameterised (`<hostname>`): a sample's words name it.
  const named = [...text.matchAll(/\bgetaddrinfo EAI_AGAIN ([^\s:'"()]+)|\b(?:host=|Failed to resolve )'([^'\s]{1,200})'|\bcould not translate host name "([^"\s]{1,253})"/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  return { host: named.find((h) => !h.startsWith('<')) };
}

/**
 * An SDK that could not fetch the credentials it signs its calls with, in each SDK's words (the AWS
 * SDK for Go's `WebIdentityErr: failed to retrieve credentials` and v2's `failed to refresh cached
 * credentials`, botocore's `Error when retrieving credentials from <provider>`, the AWS SDK for
 * Java's `Unable to load credentials from service endpoint`): the call never went out, and the
 * endpoint the words name (STS, the instance or container metadata endpoint) is the one that failed,
 * not the service the call was for. AWS's summary of 7 December 2021 (aws.amazon.com/message/12721):
 * STS slow to issue credentials for OpenID Connect identities, which pods' web identities are.
 */
export const CREDENTIALS_FETCH_FAILED = /\b(failed to retrieve credentials|failed to refresh cached credentials|Error when retrieving credentials from|Unable to load credentials from service endpoint)\b/i;
/**
 * A container the kernel killed at its memory limit: Kubernetes' termination reason `OOMKilled`
 * (exit code 137, the OOM killer's SIGKILL once the container's cgroup used all the memory its
 * limit allows; Kubernetes docs, 'Assign Memory Resources to Containers and Pods'). The killed
 * process records nothing itself, so the words come from whatever watches it (an orchestrator, a
 * workflow or job controller, a CI runner).
 */
export const CONTAINER_OOM_KILLED = /\bOOMKilled\b/;
/**
 * The Kubernetes API server could not call an admission webhook (`Internal error occurred: failed
 * calling webhook "<name>": failed to call webhook: Post "https://<service>.<namespace>.svc:443/…":
 * context deadline exceeded`): the request reached the API server, which answered; the webhook's
 * endpoint in the words is the peer that did not (Kubernetes docs, 'Dynamic Admission Control',
 * timeouts and failurePolicy).
 * The Status can reach the service inside a client's JSON body (the Kubernetes Python client's
 * `ApiException` prints it), its quotes escaped (`webhook \"<name>\"`).
 */
export const ADMISSION_WEBHOOK_FAILED = /\bfailed calling (?:admission )?webhook \\?"([^"\\\n]{1,200})\\?"/i;

/**
 * Envoy's reset reason `connection termination`: the peer's end closed the connection the proxy
 * sent the request on, most often an idle keep-alive connection the peer's server closed as the
 * proxy reused it, its idle timeout shorter than the proxy's (istio/istio#55138, #31393).
 */
export const PEER_CLOSED_IDLE = /\breset reason: connection termination\b/i;

/**
 * An SMTP server refusing service for now: reply code 421, "Service not available, closing
 * transmission channel" (RFC 5321, 4.2.2 and 4.2.3), with or without its enhanced status 4.3.2,
 * "System not accepting network messages" (RFC 3463) — whatever command it answered, AUTH
 * included: the server is unavailable, its refusal says nothing of the credentials (a rejected
 * credential is answered 535, RFC 4954). MailKit words it `421: 4.3.2 Service not active`
 * (jstedfast/MailKit#1106). A 421 with neither an enhanced status nor SMTP's words (HTTP's
 * Misdirected Request) is not one.
 */
export const SMTP_SERVICE_UNAVAILABLE = /\b421[:\s-]{1,3}(?:4\.\d{1,3}\.\d{1,3}\b|[^\n]{0,80}?\b(?:Service not available|closing transmission channel))|\b4\.3\.2 (?:Service not (?:active|available)|System not accepting network messages)\b/i;

/**
 * The server an SMTP 421 reply names: RFC 5321's form puts its domain first (`421 <domain> Service
 * not available, closing transmission channel`, 4.2 and 4.3.2); Office 365's puts the answering
 * host in brackets at the end (`421: 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]`,
 * jstedfast/MailKit#1106).
 */
export function smtpRefusingServer(text: string): string | undefined {
  const line = text.split('\n').find((l) => SMTP_SERVICE_UNAVAILABLE.test(l));
  if (!line) return undefined;
  const host = '[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)+';
  return new RegExp(`\\[(${host})\\]`, 'i').exec(line)?.[1] ?? new RegExp(`\\b421[:\\s-]{1,3}(?:4\\.\\d{1,3}\\.\\d{1,3}\\s+)?(${host})\\s+Service not available`, 'i').exec(line)?.[1];
}

/** A peer answering a call with a server error (HTTP 5xx), as HTTP clients word it. */
// The AWS SDK for Java states the status as `(Service: Amazon S3; Status Code: 500; Error Code:
// InternalError; …)`, Google's Go client as `googleapi: Error 503: …`, request-promise's StatusCodeError as
// `<status> - <body>` (`StatusCodeError: 503 - {"errors":[…]}`). OpenAI's Python client of 0.x as `HTTP code 522
// from API (<body>)` (Helicone/helicone#798). An AWS service's own error code for its internal
// failure, which the S3 API's error responses define as a 500 (`InternalError`, "We encountered an
// internal error. Please try again."), in the forms the SDKs report it when they print no status:
// the AWS SDK for Rust's ErrorMetadata (`code: Some("InternalError")`, awslabs/aws-sdk-rust#1163),
// the Java SDK's `Error Code: InternalError`, the XML body's `<Code>InternalError</Code>`. A 5xx
// response's status line quoted whole (`HTTP/1.1 522 Origin Connection Time-out`, RFC 9112 §4: the
// version, the code, the reason), as a WebSocket client quotes the handshake's answer it refuses
// (coyove/goflyway#119); a 4xx status line is no server error.
// curl run with --fail reports a peer's 5xx as CURLE_HTTP_RETURNED_ERROR (22), `The requested URL
// returned error: 503` (libcurl-errors(3)); its 4xx stay with the rules that read them (429 a rate limit).
// The Ktor client's default response validation throws ServerResponseException for a 5xx, worded
// `Server error(<method> <url>: <status>. Text: "<body>"`, the method absent in 1.x as its 4xx shows
// (ClientRequestException's `Client request(<url>) invalid: 403 Forbidden`, ktorio/ktor#1994), which
// is not a server error.
// CPython's urllib raises HTTPError as `HTTP Error <code>: <reason>` (urllib/error.py), the reason
// empty for a code no RFC names (Cloudflare's 521, its origin refusing the connection: `HTTP Error
// 521: `, Anorov/cloudflare-scrape#45). A proxy's or CDN's own HTML error page titled with a 5xx and
// its reason (nginx's `<title>502 Bad Gateway</title>`, Cloudflare's `<title>523 Origin
// Unreachable</title>` and `llamarpc.com | 521: Web server is down`), its reason one of a server
// error's (RFC 9110 §15.6, Cloudflare's 52x): a 4xx page, or a title that only starts with a number
// (`500 Days of Summer`), is not one; Cloudflare's 525 and 526 name the origin's TLS, not its being down.
export const SERVER_ERROR = /(\bServer error\((?:[A-Z]{3,7} )?\S{1,2000}: 5\d\d\b|\bHTTP\/\d(?:\.\d)? 5\d\d\b|code: Some\("InternalError"\)|\bError Code: InternalError\b|<Code>InternalError<\/Code>|status code:? 5\d\d\b|\bStatusCodeError: 5\d\d - |\b5\d\d Server Error\b|\b(responded|returned|failed|answered) with (a |an )?(status|HTTP|response)?( code)?:? ?5\d\d\b|\bResponse (status )?code:? 5\d\d\b|\bgoogleapi: Error 5\d\d\b|\bHTTP code 5\d\d from API\b|\bThe requested URL returned error: 5\d\d\b|\bHTTP Error 5\d\d:|<(?:title|h1)>(?:[^<|]{1,200}\| )?5\d\d:? (?:Internal Server Error|Not Implemented|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Web server is (?:down|returning an unknown error)|Connection timed out|Origin (?:is )?(?:unreachable|down)|A timeout occurred)\b)/i;
/**
 * Envoy's access log flags for a request it could not get answered by its upstream, as its access
 * log documentation defines them and envoyproxy/envoy#9242 logs them (`response_flag=UT …
 * status_details=upstream_response_timeout … upstream=127.0.0.1:7000`): UT the upstream request
 * timed out (504), UF the connection to it failed, UH no healthy upstream host, URX the retry or
 * connect-attempt limit reached. Read in the key=value form (`response_flag=`, `response_flags=`)
 * or by the response code details Envoy writes next to them; a bare `UT` elsewhere is not one.
 */
export const ENVOY_UPSTREAM_FLAG = /(?:\bresponse_flags?=|\bflags?=)(UT|UF|UH|URX)\b|\b(upstream_response_timeout|upstream_reset_before_response_started\{connection_failure\}|no_healthy_upstream)\b/;
// `timeout` in single quotes or backticks is a name — an attribute, a parameter, a setting — in a
// code defect's message (`'NoneType' object has no attribute 'timeout'`), not a wait that ran out;
// in double quotes it may be a JSON answer's value (`{"error":"timeout"}`), which is one. A server's
// own words for an operation it did not finish in time count too: Azure Storage's OperationTimedOut
// (`Operation could not be completed within the specified time.`), the Kubernetes API's 504 (`the
// server was unable to return a response in the time allotted`), an error code of that name
// (OperationTimedOut, RequestTimedOut) rather than a property's (`'isTimedOut'`).
// A timeout named as a program's own value is not a wait that ran out either: a field in a helpful
// NullPointerException (JEP 358: `Cannot read field "timeout" because "config" is null`), a Ruby
// keyword argument or hash key (`missing keyword: :timeout`, `key not found: :timeout`; a BEAM atom
// elsewhere, `{:error, :timeout}` or Mint's `reason: :timeout`, is a wait that ran out), a timeout value refused as an argument (the JDK's
// `timeout value is negative`, urllib3's `Timeout value connect was -1, but it must be …`), or
// aiohttp's timeout context manager entered outside a task (`Timeout context manager should be
// used inside a task`), CPython's `timeout value is too large` and `Timeout value out of range`, or
// a connection option libpq does not know (`invalid dsn: invalid connection option "timeout"`):
// each says how the code used a setting, nothing about a peer. So is Elixir's KeyError for a map's
// key (`key :timeout not found in: %{…}`), a PHP variable (`Argument #2 ($timeout) must be of type
// int`), and a value Scala's MatchError prints with its class (`Timeout (of class …$Timeout$)`: a
// case object no case matched). Nor is a key given a value, `timeout=5` (a DSN's or connection string's
// setting, echoed by the call it configured: DBI's `DBI connect('dbname=shop;…;timeout=5',…) failed:
// invalid connection option "timeout"`).
// Nor a timeout the framework says it did not apply (`The timeout was not applied for route …`,
// timeout-not-applied.ts): a setting put in the wrong place, not a wait that ran out.
// Haskell's http-client names the wait that ran out by its HttpExceptionContent constructor,
// `ResponseTimeout` or `ConnectionTimeout`, after the Request record it prints with every
// HttpExceptionRequest (snoyberg/http-client#362), so it is read where it follows that record's
// closing brace: the record's own field, `responseTimeout = ResponseTimeoutDefault`, is the
// request's setting, printed whatever failed, and a setting's name elsewhere (HikariCP's
// `connectionTimeout cannot be less than 250ms`) is not one either.
export const TIMEOUT = new RegExp(String.raw`\b(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|ConnectTimeoutError|(?<!['\`$]|\b(?:keywords?|key not found): :|\bkey :|\b(?:option|field|keyword|parameter|argument|attribute|property) ")timed? ?out(?!['\`]|" (?:because|is null)\b| context manager\b| \(of class | value (?:is negative|is too large|is invalid|out of range|must be|\w+ was -?[\d.]+, but it must be)\b|=|${TIMEOUT_NOT_APPLIED_AFTER.source})|deadline exceeded|DEADLINE_?EXCEEDED|DeadlineExceeded|context deadline|Gateway Time-?out|\w*Timeout(Error|Exception)|HttpClient\.Timeout|(Read|Open|Write|Connect)Timeout|(?<=\}\s{0,4})(?:Response|Connection)Timeout|did not complete within the allocated time|did not properly respond after a period of time|could not be completed within the specified time|unable to return a response in the time allotted|(?:Operation|Request|Connection|Server)TimedOut)\b`, 'i');
/**
 * A resource momentarily exhausted, in the words of POSIX's errno EAGAIN, 'Resource temporarily
 * unavailable' (IEEE Std 1003.1, <errno.h>; EWOULDBLOCK may be the same value), as C libraries and
 * runtimes report it and Erlang names it, by its atom (`erlang error: :eagain`: the submissions of
 * OpenFn/docs#41 failing while a backlog came in at once). The call would succeed later: under a
 * surge of traffic it is the load's. Not DNS's EAI_AGAIN, a name server that did not answer.
 */
export const TEMPORARILY_EXHAUSTED = /\bE(?:AGAIN|WOULDBLOCK)\b|\bResource temporarily unavailable\b/i;
// nginx's own resolver (the `resolver` directive; it reads neither /etc/hosts nor /etc/resolv.conf)
// answered that the name does not exist: `<name> could not be resolved (3: Host not found)`, the DNS
// rcode after the number (ngx_resolver.c's ngx_resolver_strerror). gRPC's resolver says a name does
// not exist in c-ares' words, `address lookup failed for host:443: Domain name not found` (ARES_ENOTFOUND).
export const DNS = /\b(name_resolution_error|ENOTFOUND|EAI_AGAIN|getaddrinfo|name or service not known|no such host|UnknownHostException|temporary failure in name resolution|could not resolve host|nodename nor servname|NXDOMAIN|SERVFAIL|server misbehaving|Name does not resolve|No address associated with hostname|Domain name not found)\b|\bcould not be resolved \(3: Host not found\)/i;
/**
 * A lookup of a name that is JavaScript's missing value: Node's `getaddrinfo ENOTFOUND undefined`
 * (node-postgres, TypeORM, Auth0's JWKS client and others given a host read from an environment
 * variable that is not set, `hostname: 'undefined'`), or an undefined interpolated into the name
 * (`ENOTFOUND undefined.wikipedia.org`). No DNS server was asked about a real peer: the code built
 * the name from a value it did not have.
 */
export const LOOKUP_OF_MISSING_VALUE = /\bENOTFOUND (?:undefined|null|NaN)(?=[.:\s]|$)/m;

/**
 * A target gRPC could not parse into a host to look up: the C core's `DNS resolution failed for
 * :10000: unparseable host:port` (langchain-ai/langchain#22762: a target built from an empty host),
 * under StatusCode.UNAVAILABLE; and, in grpcio 1.85's resolver, a URL given where a target is a host
 * and port (`errors resolving http://localhost:50051: … Misformatted domain name`, c-ares' ARES_EBADNAME
 * text). No name server and no peer were asked: the address the code or its
 * configuration built is malformed. A real lookup that failed (`DNS resolution failed for
 * api.internal:443: … Domain name not found`) names its host and stays the network's.
 */
export const UNPARSEABLE_TARGET = /\bunparseable host:port\b|\bDNS resolution failed for :\d{1,5}(?=[:\s"]|$)|\bMisformatted domain name\b/m;

/**
 * The name a failed lookup was for, in the words each runtime gives it: Java's
 * `java.net.UnknownHostException: <host>` (the bare name when a socket is given an unresolved
 * address, `<host>: Name or service not known` when InetAddress asks glibc), libpq's `could not
 * translate host name "<host>" to address`, Node's `getaddrinfo ENOTFOUND <host>`, curl's `Could not
 * resolve host: <host>`. Where no span names the peer — a pool that could open no connection makes
 * no call to the database —, it is the peer the service could not reach. A masked name (`<name>`)
 * and JavaScript's missing value (LOOKUP_OF_MISSING_VALUE) name none.
 */
const UNRESOLVED_NAME = /\b(?:UnknownHostException: |could not translate host name "|getaddrinfo ENOTFOUND |Could not resolve host: )([a-z0-9][a-z0-9.-]{0,252})/gi;
export function unresolvedName(text: string): string | undefined {
  if (LOOKUP_OF_MISSING_VALUE.test(text)) return undefined;
  for (const m of text.matchAll(UNRESOLVED_NAME)) {
    const name = m[1].replace(/\.$/, '');
    if (/[a-z]/i.test(name)) return name;
  }
  return undefined;
}

/** undici's (Node's fetch) wrapper: the real failure is its `cause`, a network error. */
export const FETCH_FAILED = /\bfetch failed\b/i;
// A circuit breaker that is open (resilience4j, Polly, Hystrix, hystrix-go's `hystrix: circuit open`,
// opossum's `Breaker is open` / EOPENBREAKER, gobreaker) has judged the peer down.
// NATS' `no responders available for request` (a request no subscriber of its subject is there to
// answer: the service that answers it is down), Entity Framework Core's `likely due to a transient
// failure` (its SQL Server provider wrapping an error its execution strategy classes transient).
// gRPC-java's UNAVAILABLE `Channel shutdown invoked` (and `shutdownNow`) is the status its channel
// gives calls made after the caller shut that channel down itself (ManagedChannelImpl's shutdown
// statuses): the caller's own lifecycle, not the peer's; a subchannel's shutdown is the load
// balancer's, and stays unavailable.
// Linkerd's proxy failing requests fast, `service in fail-fast` (its balancer with no endpoint ready
// for the fail-fast timeout, `Unavailable; entering failfast`: linkerd/linkerd2#5599, #12720): the
// proxy answers 503 itself because the service behind it has nothing ready to take the request.
// Kong's 503 `failure to get a peer from the ring-balancer`: none of the upstream's targets could be
// connected to (its maintainer, Kong/kong#3518; a backend down, Kong/kong#7156). A proxy's own words
// for its 502 (RFC 9110 §15.6.3: an invalid response from the server it was acting for): Kong's `An
// invalid response was received from the upstream server` (Kong/kong#12084; Kong not reaching the
// upstream, its maintainers on #4661), Apache httpd's and Tengine's `The proxy server received an
// invalid response from an upstream server.` (alibaba/tengine#1643); an invalid response with no
// upstream named (a client's parse of a body) is not one.
// NATS JetStream's `no response from stream` (nats.go's ErrNoStreamResponse, nats.py's
// NoStreamResponseError): a publish whose acknowledgement the stream never sent, its leader not
// answering (nats-io/nats-server#4034: until that leader was restarted). A stream that does not exist
// is `stream not found`, a name configured wrong or a stream deleted, and is not read.
// Entity Framework Core's RetryLimitExceededException, `The maximum number of retries (N) was exceeded
// while executing database operations with '<provider>RetryingExecutionStrategy'`: its execution
// strategy retries only the errors its provider classes transient (a connect that timed out, a
// failover), so running out of retries is the database failing transiently every time (an Npgsql
// connect timing out under it: Actual-Chat/actual-chat#869).
// Azure SQL Database's error 40613, `Database '<db>' on server '<server>' is not currently available.
// Please retry the connection later.` (Microsoft's 'Troubleshoot common connectivity issues' lists it
// with the transient errors of a database being reconfigured or moved, or a serverless one resuming:
// dotnet/SqlClient#1957), through System.Data.SqlClient (PuzzleServer/mainpuzzleserver#355) and
// Microsoft.Data.SqlClient under EF Core's retries (orkinosai25-org/mosaic#98).
// And the Kubernetes API's 503 in client-go's words, `the server is currently unable to handle the request`
// (kubernetes-status-words.ts).
export const UNAVAILABLE = new RegExp(`(?:${/\b(no responders available for request|no response from stream|likely due to a transient failure|maximum number of retries \(\d+\) was exceeded while executing database operations|Database '[^']{1,128}' on server '[^']{0,253}' is not currently available|503 Service Unavailable|502 Bad Gateway|Bad Gateway|Service Temporarily Unavailable|status code 50[23]|UNAVAILABLE(?!: (?:Channel|ManagedChannel) shutdown(?:Now)? invoked\b)|Service ?Unavailable\w*|upstream connect error|no healthy upstream|no live upstreams|service in fail-fast|entering failfast|failure to get a peer from the ring-balancer|(?:an )?invalid response (?:was )?received from (?:an|the) upstream server|received an invalid response from (?:an|the) upstream server|CallNotPermittedException|BrokenCircuitException|circuit ?breaker (is )?open|circuit breaker '[^']{1,100}' is OPEN|circuit (is )?(now )?open|hystrix: circuit open|Breaker is open|EOPENBREAKER|short-circuited|ErrOpenState)\b/.source}|${KUBE_UNAVAILABLE.source})`, 'i');
/**
 * Too few replicas alive for the durability asked: a Cassandra (or Scylla) coordinator (`Not enough
 * replicas available for query at consistency QUORUM (2 required but only 1 alive)`), a Kafka
 * partition below min.insync.replicas (NotEnoughReplicasException `Messages are rejected since there
 * are fewer in-sync replicas than required`). Kafka's errors 19 and 20 (NOT_ENOUGH_REPLICAS and
 * …_AFTER_APPEND, the protocol's error codes) in each client's words: librdkafka's `Broker: Not enough
 * in-sync replicas` and `Broker: Message(s) written to insufficient number of in-sync replicas`
 * (edenhill/kcat#184), segmentio/kafka-go's `[19] Not Enough Replicas: the number of in-sync replicas
 * is lower than the configured minimum` (segmentio/kafka-go#464). The coordinator's own words for its
 * Unavailable error (the native protocol's 0x1000), which gocql passes on as the error's whole
 * message: `Cannot achieve consistency level QUORUM` (apache/cassandra-gocql-driver#1560), ScyllaDB's
 * `Cannot achieve consistency level for cl ONE. Requires 1, alive 0` (scylladb/scylladb#8498).
 */
export const REPLICAS_DOWN = /\b(Not enough replicas? available for query at consistency|fewer in-sync replicas than required|Not enough in-sync replicas|insufficient number of in-sync replicas|Not Enough Replicas(?: After Append)?: the|NotEnoughReplicas\w*|NOT_ENOUGH_REPLICAS\w*|Cannot achieve consistency level)\b/i;

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
  // Go's standard library panicking on an argument or state its caller should never pass: math/rand's
  // `invalid argument to Int63n` on a negative bound (Cloudflare's RRDNS at the 2017 leap second, a
  // duration gone negative), sync's misuse, a closed channel, makeslice's length, NewTicker's interval.
  'invalid argument to (?:Int63n|Int31n|Intn|Int64N|Int32N|IntN|Uint64N|Uint32N|UintN|N)|negative WaitGroup counter|unlock of unlocked (?:RW)?mutex|close of closed channel|close of nil channel|send on closed channel|makeslice: (?:len|cap) out of range|non-positive interval for (?:NewTicker|Ticker\\.Reset)',
  // Rust
  'called `(?:Option|Result)::unwrap\\(\\)` on|attempt to (?:add|subtract|multiply|negate|shift left|shift right) with overflow|index out of bounds|attempt to divide by zero',
  // Rust's str and slice indexing panicking on an index its caller computed: a byte offset inside a
  // multi-byte character (`byte index 2000 is not a char boundary; it is inside '는' (bytes
  // 1999..2002) of …`, NoRiskClient/issues#2476), past the end, or a range the wrong way round.
  'byte index \\d+ is (?:not a char boundary|out of bounds of)|range (?:start|end) index \\d+ out of range for slice of length|slice index starts at \\d+ but ends at',
];
export const CODE_DEFECT = new RegExp(`\\b(?:${DEFECT_WORDS.join('|')})\\b`, 'i');

/**
 * A response the code could not read: not JSON or XML at all (an HTML error page where JSON was
 * expected), or JSON of another shape than the code's model (a field's type changed), in each
 * runtime's words: V8's JSON.parse, Python's json, Jackson, Spring, Gson, Go's encoding/json,
 * System.Text.Json and Newtonsoft, Ruby's JSON, PHP's JsonException, serde_json and reqwest, SAX;
 * and a message a consumer cannot decode, in the binary formats' words: Kafka's and Confluent's
 * `Error deserializing key/value for partition …` and `Unknown magic byte!` (a record not written
 * by the schema registry's serializer), Avro's AvroTypeException, protobuf-java's
 * InvalidProtocolBufferException, Go's `proto: cannot parse invalid wire-format data`, Python's
 * protobuf DecodeError.
 */
/**
 * Code reading a value that is not there (a property of undefined or null, a missing key): what a
 * client library does when the answer it parses has lost a field or changed its shape.
 */
export const MISSING_VALUE = /(Cannot read propert(?:y|ies)\b.{0,80}\b(?:undefined|null)\b|undefined is not an object|is not iterable|'NoneType' object (?:is not subscriptable|has no attribute)|KeyError)/i;

/** The runtime's and the serializers' own namespaces, never the code a decoding failure is about. */
const PLATFORM_TYPE = /^(?:System|Microsoft|Newtonsoft\.Json|com\.fasterxml\.jackson|com\.google\.gson|java|javax|jdk|sun|kotlin|kotlinx|scala)\./;

/**
 * Outbound HTTP clients' own machinery, which hands an answer to the serializer on behalf of the
 * code that called it: Spring's RestTemplate and its HttpMessageConverterExtractor
 * (`org.springframework.web.client`) and WebClient (`…web.reactive.function.client`), OpenFeign,
 * Retrofit, OkHttp, Apache HttpClient. What is decoded inside them is an answer, and the frame that
 * called them is the API's client (`com.quay.fulfilment.client.FulfilmentClient.shipment` calling
 * RestTemplate.getForEntity: joelittlejohn/jsonschema2pojo#728, a client JAR older than the enum its
 * service answers). Spring's server side (`org.springframework.web.servlet`, `…http.converter`
 * reading a @RequestBody) is not among them.
 */
const OUTBOUND_CLIENT_TYPE = /^(?:org\.springframework\.web\.client|org\.springframework\.web\.reactive\.function\.client|feign|retrofit2|okhttp3|org\.apache\.hc\.client5|org\.apache\.http\.impl\.client)\./;

/**
 * Web and RPC frameworks: a body they decode is a request the service was sent (Spring's message
 * converters reading a controller's @RequestBody), never an API's answer, whatever their class names.
 */
const FRAMEWORK_TYPE = /^(?:org\.springframework|org\.apache|org\.glassfish|org\.jboss|org\.eclipse|io\.micronaut|io\.quarkus|io\.ktor|io\.netty|io\.vertx|io\.undertow|io\.dropwizard|io\.grpc|com\.sun|ServiceStack|Grpc)\./;

/**
 * The root of a JVM or .NET type's namespace: a JVM package's reverse domain (its first two
 * segments, `be.woutschoovaerts`, `com.example`), a .NET namespace's first segment (`Adyen`).
 */
const namespaceRoot = (type: string): string => {
  const parts = type.split('.');
  return /^[a-z]/.test(type) ? parts.slice(0, 2).join('.') : parts[0];
};

/**
 * The API client whose call a decoding failure was thrown in, from a .NET or JVM stack (innermost
 * frame first): the first frame past the serializer's and the platform's own (System.*,
 * Microsoft.*, Newtonsoft.Json, Jackson, java.*) when its type is named a client
 * (`AssemblyAI.Transcripts.TranscriptsClient.SubmitAsync`: AssemblyAI/assemblyai-csharp-sdk#34,
 * System.Text.Json refusing the transcript the API answered for a property its model requires).
 * SDKs name their calls' classes after the API's resources as often (Adyen's .NET
 * `Adyen.Service.PaymentService`: Adyen/adyen-dotnet-api-library#1154; the Java Mollie client's
 * `be.woutschoovaerts.mollie.handler.ConnectHandler`: zwaldeck/mollie#44): such a frame is the
 * client's too when its namespace is not the application's — the root of the outermost frame that is
 * neither the platform's nor a framework's — and it is no framework's. What was decoded there is that
 * client's answer, whatever the failing span's own attributes say. The type's qualified name, or
 * undefined when the first such frame is anything else (the app's own code, a framework's).
 */
export function decodingClient(stack: string | undefined): string | undefined {
  const types: string[] = [];
  for (const line of stack?.split('\n') ?? []) {
    const m = /^\s*at (?:async )?((?:[\w$`]+\.)+)([\w$`]+)\.[\w$<>`[\]]+[(\s]/.exec(line);
    if (m) types.push(`${m[1]}${m[2]}`);
  }
  // Past the serializer's and the platform's frames, and the HTTP client's that fetched the answer
  // when they come first: the code that called the HTTP client is what asked for the answer.
  let first = types.findIndex((t) => !PLATFORM_TYPE.test(t));
  if (first >= 0 && OUTBOUND_CLIENT_TYPE.test(types[first])) {
    const past = types.findIndex((t, i) => i > first && !PLATFORM_TYPE.test(t) && !OUTBOUND_CLIENT_TYPE.test(t));
    first = past;
  }
  if (first < 0) return undefined;
  const type = types[first];
  const name = type.slice(type.lastIndexOf('.') + 1);
  if (/(?:Client|ApiClient)$/.test(name)) return type;
  if (FRAMEWORK_TYPE.test(type) || !/(?:Service|Handler|Api|Resource)$/.test(name)) return undefined;
  const app = types.slice(first + 1).reverse().find((t) => !PLATFORM_TYPE.test(t) && !FRAMEWORK_TYPE.test(t));
  return app && namespaceRoot(app) !== namespaceRoot(type) ? type : undefined;
}

/**
 * The model and the field a serializer could not read a value into, in its own words: Jackson's
 * `Cannot deserialize value of type \`…TokenType\` … (through reference chain: …TokenResponse["token_type"])`,
 * Json.NET's `Error converting value "Error" to type '…ModificationResult+ResponseEnum'. Path 'response'`,
 * System.Text.Json's `JSON deserialization for type '…'` and `Path: $.field`.
 */
export function decodedTarget(text: string): { model?: string; field?: string } {
  const model = /\bCannot deserialize value of type `([\w$.]{1,200})`|\bto type '(?:System\.Nullable`1\[)?([\w$.+]{1,200})\]?'|\bJSON deserialization for type '([\w$.+]{1,200})'|\bThe JSON value could not be converted to ([\w$.+]{1,200})/.exec(text)?.slice(1).find((g) => g !== undefined);
  const field = /\breference chain: [^\n]{0,300}?\["([^"\]]{1,80})"\]\)/.exec(text)?.[1] ?? /\bPath '([\w.[\]]{1,120})'/.exec(text)?.[1] ?? /\bPath: \$\.([\w.[\]]{1,120})/.exec(text)?.[1];
  return { model, field };
}

/**
 * The package of a stack's innermost frame when its name says it is an API's client (`…-client`,
 * `client-…`, `…-sdk`, `…-api-…`: amazon-api-gateway-client, @aws-sdk/client-s3), from a
 * node_modules or site-packages path. Its code failing on a missing value is its API's answer
 * changing shape under it (r7kamura/amazon-api-gateway-client#7: "AWS's response was changed"),
 * not the service's code; a general library (lodash) or the service's own frame is not one.
 */
export function innermostClientPackage(stack: string | undefined): string | undefined {
  const frame = stack?.split('\n').find((l) => /^\s*(at |File ")/.test(l));
  const m = frame ? /(?:node_modules|site-packages|dist-packages)[\\/]((?:@[\w.-]+[\\/])?[\w.-]+)/.exec(frame) : null;
  if (!m) return undefined;
  const name = m[1].replace(/\\/g, '/');
  return /(?:^|[-_./@])(?:client|sdk|api)(?:$|[-_./])/i.test(name) ? name : undefined;
}

/**
 * The JVM failing to link what running code calls: a method, field or class that the library it
 * loaded does not have (java.lang's LinkageErrors: NoSuchMethodError with the method's descriptor,
 * NoSuchFieldError, NoClassDefFoundError with the class's internal name, `com/google/common/…`;
 * since Java 11 a method as `'void com.google…checkArgument(boolean, …)'`, as matsim-org/matsim-code-examples#738
 * quotes it). The code was compiled against another version of that library (grpc/grpc-java#2715: "an
 * older version of guava somewhere on your classpath"). Group 1 the error, group 2 the qualified
 * name of what is missing (a method's with its class), group 3 a method's descriptor.
 */
export const LINKAGE_ERROR = /\b(NoSuchMethodError|NoSuchFieldError|NoClassDefFoundError): (?:Could not initialize class )?'?(?:[\w$.[\]]{1,200} (?=[\w$.]{1,300}\())?([\w$./]{1,300})(\([^)\n]{0,300}\)[\w/;$[]{0,200})?/;

/**
 * The BEAM failing to call what running code calls, Elixir's UndefinedFunctionError: `function
 * Mint.HTTP1.open/2 is undefined or private` (a function the module it loaded does not export), or
 * `function Mod.fun/1 is undefined (module Mod is not available)` (no such module loaded). Like the
 * JVM's LinkageErrors, across libraries it is one library calling another at a version that lacks
 * what it calls (sneako/finch#298: Finch 0.19.0 calling into mint 1.7.0). Group 1 the module, group
 * 2 the function and its arity.
 */
export const BEAM_UNDEFINED_FUNCTION = /\bfunction ((?:[A-Z]\w*\.)*[A-Z]\w*)\.([\w?!]+\/\d+) is undefined\b/;

/**
 * The library and its version an Elixir stack names for a module's frame — `(mint 1.7.0)
 * Mint.HTTP1.open(…)` as Exception.format_stacktrace prints it — and the library of the first
 * frame of another library under it, the caller. Undefined when no frame of the module carries its
 * application's name and version.
 */
export function beamLibraryFrames(stack: string | undefined, module: string): { library: string; caller?: string } | undefined {
  if (!stack) return undefined;
  const frames = stack.split('\n').map((l) => /^\s*\(([a-z][\w]*) (\d[\w.+-]*)\) (?:[^\s:]+:\d+: )?(?:anonymous fn\/\d+ in )?([A-Z][\w.]*)\./.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const at = frames.findIndex((m) => m[3] === module);
  if (at < 0) return undefined;
  const app = frames[at][1];
  const caller = frames.slice(at + 1).find((m) => m[1] !== app);
  return { library: `${app} ${frames[at][2]}`, ...(caller ? { caller: `${caller[1]} ${caller[2]}` } : {}) };
}

export const UNREADABLE = new RegExp(
  [
    String.raw`\bis not valid JSON\b|\bUnexpected token .{1,20} in JSON\b|\bUnexpected end of JSON input\b|\bUnexpected non-whitespace character after JSON\b`,
    String.raw`\bExpecting value: line \d+ column \d+|\bJSONDecodeError\b`,
    String.raw`\bJson(?:Parse|Mapping|Syntax|Reader|Serialization)?Exception\b|\bMismatchedInputException\b|\bInvalidFormatException\b|\bUnrecognizedPropertyException\b|\bHttpMessageNotReadableException\b|\bCannot deserialize value of type\b|\bExpected BEGIN_(?:OBJECT|ARRAY) but was\b`,
    // kotlinx.serialization (Kotlin's own serializer, which Ktor's client decodes answers with):
    // `JsonDecodingException: Unexpected JSON token at offset 0: Expected start of the object '{',
    // but had '<' instead at path: $` (growthbook/growthbook-kotlin#142).
    String.raw`\bJsonDecodingException\b|\bUnexpected JSON token at offset \d+`,
    String.raw`\bjson: cannot unmarshal\b|\binvalid character '.{1,4}' looking for beginning of value\b`,
    String.raw`\bThe JSON value could not be converted to\b|\bis an invalid start of a value\b|\bUnexpected character encountered while parsing value\b|\bError converting value\b`,
    // Ruby's JSON gem says where it stopped (`859: unexpected token at '<!DOCTYPE html>…'`), as
    // Faraday's ParsingError quotes it.
    String.raw`JSON::ParserError|\bunexpected token at '|\berror decoding response body\b|\binvalid type: .{1,60}, expected\b|\bexpected value at line \d+ column \d+`,
    // An answer that is no gRPC message at all: tonic's `protocol error: received message with
    // invalid compression flag: 60 (valid flags are 0 and 1) while receiving response with status:
    // 404 Not Found` (the first byte of an HTML or text page read as gRPC's frame flag; gRPC over
    // HTTP/2's Length-Prefixed-Message allows 0 or 1).
    String.raw`\breceived message with invalid compression flag: \d+`,
    // An answer the client has no reader for, or none at all: Foundation's NSURLErrorBadServerResponse
    // (-1011, `bad server response`) and NSURLErrorCannotParseResponse (-1017, `cannot parse
    // response`), Spring's UnknownContentTypeException (`no suitable HttpMessageConverter found for
    // response type [...] and content type [text/html]`), and Ktor's NoTransformationFoundException
    // (`Expected response body of the type '…' but was '…ByteBufferChannel'`, the content type named
    // after it no serializer of the client reads).
    // Swift's JSONDecoder as Foundation describes its DecodingError (`The data couldn’t be read
    // because it is missing.` / `… isn’t in the correct format.`), and Elixir's Jason.DecodeError:
    // unreadable input, an answer only where other words say so (READ_RESPONSE).
    String.raw`\bThe data couldn[’']t be read because it (?:is missing|isn[’']t in the correct format)|\bJason\.DecodeError\b`,
    String.raw`\bContent type 'text\/html\b[^'\n]{0,60}' not supported for bodyType=|\bNSURLErrorDomain Code=-10(?:11|17)\b|\bNSURLError(?:BadServerResponse|CannotParseResponse)\b|\bno suitable HttpMessageConverter found for response type\b|\bNoTransformationFoundException\b|\bExpected response body of the type\b`,
    String.raw`\bSAXParseException\b|\bXML syntax error\b|\bnot well-formed \(invalid token\)`,
    // Java serialization refusing a class whose serialVersionUID differs from the one that wrote it
    // (`java.io.InvalidClassException: <class>; local class incompatible: stream classdesc
    // serialVersionUID = …, local class serialVersionUID = …`, ant-media/Ant-Media-Server#1422): the
    // writer's class changed, "the serialVersionUID of sender class and receiver class does not match"
    // (Kommunicate-io/Kommunicate-Android-Chat-SDK#237).
    String.raw`\blocal class incompatible: stream classdesc serialVersionUID\b`,
    String.raw`\bError deserializing (?:key\/value|Avro message|Protobuf message|JSON message)\b|\bUnknown magic byte\b|\bAvroTypeException\b|\bInvalidProtocolBufferException\b|\bProtocol message (?:contained an invalid tag|tag had invalid wire type|end-group tag did not match)|\bproto: cannot parse invalid wire-format data\b|\bDecodeError: Error parsing message\b`,
  ].join('|'),
  'i',
);

/**
 * A whole HTML document quoted as the input a JSON decoder could not read (kotlinx.serialization's
 * `JSON input: <!DOCTYPE html><html><noscript…`, growthbook/growthbook-kotlin#142): web pages are
 * what a web server answers (an error, maintenance or single-page app's index page), never a record
 * the service stored, so what failed to decode was an answer even when the call that fetched it
 * answered 200 and no failing span names its peer. A lone `<` is not enough: a request body sent
 * to the service can start with one.
 */
export const HTML_DOCUMENT_INPUT = /(?:^|[\s:>"'])<!DOCTYPE html\b|(?:^|[\s:"'])<html[\s>]/i;

/**
 * An ACME certificate authority's limits on issuance, in Let's Encrypt's words under RFC 8555's
 * `urn:ietf:params:acme:error:rateLimited`. The duplicate-certificate limit — `too many certificates
 * already issued for exact set of domains` (traefik/traefik#6818, ReinerNippes/nextcloud_on_docker#87),
 * since 2025 `too many certificates (5) already issued for this exact set of identifiers in the last
 * 168h0m0s, retry after …` — counts certificates the client already obtained for the same names:
 * a client that orders one it already has keeps nothing it got (a certificate store not persisted
 * across restarts: Traefik's acme.json inside its container, traefik/traefik#9627's warning, a
 * crash loop ordering at each start). The failed-validation limit — `too many failed
 * authorizations recently` (traefik/traefik#7952) — counts challenges that failed: the validation
 * is what is broken. Neither is a request rate that backing off or a higher quota lifts.
 */
export const ACME_DUPLICATE_CERTIFICATE = /\btoo many certificates (?:\(\d+\) )?already issued for (?:this )?exact set of (?:domains|identifiers)\b/i;
export const ACME_FAILED_AUTHORIZATIONS = /\btoo many failed authorizations\b/i;

/**
 * A connection refused at the IPv6 loopback address, in the words of the runtimes that print the
 * address they dialled: Node's `connect ECONNREFUSED ::1:6379` (redis/node-redis#2220,
 * Automattic/mongoose#12134's `::1:27017`), Go's `dial tcp [::1]:6379: connect: connection
 * refused`. `localhost` resolved to ::1 where the server on the same machine listens on 127.0.0.1
 * alone (Redis' and MongoDB's usual bind): refused on the one address, served on the other. Node
 * 17 made dns.lookup keep the resolver's order (nodejs/node#39987), so an upgrade from 16 turns
 * `localhost` from 127.0.0.1 into ::1 with nothing else changed. The IPv4 loopback is not one.
 */
export const IPV6_LOOPBACK_REFUSED = /\bECONNREFUSED ::1:\d+|\bdial tcp \[::1\]:\d+: connect: connection refused\b/;

/**
 * MySQL waiting on a full disk while it writes its binary log, in its error log's words (mysys'
 * EE_DISK_FULL: `Disk is full writing './binlog.000021' (OS errno 28 - No space left on device).
 * Waiting for someone to free space...`, BookStackApp/BookStack#4488; `disk is full writing
 * './binlog.~rec~'` as it rotates, kubeflow/pipelines#8552): the binary logs are what filled it,
 * kept by binlog_expire_logs_seconds (30 days by default since MySQL 8.0). A table's or a
 * temporary file's name (`'./ibtmp1'`, `'/tmp/MYhXevGe'`) is another file the disk ran out under.
 */
export const MYSQL_BINLOG_DISK_FULL = /\bDisk is full writing '[^'\n]{0,200}(?:binlog|-bin)\.(?:\d{3,}|~rec~|index)'/i;

/**
 * An answer the client refused to decode because it was declared an HTML page, in the words of the
 * client that names the answer's content type: Spring's RestTemplate and RestClient (and Feign's
 * SpringDecoder, which uses the same extractor) throw UnknownContentTypeException `Could not
 * extract response: no suitable HttpMessageConverter found for response type [...] and content type
 * [text/html;charset=UTF-8]` (codecentric/spring-boot-admin#547: a CDN's block page where a vendor's
 * JSON was expected), WebClient its UnsupportedMediaTypeException `Content type
 * 'text/html;charset=UTF-8' not supported for bodyType=…` (spring-projects/spring-framework#26327,
 * a 200 answered by a login page). What the page says is not quoted, but what it is: a web server's
 * page, never the JSON the code reads. Another content type (`[application/json]`: a converter
 * missing for a JSON answer) is not one, nor Spring MVC refusing a request's body (`Content type
 * 'text/html' not supported`, with no bodyType).
 */
export const HTML_CONTENT_TYPE_ANSWER = /\bresponse type \[[^\]\n]{1,200}\] and content type \[text\/html\b|\bContent type 'text\/html\b[^'\n]{0,60}' not supported for bodyType=/i;

/**
 * Words that say what the code failed to decode was an answer it received — madon's `cannot decode
 * API response (POST): json: cannot unmarshal string into Go struct field …` (McKael/madonctl#9,
 * Mastodon 2.0.0 returning its ids as strings) —, not a request body it was sent or a record it
 * stored: a peer's answer, even when nothing in the evidence names the peer (the call that fetched
 * it answered 200 and is no failing span). Spring's RestTemplate and RestClient say it as `Error
 * while extracting response for type [...]` (HttpMessageConverterExtractor: irufus/gdax-java#86,
 * Coinbase Pro's max_market_funds turned into a decimal string).
 * tonic says it as `while receiving response with status: …`, Alamofire as `Response could not be
 * decoded because of error:` (AFError's decodingFailed), and Tesla's JSON middleware, which decodes
 * answers only, as `{Tesla.Middleware.JSON, :decode, …}`.
 */
export const READ_RESPONSE = /\bResponse could not be (?:decoded|serialized)\b|\{Tesla\.Middleware\.\w{0,20}JSON\w{0,20}, :decode\b|\b(?:API|HTTP|server|upstream) response\b|\bresponse body\b|\b(?:decod|pars|unmarshal|deserializ|read|extract|receiv)(?:e|es|ed|ing)? (?:the |an? |its )?(?:API |HTTP |JSON |server )?response\b/i;

/**
 * A cloud SDK that found no credentials to send at all, in each SDK's words: botocore's
 * NoCredentialsError `Unable to locate credentials`, the JavaScript SDK v3's CredentialsProviderError
 * `Could not load credentials from any providers`, the Java SDK v2's `Unable to load credentials from
 * any of the providers in the chain`, Azure.Identity's `DefaultAzureCredential failed to retrieve a
 * token from the included credentials`, google-auth's `Could not automatically determine
 * credentials`, the AWS SDK for Go v1's `NoCredentialProviders: no valid providers in chain`, and the
 * Terraform AWS provider's wording of the same search (`no valid credential sources for Terraform AWS
 * Provider found.`, before 3.x `No valid credential sources found for AWS Provider.`:
 * RhinoSecurityLabs/cloudgoat#75, hashicorp/terraform#24768). Nothing was refused: the service's
 * environment lost what gave it an identity (an instance or pod role, a mounted key, the variables).
 * Credentials sent and refused read otherwise (the provider's `error validating provider credentials:
 * … InvalidClientTokenId`, hashicorp/terraform-provider-aws#24197). So does a chain that ended at
 * instance metadata with no role, in the Go and .NET SDKs' words (instance-role-missing.ts).
 */
export const NO_CREDENTIALS = new RegExp(`(?:${/(\bUnable to locate credentials\b|\bCould not load credentials from any providers\b|\bUnable to load credentials from any of the providers in the chain\b|\bDefaultAzureCredential failed to retrieve a token\b|\bCould not automatically determine credentials\b|\bNoCredentialProviders: no valid providers in chain\b|\b[Nn]o valid credential sources (?:for [\w ]{1,60} )?found\b)/.source}|${INSTANCE_ROLE_MISSING.source})`);

/**
 * An AWS SDK that finds no region to send its requests to, in each SDK's words: botocore's
 * NoRegionError `You must specify a region.` (zalando-stups/senza#132, duo-labs/cloudmapper#40: no
 * region in the code, the profile or AWS_DEFAULT_REGION), the JavaScript SDK v3's `Region is missing`
 * (thrown from @aws-sdk/config-resolver's regionConfig; the whole message, so an application's own
 * `Region is missing for …` is not read as the SDK's), the Java SDK v2's `Unable to load region from
 * any of the providers in the chain` (DefaultAwsRegionProviderChain: AWS_REGION, the aws.region
 * property, the profile, instance metadata). A setting the deployment lacks, named by none of the
 * words: the rule names the variables the SDKs read.
 */
export const AWS_REGION_MISSING = /(\bNoRegionError\b|\bYou must specify a region\.|(?:^|:\s)Region is missing$|\bUnable to load region from any of the providers in the chain\b)/m;

/** An API client that sent no key at all (Stripe's wording): its setting is missing, no key was refused. */
export const API_KEY_MISSING = /\bNo API key provided\b|\bYou did not provide an API key\b/;

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
  // Viper's ConfigFileNotFoundError, `Config File "config" Not Found in "[/etc/app]"`; .NET's guard
  // on a parameter that holds a connection string, key or secret (`Value cannot be null. (Parameter
  // 'connectionString')`, the configuration read as null); Spring Boot's DataSource with no URL
  // (`Failed to determine a suitable driver class`, its `'url' attribute is not specified`);
  // Auth.js's NO_SECRET (`Please define a \`secret\` in production.`, its AUTH_SECRET).
  /\bConfig File "[^"\n]{1,200}" Not Found in\b/,
  // nginx resolving a name at run time (OpenResty's cosockets, lua-resty-http, proxy_pass to a variable)
  // with no `resolver` directive in its configuration: `no resolver defined to resolve "host"`. No name
  // server was asked: the directive the deployment lacks is the cause (nginx's ngx_http_core_module
  // documents `resolver`; it does not read /etc/resolv.conf).
  /\bno resolver defined to resolve\b/,
  /\bValue cannot be null\. \(Parameter '\w*(?:ConnectionString|ApiKey|Secret)'\)/i,
  /\bFailed to determine a suitable driver class\b|'url' attribute is not specified and no embedded datasource could be configured/,
  /\bNO_SECRET\b|\bPlease define a `secret`/,
  // A configuration file or named connection string that is not there: .NET's configuration
  // builder and Entity Framework 6, and a file the code opens whose name says it is configuration.
  /\bconnection string named '[^']{1,200}' could (not )?be found\b/i,
  /\bconfiguration file '[^']{1,300}' was not found\b/i,
  /(No such file or directory|Could not find file|Could not find a part of the path|ENOENT[^\n]{0,40}?)[:,]? '[^'\n]{0,200}(config|settings|secrets?|credentials|\.env|\.ya?ml|\.toml|\.ini|\.properties|\.conf)[^'\n]{0,100}'/i,
  // The kubelet unable to start a container whose environment or volumes name a Secret, a ConfigMap
  // or a key of one that is not there (CreateContainerConfigError: `secret "db-credentials" not
  // found`, `couldn't find key DATABASE_URL in Secret default/app`): the deployment's configuration.
  /\b(?:secret|configmap) "[^"\n]{1,253}" not found\b/i,
  /\bcouldn't find key [\w.-]{1,253} in (?:Secret|ConfigMap) [\w.\/-]{1,300}/,
  // Entity Framework Core given no provider (no UseSqlServer/UseNpgsql: its connection string or
  // options not configured), and an API client given no key at all (Stripe's `No API key provided.`,
  // `You did not provide an API key.`): nothing was refused, the setting is absent.
  /\bNo database provider has been configured for this DbContext\b/,
  API_KEY_MISSING,
  // Rails' AdapterNotSpecified, `The \`cache\` database is not configured for the \`production\`
  // environment.`: the environment the process runs in has no entry (database.yml, DATABASE_URL).
  // Laravel's `Database connection [mysql2] not configured.` is not one: it names a connection the
  // code asks for (DEFECTS).
  /\bdatabase is not configured for the [`'"]?\w{1,60}[`'"]? environment\b/,
  // A setting a configuration library does not find by its path: Ktor's
  // ApplicationConfigurationException `Property jwt.secret not found.` (HOCON/YAML/map config).
  /(?:^|: )Property [\w.-]{1,200} not found\.?$/m,
  // An environment variable the process does not have, in the runtime's own words: Rust's
  // std::env::VarError::NotPresent (`environment variable not found`), and an upper-case
  // variable's name the code says must be set (`DATABASE_URL must be set`, the Rust guides' expect()).
  /\benv(?:ironment)? variable not found\b/i,
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+ must be set\b/,
  // Doctrine DBAL given no driver (DriverRequired): the connection's parameters (DATABASE_URL's
  // scheme, or `driver`) are not configured.
  /\bThe options 'driver' or 'driverClass' are mandatory\b/,
];
/**
 * A setting a web framework reports missing in its own words, which name the framework's setting
 * rather than the variable a deployment provides it with: Laravel's `No application encryption key
 * has been specified.` (EncryptionServiceProvider, its config/app.php reading `env('APP_KEY')`:
 * alexjustesen/speedtest-tracker#711, laravel/framework#48365), Rails' ``Missing `secret_key_base`
 * for 'production' environment`` (read from SECRET_KEY_BASE in production: loomio/loomio-deploy#119,
 * activebridge/projectr#33), Flask's `The session is unavailable because no secret key was set.`
 * (its SECRET_KEY setting), and Symfony's EnvNotFoundException, `Environment variable not found:
 * "NAME".`, which names the variable itself. Each is a value the deployment lacks, named by the rule
 * as the deployment sets it.
 */
const FRAMEWORK_SETTINGS: ReadonlyArray<{ re: RegExp; framework: string; name?: string; setIn?: string }> = [
  // Rails' url helpers without a host (Action Dispatch's url_for): `Missing host to link to! Please
  // provide the :host parameter, set default_url_options[:host], or set :only_path to true` (older:
  // `Please provide :host parameter or set default_url_options[:host]`). A setting of the
  // environment file the process loads, not a variable: a mailer job on a worker that booted
  // another environment than the web's lacks it (sidekiq/sidekiq#4468, RACK_ENV set to
  // 'production\n' on the worker dyno).
  {
    re: /\bMissing host to link to! Please provide (?:the )?:host parameter,? (?:or )?set default_url_options\[:host\]/,
    framework: 'Rails',
    name: 'default_url_options[:host]',
    setIn: 'the environment file the process loads (config.action_mailer.default_url_options and routes.default_url_options in config/environments/<env>.rb), and check that RAILS_ENV and RACK_ENV name that environment on every process that runs the code',
  },
  { re: /\bNo application encryption key has been specified\b/, framework: 'Laravel', name: 'APP_KEY' },
  { re: /\bMissing `secret_key_base` for '[^'\n]{1,60}' environment\b/, framework: 'Rails', name: 'SECRET_KEY_BASE' },
  { re: /\bThe session is unavailable because no secret key was set\b/, framework: 'Flask', name: 'SECRET_KEY' },
  // Active Record encryption without its keys: Rails 7.1 and later ask for the credential when an
  // encrypted attribute is first read or written (`Missing Active Record encryption credential:
  // active_record_encryption.primary_key`, wolverin0/clawtrol#26), Rails 7.0 in its own words
  // (`key_derivation_salt is not configured. Please configure it via credential
  // active_record_encryption.key_derivation_salt or by setting
  // config.active_record.encryption.key_derivation_salt`, ankane/active_kms#1). Named as the
  // credential: the keys live in the app's credentials (or whatever config.active_record.encryption
  // reads), not in a variable of their own.
  {
    re: /\bMissing Active Record encryption credential: (?<name>active_record_encryption\.\w{1,60})|\bis not configured\. Please configure it via credential (?<name2>active_record_encryption\.\w{1,60})/,
    framework: 'Active Record encryption',
    setIn: "the app's credentials (bin/rails db:encryption:init prints the keys; bin/rails credentials:edit, with the master key the deployment must have as RAILS_MASTER_KEY or config/master.key) or the environment variables config.active_record.encryption reads them from — the keys the data was encrypted with, since new ones cannot read it",
  },
  // Lightbend (Typesafe) Config, which Akka, Play and most Scala services read their settings with:
  // `ConfigException$Missing: No configuration setting found for key 'akka'` (akka/akka-core#27181).
  // It merges application.conf over every reference.conf on the classpath (its README's "Standard
  // behavior"), where each library keeps its defaults: a library's key missing is its reference.conf
  // left out of the artifact, as a fat jar that keeps one reference.conf instead of concatenating them
  // does (Akka's configuration docs, "When using JarJar, OneJar, Assembly or any jar-bundler").
  {
    re: /\bNo configuration setting found for key '(?<name>[^'\n]{1,200})'/,
    framework: 'Lightbend Config',
    setIn: "application.conf (or the variable its ${?VAR} substitution reads); for a library's key, the library's reference.conf must reach the classpath — a fat jar concatenates every dependency's reference.conf (sbt-assembly's MergeStrategy.concat, maven-shade's AppendingTransformer) rather than keeping one",
  },
  { re: /\bEnvironment variable not found: "(?<name>[^"\n]{1,200})"/, framework: 'Symfony' },
  // A MicroProfile REST Client interface (Quarkus' REST Client) injected with no URL to call: Quarkus
  // names the property it read, `Unable to determine the proper baseUrl/baseUri. Consider registering
  // using @RegisterRestClient(baseUri="someuri"), … or by adding 'quarkus.rest-client."<client>".url'
  // … to your Quarkus configuration` ('<client>/mp-rest/url' in 2.0: quarkusio/quarkus#17807,
  // #21708 where the URL was forgotten). The annotation's baseUri is the code's; the property, the
  // deployment's.
  {
    re: /\bUnable to determine the proper baseUrl\/baseUri\. Consider registering using @RegisterRestClient\([^\n]{0,200}?\bby adding '(?<name>[^'\n]{1,200})'/,
    framework: 'the MicroProfile REST Client',
    setIn: "the application's configuration (application.properties, or the environment variable MicroProfile Config maps the property's name to)",
  },
  // Prisma's schema validation (P1012) for a datasource URL read with env() from a variable the
  // environment lacks: `error: Environment variable not found: DATABASE_URL.`, unquoted.
  { re: /\bEnvironment variable not found: (?<name>[A-Z][A-Z0-9_]{0,100})\./, framework: 'Prisma' },
  // django-environ's ImproperlyConfigured, `Set the SECRET_KEY environment variable` (environ.Env's
  // get_value for a variable with no default), and Django's own `The SECRET_KEY setting must not be
  // empty.`; pydantic-settings refusing a Settings model whose required field no source set,
  // `1 validation error for Settings` / `redis_url` / `Field required [type=missing, …]` (read from
  // the environment by the field's name, case-insensitively: REDIS_URL).
  { re: /\bSet the (?<name>[A-Z][A-Z0-9_]{1,100}) environment variable\b/, framework: 'django-environ' },
  { re: /\bThe SECRET_KEY setting must not be empty\b/, framework: 'Django', name: 'SECRET_KEY' },
  { re: /\bvalidation errors? for \w*Settings\r?\n(?<name>[A-Za-z_][A-Za-z0-9_]{0,100})\r?\n\s+Field required\b/, framework: 'pydantic-settings' },
];

/** The setting a framework's own words say is missing, named as the deployment sets it. */
export function frameworkSetting(text: string): { name: string; framework: string; setIn?: string } | undefined {
  for (const f of FRAMEWORK_SETTINGS) {
    const m = f.re.exec(text);
    // pydantic-settings reads a field from the variable of its name in any case: the upper-case one is what deployments set.
    const name = f.name ?? (f.framework === 'pydantic-settings' ? m?.groups?.name.toUpperCase() : (m?.groups?.name ?? m?.groups?.name2));
    if (m && name) return { name, framework: f.framework, ...(f.setIn ? { setIn: f.setIn } : {}) };
  }
  return undefined;
}

/**
 * A configuration value that is there but cannot be used, naming it (group `name`): a message
 * that says a variable's value is invalid, Spring Boot's `Failed to bind properties under`,
 * .NET's `Failed to convert configuration value at`, Go envconfig's `assigning X to Y: converting`.
 */
export const BAD_CONFIG: RegExp[] = [
  /\b(?:invalid|bad|malformed|unparseable|unsupported)\b[^\n]{0,20}?\b(?:value|setting|configuration|config)\b[^\n]{0,12}?\b(?:for|of|in)\b ?['"`]?(?<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/i,
  /\b(?:cannot|could not|failed to|unable to) parse\b[^\n]{0,30}?\b(?:env(?:ironment)? variable|setting|config(?:uration)?(?: value)?)\b ?['"`]?(?<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/i,
  /\bFailed to bind properties under '(?<name>[^']{1,200})'/,
  /\bFailed to convert configuration value at '(?<name>[^']{1,200})'/,
  /\bassigning (?<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) to \w+: converting\b/,
];
export const CONFIG_NAME = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b|\bplaceholder '([^']{1,200})'|\bRequired (?:key|property) '([^']{1,200})'|\bconnection string named '([^']{1,200})'|(?:configuration file|No such file or directory:|Could not find file|Could not find a part of the path|ENOENT[^\n]{0,40}?) '([^'\n]{1,300})'/;

/**
 * PostgreSQL 42703/42P01 (and 42704 for a type: an enum a migration creates), MySQL 1054/1146,
 * SQLite, SQL Server, Oracle, Prisma, Hibernate's validation, Django, Alembic, Flyway. Cassandra and
 * ScyllaDB name a table no keyspace holds `unconfigured table invoices` (InvalidRequest), and
 * Elasticsearch refuses a mapping whose field's type differs from the index's (`mapper [price] cannot
 * be changed from type [long] to [float]`): the code's schema and the store's disagree.
 */
export const SCHEMA = /((column|table) ["`']?[\w.]+["`']? (of relation "?[\w.]+"? )?does not exist|\bunconfigured table \w|\bmapper \[[\w.]+\] cannot be changed from type|relation "?[\w.]+"? does not exist|type "[\w.]+" does not exist|no such (column|table)|Unknown column|Table '[^']+' doesn't exist|Invalid column name|Invalid object name|Undefined column name|UndefinedColumn|UndefinedTable|ER_BAD_FIELD_ERROR|ER_NO_SUCH_TABLE|SQLSTATE\[?(42703|42P01|42S22|42S02)|ORA-00904|ORA-00942|Schema-validation: missing (column|table)|pending migrations?|unapplied migration|Target database is not up to date|schema (version )?mismatch|migration[s]? (is |are )?(pending|out of date|not applied)|Document failed validation|Migrations have failed validation|applied migrations? not resolved locally)/i;
/**
 * A record, document or query refused by the schema on the other side, outside a database's
 * tables: Avro's reader against the writer's schema (`AvroTypeException: Found string, expecting
 * int`: read by the exception's name, as its words alone are an assertion's too), a schema
 * registry refusing an incompatible version (Confluent's `Schema being registered is
 * incompatible with an earlier schema`, HTTP 409; `… with the latest schema` and its
 * RestIncompatibleAvroSchemaException before confluentinc/schema-registry#451 reworded it in
 * November 2016, as confluentinc/bottledwater-pg#23 quotes it), a search index's mapping refusing a field's value
 * (Elasticsearch's `mapper_parsing_exception`, `failed to parse field [price] of type [long]`), and a
 * GraphQL server refusing a query for a field its schema lacks (`Cannot query field "x" on type "Y"`,
 * graphql-js's validation), or for an argument a field of it does not take (`Unknown argument
 * "layoutId" on field "Query.recentBetaLinks".`, the same validation's KnownArgumentNamesRule: a
 * mobile bundle's query ahead of the deployed schema, boardsesh/boardsesh#5370), and Hasura's
 * GraphQL Engine refusing a field its metadata does not expose (`field 'epochs' not found in type:
 * 'query_root'`, code validation-failed: cardano-foundation/cardano-graphql#897). One side changed a
 * field's name or type without the other.
 */
export const DATA_SCHEMA = /(\bAvroTypeException\b|\bis incompatible with (?:an earlier|the latest) schema\b|\bRestIncompatible(?:Avro)?SchemaException\b|\bmapper_parsing_exception\b|\bfailed to parse field \[[^\]\n]{1,200}\] of type\b|\bCannot query field "[^"\n]{1,200}" on type\b|\bUnknown argument "[^"\n]{1,200}" on (?:field|directive) "|\bfield '[^'\n]{1,200}' not found in type: ')/;
/**
 * A database driver refusing to decode a column into the type the code declares for it, because
 * the column's type in the database is another: sqlx's `error occurred while decoding column
 * "height": mismatched types; Rust type `u32` (as SQL type `OID`) is not compatible with SQL type
 * `INT8`` (its Error::ColumnDecode over a type-compatibility check; penumbra-zone/penumbra#154,
 * a node's new code reading a BIGINT height into a u32), and tokio-postgres's `error deserializing
 * column 0: cannot convert between the Rust type `i32` and the Postgres type `int8`` (its
 * WrongType error). The code and the schema disagree on a column's type, whichever changed: no
 * row's data is at fault, every row fails alike. Group 1 the column, 2 the code's type, 3 the
 * database's.
 */
export const COLUMN_TYPE_MISMATCH = /\b(?:error occurred while decoding column|error deserializing column) "?([\w.]{1,100})"?: (?:mismatched types; Rust type `([^`\n]{1,200})`(?: \(as SQL type `?[^)\n]{1,100}`?\))? is not compatible with SQL type `?([\w ]{1,60}?)`?(?=[\s'",;)]|$)|cannot convert between the Rust type `([^`\n]{1,200})` and the Postgres type `([\w ]{1,60})`)/;

/** The field or subject a DATA_SCHEMA refusal names. */
export const DATA_SCHEMA_FIELD = /\bfield \[([^\]\n]{1,200})\]|\bCannot query field "([^"\n]{1,200})"|\bfor subject "([^"\n]{1,200})"|\bUnknown argument "([^"\n]{1,200})" on |\bfield '([^'\n]{1,200})' not found in type: '/;
/**
 * A serverless platform ending an invocation at the function's own time limit, in its runtime's
 * words: AWS Lambda's and Vercel's `Task timed out after 10.01 seconds` (Vercel runs its functions
 * on Lambda; spencerwooo/onedrive-vercel-index#759, j178/github-contrib-stats#52) and Vercel's
 * `FUNCTION_INVOCATION_TIMEOUT`, Azure Functions' `Timeout value of 00:05:00 exceeded by function
 * '…'`, Cloud Functions' `finished with status: 'timeout'`. The limit is the function's configured
 * duration, not a peer that stopped answering; the words name none.
 */
export const FUNCTION_TIME_LIMIT = /\bTask timed out after \d+(?:\.\d+)? seconds\b|\bFUNCTION_INVOCATION_TIMEOUT\b|\bTimeout value of [\d:.]+ exceeded by function\b|\bfinished with status:? '?timeout'?/i;
/**
 * A child process the service itself started, ended at the timeout the service gave it: Symfony
 * Process' ProcessTimedOutException `The process "…" exceeded the timeout of 60 seconds.` (or `…
 * the idle timeout of …`), which Laravel's `queue:listen` meets when the `queue:work --once` it
 * starts for a job outlasts its --timeout (spatie/laravel-backup#956: at each hourly backup), and
 * Python's subprocess.TimeoutExpired, `Command '…' timed out after 30 seconds`, and Node's
 * fluent-ffmpeg killing the ffmpeg it spawned at its command's `timeout` option, `process ran into a
 * timeout (600s)` (fluent-ffmpeg/node-fluent-ffmpeg#647). The command ran longer than it was given;
 * like FUNCTION_TIME_LIMIT, the words name no peer that stopped answering.
 */
export const CHILD_PROCESS_TIME_LIMIT = /\bThe process "[^\n]{1,2000}?" exceeded the (?:idle )?timeout of [\d.]+ seconds\b|\bCommand '[^\n]{1,2000}?' timed out after [\d.]+ seconds\b|\bprocess ran into a timeout \(\d+(?:\.\d+)?s\)/;

/**
 * A client's timeout on the caller's own handling of a response it was given, not on a peer:
 * akka-http's (and Pekko HTTP's) pool fails a response whose entity the code neither read nor
 * discarded within response-entity-subscription-timeout (`TimeoutException: Response entity was not
 * subscribed after 1 second. Make sure to read the response entity body or call `discardBytes()` on
 * it`, eclipse-ditto/ditto#603, akka/akka-http#3050), and OkHttp warns of a connection given back
 * unread (`A connection to … was leaked. Did you forget to close a response body?`). The peer
 * answered; the code left its answer unread.
 */
export const RESPONSE_LEFT_UNREAD = /\bResponse entity was not subscribed after\b|\bDid you forget to close a response body\?/;

/**
 * PostgreSQL refusing a prepared statement whose result columns changed since it was planned
 * (plancache.c's `cached plan must not change result type`, SQLSTATE 0A000; Rails raises it as
 * ActiveRecord::PreparedStatementCacheExpired): a migration altered a table under processes that
 * prepared their statements before it, as a canary's migration did under the release it replaced
 * (Sardine's status page, status.sardine.ai/incidents/s4tj7pn0qtcf).
 */
export const STALE_PLAN = /\bcached plan must not change result type\b|\bPreparedStatementCacheExpired\b/;
/** The topic a Kafka consumer names when it cannot decode a record (`for partition orders-0 at offset 1234`). */
export const KAFKA_PARTITION = /\bfor partition ([\w.-]{1,200})-\d+ at offset \d+/;
/**
 * The query parameter a web framework names when it cannot read a request's query string into the
 * type its handler declares: axum's Query extractor (its FailedToDeserializeQueryString rejection,
 * answered 400: tokio-rs/axum#1795), `Failed to deserialize query string: match[]: invalid type:
 * string "…", expected a sequence` with the field's path before the colon
 * (opendata-oss/opendata#14), or `… missing field `consistency`` (tokio-rs/axum#3079); actix-web's
 * `Query deserialize error: missing field `x``; Spring MVC's MissingServletRequestParameterException,
 * `Required request parameter 'x' for method parameter type String is not present`. A message
 * without the field (`Failed to deserialize query string: invalid type: map, …`) names none.
 */
export const QUERY_PARAMETER: RegExp[] = [
  /\bFailed to deserialize query string: (?:missing field `([^`\n]{1,100})`|([^\s:"`]{1,100}): )/,
  /\bQuery deserialize error: missing field `([^`\n]{1,100})`/,
  /\bRequired request parameter '([^'\n]{1,100})' for method parameter type\b/,
];

/** What the first of `patterns` that matches `text` captured (its first group that took part), or undefined. */
function firstCapture(patterns: readonly RegExp[], text: string): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m.slice(1).find((g) => g !== undefined);
  }
  return undefined;
}

/** The query parameter a QUERY_PARAMETER refusal names, or undefined. */
export const queryParameter = (text: string): string | undefined => firstCapture(QUERY_PARAMETER, text);

/**
 * A row refused because a column that must hold a value was left empty, in each database's words,
 * the column named: PostgreSQL's not_null_violation (SQLSTATE 23502, `null value in column "x" of
 * relation "t" violates not-null constraint`; before PostgreSQL 13 without the relation), MySQL's
 * ER_BAD_NULL_ERROR (1048, `Column 'x' cannot be null`) and, in strict mode, ER_NO_DEFAULT_FOR_FIELD
 * (1364, `Field 'x' doesn't have a default value`: an INSERT that leaves out a NOT NULL column with no
 * default), SQLite's `NOT NULL constraint failed: t.x`, SQL Server's error 515 (`Cannot insert the
 * value NULL into column 'x', table 'db.dbo.t'; column does not allow nulls`) and Oracle's ORA-01400
 * (`cannot insert NULL into ("S"."T"."X")`). The words alone do not say the schema changed: a writer
 * that forgets a field gets them too; a release that started them or a release still running
 * beside a newer one does (table.ts, the schema-mismatch rule).
 */
export const NOT_NULL: RegExp[] = [
  /\bnull value in column "([^"\n]{1,200})"(?: of relation "[^"\n]{1,200}")? violates not-null constraint/,
  /\bColumn '([^'\n]{1,200})' cannot be null\b/,
  /\bField '([^'\n]{1,200})' doesn't have a default value\b/,
  /\bNOT NULL constraint failed: (?:[\w$]{1,200}\.)?([\w$]{1,200})/,
  /\bCannot insert the value NULL into column '([^'\n]{1,200})'/,
  /\bORA-01400: cannot insert NULL into \((?:"[^"\n]{1,200}"\.)*"([^"\n]{1,200})"\)/,
];

/** The column a NOT_NULL refusal names, or undefined when the text holds none. */
export const notNullColumn = (text: string): string | undefined => firstCapture(NOT_NULL, text);

export const SCHEMA_OBJECT = /(?:column|relation|table|Table) ["'`]?([\w.]+)["'`]?|\btype "([\w.]+)" does not exist/;

/**
 * A statement refused because it waited longer than the database lets it wait for a lock another
 * transaction holds — no pair aborted, one transaction held the lock past the waiter's timeout:
 * MySQL's ER_LOCK_WAIT_TIMEOUT (1205, `Lock wait timeout exceeded; try restarting transaction`,
 * innodb_lock_wait_timeout), PostgreSQL's lock_timeout (55P03, `canceling statement due to lock
 * timeout`), SQL Server's LOCK_TIMEOUT (1222, `Lock request time out period exceeded`), Oracle's
 * NOWAIT (ORA-00054, `resource busy and acquire with NOWAIT`), H2's LOCK_TIMEOUT (50200), and the
 * frameworks' names for them (Active Record's LockWaitTimeout, Spring's CannotAcquireLockException).
 * Salesforce's UNABLE_TO_LOCK_ROW (`unable to obtain exclusive access to this record or 2 records: …`)
 * is its record lock alike: a DML statement waited for a record another transaction holds and
 * gave up (SFDO-Community/declarative-lookup-rollup-summaries#1299: rollups and triggers on one parent).
 * SAP HANA's error 131 (ERR_TX_ROLLBACK_LOCK_TIMEOUT, `transaction rolled back by lock wait timeout:
 * Lock-wait time out exceeded [OWNER=…, TYPE=RECORD_LOCK, …]`) alike: a job's transaction held the record
 * lock past the waiters' timeout (https://nleo.me/en/2023/09/07/dive_into_transaction_timeout_issue.html).
 * LOCK_CONTENTION holds it (same source): the lock-contention rule tells these waits from deadlocks.
 */
export const LOCK_WAIT_TIMEOUT = /(?:Lock wait timeout exceeded|ER_LOCK_WAIT_TIMEOUT|canceling statement due to lock timeout|\b55P03\b|could not obtain lock on row|Lock request time out period exceeded|ORA-00054|resource busy and acquire with NOWAIT|ActiveRecord::LockWaitTimeout|CannotAcquireLockException|\bTimeout trying to lock table\b|\bUNABLE_TO_LOCK_ROW\b|unable to obtain exclusive access to th(?:is|e) record|transaction rolled back by lock wait timeout|Lock-wait time out exceeded)/i;

// Transactions that conflict over the same rows, in each database's and ORM's words: PostgreSQL
// (`deadlock detected`, SQLSTATE 40P01; `could not serialize access`, 40001; `canceling statement
// due to lock timeout`, 55P03), MySQL/MariaDB (`Deadlock found when trying to get lock`, 1213;
// `Lock wait timeout exceeded`, 1205), SQL Server (`chosen as the deadlock victim`), Oracle
// (ORA-00060), SQLite (`database is locked`), MongoDB's WriteConflict, and the optimistic-lock
// exceptions of Hibernate/JPA, Spring, Entity Framework and Active Record.
// An API that locks each of its objects while a request works on it answers a second request to
// the same object that it is `currently accessing it` (Stripe's lock_timeout, raised as a
// RateLimitError: exercism/website#2518, fjordllc/bootcamp#3738): two writes to one object
// colliding, not the account's rate.
export const OBJECT_LOCKED = /another (?:API )?request(?: or [\w ]{1,40}?)? is currently accessing it/i;
// Also a transaction aborted for another one's writes in the words of the stores that abort it
// rather than wait: Firestore's and Datastore's ABORTED (`Aborted due to cross-transaction
// contention`, `too much contention on these datastore entities`), Spanner's `ABORTED: Transaction
// was aborted`, DynamoDB's TransactionConflict cancellation reason and TransactionConflictException
// (`Transaction is ongoing for the item`), Prisma's P2034 (`Transaction failed due to a write
// conflict or a deadlock`); and an update refused because the row or object changed since it was
// read (optimistic concurrency): SQLAlchemy's StaleDataError (`expected to update 1 row(s); 0 were
// matched`), the Kubernetes API's Conflict (`the object has been modified; please apply your
// changes to the latest version`).
// And H2's lock timeout (its error 50200, LOCK_TIMEOUT_1: `Timeout trying to lock table "USERS"`,
// SQLState HYT00): an embedded H2 waits on another transaction's table or row lock until its
// LOCK_TIMEOUT, then refuses the statement — transactions colliding, not a peer timing out
// (Athou/commafeed#755: a feed refresher's transactions and the users' updates of their row).
// And Db2's lock errors by code: SQLCODE -911 (SQL0911N, the transaction rolled back for a deadlock
// or a lock timeout, SQLSTATE 40001) and -913 (SQL0913N, `Unsuccessful execution caused by deadlock
// or timeout`, the statement refused without a rollback, SQLSTATE 57033), which the JDBC driver prints
// as codes alone (`DB2 SQL Error: SQLCODE=-913, SQLSTATE=57033, SQLERRMC=00C9008E;…`: IBM/dbb-zappbuild#405).
// And CockroachDB's retryable transaction errors, each prefixed `restart transaction:` and named for
// its reason (TransactionRetryWithProtoRefreshError, TransactionAbortedError, and a read that met a
// concurrent write inside its clock's uncertainty window, ReadWithinUncertaintyIntervalError:
// cockroachdb/cockroach#30234), with or without the SQLSTATE 40001 the server adds.
// LOCK_WAIT_TIMEOUT, OBJECT_LOCKED and LOCK_ACQUIRE_TIMED_OUT (lock-acquire-timeout.ts: the Prisma
// CLI's advisory lock) are among its alternatives (same source).
// And a lock that could not be had in time, in a timeout's words: Hangfire's
// DistributedLockTimeoutException, `Timeout expired. The timeout elapsed prior to obtaining a
// distributed lock on the 'HangFire:DataUploader.Start' resource.` (DisableConcurrentExecution while
// a run of the same job still held it, HangfireIO/Hangfire#584), JPA's LockTimeoutException. The
// lock's holder kept it, not a peer slow to answer; SqlClient's `prior to obtaining a connection from
// the pool` is a pool run out, and is not a lock.
export const LOCK_CONTENTION = new RegExp(String.raw`(${LOCK_WAIT_TIMEOUT.source}|\b(?:cross-transaction|transaction|write|lock) (?:contention|conflict)\b|\btoo much contention\b|\bTransactionConflict\w*|\btransaction is ongoing for the item\b|\bABORTED: Transaction (?:was )?aborted\b|\bStaleDataError\b|\bexpected to (?:update|delete) \d+ row\(s\); \d+ (?:were|was) matched\b|\bthe object has been modified; please apply your changes to the latest version\b|deadlock detected|Deadlock found when trying to get lock|deadlock victim|deadlocked on lock resources|ORA-00060|\b40P01\b|could not serialize access|SQLSTATE\W{0,3}40001|SQLSTATE\W{0,3}57033|SQLCODE\W{0,3}-91[13]\b|\bSQL091[13]N\b|\bdeadlock or timeout\b|\brestart transaction: \w*(?:Retry|Abort)\w*Error\b|\bReadWithinUncertaintyInterval\w*|serialization failure|ER_LOCK_(DEADLOCK|WAIT_TIMEOUT)|database (table )?is locked|SQLITE_BUSY|WriteConflict|Write conflict during plan execution|OptimisticLock\w*|StaleObjectState\w*|StaleObjectError|Attempted to update a stale object|Row was updated or deleted by another transaction|DbUpdateConcurrencyException|DeadlockLoserDataAccessException|PessimisticLockingFailureException|CannotSerializeTransactionException|ActiveRecord::(Deadlocked|LockWaitTimeout|SerializationFailure)|(?:(?:Unable|Failed) to|Could not|Couldn't) (?:acquire|get|obtain) (?:the |a )?(?:[\w-]+ )?lock\b|\b[Ee]rror acquiring the (?:[\w-]+ )?lock\b|\.lock': File exists\b|\bLockError\b|\b(?:prior to|before) (?:obtaining|acquiring|getting) (?:the |an? )?(?:[\w-]+ )?lock\b|\b\w*LockTimeout(?:Exception|Error)\b|${OBJECT_LOCKED.source}|${LOCK_ACQUIRE_TIMED_OUT.source})`, 'i');

/**
 * A write refused because the row it adds is already there: a unique or primary key violation,
 * in each database's and driver's words — PostgreSQL 23505, MySQL 1062 (`Duplicate entry … for
 * key …`), SQL Server 2627/2601, Oracle ORA-00001, SQLite's `UNIQUE constraint failed`, MongoDB
 * E11000, Prisma P2002, Hibernate's and Sequelize's unique-constraint errors, Active Record's
 * RecordNotUnique, Ecto's ConstraintError for a `(unique_constraint)` the changeset did not declare,
 * Cosmos DB's 409 Conflict (`Entity with the specified id already exists in the system.`), Neo4j's
 * uniqueness constraint (Neo.ClientError.Schema.ConstraintValidationFailed: `Node(124) already exists
 * with label \`User\` and property \`email\` = '…'`).
 * `DUPLICATE_KEY_NAME` finds the constraint or index named.
 */
export const UNIQUE_VIOLATION = /(duplicate key value violates unique constraint|\bNode\(\d+\) already exists with label\b|\b23505\b|Duplicate entry '[^']{0,300}' for key|ER_DUP_ENTRY|Violation of (?:PRIMARY|UNIQUE) KEY constraint|Cannot insert duplicate key row|ORA-00001|unique constraint \([\w.$#]{1,200}\) violated|UNIQUE constraint failed|SQLITE_CONSTRAINT_(?:UNIQUE|PRIMARYKEY)|E11000 duplicate key|Unique constraint failed on the|\bP2002\b|SequelizeUniqueConstraintError|RecordNotUnique|DuplicateKeyException|UniqueConstraintViolationException|UniqueViolation|\(unique_constraint\)|\bdocument already exists\b|\bALREADY_EXISTS: |\b(?:Entity|Resource) with (?:the )?specified id[^\n]{0,40}? already exists\b)/i;
export const DUPLICATE_KEY_NAME = /(?:unique constraint "([^"]{1,200})"|for key '([^']{1,200})'|KEY constraint '([^']{1,200})'|with unique index '([^']{1,200})'|unique constraint \(([\w.$#]{1,200})\) violated|UNIQUE constraint failed: ([\w.]{1,200})|E11000 duplicate key error collection: \S{1,200} index: (\S{1,200})|Unique constraint failed on the (?:fields|constraint): \(?`?([\w]{1,200})|constraint \[([\w.]{1,200})\]|\* ([\w.]{1,200}) \(unique_constraint\))/i;
/** A constraint or index that is the table's primary key, by the names databases and ORMs give it. */
export const PRIMARY_KEY_NAME = /(?:^|[._])(?:pkey|pk)$|^pk_|(?:^|\.)PRIMARY$|^_id_$|\.id$/i;

/**
 * nginx refusing a request body over its client_max_body_size (default 1m) before the upstream sees
 * it: its error log's `client intended to send too large body: 3520276 bytes, client: …` (the words
 * openresty/lua-resty-upload#27 quotes; `too large chunked body: N+M bytes` for a chunked one), while
 * the client is answered 413 (kubernetes/ingress-nginx#1824, #4812: the ingress' 1m default). The size
 * it states is the body's; the limit is the setting's.
 */
export const NGINX_BODY_TOO_LARGE = /client intended to send too large (?:chunked )?body: (\d{1,15})(?:\+(\d{1,15}))? bytes/;
/**
 * PHP refusing a request body larger than its post_max_size before any script runs: it warns `POST
 * Content-Length of 288411440 bytes exceeds the limit of 8388608 bytes in Unknown on line 0` (no
 * script yet, so no file: `Unknown`), drops the body, and the script runs with $_POST and $_FILES
 * empty (PodcastGenerator/PodcastGenerator#746: every episode upload lost, Apache's mod_proxy_fcgi
 * quoting PHP-FPM's warning in its error log, the limit raised in another SAPI's php.ini than the one
 * PHP-FPM reads). The body's size and the limit, in bytes.
 */
export const PHP_POST_TOO_LARGE = /POST Content-Length of (\d{1,15}) bytes exceeds the limit of (\d{1,15}) bytes/;
/**
 * librdkafka's MSG_SIZE_TOO_LARGE (`Broker: Message size too large`): the broker's
 * message.max.bytes bounds a produce request's whole batch of records, so records far under it fail
 * with the large one they were batched beside, and librdkafka's own message.max.bytes kept in line
 * with the broker's refuses the large one alone when it is produced (its maintainer in
 * confluentinc/librdkafka#488 and #1716).
 */
export const KAFKA_BATCH_TOO_LARGE = /\bBroker: Message size too large\b|\bMSG_SIZE_TOO_LARGE\b/;

/**
 * A web framework refusing a request body over its own limit before the handler reads it, in its
 * own words, with the setting that holds the limit and its default. Like PHP's post_max_size, a
 * limit of the server the request reached, not of the code that would have read the body:
 * - ASP.NET Core's Kestrel: `Request body too large. The max request body size is 30000000 bytes.`
 *   (BadHttpRequestException, 413), KestrelServerLimits.MaxRequestBodySize, 30,000,000 bytes by
 *   default (docs: "Kestrel web server in ASP.NET Core", Limits; nzbdav-dev/nzbdav#63).
 * - axum's body extractors: a body past DefaultBodyLimit is rejected as `LengthLimitError`
 *   (`Failed to buffer the request body: length limit exceeded`), 2 MB by default since axum-core
 *   0.2.8 / axum 0.5.16 (axum docs, extract::DefaultBodyLimit; tokio-rs/axum#1470: the limit arrived
 *   with a lock-file update).
 */
export const SERVER_BODY_LIMITS: readonly { words: RegExp; server: string; setting: string; byDefault: string; defaultBytes: number; raise: string }[] = [
  {
    words: /Request body too large\.(?: The max request body size is (\d{1,15}) bytes\.)?/g,
    server: "ASP.NET Core's Kestrel",
    setting: 'MaxRequestBodySize',
    byDefault: '30000000 bytes, about 28.6 MB',
    defaultBytes: 30_000_000,
    raise: "Kestrel's Limits.MaxRequestBodySize (the Kestrel__Limits__MaxRequestBodySize setting), or per endpoint [RequestSizeLimit(n)] / IHttpMaxRequestBodySizeFeature; for forms FormOptions.MultipartBodyLengthLimit as well, and IIS's maxAllowedContentLength when it is in front",
  },
  {
    words: /\bLengthLimitError\b|Failed to buffer the request body: length limit exceeded/g,
    server: 'axum',
    setting: 'DefaultBodyLimit',
    byDefault: '2 MB, 2097152 bytes, since axum-core 0.2.8 / axum 0.5.16',
    defaultBytes: 2_097_152,
    raise: "a DefaultBodyLimit::max(n) layer on the routes that take large bodies (or DefaultBodyLimit::disable() with tower-http's RequestBodyLimitLayer)",
  },
  {
    // Akka HTTP's (and Apache Pekko HTTP's) EntityStreamSizeException, in its words before and
    // after akka/akka-http#2823: `actual entity size (None) exceeded content length limit
    // (52428800 bytes)!`, `incoming entity size (10) exceeded size limit (5 bytes)!`. A chunked
    // body over the limit is cut off while streaming and answered 500, not 413 (akka/akka-http#358).
    words: /\bEntityStreamSizeException: (?:actual entity size \([^)\n]{0,40}\) exceeded content length limit|incoming entity size \([^)\n]{0,40}\) exceeded size limit) \((\d{1,15}) bytes\)/g,
    server: 'Akka HTTP',
    setting: 'max-content-length',
    byDefault: '8m, 8388608 bytes',
    defaultBytes: 8_388_608,
    raise: "akka.http.server.parsing.max-content-length (pekko.http.server.parsing.max-content-length on Pekko), or per route withSizeLimit(n) / the withSizeLimit directive; akka.http.routing.decode-max-size too when the route decodes compressed bodies",
  },
];

/** The server limit a request body was refused by (SERVER_BODY_LIMITS), and the limit it states, if any. */
export function serverBodyLimit(text: string): { limit: (typeof SERVER_BODY_LIMITS)[number]; stated?: string } | undefined {
  // The signature's own message has its numbers masked; the sample's exception still states the
  // limit, so a match that states it is preferred.
  for (const limit of SERVER_BODY_LIMITS) {
    const found = [...text.matchAll(limit.words)];
    if (found.length > 0) return { limit, stated: found.find((m) => m[1] !== undefined)?.[1] };
  }
  return undefined;
}

/** HTTP 431 (RFC 6585 §5): the request's header fields are larger than the server accepts (SIZE_LIMIT holds it: same source). */
export const HEADER_FIELDS_TOO_LARGE = /(?:status(?: code)?:? |HTTP(?:\/[\d.]{1,3})? |\(|^)431\b|\b431 (?:Client Error|Request)|Request Header Fields Too Large|HPE_HEADER_OVERFLOW|Parse Error: Header overflow/i;

/**
 * A payload bigger than a limit set on it, in each runtime's and protocol's words: gRPC's
 * `received message larger than max (N vs. M)` (RESOURCE_EXHAUSTED), Kafka's RecordTooLarge and
 * MESSAGE_TOO_LARGE, MySQL's max_allowed_packet, HTTP 413 (`Payload/Request Entity/Content Too
 * Large`, Express' PayloadTooLargeError, Kestrel's `Request body too large`), S3's EntityTooLarge,
 * PostgreSQL's index row size; "too large" only where a payload is what is too large. Also a
 * message "too long" (SNS' `Invalid parameter: Message too long`, Slack's `msg_too_long`), SQS'
 * `Batch requests cannot be longer than N bytes`, grpc-java's `gRPC message exceeds maximum size
 * N: M`, NATS' `maximum payload exceeded` (the server's max_payload), Pulsar's `… message with N
 * bytes that exceeds M bytes`, librdkafka's `Message size too large` (MSG_SIZE_TOO_LARGE). And
 * HTTP 431, `Request Header Fields Too Large` (RFC 6585 §5): the header fields, not the body, past
 * what the server reads (Node's llhttp `HPE_HEADER_OVERFLOW`, `Parse Error: Header overflow`, past its
 * max header size). Also tonic's `decoded message length too large: found N bytes, the limit is: M
 * bytes`, RabbitMQ's `message size N is larger than configured max size M` (max_message_size),
 * Cassandra's `Mutation of 17.5MiB is too large for the maximum size of 16.000MiB`
 * (max_mutation_size), Elasticsearch's index limits (`Limit of total fields [1000] has been
 * exceeded`, `Result window is too large, from + size must be …`: index.mapping.total_fields.limit,
 * index.max_result_window), Redis' `string exceeds maximum allowed size (proto-max-bulk-len)`, and
 * PHP's upload limit as Symfony names it (`exceeds your upload_max_filesize ini directive`).
 * Temporal's server refusing a payload over its blob size limit (2 MB by default: `Blob data size
 * exceeds limit.`, ErrBlobSizeExceedsLimit; PeerDB-io/peerdb#2041, a workflow's input), worded
 * without the article other servers put before `limit`. And a bound in a maximum's words, or as an
 * upper-case code: Grafana Tempo's ingester, `TRACE_TOO_LARGE: max size of trace (7000000) exceeded
 * while adding 52410 bytes to trace …` (max_bytes_per_trace; grafana/tempo#7064, #2160), as
 * librdkafka's MSG_SIZE_TOO_LARGE.
 */
export const SIZE_LIMIT = new RegExp(String.raw`(message length too large: found \d+ bytes|\bmax(?:imum)? size of (?:the |an? )?[\w-]{1,30} (?:\(\d[\d,]*\) )?exceeded\b|\b[A-Z]{2,}(?:_[A-Z]{2,})*_TOO_LARGE\b|larger than (?:configured )?max(?:imum)? size \d|is too large for the maximum size of|\bLimit of [\w ]{1,30} \[\d+\] has been exceeded|\b(?:Result|Rescore) window is too large|exceeds maximum allowed size|exceeds your upload_max_filesize|POST Content-Length of \d{1,15} bytes exceeds the limit of|larger than max\b|message larger than the max|larger than \d[\d,]{0,15}, which is the value of|RecordTooLarge\w*|MESSAGE_TOO_LARGE|MessageSizeTooLarge\w*|max_allowed_packet|Packet for query is too large|PacketTooBig\w*|(?:status(?: code)?:? |HTTP(?:\/[\d.]{1,3})? |\(|^)413\b|\b413 (?:Client Error|Payload|Request|Content)|${HEADER_FIELDS_TOO_LARGE.source}|Payload Too Large|Request Entity Too Large|Content Too Large|PayloadTooLarge\w*|EntityTooLarge|\b(?:request|response|message|payload|body|entity|record|packet|batch|frame|document|upload|headers?) (?:is |was )?too large|exceed(?:s|ed) the maximum allowed size|Maximum upload size exceeded|must be shorter than \d+ bytes|cannot be longer than \d+ bytes|\b(?:message|msg)[ _]too[ _]long\b|message exceeds maximum size|\bmax(?:imum)? payload (?:size )?exceeded\b|\bwith \d+ bytes that exceeds \d+ bytes|\b(?:message|record|request|payload) size too large\b|MSG_SIZE_TOO_LARGE|size exceeds (?:the )?limit\b|exceeds its maximum permitted size|exceeds the maximum configured message size|Cannot create a string longer than|ERR_STRING_TOO_LONG|RangeError: Invalid string length|index row size \d+ exceeds|Data too long for column|value too long for type|payload size exceeded (?:the )?maximum|client intended to send too large (?:chunked )?body|upstream sent too big header|document size (?:of \d{1,15} )?is larger than maximum of \d)`, 'i');
/**
 * The size and the limit a message states (`5242880 vs. 4194304`, `(5,242,880 > 4,194,304)`,
 * `1048588 bytes … larger than 1048576`; MongoDB's drivers' `Document size of 78569244 is larger than
 * maximum of 16793600` and pymongo's `BSON document too large (18815074 bytes) - the connected server
 * supports BSON document sizes up to 16777216 bytes`).
 */
const SIZE = String.raw`(\d{1,3}(?:,\d{3})+|\d{3,15})`;
export const SIZE_AND_LIMIT = new RegExp(String.raw`${SIZE} (?:vs\.?|>) ${SIZE}|${SIZE} bytes[^\n]{0,60}?larger than ${SIZE}|size ${SIZE} exceeds[^\n]{0,40}?maximum ${SIZE}|size of ${SIZE} is larger than maximum of ${SIZE}|too large \(${SIZE} bytes\)[^\n]{0,80}?up to ${SIZE} bytes`);

/**
 * MongoDB's limit on one document (maxBsonObjectSize, 16 MB: 16793600 with the server's headroom) in
 * its server's words, `BSONObj size: 17097847 (0x104E477) is invalid. Size must be between 0 and
 * 16793600(16MB)` (BSONObjectTooLarge; RocketChat/Rocket.Chat#18149: an export job's operation
 * document grown past it, every update of it refused). The server says the same of a document it
 * read corrupt, whose size is 0 or negative (overleaf/overleaf#118, ossmeter/ossmeter#40): only a
 * size above the limit it states is a document that grew. Its drivers' words are SIZE_LIMIT's (the
 * Java driver's `… size is larger than maximum of 16793600`, pymongo's `BSON document too large`).
 */
const BSON_OBJECT_SIZE = /BSONObj size: (-?\d{1,15}) \(0x[0-9A-Fa-f]{1,16}\) is invalid\. Size must be between 0 and (\d{1,15})/;
export function bsonObjectTooLarge(text: string): { size: string; limit: string } | undefined {
  const m = BSON_OBJECT_SIZE.exec(text);
  return m && Number(m[1]) > Number(m[2]) ? { size: m[1], limit: m[2] } : undefined;
}

/**
 * An upsert named in a MongoDB duplicate key error: `findOneAndUpdate`, `findAndModify` or an
 * update with `upsert`. An upsert is not atomic against a concurrent one on the same filter: both
 * find no document, both insert, and the unique index refuses the second with E11000 (MongoDB's
 * manual, db.collection.updateOne, "Upsert with Duplicate Values": the operation that fails may be
 * retried, and then updates).
 */
export const MONGO_UPSERT = /\b(?:findOneAndUpdate|findAndModify|find_one_and_update|findByIdAndUpdate|FindAndModifyHelper|upsert\w*)\b/i;

/**
 * The table of the statement a lock wait refused, when the error carries that statement after its
 * words, as MySQL's client libraries and ORMs report it (mysql2 through ActiveRecord: `Mysql2::Error:
 * Lock wait timeout exceeded; try restarting transaction: UPDATE `collections` SET …`). Only a write
 * right after the lock words counts: the statement that waited, not any SQL the text holds elsewhere.
 * Identifiers quoted with backticks or double quotes, or bare (MySQL Reference Manual, "Schema
 * Object Names").
 */
export function lockedStatementTable(text: string): string | undefined {
  const m = /(?:Lock wait timeout exceeded|Deadlock found when trying to get lock)[^:\n]{0,40}:\s*(?:UPDATE(?:\s+(?:LOW_PRIORITY|IGNORE))*|INSERT(?:\s+IGNORE)?\s+INTO|DELETE\s+FROM|REPLACE\s+INTO)\s+[`"]?([A-Za-z_][\w$]{0,63}(?:[`"]?\.[`"]?[A-Za-z_][\w$]{0,63})?)[`"]?/i.exec(text);
  return m?.[1];
}

/** The table a lock timeout names when the lock is on a whole table (H2's 50200, LOCK_CONTENTION). */
export const TABLE_LOCK_TIMEOUT = /\bTimeout trying to lock table "?([\w.$]{1,128})"?/;

/**
 * PostgreSQL's deadlock DETAIL naming a table-level lock (`Process 1367366 waits for
 * ShareRowExclusiveLock on relation 16412 of database 16384; blocked by process 1272961.`), where a
 * deadlock over rows names a transaction instead (`waits for ShareLock on transaction 746`). The
 * table-level modes ordinary statements take (ACCESS SHARE for reads, ROW SHARE for SELECT … FOR
 * UPDATE, ROW EXCLUSIVE for writes) never conflict with one another (PostgreSQL's manual, 13.3.1
 * "Table-Level Locks", table 13.2), so a cycle of waits on relations has a schema change or an
 * explicit LOCK TABLE on one side (a migration's ALTER TABLE, CREATE INDEX, DISABLE TRIGGER).
 */
export const TABLE_LOCK_DEADLOCK = /\bwaits for ([A-Za-z]{2,40}Lock) on relation\b/;

/**
 * A database file locked by another process: DuckDB lets one process at a time open a database
 * file read-write (any number read-only), and refuses a second one at open, `IO Error: Could not
 * set lock on file "…": Conflicting lock is held in /usr/local/bin/python3.12 (PID 1637)` since it
 * names the holder (duckdb/duckdb#9988; AltimateAI/vscode-dbt-power-user#1750), before that `…:
 * Resource temporarily unavailable` (fcntl's EAGAIN on the held lock: Mause/duckdb_engine#436, two
 * of Superset's queries at once). Processes colliding on one file, not a resource used up. A share
 * that supports no locks (`…: Operation not supported`, duckdb/duckdb#13017 over SMB) names no
 * holder and is not read.
 */
export const FILE_LOCK_HELD = /\bCould not set lock on file "(?<file>[^"\n]{1,500})": (?:Conflicting lock is held in (?<holder>[^\n]{1,300}?) \(PID (?<pid>\d{1,10})\)|Resource temporarily unavailable\b)/;

/**
 * A workflow started under an id that a running execution already holds: Temporal's
 * WorkflowExecutionAlreadyStarted (`workflow execution already started`, in the Go SDK's words and
 * inside a child workflow's error: temporalio/sdk-go#580; the Python and TypeScript SDKs'
 * WorkflowAlreadyStartedError / WorkflowExecutionAlreadyStartedError), refused under the id's
 * reuse or conflict policy: the same start made twice. Not `workflow execution already completed`,
 * a signal or update sent to an execution that has finished.
 */
export const WORKFLOW_ALREADY_STARTED = /\bworkflow execution already started\b|\bWorkflow(?:Execution)?AlreadyStarted(?:Error|Failure)?\b/i;

/** The database whose words a lock conflict is in, when they say. */
export const LOCK_DATABASES: [name: string, re: RegExp][] = [
  // First: H2's own deadlock words (`Deadlock detected`) are PostgreSQL's too; its classes and its
  // `[code-build]` suffix (`[50200-187]`) say which database spoke.
  ['H2', /(org\.h2\.|\bJdbcSQL\w*Exception\b|Timeout trying to lock table|\[(?:50200|40001)-\d{3}\])/],
  ['Oracle', /ORA-\d{5}/],
  // Db2's JDBC driver names its exception class SqlException (com.ibm.db2.jcc.am.SqlException), as
  // SQL Server's client does: its package, its `DB2 SQL Error:` and SQLCODE, or its CLI's message ids
  // (SQL0911N, SQL0913N) say Db2 spoke, and come before SQL Server's words.
  ['Db2', /(com\.ibm\.db2\.|\bDB2 SQL Error\b|\bSQLCODE\W{0,3}-\d{3,5}\b|\bSQL\d{4,5}N\b)/],
  // SAP HANA's JDBC driver (`SAP DBTech JDBC: [133]`) and its server's rollback words; its deadlock
  // text (`Deadlock detected while executing transaction`) is PostgreSQL's too, so before PostgreSQL.
  ['SAP HANA', /(\bSAP DBTech JDBC\b|\btransaction rolled back by (?:lock wait timeout|detected deadlock)\b|\bLock-wait time out exceeded\b)/],
  // CockroachDB speaks PostgreSQL's protocol and SQLSTATE; its retry errors name themselves.
  ['CockroachDB', /(\brestart transaction: \w*(?:Retry|Abort)\w*Error\b|\bReadWithinUncertaintyInterval\w*|\bWriteTooOldError\b|\bTransactionRetryWithProtoRefreshError\b)/],
  ['Salesforce', /\bUNABLE_TO_LOCK_ROW\b/],
  ['PostgreSQL', /(PSQLException|psycopg|asyncpg|postgres|deadlock detected|40P01|could not serialize access|canceling statement due to lock timeout|55P03)/i],
  ['MySQL', /(MySQL|MariaDB|Deadlock found when trying to get lock|Lock wait timeout exceeded|ER_LOCK_)/i],
  ['SQL Server', /(deadlock victim|deadlocked on lock resources|SqlException)/i],
  ['SQLite', /(SQLITE_BUSY|database (table )?is locked)/i],
  ['MongoDB', /(WriteConflict|Write conflict during plan execution)/],
];

/**
 * A TLS handshake refused over the protocol version, not a certificate: one side offers only
 * versions the other has disabled. Java since 11.0.11 and 8u291 (JDK-8202343) no longer enables TLS
 * 1.0 and 1.1 (`The server selected protocol version TLS10 is not accepted by client preferences
 * [TLS13, TLS12]`, as microsoft/mssql-jdbc#1803 quotes it; `No appropriate protocol (protocol is
 * disabled or cipher suites are inappropriate)`), OpenSSL (`unsupported protocol`, `no protocols
 * available`, the peer's `tlsv1 alert protocol version`), Go's crypto/tls (`tls: server selected
 * unsupported protocol version 301`), Node (ERR_SSL_UNSUPPORTED_PROTOCOL), Python's ssl
 * (`[SSL: UNSUPPORTED_PROTOCOL]`). Not OpenSSL's `wrong version number`, which is most often plain
 * HTTP spoken to a TLS port.
 */
export const TLS_PROTOCOL = /(selected protocol version TLS\d+ is not accepted|No appropriate protocol \(protocol is disabled|\bunsupported protocol\b(?! scheme)|UNSUPPORTED_PROTOCOL|no protocols available|alert protocol version|ALERT_PROTOCOL_VERSION|selected unsupported protocol version|protocol version \w+ (?:is )?not (?:supported|enabled))/i;

/**
 * A token signed with a key the validator does not hold: no key it has matches the token's key id
 * (`kid`). The issuer rotated or removed a signing key (Azure AD, March 2021), or the validator's
 * copy of the issuer's keys is stale. Microsoft's IdentityModel (IDX10501 `Unable to match key`,
 * IDX10503 `… did not match any keys`, as AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet#1638
 * and #2469 quote them), node-jwks-rsa and PyJWT's PyJWKClient (`Unable to find a signing key that
 * matches`), jose (`no applicable key found in the JSON Web Key Set`), Nimbus JOSE behind Spring
 * Security (`Another algorithm expected, or no matching key(s) found`). Not IDX10503's `Token does
 * not have a kid`, a token issued without one.
 */
export const SIGNING_KEY_UNKNOWN = /(IDX10501: Signature validation failed\. Unable to match (?:key|'kid')|IDX10503: Signature validation failed\. The token's kid is|did not match any keys in TokenValidationParameters|Unable to find a signing key that matches|no applicable key found in the JSON Web Key Set|JWKSNoMatchingKey|no matching key\(s\) found)/i;
/** The key id a refusal names (`kid: 'nOo3…'`, `Unable to match 'kid': '…'`, `matches '…'`). */
export const SIGNING_KEY_ID = /(?:kid'?:\s*'|kid is: '|signing key that matches:? ["']?)([\w.-]{4,100})/i;

/**
 * The client's own trust store unreadable: libcurl's CURLE_SSL_CACERT_BADFILE (77), `Problem with
 * the SSL CA cert (path? access rights?)` (libcurl-errors(3): "Problem with reading the SSL CA cert
 * (path? access rights?)"), which SDKs built on libcurl pass on as their error (the AWS SDK for C++'s
 * `curlCode: 77, …`, aws/aws-sdk-cpp#1491). No peer's certificate was looked at: the CA bundle the
 * client was built or configured to read is missing or unreadable where it runs (a build for one
 * distribution run on another, a path or permission the image lacks). CERTIFICATE holds it too, so
 * the rules that place a certificate failure (one host, one image) still do.
 */
export const TRUST_STORE_UNREADABLE = /(Problem with (?:reading )?the SSL CA cert|CURLE_SSL_CACERT_BADFILE)/i;

/**
 * A TLS handshake refused over the peer's certificate, or failing as one, in each stack's words;
 * among them Erlang/OTP's ssl alerts (`TLS client: In state wait_cert_cr at ssl_handshake.erl:1895
 * generated CLIENT ALERT: Fatal - Unknown CA`, felipelincoln/branchpage#44) and gen_smtp's
 * `tls_failed`, its STARTTLS upgrade refused (gen-smtp/gen_smtp#328, OTP 26 verifying the relay).
 */
// libcurl's own name check on OpenSSL, `SSL: certificate subject name 'a' does not match target host
// name 'b'` (CURLE_PEER_FAILED_VERIFICATION, 60): the certificate the peer presents is not for the name asked.
// So are Perl IO::Socket::SSL's `hostname verification failed` (under LWP: `500 Can't connect to
// host:443 (hostname verification failed)`) and Erlang/OTP's `{bad_cert,hostname_check_failed}`.
// The JDK's HostnameChecker says it alike, under whatever exception carries it (a bare CertificateException
// `No subject alternative names matching IP address 172.18.0.8 found` in redisson/redisson#5463, an
// SSLHandshakeException `No subject alternative DNS name matching … found.` in opengoofy/hippo4j#1190, and
// `No name matching <host> found` for a certificate that names its host in the CN alone, and `No subject
// alternative names present` for an IP address asked of a certificate with none: airbytehq/airbyte#34731).
// Windows' SChannel, as SqlClient and .NET print it: `The certificate chain was issued by an authority
// that is not trusted` (SEC_E_UNTRUSTED_ROOT) and `The target principal name is incorrect`
// (SEC_E_WRONG_PRINCIPAL); SqlClient's managed SNI: `Certificate failed chain validation`, `Certificate
// name mismatch`, `The remote certificate was rejected by the provided RemoteCertificateValidationCallback`
// (sql-server-certificate-refused.ts).
// Apple's URL Loading System gives a TLS connection it could not make codes -1200 to -1206
// (NSURLErrorSecureConnectionFailed, `An SSL error has occurred and a secure connection to the server
// cannot be made.`; the server certificate's bad date, untrusted, unknown root, not yet valid; the
// client certificate rejected or required: Foundation's NSURLError.h). Its -1022, App Transport
// Security refusing a plain http URL the app asked for, is the app's own URL, not a certificate.
export const CERTIFICATE = /(NSURLErrorDomain Code=-120[0-6](?!\d)|\bNSURLError(?:SecureConnectionFailed|ServerCertificate\w+|ClientCertificate\w+)\b|a secure connection to the server cannot be made|secure_connection_error|remote error: tls: (?:expired|bad|revoked|unsupported|unknown) certificate|certificate (has )?expired|CERT_HAS_EXPIRED|x509|certificate verify failed|unable to verify the first certificate|self[- ]signed certificate|SSLHandshakeException|PKIX path|TLS handshake(?! timeout)|SSL routines|ERR_TLS_CERT\w*|certificate is not yet valid|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|remote certificate is invalid|CertificateExpiredException|SSLCertVerificationError|SSL certificate problem|unable to get local issuer certificate|failed to verify certificate|tls: bad certificate|unknown certificate authority|invalid peer certificate|does not match certificate's altnames|certificate subject name '[^'\n]{1,200}' does not match target host name|The SSL connection could not be established|\btls_failed\b|ALERT: Fatal - (?:Unknown CA|Bad Certificate|Certificate Unknown|Handshake Failure)|\bhostname verification failed\b|\bhostname_check_failed\b|No subject alternative (?:DNS )?names? (?:matching|present)|\bNo name matching \S+ found\b|Problem with (?:reading )?the SSL CA cert|CURLE_SSL_CACERT_BADFILE|certificate chain was issued by an authority that is not trusted|target principal name is incorrect|Certificate failed chain validation|Certificate name mismatch|remote certificate was rejected by the provided RemoteCertificateValidationCallback)/i;
/**
 * A TLS alert this side received about the certificate it presented (RFC 8446 6.2: bad_certificate,
 * unsupported_certificate, certificate_revoked, certificate_expired, certificate_unknown,
 * unknown_ca, certificate_required): the peer refused the client certificate of an mTLS call, or
 * none was sent. Each stack's words for a received alert: Go's crypto/tls `remote error: tls:
 * expired certificate` (the words Go 1.26.8 printed for a client certificate past its NotAfter
 * against RequireAndVerifyClientCert; postfinance/topf#10), OpenSSL's reason `sslv3 alert
 * certificate expired` (SSLV3_ALERT_CERTIFICATE_EXPIRED; `tlsv13 alert certificate required`),
 * Java's `Received fatal alert: certificate_expired`. A certificate the peer serves and this side
 * refuses is worded by this side's verifier instead (`x509: certificate has expired`), so these
 * words name the certificate this side sends: in a client's error, its own client certificate.
 */
export const OWN_CERTIFICATE_REFUSED = /(remote error: tls: (?:expired|bad|revoked|unsupported|unknown) certificate(?! authority)|remote error: tls: unknown certificate authority|remote error: tls: certificate required|(?:sslv3|tlsv1|tlsv13) alert (?:certificate (?:expired|revoked|unknown|required)|bad certificate|unsupported certificate|unknown ca)|(?:SSLV3|TLSV1|TLSV13)_ALERT_(?:CERTIFICATE_(?:EXPIRED|REVOKED|UNKNOWN|REQUIRED)|BAD_CERTIFICATE|UNSUPPORTED_CERTIFICATE|UNKNOWN_CA)|Received fatal alert: (?:certificate_(?:expired|revoked|unknown|required)|bad_certificate|unsupported_certificate|unknown_ca))/i;

/** What the peer's alert says of the certificate this side presented, when it says more than "bad". */
export function ownCertificateFault(text: string): string | undefined {
  if (/remote error: tls: expired certificate|alert certificate expired|ALERT_CERTIFICATE_EXPIRED|fatal alert: certificate_expired/i.test(text)) return 'has expired';
  if (/remote error: tls: revoked certificate|alert certificate revoked|ALERT_CERTIFICATE_REVOKED|fatal alert: certificate_revoked/i.test(text)) return 'was revoked';
  if (/remote error: tls: unknown certificate authority|alert unknown ca|ALERT_UNKNOWN_CA|fatal alert: unknown_ca/i.test(text)) return 'is signed by a CA the peer does not trust';
  if (/remote error: tls: certificate required|alert certificate required|ALERT_CERTIFICATE_REQUIRED|fatal alert: certificate_required/i.test(text)) return 'was not sent, though the peer requires one';
  return undefined;
}

/**
 * What is wrong with the certificate, when the words say it: its validity period over or not begun
 * (RFC 5280 4.1.2.5), an issuer the client does not trust, a name that is not the host's
 * (RFC 6125), or signed by itself. Each library's words: OpenSSL's `certificate has expired` and
 * `certificate is not yet valid`, Node's CERT_HAS_EXPIRED, Java's CertificateExpiredException and
 * `validity check failed`, Erlang's ssl `{:certificate_expired, …}` and `Fatal - Certificate
 * Expired` alerts (RFC 8446 6.2 certificate_expired), Go's `has expired or is not yet valid`.
 * Undefined when the words only say the handshake failed.
 */
export function certificateFault(text: string): string | undefined {
  if (/expired or is not yet valid/i.test(text)) return 'is expired or not yet valid';
  if (/certificate[_ ](?:has[_ ])?expired|CERT_HAS_EXPIRED|CertificateExpiredException|validity check failed/i.test(text)) return 'has expired';
  if (/certificate[_ ]is[_ ]not[_ ]yet[_ ]valid|CERT_NOT_YET_VALID|CertificateNotYetValidException/i.test(text)) return 'is not yet valid';
  if (/does not match certificate's altnames|hostname_check_failed|ERR_TLS_CERT_ALTNAME_INVALID|certificate is valid for [^,\n]{1,200}, not |No subject alternative (?:DNS )?names? matching|\bNo name matching \S+ found\b|\bHostname mismatch\b|target principal name is incorrect/i.test(text)) return "does not name the host it was reached at";
  if (/No subject alternative names present/i.test(text)) return 'has no subject alternative names, so it names no host or address it can be reached at';
  // Go since 1.15 reads a certificate's host names from its subject alternative names only (its
  // release notes: the CommonName is no longer treated as a host name when no SANs are present).
  if (/certificate relies on legacy Common Name field/i.test(text)) return 'names its host only in the legacy Common Name field, with no subject alternative names, which Go since 1.15 no longer reads';
  if (/self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT/i.test(text)) return 'is self-signed';
  if (/unknown certificate authority|ALERT: Fatal - Unknown CA|unable to get local issuer certificate|PKIX path building failed|certificate signed by unknown authority|certificate chain was issued by an authority that is not trusted/i.test(text)) return 'is signed by a CA the client does not trust';
  return undefined;
}
/**
 * 401 and 403 by number: an authentication failure unless the text says it is a rate limit (GitHub
 * answers 403 to one). Not the digits of a time's fraction or a decimal (`[10:37:12.403]`, Java's
 * `10:37:12,401`, `0.401`): a log line's clock once made Kibana's `all shards failed` read as
 * credentials refused, whenever its milliseconds were 401 or 403.
 */
export const AUTH_STATUS = /(?<!\d[.,])\b(401|403)\b(?![.,]\d)/;
/**
 * Words that say the caller's identity was accepted but is not allowed the operation (authorization,
 * not authentication): gRPC's PERMISSION_DENIED (status 7) and google-api-core's PermissionDenied
 * (`403 Permission 'secretmanager.versions.access' denied for resource …`: GoogleCloudPlatform/
 * professional-services-data-validator#1433; `Missing IAM permission: bigtable.tables.readRows`:
 * googleapis/java-bigtable#32), AWS's AccessDenied code and `is not authorized to perform`. Never a
 * login refused (`Access denied for user 'x'@'host'` is MySQL's wrong password).
 */
// Also an API key or token without the permission or scope: Stripe's restricted keys (`does not
// have the required permissions for this endpoint`), GitHub's `Resource not accessible by
// integration` (or `by personal access token`), Slack's `missing_scope`, NATS' `permissions violation`.
// And the Kubernetes API's 403 in client-go's words, `the server does not allow access to the requested
// resource` (kubernetes-status-words.ts).
export const PERMISSION_DENIED = new RegExp(`(?:${/(does not have the required permissions?\b|Resource not accessible by (?:integration|personal access token)|\bmissing_scope\b|\bpermissions violation\b|PERMISSION_DENIED|\bPermissionDenied(Exception)?\b|Permission '[^']{1,120}' denied|Permission [\w.]{3,80} (is required|denied)|Missing IAM permission|caller does not have permission|is not authorized to perform|\bAccessDenied(Exception)?\b)/.source}|${KUBE_ACCESS_REFUSED.source})`, 'i');
/** Words that say the credentials themselves were refused (missing, expired, invalid, revoked). */
// Those of login-refused.ts too: a server's own words for the login it refused; and an SSH server's
// refusal of every authentication offered, in its client's words (ssh-auth-refused.ts).
export const AUTHENTICATION_REFUSED = new RegExp(`(?:${/(UNAUTHENTICATED|Unauthori[sz]ed|invalid[_ ]token|token (is )?(expired|invalid)|expired|invalid (\w+ )?credentials|Bad credentials|authentication failed|Login (failed|was refused)|Access denied for user|invalid_grant|invalid_client|revoked|\b401\b)/.source}|${LOGIN_REFUSED.source}|${SSH_AUTH_REFUSED.source}|${COULD_NOT_AUTHENTICATE.source})`, 'i');
/** The permission a denial names, when it names one. */
export function deniedPermission(text: string): string | undefined {
  return /Permission '([^']{1,120})' denied/i.exec(text)?.[1] ?? /Missing IAM permission:? ([\w.]{3,80})/i.exec(text)?.[1] ?? /Permission ([\w.]{3,80}) is required/i.exec(text)?.[1] ?? /not authorized to perform:? ([\w:.*-]{3,80})/i.exec(text)?.[1];
}
// `Forbidden` as a word or an error's name (HTTPForbidden, ForbiddenError), not inside another name
// (Active Model's ForbiddenAttributesError is a controller's unpermitted parameters: a code defect).
// A provider's refusal of the key or token itself: Stripe's `Expired API Key provided`, an S3
// `The provided token has expired.`, NATS' `authorization violation`, Active Record's
// DatabaseConnectionError for a refused login (`There is an issue connecting to your database with
// your username/password`), Salesforce's INVALID_SESSION_ID (`Session expired or invalid`, and its SOAP
// API's `Invalid Session ID found in SessionHeader`: the API session the client logged in with has
// ended, restforce/restforce#512) — not a session of the code's own object closed (Hibernate's
// `Session is closed!`) nor a coordination session lost (ZooKeeper's `Session expired`).
// And Db2's SQL30082N (`Security processing failed with reason "24" ("USERNAME AND/OR PASSWORD
// INVALID")`, SQLSTATE 08001 as its communication errors have: ibmdb/node-ibm_db#811): the
// server refused the connection's authentication, for the reason its code names. Snowflake's
// connectors say so in words of their own, inside the 250001 `Failed to connect to DB: …` they wrap
// every login in (`Incorrect username or password was specified.`, its error 390100), which the
// refusal outranks. APNs refuses the sender's own provider token with 403 and a reason (Apple's
// 'Handling notification responses from APNs'): ExpiredProviderToken (`The provider token is stale
// and a new token should be generated`), InvalidProviderToken, MissingProviderToken — the sender's
// credential; BadDeviceToken and Unregistered name the recipient's device token, no credential.
// And a server's refusal of the login in words of its own: SMTP AUTH through a mail library, ActiveMQ's
// JAAS broker (login-refused.ts).
// And an SSH server refusing every authentication the client offered (ssh-auth-refused.ts).
// And the Kubernetes API's 403 in client-go's words (kubernetes-status-words.ts).
// And a client's own `could not authenticate with …` (could-not-authenticate.ts).
// And a Kafka broker's ACL refusal in each client's words (kafka-authorization.ts).
export const AUTH = new RegExp(`(?:${/(Unauthori[sz]ed|\bForbidden(?:Error|Exception)?\b|\bHTTPForbidden\b|invalid[_ ]token|token (is |has )?(expired|invalid)|authentication failed|invalid (\w+ )?credentials|invalid_grant|invalid_client|access ?denied|(?:invalid|expired|revoked) api[ _-]?key|\bauthorization violation\b|issue connecting to your database with your username\/password|incorrect api[ _-]?key|api[ _-]?key (is )?(invalid|not valid|expired|revoked|disabled)|\w*Authentication(Error|Exception)\b|signature verification failed|UNAUTHENTICATED|PERMISSION_DENIED|security token included in the request is (expired|invalid)|ExpiredToken|\b(?:Expired|Invalid|Missing)ProviderToken\b|provider token is stale|InvalidClientTokenId|SignatureDoesNotMatch|NOAUTH|WRONGPASS|jwt expired|TokenExpiredError|ExpiredSignatureError|ExpiredJwtException|ORA-01017|invalid username\/password|incorrect username or password|Login failed for user|InvalidAccessKeyId|Access Key Id you provided does not exist|AADSTS\d{5,}|client secret keys?( for app '[^']{1,100}')? (is|are) expired|ACCESS_REFUSED|Login was refused|is not authorized to perform|caller does not have permission|Bad credentials|\b(?:invalid_auth|not_authed|token_revoked|token_expired|account_inactive)\b|Server failed to authenticate the request|no pg_hba\.conf entry for host|\bINVALID_SESSION_ID\b|\binvalid session id\b|\bsession expired or invalid\b|\bSecurity processing failed with reason\b)/.source}|${LOGIN_REFUSED.source}|${SSH_AUTH_REFUSED.source}|${COULD_NOT_AUTHENTICATE.source}|${KUBE_ACCESS_REFUSED.source}|${KAFKA_AUTHORIZATION_FAILED.source})`, 'i');
/**
 * A name the code refers to and the runtime cannot find, import or call is a name, whatever
 * words it is made of: V8's ReferenceError `UnauthorizedError is not defined` (an express-jwt
 * handler throwing an error class it never imported), its TypeErrors `rateLimit is not a function`
 * (express-rate-limit imported in the wrong shape), `RateLimiter is not a constructor`,
 * `Throttle is not a function` (NestJS' throttler decorators), `AbortSignal.timeout is not a
 * function` (Hermes and Node before 17.3 lack it: facebook/react-native#42042), and JavaScriptCore's
 * `(In 'AbortSignal.timeout(s)', 'AbortSignal.timeout' is undefined)`; CPython's ImportError
 * `cannot import name 'RateLimitError' from 'openai'` (an openai release without that class; a
 * module a runtime removed stays read as such, RUNTIME_REMOVED). The identifier is masked
 * before cause words are read, so no timeout, rate limit or refusal is read into it; the words
 * `is not a function` stay for the code-defect rule. PHP's engine names them as `Class::$property`
 * and `Class::method()` (`Undefined property: App\Services\RateLimiter::$limit`, `Call to undefined
 * method GuzzleHttp\Client::getTimeout()`): masked alike, its words kept.
 * CPython's NameError quotes the name (`name 'X' is not defined`; Python 2's `global name
 * 'ConnectionRefusedError' is not defined`, a class Python 2 lacks: unixsurfer/haproxyadmin#12): masked
 * where it opens the message, so an exception class the code names is no refusal read.
 */
export function withoutCodeNames(text: string): string {
  return text
    .replace(/\(In '[^'\n]{1,200}', '[^'\n]{1,200}' is undefined\)/g, "(In <code>, <name> is undefined)")
    .replace(/\bcannot import name '[^'\n]{1,200}' from '[^'\n]{1,200}'/g, "cannot import name <name> from <module>")
    .replace(/(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?= is not (?:a function|a constructor|defined)\b)/g, '<name>')
    .replace(/\b(Undefined property: |Call to undefined (?:method|function) |Call to a member function )[\w\\]{1,300}(?:::\$?\w{1,100})?(?:\(\))?/g, '$1<name>')
    .replace(/(?<=^|NameError: )((?:global )?name )'[A-Za-z_]\w{0,200}'(?= is not defined\b)/gm, '$1<name>');
}

/**
 * A Java class the JVM cannot load is a name too: `ClassNotFoundException:
 * org.apache.http.conn.ssl.X509HostnameVerifier` (httpclient 4.3 removed from the classpath under a
 * library that still imports it) names a certificate verifier's class, not a certificate refused.
 * Masked only where a certificate or a refusal is read: the class stays for the rules that name a
 * library or a runtime from it (LINKAGE_ERROR, RUNTIME_REMOVED).
 */
export function withoutMissingClasses(text: string): string {
  return text.replace(/\b(ClassNotFoundException|NoClassDefFoundError): [\w$./]{1,300}/g, '$1: <class>');
}

// Go's crypto/x509 says `certificate has expired or is not yet valid` for both; only `current time …
// is before …` says the certificate is not valid yet (a clock behind), `is after` that it expired.
// A request's own timestamp outside the window the API accepts is the caller's clock, in the API's
// words: Alibaba Cloud's `InvalidTimeStamp.Expired` ('Specified time stamp or date value is
// expired.', which its error centre puts at more than 15 minutes off its servers' time). An issued-at
// claim later than the checker's current time is the issuer's and the checker's clocks apart
// (Swift-JWT's `Issued At claim is greater than the current time`; RFC 7519 §4.1.6 and its leeway).
// A library may say it as an atom or a code: Guardian's `{:error, :token_not_yet_valid}` for a
// token whose `nbf` is ahead of the checker's clock (RFC 7519 §4.1.5; ericdude4/shopifex#63).
// A token's own time checks, in a library's words: php-jwt's `Cannot handle token prior to <date>`
// (iat later than now; `with nbf prior to` for nbf), java-jwt's `The Token can't be used before
// <date>` (nbf or iat), and jsonwebtoken's (Rust) bare `ImmatureSignature` kind (RFC 7519 §4.1.5).
// S3's and MinIO's RequestTimeTooSkewed may come as its message alone, `The difference between the
// request time and the current time is too large.` (AWS) or `… and the server's time is too large.`
// (MinIO, which mc prints without the code: minio/minio#2753, servers whose clocks differ): the
// signature's date is more than 15 minutes off the server's clock.
export const CLOCK_SKEW = /(clock skew|\bdifference between the request time and the (?:current|server'?s) time is too large\b|skewed|token used before issued|(?<!has expired or is )not yet valid|(?:\b|_)not_yet_valid\b|\bis not valid yet\b|current time \S+ is before|issued in the future|\biat\b|\bnbf\b|RequestTimeTooSkewed|time difference|too far in the (future|past)|jwt not active|\bImmatureSignature(?:Error)?\b|\bCannot handle token (?:with (?:nbf|iat) )?prior to\b|\bToken can't be used before\b|NotBeforeError|InvalidSignatureException: Signature expired|Signature expired: \S+ is now earlier than|Signature not yet current: \S+ is still later than|\bInvalidTimeStamp\.Expired\b|\btime ?stamp or date value is expired|\b(?:Issued At|iat) claim is (?:greater|later) than the current time)/i;

/** A server's requests waiting for a free worker (EXHAUSTION): its own capacity. */
export const REQUEST_QUEUE = 'request workers (requests wait in its queue for a free one)';
/** A consumer's committed offsets deleted by its topic's retention before it read them (EXHAUSTION). */
export const RETENTION_PASSED = "records at its committed offsets (its topic's retention deleted them before it read them)";
/** The resource EXHAUSTION names for PHP's own per-request memory limit. */
export const PHP_MEMORY_LIMIT = "PHP's memory_limit (each request's memory)";

/** A web server's own worker limits (EXHAUSTION), each named by the setting that bounds it. */
export const APACHE_WORKERS = 'worker processes (Apache\'s MaxRequestWorkers)';
export const FPM_WORKERS = "worker processes (PHP-FPM's pm.max_children)";
/** The workers of an application server nginx reaches over a unix socket, its listen backlog full (EXHAUSTION). */
export const UNIX_SOCKET_WORKERS = 'worker processes of the server behind its unix socket (its listen backlog is full: every worker busy)';

/**
 * A web framework's line for a request it finished, logged at error level when the request failed
 * — Grafana's `Request Completed … status=500` (grafana/grafana#7992), ASP.NET Core's `Request
 * finished HTTP/1.1 GET … - 500`, Rails' `Completed 500 Internal Server Error in 12ms`: the
 * request's own outcome again, as a span that failed by its status alone is (table.ts
 * statusOnlySpan), never what made it fail.
 */
export const REQUEST_COMPLETION = /^(?:Request (?:completed|finished)\b|HTTP request (?:completed|finished)\b|Completed [45]\d\d\b)/i;

/**
 * A load balancer with no server left for one of its backends, in its own log: HAProxy's ALERT
 * `backend '<name>' has no server available!` (unquoted before 2.x; haproxytech/kubernetes-ingress#479,
 * haproxy/haproxy#2593 quote it after each server's `is DOWN` warning), nginx's `no live upstreams
 * while connecting to upstream` (its upstream group named by the line's `upstream: "…"`). The
 * balancer answers 503 itself; its backend's servers are what is down.
 */
export const NO_SERVER_LEFT = /(\bbackend '?[\w.:-]{1,200}'? has no server available!|\bno live upstreams while connecting to upstream\b)/;

/** The backend HAProxy says has no server left (NO_SERVER_LEFT), if the text names one. */
export function balancerBackend(text: string): string | undefined {
  return /\bbackend '?([\w.:-]{1,200}?)'? has no server available!/.exec(text)?.[1];
}

/** What a Redis that cannot save its snapshot lacks: disk, or memory to fork the save (EXHAUSTION). */
export const REDIS_SNAPSHOT = 'disk space or the memory to fork its snapshot save';

/**
 * Pools, queues, threads, memory, descriptors: what runs out when load outgrows capacity. `when`,
 * where present, must also hold of the text (a number it states against another).
 */
/**
 * A frame of a MySQL or MariaDB client library: Node's mysql and mysql2, Connector/J and MariaDB
 * Connector/J, MySqlConnector and MySql.Data, PyMySQL, mysqlclient (MySQLdb), mysql-connector-python,
 * go-sql-driver/mysql, Ruby's mysql2, PHP's mysqli and PDO_MySQL (or a PDO opened with a `mysql:` DSN).
 */
export const MYSQL_DRIVER_FRAME = /(node_modules[\\/]mysql2?[\\/]|\bcom\.mysql\.(cj\.)?jdbc\b|\borg\.mariadb\.jdbc\b|\bMySqlConnector\b|\bMySql\.Data\b|[\\/]pymysql[\\/]|[\\/]MySQLdb[\\/]|[\\/]mysql[\\/]connector[\\/]|go-sql-driver[\\/]mysql|[\\/]gems[\\/]mysql2-|\bMysql2::|\bmysqli(_|->|::)|PDO_?MySQL|\bPdo\\Mysql\b|\bmysql:(host|dbname|unix_socket)=)/i;

/**
 * A connection the client's pool could not hand out, said with the pool named in the same message:
 * a failure to get a connection (`unable to acquire`, `failed to get`, `could not provide`, …)
 * followed within the message by the pool it comes from (`connection pool size`, `the pool size`,
 * `queuing for connections`), unless that pool is said to be closed or shut down.
 */
const POOL_CHECKOUT_FAILED = /\b(?:(?:unable|failed) to|could not|couldn't|cannot) (?:acquire|get|obtain|provide|borrow|lease|check ?out) (?:a |an |the )?(?:\w+ )?connection\b(?![^\n]{0,300}?\bpool (?:is |was |has been )?(?:closed|shut ?down|disposed|terminated)\b)[^\n]{0,300}?(?:\bpool size\b|\bconnection pool\b|\bqueu(?:e|ing) for (?:a )?connections?\b)/i;

/** Azure SQL Database's concurrent workers and sessions, bounded by its service tier (error 10928). */
export const AZURE_SQL_WORKERS = "concurrent request (worker) and session slots (its service tier's limit)";

/** A JDK ThreadPoolExecutor's state as its rejection prints it: pool size, active threads, queued tasks. */
const EXECUTOR_STATE = /\[Running, pool size = (\d+), active threads = (\d+), queued tasks = (\d+)/;
const EXECUTOR_STATE_ALL = new RegExp(EXECUTOR_STATE.source, 'g');

/**
 * A caller of poolboy (Erlang's worker pool, under Elixir's and Erlang's Redis, database and HTTP
 * clients) whose checkout of a worker timed out: poolboy:checkout is a gen_server call whose request
 * is `{checkout, CRef, Block}` (Block true waits in the pool's queue), so the exit names it, as Erlang
 * prints the reason, `{timeout,{gen_server,call,[Pool,{checkout,#Ref<…>,true},5000]}}` (Elixir's
 * `{:timeout, {:gen_server, :call, [:pool, {:checkout, …}, 5000]}}`, devinus/poolboy#139, every worker
 * busy at peak hours), or as Elixir formats an exit, `exited in: :gen_server.call(#PID<…>, {:checkout,
 * #Reference<…>, true, 5000}, 5000) ** (EXIT) time out` (DBConnection.Poolboy,
 * elixir-ecto/db_connection#127). Every worker was busy for the timeout: the pool is used up. A call
 * with another request that timed out is the called process slow, and is not read here.
 */
const POOL_WORKER_CHECKOUT_TIMEOUT = /\{:?timeout, ?\{:?gen_server, ?:?call, ?\[[^\n]{0,300}?\{:?checkout, ?|\b(?:gen_server|GenServer)\.call\([^\n]{0,300}?\{:?checkout, ?[^\n]{0,300}\)\s{0,20}\*\* \(EXIT\) time ?out\b/;

export const EXHAUSTION: { resource: string; re: RegExp; holder?: string; when?: (text: string, frames?: string) => boolean }[] = [
  // Envoy answering a request itself because a cluster's circuit breaker is full: its local reply
  // `upstream connect error or disconnect/reset before headers. reset reason: overflow` (with
  // x-envoy-overloaded) when max_pending_requests or max_requests is reached (envoyproxy/envoy#15168,
  // istio/istio#19454 from an Istio sidecar). The reset reason names the class: `overflow` is the
  // proxy's own limit, where `connection failure`, `connection termination` or a TLS error are the
  // peer's connection failing (the dependency and certificate rules read those).
  { resource: 'circuit-breaker capacity', holder: 'Envoy', re: /(\breset reason: overflow\b|x-envoy-overloaded|upstream_rq_pending_overflow)/i },
  // A dependency's own resources, in its words: Redis at maxmemory with no eviction, an
  // Elasticsearch node past its flood-stage disk watermark (indices go read-only) or with its
  // write queue full.
  { resource: 'memory', holder: 'Redis', re: /(OOM command not allowed when used memory|used memory > 'maxmemory')/i },
  // Memcached finding no memory for an item's slab class as it stores it: `SERVER_ERROR out of memory
  // storing object` (gomemcache's wording in grafana/mimir#2235, xmemcached's MemcachedServerException in
  // memcached/memcached#455), the binary protocol's status 130 (`Response error 130: Out of memory`,
  // petergoldstein/dalli#476). Its memory, not the service's.
  { resource: 'memory', holder: 'Memcached', re: /(out of memory storing object|Response error 130: Out of memory)/i },
  // A query engine refusing a query at the memory it may use, in its own words: ClickHouse's code
  // 241 `Memory limit (total) exceeded: would use 118.28 GiB …, maximum: 115.26 GiB …
  // (MEMORY_LIMIT_EXCEEDED)` (the server's max_server_memory_usage; `(for query)`, `(for user)` its
  // per-query and per-user bounds: ClickHouse/ClickHouse#65650, #40311), Trino's and Presto's
  // ExceededMemoryLimitException `Query exceeded per-node memory limit of 25.80GB [Allocated: …]`
  // (query.max-memory-per-node, or its distributed bound: trinodb/trino#25465). Their memory, not
  // the service's: the query asks more of it than it is allowed.
  { resource: 'memory', holder: 'ClickHouse', re: /\bMemory limit \((?:total|for query|for user)\) exceeded\b|\bMEMORY_LIMIT_EXCEEDED\b/ },
  // A query engine refusing a query past the number it runs at once: ClickHouse's code 202 `Too many
  // simultaneous queries. Maximum: 100` (TOO_MANY_SIMULTANEOUS_QUERIES: the server's
  // max_concurrent_queries, or max_concurrent_queries_for_user as `… for user`; ClickHouse/ClickHouse#16281,
  // #4283 where a waiting queue is queue_max_wait_ms). Its query slots, not the service's.
  { resource: 'query slots (max_concurrent_queries)', holder: 'ClickHouse', re: /\bToo many simultaneous queries\b|\bTOO_MANY_SIMULTANEOUS_QUERIES\b/ },
  // A Vitess tablet at its cap on concurrent transactions (vitess-serving-state.ts): the database's
  // own pool, worded with RESOURCE_EXHAUSTED's quota-like code but no rate, before the service's
  // connection pools below.
  { resource: VITESS_TRANSACTION_POOL, holder: 'Vitess', re: VITESS_TRANSACTION_POOL_FULL },
  // A MergeTree table refusing inserts once a partition holds more active parts than
  // parts_to_throw_insert (code 252, `Too many parts (300). Merges are processing significantly slower
  // than inserts. (TOO_MANY_PARTS)`): each insert writes a part and background merges fold them, so
  // inserts too small or too frequent outrun its merges (ClickHouse/ClickHouse#70822, #3174 for the
  // setting). Its merge capacity, not the service's. Read by its words, not by the code's name: code 252
  // (TOO_MANY_PARTS) is also `Too many partitions for single INSERT block (more than 100)`, one insert
  // spanning more partitions than max_partitions_per_insert_block, a PARTITION BY too fine for the
  // data (Altinity/clickhouse-operator#851), which no merge capacity explains.
  { resource: 'room for new data parts (parts_to_throw_insert: its merges behind the inserts)', holder: 'ClickHouse', re: /\bToo many parts \(\d+\)\. Merges are processing significantly slower than inserts\b/ },
  { resource: 'memory', holder: 'Trino', re: /\bExceededMemoryLimitException\b|\bQuery exceeded (?:per-node |distributed )?(?:user |total )?memory limit\b|\bEXCEEDED_(?:LOCAL|GLOBAL)_MEMORY_LIMIT\b/ },
  // RabbitMQ past a resource alarm (its memory high watermark, or free disk under its limit) blocking
  // every publishing connection until the alarm clears (`memory resource limit alarm set on node …
  // Publishers will be blocked until this alarm clears`, its log as fhteam/laravel-amqp#20 quotes
  // it; consumers go on). A client only sees its connection blocked: pika, given a
  // blocked_connection_timeout, closes it with `ConnectionBlockedTimeout: Blocked connection
  // timeout expired.` (pika's connection.py). The broker's memory or disk, not the service's.
  { resource: 'memory or disk (a resource alarm blocking its publishers)', holder: 'RabbitMQ', re: /(ConnectionBlockedTimeout|Blocked connection timeout expired|Publishers will be blocked until this alarm clears|(memory|disk) resource limit alarm set on node)/i },
  // Redis refusing writes because its snapshot failed (stop-writes-on-bgsave-error): its disk full,
  // as in pulibrary/dpul#1471 and openware/peatio#754, or the fork of the background save refused
  // for memory (`Can't save in background: fork: Cannot allocate memory` in its log:
  // pulibrary/bibdata#500, MathBunny/strava-wind-analysis#89). The client's MISCONF words do not say
  // which: both are named, the server's log tells them apart.
  { resource: REDIS_SNAPSHOT, holder: 'Redis', re: /MISCONF Redis is configured to save RDB snapshots/i },
  // Before 7.9 the block a flood stage puts on an index was worded by its name alone, block 12,
  // `FORBIDDEN/12/index read-only / allow delete (api)` (6.x, a 403) and `TOO_MANY_REQUESTS/12/…`
  // (7.x, a 429: neither a permission nor a rate); the disk monitor alone sets it
  // (elastic/elasticsearch#58410, which renamed it for that reason). An operator's own read-only
  // block is another one, `FORBIDDEN/5/index read-only (api)`, and is not read.
  { resource: 'disk space', holder: 'Elasticsearch', re: /(flood[- ]stage (disk )?watermark|disk usage exceeded|read[-_]only[-_]allow[-_]delete|\b(?:FORBIDDEN|TOO_MANY_REQUESTS)\/12\/index read-only \/ allow delete\b)/i },
  { resource: 'work queue', holder: 'Elasticsearch', re: /(es_rejected_execution_exception|EsRejectedExecutionException)/i },
  // Elasticsearch's circuit breakers refusing a request that would take its JVM heap past a limit
  // (`[parent] Data too large, data for [<http_request>] would be [...], which is larger than the
  // limit of [...]`), answered 429 as status-im/infra-nimbus#138 shows: the node's memory, not a quota.
  { resource: 'heap memory', holder: 'Elasticsearch', re: /(circuit_breaking_exception|CircuitBreakingException|\bData too large, data for \[)/ },
  // PostgreSQL refusing to assign transaction ids as they near wraparound (autovacuum fell behind:
  // Sentry's July 2015 outage), in the words of the releases before and since 16.
  // etcd past its backend quota (quota-backend-bytes, 2 GiB by default) raises its NOSPACE alarm and
  // refuses every write with `mvcc: database space exceeded` until it is compacted, defragmented and
  // the alarm disarmed (etcd's maintenance guide; kubernetes/kubernetes#45037).
  { resource: 'database space (its quota-backend-bytes)', holder: 'etcd', re: /\bmvcc: database space exceeded\b/ },
  { resource: 'transaction IDs', holder: 'PostgreSQL', re: /not accepting commands (?:that assign new (?:XIDs|MultiXactIds) )?to avoid wraparound data loss/i },
  // PgBouncer closing a client that waited past query_wait_timeout for a server connection: its
  // pool toward the database is busy (jackc/pgx#337). It sends the setting's name as the error.
  { resource: 'server connections', holder: 'PgBouncer', re: /\bquery_wait_timeout\b/ },
  // nginx out of its worker connections (events' worker_connections): `1024 worker_connections are
  // not enough [while connecting to upstream]` in its error log (medic/cht-core#2076, Kong/kong#11603);
  // its own, not the upstream's it names.
  { resource: 'nginx worker connections (worker_connections)', re: /\b\d+ worker_connections are not enough\b/ },
  // A server whose requests wait for a free worker before they start: rack-timeout counts the wait
  // from the proxy's X-Request-Start and says it, `Request waited 22803ms, then ran for longer than
  // 7197ms` (osunyorg/admin#3374), or drops a request that waited past wait_timeout unrun, `Request
  // older than 15000ms.` (RequestExpiryError, zombocom/rack-timeout's own tests). A wait of a second
  // or more and a fifth or more of the request's time is the service's workers all busy (its
  // capacity, not a peer); a short wait before a long run is one slow request, and is not read so.
  { resource: REQUEST_QUEUE, re: /\bRequest waited \d+ms, then ran for longer than \d+ms|\bRequest older than \d+ms\./, when: (text) => /\bRequest older than \d+ms\./.test(text) || [...text.matchAll(/\bRequest waited (\d+)ms, then ran for longer than (\d+)ms/g)].some((m) => Number(m[1]) >= 1000 && Number(m[1]) * 5 >= Number(m[1]) + Number(m[2])) },
  // A consumer asking for records the topic no longer holds: its lag outgrew the retention, which
  // deleted the segments at its committed offset (a topic recreated, or offsets committed past the
  // end, say the same). The Java client's `Fetch position FetchPosition{…} is out of range for
  // partition …` (Fetcher.handleOffsetOutOfRange) and the older `Offsets out of range with no
  // configured reset policy for partitions: {…}` (OffsetOutOfRangeException), its INFO line when a
  // reset policy skips the gap, librdkafka's `Broker: Offset out of range`, the protocol's
  // description of error 1 as Sarama and kafka-python word it. The broker is up: the consumer fell behind.
  { resource: RETENTION_PASSED, re: /\bFetch position FetchPosition\{[^\n]{0,400}?\} is out of range for partition\b|\bFetch offset \S{1,30} is out of range for partition\b|\bOffsets out of range with no configured reset policy for partitions\b|\bBroker: Offset out of range\b|\bThe requested offset is outside the range of offsets maintained by the server\b|\bOFFSET_OUT_OF_RANGE\b|\bOffsetOutOfRange(?:Exception|Error)?\b/ },
  // A database out of connection slots (its max_connections), not the service's pool: PostgreSQL's
  // `sorry, too many clients already` and `remaining connection slots are reserved` (leafo/pgmoon#47)
  // (brianc/node-postgres#1289: a pool of 10 per process against max_connections = 100;
  // openego/eGon-data#799), MySQL's 1040 `Too many connections` (ER_CON_COUNT_ERROR). Every instance's
  // pool opens its own connections: their sum is what runs out, on the database.
  { resource: 'connection slots (max_connections)', holder: 'PostgreSQL', re: /(sorry, too many clients already|remaining connection slots are reserved)/i },
  // Redis at its maxclients (redis.conf; 10000 by default, a hosted plan's lower): once that many
  // clients are connected it answers each new connection's first command with `ERR max number of
  // clients reached` (redis/ioredis#809; artsy/force#1089, at AUTH). The server's slots, shared by
  // every client of every instance, as max_connections is, not a pool of the client's own.
  { resource: 'client connections (maxclients)', holder: 'Redis', re: /\bmax number of clients reached\b/i },
  // Azure SQL Database's resource governance at its service tier's bound on concurrent work: error
  // 10928, `Resource ID : 1. The request limit for the database is 180 and has been reached.`
  // (workers, chriseldredge/Klondike#42), Resource ID 2 its `session limit`, and an elastic pool's
  // shared bound (`The request limit for the elastic pool is 2520 and has been reached`,
  // MicrosoftDocs/azure-docs#42921). Slots shared by every client of the database, as
  // max_connections is: requests held long (blocking, slow queries) fill them as surely as load.
  { resource: AZURE_SQL_WORKERS, holder: 'Azure SQL Database', re: /\bThe (?:request|session) limit for the (?:database|elastic pool) is \d+ and has been reached\b/ },
  // MySQL's bare `Too many connections` (mysql2 on Lambda, sidorares/node-mysql2#1915) names no
  // server; the driver's frames in the stack trace say which database answered it.
  { resource: 'connection slots (max_connections)', holder: 'MySQL', re: /(ER_CON_COUNT_ERROR|\bToo many connections\b)/, when: (text, frames) => /(MySQL|MariaDB|ER_CON_COUNT_ERROR|\b1040\b)/i.test(text) || MYSQL_DRIVER_FRAME.test(frames ?? '') },
  // A database's bound on the connections one account (or one database) may hold, below the server's
  // own: MySQL's 1203 ER_TOO_MANY_USER_CONNECTIONS `User <u> already has more than
  // 'max_user_connections' active connections` (a shared host's per-user limit:
  // ThingEngineer/PHP-MySQLi-Database-Class#1040) and 1226's form of it, `User '<u>' has exceeded the
  // 'max_user_connections' resource` (an account's MAX_USER_CONNECTIONS); PostgreSQL's `too many
  // connections for role "<r>"` (the role's CONNECTION LIMIT) and `too many connections for database
  // "<d>"` (SQLSTATE 53300, as max_connections). Slots every instance's pool shares, as max_connections
  // is. Not 1226 for an hourly count (`'max_questions'`, `'max_updates'`, `'max_connections_per_hour'`):
  // a number of statements or connections per hour, which no slot frees.
  { resource: "connection slots for one account (max_user_connections)", holder: 'MySQL', re: /\balready has more than 'max_user_connections' active connections\b|\bER_TOO_MANY_USER_CONNECTIONS\b|\bhas exceeded the 'max_user_connections' resource\b/ },
  { resource: 'connection slots for one role or database (its CONNECTION LIMIT)', holder: 'PostgreSQL', re: /\btoo many connections for (?:role|database) "[^"\n]{1,200}"/ },
  // Oracle Database at its bound on sessions or server processes, in its own codes: ORA-00018
  // `maximum number of sessions exceeded` (the SESSIONS parameter, often met as the second line under
  // ORA-00604's recursive SQL: projeto-siga/siga#211), ORA-00020 `maximum number of processes (<n>)
  // exceeded` (PROCESSES, one per dedicated-server connection), and ORA-02391 `exceeded simultaneous
  // SESSIONS_PER_USER limit` (the database user's profile: oracle/node-oracledb#1612, a load test over a
  // profile allowing 10). Slots every instance's pool shares, as max_connections is. Not ORA-02394 or
  // ORA-02392 (a session's own I/O or CPU limit, logged off for what it did, not for a slot).
  { resource: 'sessions (SESSIONS, PROCESSES)', holder: 'Oracle Database', re: /\bORA-000(?:18|20)\b|\bmaximum number of sessions exceeded\b|\bmaximum number of processes \(\d+\) exceeded\b/ },
  { resource: "sessions for one user (its profile's SESSIONS_PER_USER)", holder: 'Oracle Database', re: /\bORA-02391\b|\bexceeded simultaneous SESSIONS_PER_USER limit\b/i },
  // A web server at the number of worker processes (or threads) its configuration allows, in its
  // own log: Apache's `server reached MaxRequestWorkers setting, consider raising the
  // MaxRequestWorkers setting` (AH00161 with prefork, AH00286 worker, AH00484 event:
  // hbz/oerworldmap#1913, PerimeterX/mod_perimeterx#139, nextcloud/nextcloudpi#406) and PHP-FPM's
  // `server reached pm.max_children setting (5), consider raising it`. New connections wait in the
  // listen queue until a worker frees, so the requests slow or time out where nothing else fails.
  { resource: APACHE_WORKERS, re: /\bserver reached MaxRequestWorkers setting\b/ },
  { resource: FPM_WORKERS, re: /\bserver reached pm\.max_children setting\b/ },
  // The same pool seen from nginx in front of it: a unix socket whose listen backlog is full refuses a
  // non-blocking connect with EAGAIN, which nginx logs as `connect() to unix:/run/php/php8.2-fpm.sock
  // failed (11: Resource temporarily unavailable) while connecting to upstream, … upstream:
  // "fastcgi://unix:…"` and answers 502. The backlog fills when every worker behind the socket is busy
  // (platformsh/platformsh-docs#1799: 'all of the PHP workers being busy'; zabbix/zabbix-docker#451
  // beside PHP-FPM's pm.max_children warning; GoogleCloudPlatform/php-docker#70 under load), so the
  // server behind the socket is up, its workers used up: for a FastCGI upstream, PHP-FPM's children;
  // for another (uWSGI's `uwsgi://unix:…`, unbit/uwsgi#1647), its workers. A refused connect
  // (`111: Connection refused`) or a socket not there (`2: No such file or directory`) is a server
  // that is not listening, and is not read here.
  { resource: FPM_WORKERS, re: /\bconnect\(\) to unix:\S{1,300} failed \(11: Resource temporarily unavailable\) while connecting to upstream\b/, when: (text) => /\bupstream: "fastcgi:\/\/unix:/.test(text) },
  { resource: UNIX_SOCKET_WORKERS, re: /\bconnect\(\) to unix:\S{1,300} failed \(11: Resource temporarily unavailable\) while connecting to upstream\b/ },
  // A client that could not get one of its pool's connections, in words that name both: Finch's
  // `unable to provide a connection within the timeout due to excess queuing for connections.
  // Consider adjusting the pool size` (Finch.HTTP1.Pool, a checkout past its pool_timeout), Redisson's `Unable to acquire connection! …
  // Increase connection pool size` (redisson/redisson#4841), MySqlConnector's `Connect Timeout
  // expired. All pooled connections are in use.` (mysql-net/MySqlConnector#740). A pool closed or
  // shut down by the code (`Connection pool shut down`, a closed pool checked out from) is the
  // service's own lifecycle, and a connection that could not be had with no pool named
  // (`Unable to acquire JDBC Connection`) a pool run out or a database down alike: neither is read.
  { resource: 'connection pool', re: POOL_CHECKOUT_FAILED },
  // r2dbc-pool's maxAcquireTime run out, `R2dbcTimeoutException: Connection acquisition timed out after
  // 120000ms` (its ConnectionPool; r2dbc/r2dbc-pool#206 with every connection acquired and seven
  // waiting, spring-projects/spring-framework#29355 with transactions holding theirs across a slow
  // call), the same words other pools use for a checkout that waited too long. Not its `Validation
  // timed out`, a connection the database was slow to answer.
  // And a pooler's limit of client connections stated as reached: Supabase's Supavisor, `FATAL:  Max
  // client connections reached` (its max_clients; coleam00/mcp-mem0#12 through psycopg2,
  // supabase/supabase#21166 through node-postgres), as PgBouncer's `no more connections allowed
  // (max_client_conn)`.
  { resource: 'connection pool', re: /(connection acquisition timed out|pool (is |has been |was )?exhausted|QueuePool limit|max pool size was reached|prior to obtaining a connection from the pool|no more connections allowed|ER_CON_COUNT_ERROR|Connection is not available, request timed out|timeout waiting for (a )?(free |idle )?(connection|object)|too many (connections|clients)|\bmax(?:imum)? (?:number of )?(?:client |user )?connections (?:reached|exceeded)\b|remaining connection slots|max_(user_)?connections\b.{0,60}\b(reached|exceeded)|(reached|exceeded)\b.{0,60}\bmax_(user_)?connections|pool timeout|acquire(ing)? (a )?connection timed out|KnexTimeoutError|could not obtain a connection from the pool|all pooled connections (?:are|were) in use|ConnectionAcquireTimeout\w*|WaitQueueTimeout\w*|checking out a connection|pool timed out|timed out (while )?waiting for an? (open |free |idle |available )?connection|timeout exceeded when trying to connect|ResourceRequest timed out|checkout a Connection has timed out|PoolExhausted\w*|Pool empty\. Unable to fetch a connection|Timeout acquiring a connection|pool is probably full|ConnectionPool::TimeoutError|\bSequel::PoolTimeout\b|connection not available and request was dropped from queue|Waited [\d.]+ sec, \d+\/\d+ available)/i },
  { resource: 'worker pool (poolboy)', re: POOL_WORKER_CHECKOUT_TIMEOUT },
  // A store's in-memory cache at the size its configuration bounds it to, refusing writes: InfluxDB's
  // `engine: cache-max-memory-size exceeded: (1073831987/1073741824)` (its TSM engine's
  // cache-max-memory-size; Telegraf's write to InfluxDB 2, b4mad/racing#423) and, in 1.x, `cache
  // maximum memory size exceeded` (influxdata/influxdb#6109, #7161): writes arriving faster than the
  // cache is snapshotted to disk, or a bound too small for them. The store's own memory bound, not
  // the host's memory.
  { resource: 'in-memory write cache (the maximum memory size its configuration sets)', re: /\b(?:cache[- ])?max(?:imum)?[- ]memory[- ]size exceeded\b/i },
  // A database client's pool of sessions with none to hand out: Cloud Spanner's Java client with
  // failIfPoolExhausted, `RESOURCE_EXHAUSTED: No session available in the pool. Maximum number of
  // sessions in the pool can be overridden by invoking SessionPoolOptions#Builder#setMaxSessions`
  // (googleapis/google-cloud-java#3786), and its Node.js client past acquireTimeout, `Timeout occurred
  // while acquiring session.` (its session pool's TimeoutError; googleapis/nodejs-spanner#1465 with
  // every session borrowed), `Timed out acquiring session.` in its older releases
  // (googleapis/nodejs-spanner#177). The client's own pool, as a connection pool is: sessions held
  // (transactions not ended) or too few for the concurrency. A session the server no longer knows
  // (`Session not found`) is one that expired, not a pool run out, and is not read.
  { resource: 'session pool', re: /\bNo session available in the pool\b|\b(?:Timeout occurred while|Timed out) acquiring (?:a )?session\b/i },
  // NATS JetStream refusing a stream or consumer the storage its server or account may still reserve:
  // `insufficient storage resources available` (JSStorageResourcesExceededErr, 10047: max_file_store or
  // max_memory_store, or the account's JetStream limits, already reserved by other streams' max_bytes
  // times their replicas; nats-io/nats-server#4281) and `insufficient resources` (JSInsufficientResourcesErr,
  // 10023; nats-io/nats-server#2800). The server's room for streams, not the service's; read only where
  // JetStream's error code or a NATS client names it.
  { resource: 'storage JetStream may reserve for streams (max_file_store, max_memory_store or the account limits)', holder: 'NATS JetStream', re: /\binsufficient (?:storage )?resources(?: available)?\b/i, when: (text) => /\((?:10047|10023)\)|\bnats\b|\bJetStream\b/i.test(text) },
  // akka-http's (and Pekko HTTP's) client keeps a pool per host whose queue of requests waiting for
  // one of its connections is bounded by host-connection-pool.max-open-requests; once full, each new
  // request is refused at once with `BufferOverflowException: Exceeded configured max-open-requests
  // value of [32]. This means that the request queue of this pool (HostConnectionPoolSetup(…)) has
  // completely filled up` (akka-http's client-side 'pool overflow' documentation). The client's own
  // connection pool is used up, not the host it calls (d2iq-archive/marathon#7220).
  // The DataStax Java driver (3.x) borrowing a connection to a host whose connections all carry their
  // most in-flight requests, its borrow queue timing out: BusyPoolException `Pool is busy (no
  // available connection and timed out after 5000 MILLISECONDS)`, reported per host inside
  // NoHostAvailableException's `All host(s) tried for query failed` (kairosdb/kairosdb#614). The
  // driver's own pool per host is used up; a host that refused or timed out its connect is the
  // host's (`Cannot connect`).
  { resource: 'connection pool', re: /\bBusyPoolException\b|\bPool is busy \(no available connection\b/ },
  // Oracle's client-side session pool (OCI's, under node-oracledb, cx_Oracle and ODP.NET) refusing a
  // session past its maximum: ORA-24418 `Cannot open further sessions.` (oracle/node-oracledb#184, a
  // poolMax below the concurrent requests; #550 with sessions never released). The service's own pool,
  // not the database's sessions.
  { resource: 'connection pool', re: /\bORA-24418\b|\bCannot open further sessions\b/ },
  { resource: 'connection pool', re: /\bExceeded configured max-open-requests value\b|\brequest queue of this pool \(HostConnectionPoolSetup\b/ },
  { resource: 'work queue', re: /(queue (is )?full|QueueFull|queue capacity|backlog (is )?full|buffer (is )?full|bulkhead)/i },
  // .NET's thread pool starved: StackExchange.Redis states it in every timeout (`WORKER: (Busy=120,
  // Free=32647,Min=100,Max=32767)`), and more busy threads than the pool's minimum means work waits
  // for the pool to grow, about one thread a second, and the timeout is the service's own.
  { resource: 'thread pool', re: /\b(?:WORKER|IOCP): \(Busy=\d+,Free=\d+,Min=\d+/, when: (text) => [...text.matchAll(/\b(?:WORKER|IOCP): \(Busy=(\d+),Free=\d+,Min=(\d+)/g)].some((m) => Number(m[1]) > Number(m[2])) },
  // .NET's thread pool starved by sync-over-async (sync-over-async.ts): HttpClient's own timeout on a
  // call the stack shows a pool thread blocked on (`.Result`, `.Wait()`); awaited, the same timeout
  // is the callee's slowness as far as the words tell.
  { resource: 'thread pool', re: HTTP_CLIENT_TIMEOUT, when: syncOverAsyncTimeout },
  // The OS refusing a JVM a new thread is not a pool at its size: `unable to create native thread:
  // possibly out of memory or process/resource limits reached` (`unable to create new native
  // thread` before JDK 11) is the process or its container at its limit of threads (ulimit -u, a
  // container's pids limit: dotnet/runtime#55964; EAGAIN of pthread_create, buildfarm/buildfarm#1267)
  // or without native memory for one more stack.
  { resource: 'OS threads (its process or container limit)', re: /unable to create (?:new )?native thread/i },
  // A shell or runtime refused a new process: fork's EAGAIN, `fork: retry: Resource temporarily
  // unavailable` (bash retrying, then `fork: Resource temporarily unavailable`), is the user's or the
  // container's process limit (ulimit -u, a pids cgroup limit), not a peer that is unavailable.
  { resource: 'OS processes (its process or container limit)', re: /\bfork: (?:retry: )?Resource temporarily unavailable\b/ },
  // PostgreSQL's shared lock table full (`out of shared memory`, HINT `You might need to increase
  // max_locks_per_transaction.`): one transaction locking many relations (partitions, a wide
  // DROP or TRUNCATE) or many at once, bounded by max_locks_per_transaction × max_connections.
  { resource: 'lock table (max_locks_per_transaction)', holder: 'PostgreSQL', re: /\bincrease max_(?:pred_)?locks_per_transaction\b/ },
  // MySQL's InnoDB keeps its row locks in the buffer pool, and one statement (or transaction) that
  // locks more rows than room there holds is refused with error 1206, ER_LOCK_TABLE_FULL, `The total
  // number of locks exceeds the lock table size` (MySQL's server error reference): a large DELETE or
  // UPDATE, INSERT … SELECT over many rows (apache/devlake#3849: a collector deleting a large
  // repository's rows; sodabrew/puppet-dashboard#335: a prune's delete). No other transaction is in
  // its way, so it is no lock contention; innodb_buffer_pool_size or smaller batches lift it
  // (irvs/ros_tms#283, MIT-LCP/mimic-code#743).
  { resource: 'lock table (innodb_buffer_pool_size)', holder: 'MySQL', re: /\bThe total number of locks exceeds the lock table size\b|\bER_LOCK_TABLE_FULL\b/ },
  // The Kafka producer's record buffer (buffer.memory) full for max.block.ms: the brokers take
  // records more slowly than the service produces them (BufferExhaustedException, `Failed to allocate
  // memory within the configured max blocking time`).
  { resource: "producer record buffer (its buffer.memory: records waiting for Kafka's brokers)", re: /\bBufferExhaustedException\b|\bFailed to allocate memory within the configured max blocking time\b/ },
  // An executor that refuses a task because it was shut down is not full: the JDK's
  // ThreadPoolExecutor names its run state in the rejection (`[Terminated, pool size = 0, …]`,
  // `[Shutting down, …]`, where a full one says `[Running, …]`), Netty's `event executor
  // terminated`: work submitted after the code shut its own executor down (a shutdown order).
  // The same executor refusing work while its own state, printed with the rejection, shows threads
  // idle and nothing queued (`[Running, pool size = 20, active threads = 0, queued tasks = 0, …]`) is
  // not full either: a full ThreadPoolExecutor has every thread busy or its queue holding work. Slick
  // 3.2's AsyncExecutor did so when its own count of connections in use went wrong (slick/slick#1730,
  // #1827; fixed in slick/slick#2619): the executor's bookkeeping, not a pool run out.
  { resource: 'thread pool', re: /(RejectedExecutionException(?![^\n]*(?:\[(?:Terminated|Shutting down), pool size|\bevent executor terminated\b))|threads \(\d+\) are currently busy|thread pool (is )?(exhausted|full|saturated)|no (free|available) threads?|not enough free threads in the ThreadPool|TaskRejectedException(?![^\n]*(?:\[(?:Terminated|Shutting down), pool size|\bevent executor terminated\b))|did not accept task(?![^\n]*(?:\[(?:Terminated|Shutting down), pool size|\bevent executor terminated\b)))/i , when: (text) => !EXECUTOR_STATE.test(text) || [...text.matchAll(EXECUTOR_STATE_ALL)].some((m) => Number(m[2]) >= Number(m[1]) || Number(m[3]) > 0) },
  // PHP's memory_limit, a bound on each request's memory that PHP enforces itself (php.ini,
  // 128M by default), not the machine's memory running out: `Allowed memory size of 134217728
  // bytes exhausted (tried to allocate 20480 bytes)` (yajra/laravel-datatables#2352,
  // SpartnerNL/Laravel-Excel#1728), the request that builds too much in memory failing alone.
  { resource: PHP_MEMORY_LIMIT, re: /\bAllowed memory size of \S+(?: bytes)? exhausted\b/ },
  // A platform's memory limit stated as passed, as Cloud Run and Cloud Functions log the instance
  // they terminate: `Memory limit of 512 MiB exceeded with 516 MiB used. Consider increasing the
  // memory limit` (dart-lang/pub-dev#9554, googleapis/repo-automation-bots#2418). A limit named
  // but not passed (Kubernetes' `must be less than or equal to memory limit`, a request larger than
  // its limit in a manifest) is not read.
  // nginx's slab allocator finding no room in a shared memory zone, the size its configuration gave
  // the zone (`lua_shared_dict name 10m`, vhost_traffic_status_zone): `ngx_slab_alloc() failed: no
  // memory in lua_shared_dict zone "name"` (openresty/lua-nginx-module#175 and #453, its zone full or
  // fragmented). The zone's size runs out, not the host's memory; the zone is the logging nginx's own.
  { resource: 'nginx shared memory zone (the size its configuration gives the zone)', re: /\bngx_slab_alloc\(\) failed: no memory\b/ },
  // A pool's worker killed by SIGKILL while it ran a task: the OOM killer at its memory limit
  // (killed-pool-worker.ts), before the words below read gunicorn's `Perhaps out of memory?`.
  { resource: 'memory', re: KILLED_POOL_WORKER },
  { resource: 'memory', re: /(OutOfMemoryError|OutOfMemoryException|System OOM encountered|GC overhead limit exceeded|Allowed memory size of \d+ bytes exhausted|memory allocation of \d+ bytes failed|heap out of memory|JavaScript heap|ENOMEM|Cannot allocate memory|MemoryError|OOMKilled|out of memory|low on resource: memory|exceeding memory limits|\bmemory limit (?:of \d[\d.]* ?[KMGT]i?B?|\([\w ]{1,20}\)) exceeded\b)/i },
  // inotify's per-user limits, reported as a full disk (ENOSPC) and as too many open files
  // (EMFILE) where a watch or a watcher was being made (inotify-limits.ts): before both.
  { resource: INOTIFY_WATCHES, re: INOTIFY_WATCH_LIMIT },
  { resource: INOTIFY_INSTANCES, re: INOTIFY_INSTANCE_LIMIT },
  { resource: 'file descriptors', re: /(EMFILE|too many open files)/i },
  // A database's own disk or files full, in its words: PostgreSQL's `could not extend file` (a
  // relation that cannot grow; `No space left on device` or `wrote only N of M bytes`), SQL
  // Server's full filegroup (1105) and full transaction log (9002), MySQL's 1114 `The table '…'
  // is full`, Oracle's tablespace that cannot extend (ORA-01653 and kin).
  { resource: 'disk space', holder: 'PostgreSQL', re: /could not (extend|write to) file "[^"]{1,200}"/i },
  { resource: 'disk space', holder: 'SQL Server', re: /(filegroup is full|transaction log for database '[^']{1,200}' is full)/i },
  { resource: 'disk space', holder: 'MySQL', re: /(The table '[^']{1,200}' is full|ER_RECORD_FILE_FULL)/i },
  { resource: 'disk space', holder: 'Oracle', re: /(unable to extend (table|index|temp segment|segment|lob segment)\b.{0,100}\btablespace|ORA-0165[3-9]|ORA-01688)/i },
  // Aerospike refusing a write its storage device's write queue has no room for (result code 18,
  // AEROSPIKE_ERR_DEVICE_OVERLOAD, the Java client's `Device overload`): writes come faster than the
  // drive takes them (aerospike/aerospike-client-python#122, its maintainer's answer), so the drive's
  // write throughput is what ran out, not its space.
  { resource: 'storage device write throughput', holder: 'Aerospike', re: /\b(?:AEROSPIKE_ERR_)?DEVICE_OVERLOAD\b|\bDevice overload\b/i },
  // A quota on the volume reached while the disk may have room (disk-quota.ts): its own resource,
  // EDQUOT as the errno's name, not letters inside another (Pulsar's ProducerBlockedQuotaExceeded);
  // then the OS's own words for a full disk.
  { resource: DISK_QUOTA, re: DISK_QUOTA_EXCEEDED },
  { resource: 'disk space', re: /(ENOSPC|no space left on device|not enough space on the disk|disk (is )?full|DiskFull|database or disk is full|SQLITE_FULL)/i },
  // A connection that could not get a local port: EADDRNOTAVAIL from connect(), or EADDRINUSE when
  // the client binds its end before connecting — Go's `dial tcp 127.32.0.1:0->127.0.0.1:11211: bind:
  // address already in use` (a dial's local address, then the remote one: Bluesky's April 2026
  // post-mortem, connections to memcached in TIME_WAIT holding every port), Java's `BindException:
  // Address already in use: connect`, Node's `connect EADDRINUSE <address>` (Windows' dynamic ports held
  // in TIME_WAIT), and .NET's HttpClient, whose connect wraps the SocketException in an
  // HttpRequestException: `HttpRequestException: Address already in use` (.NET Core 2.x, thrown from
  // ConnectHelper.ConnectAsync: dotnet/corefx#37044, pods calling their dependencies with a new
  // HttpClient per request), since .NET Core 3.0 `Address already in use (host:port)`, the peer it
  // connected to after the words (ConnectHelper.CreateWrappedException). A server's `listen tcp
  // :8080: bind: address already in use`, Kestrel's `Failed to bind to address http://…: address
  // already in use.` and a bare `SocketException: Address already in use` from Socket.Bind are a
  // port another process holds, not ports run out: they name no peer connected to.
  { resource: 'ephemeral ports', re: /(EADDRNOTAVAIL|cannot assign requested address|\bdial (?:tcp|udp)[46]? \S+->\S+: bind: address already in use|BindException: Address already in use: connect\b|\bconnect EADDRINUSE\b|HttpRequestException: Address already in use\b|\bAddress already in use \((?:\[[0-9a-f:.]+\]|[\w.-]+):\d{1,5}\))/i },
  // Windows' words for the same, on a connect only (windows-port-exhaustion.ts).
  { resource: 'ephemeral ports', re: WINDOWS_CONNECT_WITHOUT_PORT },
  // The Kubernetes scheduler finding no node with the CPU, memory or other resource a pod requests
  // free (its FailedScheduling event: `0/3 nodes are available: 3 Insufficient cpu.`), and the
  // kubelet evicting pods from a node short of disk (`The node had condition: [DiskPressure].`) or
  // a pod past its ephemeral-storage limit: the cluster's or the node's capacity, not a peer's.
  { resource: "the cluster's allocatable capacity (no node has the resources its pods request free)", re: /\b\d+\/\d+ nodes are available:[^\n]{0,300}?\bInsufficient [\w.\/-]{1,60}/ },
  { resource: 'disk space', re: /\bThe node had condition: \[DiskPressure\]|\bThe node was low on resource: ephemeral-storage\b|\bephemeral local storage usage exceeds the total limit\b/ },
  // A client's own bound on what waits to be sent or handled: the Pub/Sub publisher's flow control
  // (Go's `pubsub: MaxOutstandingMessages flow controller limit exceeded`, or …Bytes), a NATS
  // subscription's pending limits (`nats: slow consumer, messages dropped`: messages arrive faster
  // than its handler takes them).
  { resource: 'publisher flow control (messages waiting to be published)', re: /\bMaxOutstanding(?:Messages|Bytes) flow controller limit exceeded\b/ },
  { resource: "subscription's pending buffer (messages arrive faster than its handler takes them)", re: /\bslow consumer, messages dropped\b/ },
  // A broker's or object store's own storage full: a Service Bus queue or topic at its maximum
  // size (QuotaExceeded, `The maximum entity size has been reached or exceeded`: messages not
  // consumed), a Pulsar topic past its backlog quota (ProducerBlockedQuotaExceeded), MinIO under
  // its minimum free drive space (XMinioStorageFull). Storage, not a request quota.
  { resource: 'queue storage (its maximum entity size: messages not consumed)', holder: 'Azure Service Bus', re: /\bThe maximum entity size has been reached or exceeded\b/ },
  { resource: 'topic backlog quota (messages not consumed)', holder: 'Pulsar', re: /\bProducerBlockedQuotaExceeded\w*|\bbacklog quota exceeded\b/ },
  { resource: 'disk space', holder: 'MinIO', re: /\bXMinioStorageFull\b|\bminimum free (?:drive|disk) threshold\b/ },
  // An ActiveMQ broker's memory for a destination full while its consumers do not keep up: Artemis
  // refusing a message to an address past its max-size-bytes under the FAIL policy (`AMQ119102:
  // Address "event/LOAD_TEST_TENANT" is full.`, ActiveMQAddressFullException, EnMasseProject/enmasse#1255;
  // its AMQP reject `Address is full: <address>`), and ActiveMQ Classic's producer flow control with
  // sendFailIfNoSpace (ResourceAllocationException `Usage Manager Memory Limit reached. Stopping
  // producer (…) to prevent flooding queue://…`). Not Artemis' `Address already exists` (AMQ119204),
  // an address created twice.
  { resource: 'destination memory (max-size-bytes, or memoryUsage: messages not consumed)', holder: 'ActiveMQ', re: /\bAMQ\d{6}: Address "[^"\n]{1,300}" is full\b|\bAddress is full: \S|\bActiveMQAddressFullException\b|\bUsage Manager Memory Limit reached\b/i },
  // Kubernetes refusing to create a pod (or any object) past its namespace's ResourceQuota:
  // `… is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: …`.
  { resource: 'namespace resource quota', re: /\bexceeded quota: [\w.-]+, requested:/ },
];

/**
 * Which of the JVM's memory areas an OutOfMemoryError says ran out: its detail message names it
 * (Oracle's troubleshooting guide, "Understand the OutOfMemoryError Exception":
 * https://docs.oracle.com/javase/8/docs/technotes/guides/troubleshoot/memleaks002.html), and each
 * has its own limit: the Java heap (-Xmx), class metadata (Metaspace, -XX:MaxMetaspaceSize), the
 * compressed class space (-XX:CompressedClassSpaceSize), native memory (`Out of swap space?`).
 * Metaspace is not the heap: raising -Xmx does nothing for it.
 */
export const JVM_MEMORY_AREAS: { re: RegExp; area: string; fix: string }[] = [
  { re: /OutOfMemoryError: Metaspace\b/, area: 'Metaspace (the class metadata of the classes it loads, outside the Java heap)', fix: 'raise -XX:MaxMetaspaceSize to what its classes need with a margin (or remove the cap), and check whether the loaded class count keeps growing (jcmd <pid> VM.classloader_stats; a leak of class loaders on redeploys, or proxies and scripts generated per request); a larger Java heap does not change it' },
  { re: /OutOfMemoryError: Compressed class space\b/, area: 'compressed class space (class metadata, outside the Java heap)', fix: 'raise -XX:CompressedClassSpaceSize (and -XX:MaxMetaspaceSize with it), and check whether the loaded class count keeps growing; a larger Java heap does not change it' },
  { re: /OutOfMemoryError: (Java heap space|GC overhead limit exceeded)/, area: 'Java heap', fix: 'compare two heap dumps taken apart (-XX:+HeapDumpOnOutOfMemoryError) for what accumulates, and raise -Xmx only once it is not a leak' },
  { re: /OutOfMemoryError: [^\n]{0,80}Out of swap space\?/, area: 'native memory (the process could not allocate outside the heap)', fix: "find what holds the process' native memory (threads, direct buffers, native libraries: -XX:NativeMemoryTracking=summary) and give the machine or container the memory it needs" },
];

/** The JVM memory area an OutOfMemoryError in the text names, if any. */
export function jvmMemoryArea(text: string): (typeof JVM_MEMORY_AREAS)[number] | undefined {
  return JVM_MEMORY_AREAS.find((a) => a.re.test(text));
}

/**
 * The largest value of each integer type a key column is declared with, from SMALLINT up (a
 * duplicate at a smaller maximum is as likely a real duplicate).
 */
const INTEGER_TYPE_MAX: [max: string, type: string][] = [
  ['18446744073709551615', 'BIGINT UNSIGNED'],
  ['9223372036854775807', 'BIGINT'],
  ['4294967295', 'INT UNSIGNED'],
  ['2147483647', 'INT'],
  ['16777215', 'MEDIUMINT UNSIGNED'],
  ['8388607', 'MEDIUMINT'],
  ['65535', 'SMALLINT UNSIGNED'],
  ['32767', 'SMALLINT'],
];

/**
 * A table that has run out of ids: its key reached the largest value its type holds. MySQL's
 * AUTO_INCREMENT hands out the maximum again and reports a duplicate of the row that holds it
 * (`Duplicate entry '2147483647' for key 'PRIMARY'`, as OCSInventory-NG/OCSInventory-Server#355
 * quotes it; Basecamp's events table in November 2018), or 1467 `Failed to read auto-increment
 * value from storage engine`; PostgreSQL's `nextval: reached maximum value of sequence "…" (N)`;
 * SQL Server's 8115 `Arithmetic overflow error converting IDENTITY to data type int`; PostgreSQL's
 * `integer out of range` for the key an INSERT left to its sequence (keyDrawnOutOfRange).
 */
export function keySpaceExhausted(text: string): { max?: string; type?: string } | undefined {
  const dup = /Duplicate entry '(\d{5,20})' for key '(?:[\w$]{1,64}\.)?PRIMARY'/.exec(text);
  const atMax = dup && INTEGER_TYPE_MAX.find(([max]) => max === dup[1]);
  if (atMax) return { max: atMax[0], type: atMax[1] };
  const seq = /reached maximum value of sequence "[^"]{1,200}" \((\d{1,20})\)/.exec(text);
  if (seq) return { max: seq[1], type: INTEGER_TYPE_MAX.find(([max]) => max === seq[1])?.[1] };
  const drawn = keyDrawnOutOfRange(text);
  if (drawn) return drawn;
  const identity = /Arithmetic overflow error converting IDENTITY to data type (\w+)/i.exec(text);
  if (identity) return { type: identity[1].toUpperCase() };
  if (/Failed to read auto-increment value from storage engine|ER_AUTOINC_READ_FAILED/i.test(text)) return {};
  return undefined;
}

/** PostgreSQL's integer types by the name its `… out of range` error gives them (SQLSTATE 22003). */
const POSTGRES_INTEGER_MAX: Record<string, [max: string, type: string]> = {
  smallint: ['32767', 'SMALLINT'],
  integer: ['2147483647', 'INT'],
  bigint: ['9223372036854775807', 'BIGINT'],
};

/**
 * PostgreSQL's `integer out of range` (22003) on an INSERT that leaves its key to the column's
 * default and returns it (`INSERT INTO "t" ("a", "b") VALUES (…) RETURNING "id"`, as ActiveRecord
 * words the statement after the server's message): the only value the statement did not supply is
 * the one the sequence drew, so the key column is past its type's maximum while the sequence
 * (bigint, as a `serial` created before PostgreSQL 10 or a sequence widened alone) goes on
 * (GMOD/Chado#1, UCL-ShippingGroup/pyrate#40). When the statement names the returned column, or is
 * an UPDATE (fairmondo/fairmondo#619: `integer out of range : UPDATE "users" SET … = 9999990000`),
 * the value out of range is one the code computed: not this. A signature's message keeps only its
 * first line, so the statement under it is read from the stack trace's lines (table.ts).
 */
export function keyDrawnOutOfRange(text: string): { max: string; type: string } | undefined {
  const m = /\b(smallint|integer|bigint) out of range\b[^\n]{0,40}\n?[^\n]{0,20}?\bINSERT INTO\s+[\w".]{1,130}\s*\(([^)]{1,2000})\)[^\n]{0,4000}?\bRETURNING\s+"?(\w{1,64})"?/i.exec(text);
  if (!m) return undefined;
  const columns = m[2].split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  if (columns.includes(m[3].toLowerCase())) return undefined;
  const [max, type] = POSTGRES_INTEGER_MAX[m[1].toLowerCase()];
  return { max, type };
}

/**
 * DBConnection's ownership pool (the one Ecto's SQL sandbox runs tests on) refusing a process it was
 * never given a connection for: `cannot find ownership process for #PID<…>. When using ownership,
 * you must manage connections in one of the four ways: … checking out a connection from the pool`
 * (oban-bg/oban#109, HashNuke/hound#133). The code (a test's setup, or a process it spawned) did not
 * check a connection out or allow that process: its words name a pool, but none ran out.
 */
export const POOL_OWNERSHIP_REFUSED = /\bcannot find ownership process for\b|\bWhen using ownership, you must manage connections\b/;

/**
 * The resource a text says ran out, if any (EXHAUSTION's first entry whose words and condition
 * hold); `frames`, the failing call's stack trace, says whose words they are when the text does not.
 */
export function exhaustion(text: string, frames?: string): (typeof EXHAUSTION)[number] | undefined {
  const owned = POOL_OWNERSHIP_REFUSED.test(text);
  return EXHAUSTION.find((e) => e.re.test(text) && !(owned && e.resource === 'connection pool') && (e.when?.(text, frames) ?? true));
}

/**
 * The system a failure is in, when the error's words say (a driver's exception type, the
 * server's own wording), for naming a dependency no attribute or address names.
 */
export const SYSTEM_WORDS: [name: string, re: RegExp][] = [
  ['Redis', /(Redis|ioredis|maxRetriesPerRequest|Jedis|Lettuce|You can't write against a read[- ]only replica|\bMASTERDOWN\b|\bCLUSTERDOWN\b|used memory > 'maxmemory')/i],
  ['MongoDB', /(Mongo\w*|pymongo|NotWritablePrimary|PrimarySteppedDown|InterruptedDueToReplStateChange|not master and slaveOk)/i],
  ['Kafka', /(Kafka\w*|topic-partition|Group Coordinator Not Available|The (?:group )?coordinator is not available|COORDINATOR_NOT_AVAILABLE|CoordinatorNotAvailable\w*|__consumer_offsets|LEADER_NOT_AVAILABLE|NOT_LEADER_\w+|NotLeader\w*|in-sync replicas|NotEnoughReplicas\w*)/i],
  ['Elasticsearch', /(Elasticsearch|OpenSearch|cluster_block_exception|ClusterBlockException|SERVICE_UNAVAILABLE\/\d|es_rejected_execution_exception|flood[- ]stage|search_phase_execution_exception|SearchPhaseExecutionException|no_shard_available_action_exception|NoShardAvailableActionException)/i],
  ['RabbitMQ', /(RabbitMQ|amqp\w*|channel\/connection is not open|CONNECTION_FORCED)/i],
  // ProxySQL's own 9001 names the proxy, not the MySQL servers behind it (proxysql-hostgroup.ts).
  ['ProxySQL', /\bMax connect timeout reached while reaching hostgroup\b/i],
  // MySQL's error 1045 (ER_ACCESS_DENIED_ERROR, `Access denied for user '%s'@'%s' (using
  // password: %s)`, MySQL's and MariaDB's error-message reference) names the user and the client's
  // host quoted and joined by @, as no other server words a refused login.
  ['MySQL', /(MySQL|MariaDB|--read-only option|ER_OPTION_PREVENTS_STATEMENT|Communications link failure|statement in a READ ONLY transaction|ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION|Access denied for user '[^'\n]{0,100}'@'[^'\n]{0,100}')/i],
  ['SQL Server', /(SqlException|SqlClient|because the database is read-only)/],
  ['Oracle', /ORA-\d{5}/],
  ['etcd', /etcdserver/],
  ['ZooKeeper', /(ZooKeeper|KeeperErrorCode|Curator)/i],
  ['Consul', /Consul/],
  ['Memcached', /(memcache\w*|out of memory storing object)/i],
  ['Vault', SEALED],
  ['Cassandra', /(Cassandra|datastax|replicas? available for query at consistency)/i],
  ['PostgreSQL', /(PostgreSQL|Postgres|PSQLException|psycopg\w*|asyncpg|Npgsql|libpq|the database system is|in a read-only transaction|SQLSTATE\W{0,3}25006|\b57P0[13]\b|administrator command|due to conflict with recovery)/i],
];

/**
 * The AWS service an AWS SDK for Go v2 error names: smithy-go's OperationError words every failed
 * call `operation error <service>: <operation>, <cause>` (`operation error DynamoDB: PutItem,
 * exceeded maximum number of attempts, 10, https response error StatusCode: 400, …`, as
 * praetorian-inc/chariot-ui#684 logs it; aws/aws-sdk-go-v2#1665), the service by its SDK name.
 */
export function awsOperationService(text: string): string | undefined {
  return /\boperation error ([A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*){0,3}): [A-Z]\w{1,80},/.exec(text)?.[1];
}

/**
 * A link an error message gives for reading, not the peer it failed to reach: a documentation
 * site (`docs.`, `learn.`, `developer.` hosts, a project's `*.github.io` pages, `aka.ms`,
 * SQLAlchemy's `sqlalche.me/e/…`) or a documentation path (`/docs/`, `/developerguide/`,
 * curl's `/libcurl/c/libcurl-errors.html`). AWS' `check if you have a hot key:
 * https://docs.aws.amazon.com/…` (praetorian-inc/chariot-ui#684), StackExchange.Redis' `Please
 * take a look at this article …: https://stackexchange.github.io/StackExchange.Redis/Timeouts`
 * (StackExchange/StackExchange.Redis#2178), SQLAlchemy's `(Background on this error at:
 * https://sqlalche.me/e/14/f405)` and Guzzle's `(see https://curl.haxx.se/libcurl/c/libcurl-errors.html)`.
 * And a help centre's `support.` host outside an API path: Gmail's SMTP replies end `Learn more at
 * https://support.google.com/mail/?p=BadCredentials` (swiftmailer/swiftmailer#1083), a page for the
 * reader, not the server that refused; a support desk's API (`support.<company>.com/api/v2/…`) stays a peer.
 */
export function documentationUrl(host: string, path: string): boolean {
  return /^(?:docs?|learn|developers?|help)\./i.test(host) || (/^support\./i.test(host) && !/^\/api\//i.test(path)) || /\.github\.io$/i.test(host) || /^(?:aka\.ms|sqlalche\.me)$/i.test(host) || /^\/(?:[^\s?#]*\/)?(?:docs?|documentation|developerguide|userguide|libcurl)\//i.test(path);
}

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
  '9042': 'Cassandra',
  '2181': 'ZooKeeper',
  '4222': 'NATS',
  // Consul's and Vault's HTTP APIs and etcd's client port, their defaults: services reach Consul
  // through the agent on their own machine (127.0.0.1:8500).
  '8500': 'Consul',
  '8200': 'Vault',
  '2379': 'etcd',
};

/**
 * Words that name something a runtime version took away from the code running on it — not the
 * code's own change, nor a library's: the standard-library modules Python removed (3.12 removed
 * distutils, imp, asynchat, asyncore and smtpd, PEP 632 and PEP 594's schedule; 3.13 the rest of
 * PEP 594's "dead batteries": aifc, audioop, cgi, cgitb, chunk, crypt, imghdr, mailcap, msilib, nis,
 * nntplib, ossaudiodev, pipes, sndhdr, spwd, sunau, telnetlib, uu, xdrlib, and lib2to3); the legacy
 * ciphers and digests OpenSSL 3 no longer loads by default (Node 17 and later:
 * `error:0308010C:digital envelope routines::unsupported`, ERR_OSSL_EVP_UNSUPPORTED); the Java EE
 * and CORBA modules Java 11 removed (JEP 320: javax.xml.bind, javax.activation, javax.xml.ws,
 * javax.jws, javax.annotation's common annotations, javax.transaction, org.omg.CORBA) and the
 * internals Java 16 and 17 closed to reflection (JEP 396, JEP 403: `module java.base does not "opens
 * java.lang"`); and the default gems Ruby turned into bundled gems a Gemfile must name (racc in 3.3;
 * in 3.4, its NEWS: mutex_m, getoptlong, base64, bigdecimal, observer, abbrev, resolv-replace, rinda,
 * drb, nkf, syslog, csv; Feature #19351 and #19843 on bugs.ruby-lang.org). Beside a runtime version the failing instances share, such words say the runtime is what
 * changed under the code, even when a release shipped it.
 */
/**
 * An internal PHP function refusing an argument of the wrong type in PHP 8's words: `count():
 * Argument #1 ($value) must be of type Countable|array, null given`, `in_array(): Argument #2
 * ($haystack) must be of type array, null given`. PHP 8.0 throws a TypeError there where PHP 7
 * warned and went on (the RFC "Consistent type errors for internal functions"; count() of a value
 * not countable had warned since 7.2): code that passed such a value ran unnoticed on 7 and stops on
 * 8 (tecnickcom/TCPDF#526: TCPDF's count() of a table's missing rows after a move from 7.4 to
 * 8.0.13). A bare function name only — a method (`Foo::bar(): Argument #1 …`) or a namespaced
 * function is the code's own declared type, refused on PHP 7 as well.
 */
export const PHP8_INTERNAL_TYPE_ERROR = /(?<![\w\\:>$-])[a-z_][a-z0-9_]*\(\): Argument #\d+ \(\$\w+\) must be of type [^,\n]{1,80}, \w+ given/;

export const RUNTIME_REMOVED = new RegExp(
  [
    String.raw`No module named '(distutils|imp|asynchat|asyncore|smtpd|aifc|audioop|cgi|cgitb|chunk|crypt|imghdr|mailcap|msilib|nis|nntplib|ossaudiodev|pipes|sndhdr|spwd|sunau|telnetlib|uu|xdrlib|lib2to3)(\.[\w.]+)?'`,
    String.raw`envelope routines::unsupported|ERR_OSSL_EVP_UNSUPPORTED`,
    String.raw`(NoClassDefFoundError|ClassNotFoundException):? '?(javax[./](xml[./]bind|activation|xml[./]ws|jws|annotation[./](PostConstruct|PreDestroy|Generated|Resource)|transaction)|org[./]omg[./]CORBA)\b`,
    String.raw`module java\.\w+ does not "(opens|exports) [\w.]+"`,
    String.raw`cannot load such file -- (abbrev|base64|bigdecimal|csv|drb|getoptlong|mutex_m|nkf|observer|racc|resolv-replace|rinda|syslog)\b`,
  ].join('|'),
);
