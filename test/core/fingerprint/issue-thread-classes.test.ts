// Failure classes found in traces quoted in public issue threads
// (test/fixtures/fingerprint/corpus/threads-<runtime>.ndjson, each row with its source URL and a
// group judged by reading the traces), each fixed in general form in rounds-fp/4 or later
// (docs/fingerprinting.md, "Versions and upgrades"); the rounds-fp/6 cases quote traces from a
// second collection of issue threads in the test itself. The rows are looked up by their group
// and source, so every case here is about traces as people's programs printed them; two more
// classes were found by running programs (Go's -trimpath builds with OpenTelemetry's Go SDK,
// Python's exception groups) and are tested on what those printed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { normalizePath } from '../../../src/core/fingerprint/normalize.js';

interface ThreadRow {
  group: string;
  source: string;
  service: string;
  type: string;
  message: string;
  stacktrace: string;
}

function rows(runtime: string): ThreadRow[] {
  const text = readFileSync(new URL(`../../fixtures/fingerprint/corpus/threads-${runtime}.ndjson`, import.meta.url), 'utf8');
  return text.trim().split('\n').map((line) => JSON.parse(line) as ThreadRow);
}

/** The fingerprints of a runtime's rows whose group ends with `group` (and whose source contains `source`). */
function fingerprints(runtime: string, group: string, source = ''): FingerprintResult[] {
  const fp = createFingerprinter();
  const picked = rows(runtime).filter((r) => r.group.endsWith(`:${group}`) && r.source.includes(source));
  expect(picked.length, `${runtime} rows of ${group} ${source}`).toBeGreaterThan(0);
  return picked.map((r) => fp.fingerprint({ source: 'span', service: r.service, type: r.type, message: r.message, stacktrace: r.stacktrace }));
}

const ids = (results: FingerprintResult[]) => new Set(results.map((r) => r.fingerprint));
const crashSite = (result: FingerprintResult) => result.explain.find((e) => e.startsWith('crash site'));

describe('failure classes from issue threads', () => {
  it('Rust: a panic without a backtrace is placed at its location, so panics of one kind stay apart', () => {
    // The default hook prints no backtrace: these were one signature per kind of panic.
    const outOfBounds = [...fingerprints('rust', 'alacritty-display-damage-oob'), ...fingerprints('rust', 'tuic-packet-oob'), ...fingerprints('rust', 'alacritty-term-input-oob', '/5185')];
    expect(ids(outOfBounds).size).toBe(3);
    const overflow = [...fingerprints('rust', 'phetch-menu-subtract-overflow'), ...fingerprints('rust', 'taiyi-preconf-state-subtract-overflow'), ...fingerprints('rust', 'editpe-image-subtract-overflow')];
    expect(ids(overflow).size).toBe(3);
    expect(crashSite(outOfBounds[0])).toContain('damage.rs:panicked at line 198');
    // The same location, different values in the message (helix 24.07 and 25.01, three reports).
    expect(ids(fingerprints('rust', 'helix-changeset-update-positions').filter((r) => r.frames[0]?.line === 499)).size).toBe(1);
  });

  it('Rust: a message of several lines quoted before 1.73 is read to its closing quote, where the location is', () => {
    const [queue] = fingerprints('rust', 'tokio-0214-queue-steal-into-assert');
    expect(queue.frames[0]).toMatchObject({ line: 324 });
    expect(queue.message).toContain('assertion failed');
    expect(queue.fingerprint).not.toBe(fingerprints('rust', 'tokio-0216-queue-steal-into2-assert')[0].fingerprint);
  });

  it("Go: the runtime's fatal errors are read (locations with fp=/sp=/pc=), and name the map's user", () => {
    const maps = [...fingerprints('go', 'ctop-dockersource-mustget-concurrent-map'), ...fingerprints('go', 'grtm-newloopgoroutine-concurrent-map'), ...fingerprints('go', 'ibenchmark-handle-request-concurrent-map-writes')];
    expect(ids(maps).size).toBe(3);
    expect(crashSite(maps[0])).toContain('main.(*DockerContainerSource).MustGet');
  });

  it("Go: a package's numbered init functions are one function across releases", () => {
    // quic-go v0.7 (`init.0`) and v0.13/v0.14 (`init.1`), all from the module cache.
    const moduleCache = ['quicssh/issues/90', 'go-micro/issues/2667', 'quic-go/issues/2724', 'go-micro/issues/1995'].flatMap((s) => fingerprints('go', 'quicgo-qtls-connectionstate-init', s));
    expect(ids(moduleCache).size).toBe(1);
    // Another check of the same package, with another message: another failure.
    expect(ids([...moduleCache, ...fingerprints('go', 'quicgo-qtls-clientsessionstate-init')]).size).toBe(2);
  });

  it('.NET: a frame without symbols beside application frames with them is a library’s, not the crash site', () => {
    const [torrentHeaven] = fingerprints('dotnet', 'jackett-torrentheaven-parse-index', '/13065');
    const [ipTorrents] = fingerprints('dotnet', 'jackett-iptorrents-parse-index');
    // Both raised in AngleSharp's GetItemByIndex: one signature, before.
    expect(torrentHeaven.fingerprint).not.toBe(ipTorrents.fingerprint);
    expect(crashSite(ipTorrents)).toContain('Jackett.Common.Indexers.IPTorrents.PerformQuery');
    expect(ipTorrents.frames[0]).toMatchObject({ module: 'AngleSharp.Common.ObjectExtensions', inApp: false });
  });

  it("Python: CPython's standard library on Windows is library code", () => {
    const closed = fingerprints('python', 'asyncio-proactor-del-loop-closed');
    for (const result of closed) expect(result.frames.every((f) => !f.inApp)).toBe(true);
    expect(ids(closed.filter((r) => r.message === 'Event loop is closed')).size).toBe(1);
  });

  it("JavaScript: Firefox's stack without a header starts at the throwing frame", () => {
    const chrome = fingerprints('javascript', 'ignition-code-snippet', '/122');
    const firefox = ['/74', '/92'].flatMap((s) => fingerprints('javascript', 'ignition-code-snippet', s));
    expect(crashSite(firefox[0])).toContain(':XE');
    expect(ids([...chrome, ...firefox]).size).toBe(1);
  });

  it("JavaScript: a browser's inline script is the same code on every page that holds it", () => {
    // The same bundle inlined in pages at /demo/public/, /shopee/shop/eiger_adventure, /dashboard.
    expect(ids(['/122', '/138', '/380'].flatMap((s) => fingerprints('javascript', 'ignition-code-snippet', s))).size).toBe(1);
  });

  it("JavaScript: without an in-app frame, the package's frames name the failure, not Node's renamed internals", () => {
    // Node 17 (`throwExportsNotFound`), 18.x (`exportsNotFound`): one failure of postcss-safe-parser's import.
    const results = fingerprints('javascript', 'postcss-safe-parser-tokenize-export');
    expect(results.length).toBe(3);
    expect(ids(results).size).toBe(1);
    expect(crashSite(results[0])).toContain('postcss-safe-parser/lib/safe-parser.js');
  });

  it("Java: Android's crash report before the exception (FATAL EXCEPTION, Process: …, PID: …) is not its header", () => {
    // mozilla-mobile/fenix: a Fenix crash as Android Studio's logcat shows it.
    const trace = [
      '2019-04-25 13:16:21.345 30834-30834/org.mozilla.fenix.debug E/AndroidRuntime: FATAL EXCEPTION: main',
      '    Process: org.mozilla.fenix.debug, PID: 30834',
      '    java.lang.IllegalStateException: Fragment BrowserFragment{ee6a5fd (382452a9-ccb5-4802-b43a-0493a40ce8c1)} not attached to a context.',
      '        at androidx.fragment.app.Fragment.requireContext(Fragment.java:755)',
      '        at org.mozilla.fenix.browser.BrowserFragment.setToolbarBehavior(BrowserFragment.kt:566)',
    ].join('\n');
    const result = createFingerprinter().fingerprint({ source: 'span', service: 'fenix', stacktrace: trace });
    expect(result.type).toBe('java.lang.IllegalStateException');
    expect(result.culprit).toContain('BrowserFragment.setToolbarBehavior');
  });

  it("Java: an app's own precondition accessor (Kotlin's `requireX` convention) is not the crash site; its callers are", () => {
    // mozilla-mobile/fenix#2039 and #2719: `requireComponents` (an extension property, compiled
    // to FragmentKt.getRequireComponents) throws through androidx's requireContext() when a
    // detached fragment reaches it; two callers, two bugs, which shared the accessor's frame.
    const trace = (caller: string) =>
      ['java.lang.IllegalStateException: Fragment not attached to a context.', '\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:755)', '\tat org.mozilla.fenix.ext.FragmentKt.getRequireComponents(Fragment.kt:13)', `\tat ${caller}`].join('\n');
    const fp = createFingerprinter();
    const toolbar = fp.fingerprint({ source: 'span', service: 'fenix', stacktrace: trace('org.mozilla.fenix.browser.BrowserFragment.setToolbarBehavior(BrowserFragment.kt:566)') });
    const sessions = fp.fingerprint({ source: 'span', service: 'fenix', stacktrace: trace('org.mozilla.fenix.home.HomeFragment.emitSessionChanges(HomeFragment.kt:568)') });
    expect(toolbar.fingerprint).not.toBe(sessions.fingerprint);
    expect(toolbar.culprit).toContain('BrowserFragment.setToolbarBehavior');
  });

  it("Java: Play Console's frames with a space before the parenthesis are read, and a Kotlin internal member's variant suffix is dropped", () => {
    // mozilla-mobile/fenix#20570 (a nightly build, printed by Java) and #18966 (a release build,
    // as Google Play Console prints it): one failure in BaseBrowserFragment.getCurrentTab, an
    // `internal` member that Kotlin names after the module, i.e. the build variant.
    const nightly = [
      'java.lang.IllegalStateException',
      '\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:2)',
      '\tat org.mozilla.fenix.ext.ActivityKt.getRequireComponents(Activity.kt:1)',
      '\tat org.mozilla.fenix.browser.BaseBrowserFragment.getCurrentTab$app_nightly(BaseBrowserFragment.kt:1)',
      '\tat org.mozilla.fenix.browser.BaseBrowserFragment.removeSessionIfNeeded(BaseBrowserFragment.kt:1)',
    ].join('\n');
    const release = [
      'java.lang.IllegalStateException',
      '  at androidx.fragment.app.Fragment.requireContext (Fragment.java:2)',
      '  at androidx.core.app.AppOpsManagerCompat.getRequireComponents (AppOpsManagerCompat.java:1)',
      '  at org.mozilla.fenix.browser.BaseBrowserFragment.getCurrentTab$app_release (BaseBrowserFragment.kt:1)',
      '  at org.mozilla.fenix.browser.BaseBrowserFragment.removeSessionIfNeeded (BaseBrowserFragment.kt:1)',
    ].join('\n');
    const fp = createFingerprinter();
    const a = fp.fingerprint({ source: 'span', service: 'fenix', stacktrace: nightly });
    const b = fp.fingerprint({ source: 'span', service: 'fenix', stacktrace: release });
    expect(b.frames.length).toBe(4);
    expect(b.culprit).toContain('BaseBrowserFragment.getCurrentTab');
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it("JavaScript: undici's `fetch failed` is told apart by its cause, and one cause is one signature across Node versions", () => {
    // nodejs/node#46049 (Node 21, uncaught) and nodejs/undici#2964 (Node 20, the REPL): a connect
    // timeout; nodejs/undici#1248: an invalid connection header. Called from one function of the
    // app (`loadUser`, the crash site), the wrapper's frames are the same whatever the cause.
    const fetchFailed = (cause: string[]) =>
      ['TypeError: fetch failed', '    at Object.fetch (node:internal/deps/undici/undici:11522:11)', '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)', '    at async loadUser (/app/src/users.js:12:3) {', ...cause, '}'].join('\n');
    const timeout = (line: number) => ['  [cause]: ConnectTimeoutError: Connect Timeout Error', `      at onConnectTimeout (node:internal/deps/undici/undici:${line}:28)`, '      at process.processImmediate (node:internal/timers:478:21) {', "    code: 'UND_ERR_CONNECT_TIMEOUT'", '  }'];
    const fp = createFingerprinter();
    const f = (trace: string) => fp.fingerprint({ source: 'span', service: 'web', type: 'TypeError', message: 'fetch failed', stacktrace: trace }).fingerprint;
    const a = f(fetchFailed(timeout(8285)));
    const b = f(fetchFailed(timeout(7492)));
    const c = f(fetchFailed(['  cause: InvalidArgumentError: invalid connection header']));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('a launcher an installer generated (a console script or binstub in bin/) is not the crash site', () => {
    // CocoaPods 0.5 and 0.6 (CocoaPods/CocoaPods issues), pasted into Markdown, which ate the
    // space before every other label's backtick: `installer.rb:57:in\`each'`.
    const trace = (site: string) =>
      [`/Library/Ruby/Gems/1.8/gems/cocoapods-0.5.0/lib/cocoapods/${site}`, "/Library/Ruby/Gems/1.8/gems/cocoapods-0.5.0/lib/cocoapods/installer.rb:57:in`each'", "/usr/bin/pod:19:in `load'", "/usr/bin/pod:19"].join('\n');
    const fp = createFingerprinter();
    const f = (site: string, message: string) => fp.fingerprint({ source: 'span', service: 'pod', type: 'NoMethodError', message, stacktrace: trace(site) });
    const local = f("specification.rb:157:in`local?'", "undefined method `[]' for nil:NilClass");
    const files = f("installer/user_project_integrator.rb:144:in `add_pods_library'", "undefined method `files' for nil:NilClass");
    expect(local.fingerprint).not.toBe(files.fingerprint);
    expect(local.explain.join('\n')).toContain('cocoapods/specification.rb:local?');
  });

  it("Rust: anyhow's error chain without a backtrace is read, and its causes tell two failures apart", () => {
    // bytecodealliance/wasmtime: one wrapper, two root causes.
    const chain = (cause: string) => `Error: failed to run main module \`hello.wat\`\n\nCaused by:\n    0: failed to instantiate "hello.wat"\n    1: ${cause}`;
    const fp = createFingerprinter();
    const f = (cause: string) => fp.fingerprint({ source: 'span', service: 'wasmtime', type: 'Error', message: 'failed to run main module `hello.wat`', stacktrace: chain(cause) }).fingerprint;
    expect(f('unknown import: `::hello` has not been defined')).toBe(f('unknown import: `env::__syscall_readlinkat` has not been defined'));
    expect(f('unknown import: `::hello` has not been defined')).not.toBe(f("command export 'one_i32_global' is not a function"));
  });

  it("Java: a JDBC driver's and a connection pool's frames are library code, so the application's query names the failure", () => {
    // Peergos/Peergos#664: pgjdbc raises the server's error from its own frames, through
    // HikariCP's proxy, into the application's store.
    const trace = (message: string, site: string) =>
      [`org.postgresql.util.PSQLException: ERROR: ${message}`, '\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2497)', '\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2233)', '\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:310)', '\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:446)', '\tat org.postgresql.jdbc.PgStatement.execute(PgStatement.java:370)', '\tat org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:149)', '\tat org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:124)', '\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)', '\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)', `\tat ${site}`].join('\n');
    const fp = createFingerprinter();
    const f = (message: string, site: string) => fp.fingerprint({ source: 'span', service: 'peergos', type: 'org.postgresql.util.PSQLException', message: `ERROR: ${message}`, stacktrace: trace(message, site) });
    const usage = f('could not serialize access due to concurrent update', 'peergos.server.space.JdbcUsageStore.addPendingUsage(JdbcUsageStore.java:140)');
    expect(usage.culprit).toBe('peergos.server.space.JdbcUsageStore.addPendingUsage (JdbcUsageStore.java)');
    // Another statement of the application failing: another signature (they were one, at the driver's receiveErrorResponse).
    expect(f('duplicate key value violates unique constraint "users_pkey"', 'peergos.server.corenode.JdbcIpnsAndSocial.addFollowRequest(JdbcIpnsAndSocial.java:212)').fingerprint).not.toBe(usage.fingerprint);
  });

  it("Java: JDK 8's lambda class with its decimal number (`$$Lambda$24/431454548`) is the lambda, not a class named by the number", () => {
    // eclipse-vertx/vert.x#1625, #1628, #1632, #1640: one failure, printed with and without the
    // lambda frames; the number was read as a class of the application's and split them.
    const results = fingerprints('java', 'vertx-eventbus-close-already-complete');
    expect(results.length).toBe(4);
    expect(ids(results).size).toBe(1);
    const withLambda = results.find((r) => r.frames.some((f) => f.module?.includes('$$Lambda')))!;
    expect(withLambda.frames.find((f) => f.module?.includes('$$Lambda'))).toMatchObject({ module: 'io.vertx.core.eventbus.impl.EventBusImpl$$Lambda$24', function: 'handle', inApp: false });
  });

  it("Python: loguru's marked frame (`> File …`, the frame that caught the exception) is a frame, often the crash site", () => {
    // Delgan/loguru#1235 (Python 3.13, loguru's author): a log record as a file or stdout sink
    // writes it, the exception caught in `func`, the marked frame and the innermost one.
    const record = (fn: string) =>
      [`2024-11-21 15:28:15.393 | ERROR    | __main__:${fn}:13 - `, 'Traceback (most recent call last):', '', '  File "/home/delgan/programming/loguru/a.py", line 18, in <module>', `    ${fn}(1234, 0)`, `    └ <function ${fn} at 0x7121083272e0>`, '', `> File "/home/delgan/programming/loguru/a.py", line 11, in ${fn}`, '    a / b', '    │   └ 0', '    └ 1234', '', 'ZeroDivisionError: division by zero'].join('\n');
    const fp = createFingerprinter();
    const caught = fp.fingerprint({ source: 'log', service: 'app', body: record('func'), severityText: 'ERROR' });
    expect(caught.culprit).toBe('func (loguru/a.py)');
    // Another function called from the same module line: another failure (they were one, at `<module>`).
    expect(fp.fingerprint({ source: 'log', service: 'app', body: record('other'), severityText: 'ERROR' }).fingerprint).not.toBe(caught.fingerprint);
    // Delgan/loguru#1152: the marked frame between two others, its variables annotated below it.
    const middle = ['Traceback (most recent call last):', '', '  File "F:\\WorkSpace\\PycharmProjects\\fastapi_learning\\async_log.py", line 17, in <module>', '    nested(0)', '    └ <function nested at 0x000001D782E3D090>', '', '> File "F:\\WorkSpace\\PycharmProjects\\fastapi_learning\\async_log.py", line 13, in nested', '    func(5, c)', '    │       └ 0', '    └ <function func at 0x000001D780773E20>', '', '  File "F:\\WorkSpace\\PycharmProjects\\fastapi_learning\\async_log.py", line 9, in func', '    return a / b', '           │   └ 0', '           └ 5', '', 'ZeroDivisionError: division by zero'].join('\n');
    const parsed = fp.fingerprint({ source: 'span', service: 'app', type: 'ZeroDivisionError', message: 'division by zero', stacktrace: middle });
    expect(parsed.culprit).toBe('func (fastapi_learning/async_log.py)');
    expect(parsed.explain.join('\n')).toContain('3 frames');
  });

  it("JavaScript: Node's own modules have one name before and after Node 16's `node:` prefix", () => {
    // Node 14 printed `child_process.js` and `internal/child_process.js` where Node 16 and later
    // print `node:child_process` and `node:internal/child_process`: a failure seen only in
    // Node's frames stays one signature across the upgrade.
    const fp = createFingerprinter();
    const f = (stack: string) => fp.fingerprint({ source: 'span', service: 'proxy', type: 'Error', message: 'Command failed: certbot renew', stacktrace: stack }).fingerprint;
    const node14 = 'Error: Command failed: certbot renew\n    at ChildProcess.exithandler (child_process.js:308:12)\n    at ChildProcess.emit (events.js:315:20)\n    at maybeClose (internal/child_process.js:1048:16)';
    const node20 = 'Error: Command failed: certbot renew\n    at ChildProcess.exithandler (node:child_process:422:12)\n    at ChildProcess.emit (node:events:519:28)\n    at maybeClose (node:internal/child_process:1105:16)';
    expect(f(node14)).toBe(f(node20));
    // A Windows path without slashes is an application's file, not a core module.
    const windows = 'Error: Command failed: certbot renew\n    at exports (C:\\app\\node_modules\\webpack\\lib\\util\\createHash.js:135:53)';
    expect(fp.fingerprint({ source: 'span', service: 'proxy', type: 'Error', message: 'x', stacktrace: windows }).explain.join('\n')).not.toContain('node:C:');
  });
});

describe('the BEAM: Elixir and Erlang traces', () => {
  it("reads Elixir's format_stacktrace lines, with the application, without its version, or quoted by a logger", () => {
    const [credo] = fingerprints('erlang', 'credo-cli-command-for');
    expect(crashSite(credo)).toContain('Credo.CLI.command_for');
    // `(web 0.1.0+deadbeef) lib/web/…/components.ex:217:in \`Web.Policies.Components.day_of_week_index("_unused_F")'`
    const [dayOfWeek] = fingerprints('erlang', 'firezone-day-of-week-index');
    expect(crashSite(dayOfWeek)).toContain('Web.Policies.Components.day_of_week_index');
    // Library applications (`(stdlib)`, `(elixir 1.14.0)`) are not the crash site.
    const [hexEts] = fingerprints('erlang', 'hex-registry-server-ets-insert-nil');
    expect(crashSite(hexEts)).toContain('Hex.Registry.Server.handle_call');
  });

  it('keeps one failure reported twice together and the same message from other sites apart', () => {
    for (const group of ['credo-cli-command-for', 'firezone-policy-name-keyerror', 'nimble-totp-crypto-hmac', 'signaturex-crypto-hmac', 'ejabberd-jid-tolower-undefined']) {
      expect(ids(fingerprints('erlang', group)).size, group).toBe(1);
    }
    // The same `:crypto.hmac/3` UndefinedFunctionError from two libraries.
    expect(ids([...fingerprints('erlang', 'nimble-totp-crypto-hmac'), ...fingerprints('erlang', 'signaturex-crypto-hmac')]).size).toBe(2);
  });

  it("reads Erlang's stacktrace terms, as a crash report prints them and as Elixir inspects them", () => {
    // `{badmatch,{error,not_found}}` from two RabbitMQ functions: one signature per function.
    const rabbit = [...fingerprints('erlang', 'rabbitmq-amqqueue-process-i-not-found'), ...fingerprints('erlang', 'rabbitmq-mirror-queue-master-terminate-not-found')];
    expect(ids(rabbit).size).toBe(2);
    expect(crashSite(rabbit[0])).toContain('rabbit_amqqueue_process.i');
    // The same function_clause printed as a gen_fsm termination and as a crash report.
    const [termination] = fingerprints('erlang', 'ejabberd-jid-tolower-undefined');
    expect(termination.frames[0]).toMatchObject({ module: 'jid', function: 'tolower', file: 'src/jid.erl', line: 230 });
    const [bors] = fingerprints('erlang', 'bors-github-post-comment-badmatch');
    expect(crashSite(bors)).toContain('BorsNG.GitHub.post_comment!');
  });

  it("reads the shell's `in function` / `in call from` lines", () => {
    const [edbg] = fingerprints('erlang', 'edbg-tracer-file-binary-to-term');
    expect(crashSite(edbg)).toContain('edbg_tracer.file');
    const [router] = fingerprints('erlang', 'ejabberd-xmpp-get-to-stop-drop');
    expect(crashSite(router)).toContain('ejabberd_router.process_privilege_iq');
  });
});

describe('Go binaries built with -trimpath', () => {
  // Captured from a 20-line program calling span.RecordError(err, trace.WithStackTrace(true))
  // with OpenTelemetry's Go SDK v1.46.0, built by Go 1.26 with and without -trimpath (as Docker
  // images and goreleaser build). Trimmed, a dependency's files are `module@version/…` with no
  // module cache before them, and the SDK's own recordStackTrace read as the application's:
  // every error a service recorded was one signature.
  const trimmed = "goroutine 1 [running]:\ngo.opentelemetry.io/otel/sdk/trace.recordStackTrace(...)\n\tgo.opentelemetry.io/otel/sdk@v1.46.0/trace/span.go:518\ngo.opentelemetry.io/otel/sdk/trace.(*recordingSpan).RecordError(0xa90d8e80960, {0x68d3e0, 0xa90d8e9c3e0}, {0xa90d8e9c3f0, 0x1, 0x1})\n\tgo.opentelemetry.io/otel/sdk@v1.46.0/trace/span.go:500 +0x585\nmain.handleOrder(...)\n\texample.com/shop/main.go:13\nmain.main()\n\texample.com/shop/main.go:19 +0x1d3\n\n";
  const cached = "goroutine 1 [running]:\ngo.opentelemetry.io/otel/sdk/trace.recordStackTrace(...)\n\t/root/go/pkg/mod/go.opentelemetry.io/otel/sdk@v1.46.0/trace/span.go:518\ngo.opentelemetry.io/otel/sdk/trace.(*recordingSpan).RecordError(0x13376d880960, {0x68d3e0, 0x13376d89c3e0}, {0x13376d89c3f0, 0x1, 0x1})\n\t/root/go/pkg/mod/go.opentelemetry.io/otel/sdk@v1.46.0/trace/span.go:500 +0x585\nmain.handleOrder(...)\n\t/tmp/gotrim/main.go:13\nmain.main()\n\t/tmp/gotrim/main.go:19 +0x1d3\n\n";
  const record = (stacktrace: string, caller: string) =>
    createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: '*errors.errorString', message: 'out of stock', stacktrace: stacktrace.replace(/handleOrder/g, caller) });

  it("reads a dependency's trimmed path as library code", () => {
    expect(crashSite(record(trimmed, 'handleOrder'))).toContain('main.handleOrder');
    expect(record(trimmed, 'handleOrder').fingerprint).toBe(record(cached, 'handleOrder').fingerprint);
    expect(record(trimmed, 'handleOrder').fingerprint).not.toBe(record(trimmed, 'chargeCard').fingerprint);
  });
});

describe('Python exception groups (3.11+)', () => {
  // Captured from CPython 3.11.7 running tasks in an asyncio.TaskGroup (as anyio does under
  // Starlette and FastAPI), printed by traceback.format_exception as OpenTelemetry's SDK
  // records it: the box the group is drawn in read as no frame at all, so every failure of a
  // service raised in a task group was one signature.
  const chargeOrder1 = "  + Exception Group Traceback (most recent call last):\n  |   File \"/tmp/pyeg/eg.py\", line 15, in <module>\n  |     asyncio.run(handle(order, which))\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 190, in run\n  |     return runner.run(main)\n  |            ^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 118, in run\n  |     return self._loop.run_until_complete(task)\n  |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n  |     return future.result()\n  |            ^^^^^^^^^^^^^^^\n  |   File \"/tmp/pyeg/eg.py\", line 10, in handle\n  |     async with asyncio.TaskGroup() as tg:\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/taskgroups.py\", line 145, in __aexit__\n  |     raise me from None\n  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"/tmp/pyeg/eg.py\", line 4, in charge_card\n    |     raise ValueError(f\"card declined for order {order}\")\n    | ValueError: card declined for order 1\n    +------------------------------------";
  const chargeOrder2 = "  + Exception Group Traceback (most recent call last):\n  |   File \"/tmp/pyeg/eg.py\", line 15, in <module>\n  |     asyncio.run(handle(order, which))\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 190, in run\n  |     return runner.run(main)\n  |            ^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 118, in run\n  |     return self._loop.run_until_complete(task)\n  |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n  |     return future.result()\n  |            ^^^^^^^^^^^^^^^\n  |   File \"/tmp/pyeg/eg.py\", line 10, in handle\n  |     async with asyncio.TaskGroup() as tg:\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/taskgroups.py\", line 145, in __aexit__\n  |     raise me from None\n  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"/tmp/pyeg/eg.py\", line 4, in charge_card\n    |     raise ValueError(f\"card declined for order {order}\")\n    | ValueError: card declined for order 2\n    +------------------------------------";
  const reserveOrder3 = "  + Exception Group Traceback (most recent call last):\n  |   File \"/tmp/pyeg/eg.py\", line 15, in <module>\n  |     asyncio.run(handle(order, which))\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 190, in run\n  |     return runner.run(main)\n  |            ^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 118, in run\n  |     return self._loop.run_until_complete(task)\n  |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n  |     return future.result()\n  |            ^^^^^^^^^^^^^^^\n  |   File \"/tmp/pyeg/eg.py\", line 10, in handle\n  |     async with asyncio.TaskGroup() as tg:\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/taskgroups.py\", line 145, in __aexit__\n  |     raise me from None\n  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"/tmp/pyeg/eg.py\", line 7, in reserve_stock\n    |     raise KeyError(f\"sku-{order}\")\n    | KeyError: 'sku-3'\n    +------------------------------------";
  const bothFailed = "  + Exception Group Traceback (most recent call last):\n  |   File \"/tmp/pyeg/eg2.py\", line 15, in <module>\n  |     asyncio.run(handle_both(7))\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 190, in run\n  |     return runner.run(main)\n  |            ^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 118, in run\n  |     return self._loop.run_until_complete(task)\n  |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n  |     return future.result()\n  |            ^^^^^^^^^^^^^^^\n  |   File \"/tmp/pyeg/eg2.py\", line 10, in handle_both\n  |     async with asyncio.TaskGroup() as tg:\n  |   File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/taskgroups.py\", line 145, in __aexit__\n  |     raise me from None\n  | ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"/tmp/pyeg/eg2.py\", line 4, in charge_card\n    |     raise ValueError(f\"card declined for order {order}\")\n    | ValueError: card declined for order 7\n    +---------------- 2 ----------------\n    | Traceback (most recent call last):\n    |   File \"/tmp/pyeg/eg2.py\", line 7, in reserve_stock\n    |     raise KeyError(f\"sku-{order}\")\n    | KeyError: 'sku-7'\n    +------------------------------------";
  const record = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: 'ExceptionGroup', message: 'unhandled errors in a TaskGroup (1 sub-exception)', stacktrace });

  it("names the failure by the group's sub-exception", () => {
    expect(crashSite(record(chargeOrder1))).toContain('eg.py:charge_card');
    expect(record(chargeOrder1).fingerprint).toBe(record(chargeOrder2).fingerprint);
    expect(record(chargeOrder1).fingerprint).not.toBe(record(reserveOrder3).fingerprint);
    // Two sub-exceptions: the first names it, as a suppressed exception does not elsewhere.
    expect(crashSite(record(bothFailed))).toContain('eg2.py:charge_card');
  });
});

describe('log lines from issue threads', () => {
  const logRows = () => readFileSync(new URL('../../fixtures/fingerprint/corpus/issue-thread-logs.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ThreadRow & { body: string });

  it('reads a logfmt record after the prefix journald or syslog put before it', () => {
    // `Mar  2 13:53:07 host dockerd[4072]: time="…" level=error msg="Handler for GET … returned error: …"`:
    // with the prefix, `msg="…"` was masked whole and every dockerd line was one signature.
    const fp = createFingerprinter();
    const byGroup = new Map<string, Set<string>>();
    for (const r of logRows().filter((row) => row.service === 'dockerd')) {
      const result = fp.fingerprint({ source: 'log', service: r.service, body: r.body, severityText: 'ERROR' });
      if (!byGroup.has(r.group)) byGroup.set(r.group, new Set());
      byGroup.get(r.group)!.add(result.fingerprint);
      expect(result.message).not.toMatch(/msg=/);
    }
    expect(byGroup.size).toBe(3);
    const all = [...byGroup.values()].flatMap((s) => [...s]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("reads logrus' terminal layout as its logfmt one: the message between the level and the fields", () => {
    // containerd lines from the second collection (issue-thread-logs-2.ndjson), one record of
    // each statement in each layout.
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'containerd', body, severityText: 'WARN' });
    const tty = f('    WARN[2025-05-07T08:57:56.577356208Z] cleaning up after shim disconnected           id=589c33c8 namespace=moby');
    const logfmt = f('time="2022-01-02T21:53:01.312121940+08:00" level=warning msg="cleaning up after shim disconnected" id=a1b2c3 namespace=moby');
    expect(tty.message).toBe('cleaning up after shim disconnected');
    expect(tty.fingerprint).toBe(logfmt.fingerprint);
    expect(f('    INFO[2025-05-07T08:57:56.577393417Z] cleaning up dead shim                         namespace=moby').fingerprint).not.toBe(tty.fingerprint);
    expect(f('ERRO[0043] Handler for POST /containers/create returned error: Could not get container for riak01').message).toMatch(/^Handler for POST/);
  });

  it('reads a level padded inside its brackets as the same tag (hclog, Elasticsearch, fluent-bit)', () => {
    const fp = createFingerprinter();
    const f = (body: string) => fp.fingerprint({ source: 'log', service: 'vault', body, severityText: 'INFO' }).fingerprint;
    // Vault 1.0 and 1.19 lines from the second collection.
    expect(f('2018-11-15T18:32:51.007Z [INFO ] core: security barrier not initialized')).toBe(f('2025-03-17T13:49:24.563+1300 [INFO]  core: security barrier not initialized'));
    expect(f('[2020/01/07 08:48:11] [ warn] [in_syslog] error parsing log message')).toBe(f('[2020/01/08 09:13:02] [warn] [in_syslog] error parsing log message'));
  });
});

describe('normalizePath', () => {
  it("keeps an installed package's name", () => {
    expect(normalizePath('/app/node_modules/sass-loader/dist/index.js')).toBe('sass-loader/dist/index.js');
    expect(normalizePath('C:\\w\\node_modules\\val-loader\\dist\\index.js')).toBe('val-loader/dist/index.js');
    expect(normalizePath('/srv/node_modules/@npmcli/arborist/lib/node.js')).toBe('@npmcli/arborist/lib/node.js');
    // The innermost package of nested installs.
    expect(normalizePath('/a/node_modules/postcss-safe-parser/node_modules/postcss/lib/parser.js')).toBe('postcss/lib/parser.js');
    expect(normalizePath('/var/www/vendor/sentry/sentry/src/FrameBuilder.php')).toBe('sentry/sentry/src/framebuilder.php');
    // Bundler's vendor directory is not Composer's: the gem's path is read as before.
    expect(normalizePath('vendor/bundle/ruby/3.1.0/gems/activesupport-7.0.8.4/lib/active_support/logger_thread_safe_level.rb')).toBe('active_support/logger_thread_safe_level.rb');
  });

  it("treats `?` and `#` as a URL's only", () => {
    expect(normalizePath('C:\\Users\\me\\C#\\shop\\src\\cart.js')).toBe('src/cart.js');
    expect(normalizePath('# ./vendor/bundle/ruby/3.0.0/gems/activesupport-6.0.6.1/lib/active_support/logger_thread_safe_level.rb')).toBe('active_support/logger_thread_safe_level.rb');
    expect(normalizePath('https://cdn.example.com/static/js/main.3f9a2b1c.js?v=12#x')).toBe('js/main.js');
  });

  it('files an inline script under <page>', () => {
    expect(normalizePath('http://65.0.250.19/demo/public/')).toBe('<page>');
    expect(normalizePath('https://kbmis.com.ng/dashboard')).toBe('<page>');
    expect(normalizePath('http://127.0.0.1:8000/')).toBe('<page>');
    expect(normalizePath('webpack:///./src/app.js')).toBe('src/app.js');
  });
});
