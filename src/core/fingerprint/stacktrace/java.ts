// Java and Kotlin: Throwable.printStackTrace() format.
// https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/Throwable.html#printStackTrace()
//   Type: message
//   \tat pkg.Class.method(File.java:12)
//   \t... 5 more            ← the last 5 frames equal the enclosing trace's last 5
//   \tSuppressed: Type: m    ← indented; dropped (it did not cause the failure)
//   Caused by: Type: m
// opentelemetry-php records PHP exceptions in this same format (StackTraceFormatter:
// `Abc.Def.Test.create(Test.php:11)`, `{main}(index.php:25)`), so it is read here and
// reported as runtime `php` when the frames are .php files.
import { LINELESS_JVM_FRAME } from '../jvm-lineless-frame.js';
import type { RuntimeProfile } from './profile.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

// `at [classloader/][module@version/]pkg.Class.method(Source)`; bounded quantifiers only.
// Logback (Spring Boot's default) appends the packaging data of the frame's class:
// ` ~[spring-web-6.1.8.jar:6.1.8]`, ` [main/:na]` (https://logback.qos.ch/reference.html#packagingData).
// Google Play Console's and Firebase Crashlytics' reports put a space before the parenthesis
// (`at androidx.fragment.app.Fragment.requireContext (Fragment.java:2)`).
// The packaging data holds no space or bracket (`~[spring-web-6.1.8.jar:6.1.8]`, `[na:1.8.0_292]`):
// read up to either, the scan after each `)` the lazy source tries stops at once, where up to
// its bound it made a line of `) [` repeated quadratic (test/core/fingerprint/stacktrace.test.ts).
// No method's name starts with a bracket: Jackson's parse errors end their message on a line of
// their own, ` at [Source: (PushbackInputStream); line: 1, column: 2523] (through reference chain:
// …)`, which printStackTrace prints before the frames (irufus/gdax-java#86) — the message going on,
// whose column changes with every payload, not a frame.
const FRAME = /^\s*at ([^\s(\[][^\s(]{0,599}) ?\((.{0,300}?)\)(?:\s{1,8}~?\[[^\]\[\s]{0,300}\])?\s*$/;
const MORE = /^\s*\.\.\. (\d{1,6}) more\s*$/;
// Firebase Crashlytics labels the exception of a report `Fatal Exception: ` or `Non-fatal Exception: `.
const HEADER = /^(?:Exception in thread "[^"]{0,200}" |(?:Fatal|Non-fatal) Exception: )?([A-Za-z_$][\w$.]{0,300})(?::\s?(.*))?$/;
const CAUSED = /^(\s*)(Caused by|Suppressed): (.*)$/;
/** The uncaught-exception handler's header start. */
const UNCAUGHT_HEADER = 'Exception in thread "';
// Android's crash report before the exception (`E/AndroidRuntime: FATAL EXCEPTION: main`, then
// `Process: org.example.app, PID: 30834`): the runtime's words about the process, not a header.
const ANDROID_PREAMBLE = /FATAL EXCEPTION: |^\s*Process: [\w.:-]{1,200}, PID: \d{1,10}\s*$/;

function parseFrame(callee: string, source: string): RawFrame {
  // Strip `app//`, `java.base/`, `java.base@17.0.2/` class-loader and module prefixes.
  // A hidden class (lambda, JDK 15+) prints as `Foo$$Lambda$14/0x0000000800c0b040`, and JDK 8
  // printed a lambda's and a LambdaForm's class with a decimal number (`EventBusImpl$$Lambda$24/
  // 431454548.handle`, `LambdaForm$MH/1225568095.invokeExact_MT`): drop them first so the `/`
  // left belongs to a prefix (the number was read as the class, and as the application's).
  const bare = callee.replace(/\/0x[0-9a-fA-F]{1,16}/, '').replace(/(\$\$Lambda\$\d{1,10}|LambdaForm\$[A-Z]{1,8})\/\d{1,12}(?=\.)/, '$1');
  const slash = bare.lastIndexOf('/');
  const qualified = slash >= 0 ? bare.slice(slash + 1) : bare;
  const dot = qualified.lastIndexOf('.');
  const frame: RawFrame = dot > 0 ? { module: qualified.slice(0, dot), function: qualified.slice(dot + 1) } : { function: qualified };
  const colon = source.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(source.slice(colon + 1))) {
    frame.file = source.slice(0, colon);
    frame.line = Number(source.slice(colon + 1));
  } else if (source && source !== 'Unknown Source' && source !== 'Native Method') {
    frame.file = source;
  }
  return frame;
}

/**
 * opentelemetry-php writes each frame at the place its function was running (the throw site for
 * the first, else the call the frame above made), as Java does. A function of PHP's own
 * (`PDOStatement.execute`, `json_decode`, `DateTimeImmutable.__construct`) has no PHP source: the
 * engine reports its caller's place for it, so it is written at the same file and line as the
 * frame below it, its caller. It is marked native, as PHP's own print marks it (stacktrace/php.ts),
 * and is never the crash site: its caller is, and the function says what raised the exception.
 */
function markPhpInternals(frames: RawFrame[]): void {
  for (let k = 0; k + 1 < frames.length; k++) {
    const f = frames[k];
    const caller = frames[k + 1];
    if (f.file !== undefined && f.line !== undefined && f.file === caller.file && f.line === caller.line) f.native = true;
  }
}

// Spring before 6.0 wrote an exception's cause into its message (NestedExceptionUtils.buildMessage:
// `message; nested exception is ` + the cause's toString(), `Type: message`), and a cause
// that is itself such an exception carries its own cause the same way. The type is fully
// qualified, its simple name capitalised.
const NESTED = '; nested exception is ';
const NESTED_CAUSE = /^((?:[a-z_$][\w$]{0,100}\.){1,30}[A-Z][\w$]{0,200})(?::\s?([\s\S]*))?$/;

/**
 * The causes a Spring exception's message names (`…; nested exception is
 * org.hibernate.service.spi.ServiceException: Unable to create requested service`) that the
 * trace prints no `Caused by:` section for, as a post in an issue often cuts the trace after
 * its first frames: read as that section would be, the cause's frames being all of the
 * enclosing exception's (`... N more`), so its type is in the chain and its message
 * contributes where a cause's would. Without it, every bean that failed to initialise was one
 * signature, whatever failed inside it.
 */
function readNestedCauses(exceptions: ParsedException[]): void {
  for (let i = 0; i < exceptions.length && exceptions.length < 64; i++) {
    const message = exceptions[i].message;
    const at = message.indexOf(NESTED);
    if (at < 0) continue;
    const cause = NESTED_CAUSE.exec(message.slice(at + NESTED.length));
    if (!cause) continue;
    // A `Caused by:` section already names it (then its own message names any cause it has).
    if (exceptions.slice(i + 1).some((e) => e.type === cause[1])) continue;
    exceptions.splice(i + 1, 0, { type: cause[1], message: cause[2]?.trim() ?? '', frames: [...exceptions[i].frames], relation: 'cause' });
  }
}

export function looksLikeJava(text: string): boolean {
  return /^\s*at [\w$./@{}]{1,600} ?\((?:[\w$.-]{1,200}\.(?:java|kt|scala|groovy|clj|php):\d{1,7}|Unknown Source|Native Method)\)/m.test(text) || LINELESS_JVM_FRAME.test(text);
}

export function parseJava(text: string): ParsedTrace {
  const lines = traceLines(text);
  const exceptions: ParsedException[] = [];
  let current: ParsedException | undefined;
  let skipping = false; // inside a Suppressed: block
  let suppressedIndent = 0;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!line) continue;
    const c = CAUSED.exec(line);
    if (c) {
      if (c[2] === 'Suppressed') {
        skipping = true;
        suppressedIndent = c[1].length;
        continue;
      }
      skipping = false;
      const head = HEADER.exec(c[3].trim());
      current = { type: head ? head[1] : c[3].trim(), message: head?.[2]?.trim() ?? '', frames: [], relation: 'cause' };
      exceptions.push(current);
      continue;
    }
    if (skipping) {
      const indent = line.length - line.trimStart().length;
      if (indent > suppressedIndent) continue;
      skipping = false;
    }
    const f = FRAME.exec(line);
    if (f) {
      if (current && current.frames.length < 200) current.frames.push(parseFrame(f[1], f[2]));
      continue;
    }
    const more = MORE.exec(line);
    if (more) {
      // The omitted frames are the enclosing exception's last N frames.
      const n = Number(more[1]);
      const enclosing = exceptions[exceptions.length - 2];
      if (current && enclosing && current.frames.length < 200) {
        current.frames.push(...enclosing.frames.slice(Math.max(0, enclosing.frames.length - n)));
      }
      continue;
    }
    if (!current) {
      if (ANDROID_PREAMBLE.test(line)) continue;
      // The JVM's default handler prints `Exception in thread "name" Type: message` (Thread.
      // UncaughtExceptionHandler, ThreadGroup.uncaughtException): words pasted in front of it on
      // its line (`it says [Exception in thread …`) are not part of the header, and read with
      // them no header was found, so none of the frames under it was kept.
      const at = line.indexOf(UNCAUGHT_HEADER);
      const head = HEADER.exec((at > 0 ? line.slice(at) : line).trim());
      if (head) {
        current = { type: head[1], message: head[2]?.trim() ?? '', frames: [] };
        exceptions.push(current);
      }
    } else if (current.frames.length === 0) {
      // A multi-line message continues until the first frame.
      current.message += '\n' + line;
    }
  }
  readNestedCauses(exceptions);
  const php = exceptions.some((e) => e.frames.some((f) => f.file?.endsWith('.php')));
  if (php) for (const e of exceptions) markPhpInternals(e.frames);
  return { runtime: php ? 'php' : 'java', exceptions };
}

export const javaProfile: RuntimeProfile<'java'> = {
  name: 'java',
  hints: ['java', 'kotlin', 'jvm'],
  looksLike: looksLikeJava,
  // A V8 frame's `(file:line:col)` is laxer than Java's `(File.java:12)`.
  detectBefore: ['javascript'],
  parse: parseJava,
  naming: {
    rules: [
      [/\$\$Lambda(?:\$\d{1,10})?(?:[/.]0x[0-9a-fA-F]{1,16})?/g, '$$Lambda'], // Foo$$Lambda$14/0x0000000800c0b040 (JDK 8-17), Foo$$Lambda/0x… (21)
      [/\$\$(?:EnhancerBy|FastClassBy)?(?:Spring)?CGLIB\$\$[0-9a-fA-F]{1,16}/g, ''], // Spring CGLIB subclasses
      [/\$(?:HibernateProxy|ByteBuddy|MockitoMock)\$[\w]{1,40}/g, ''], // runtime proxies
      [/_\$\$_javassist_\d{1,10}/g, ''],
      [/\$Proxy\d{1,10}/g, '$$Proxy'], // JDK dynamic proxies (jdk.proxy2.$Proxy12)
      [/GeneratedMethodAccessor\d{1,10}/g, 'GeneratedMethodAccessor'], // reflection stubs
      [/lambda\$(\w{1,200}?)\$\d{1,6}/g, 'lambda$$$1'], // lambda$process$0 → lambda$process
      [/\$lambda[-$]\d{1,6}/g, '$$lambda'], // Kotlin
      [/\$\d{1,6}(?=\.|$)/g, '$$anon'], // anonymous classes Foo$1: numbered by source order
      // Kotlin's `internal` members carry their module's name, which on Android names the build
      // variant: getCurrentTab$app_release / getCurrentTab$app_nightly are one method.
      [/\$[a-z][A-Za-z0-9]{0,60}_[A-Za-z0-9_]{1,60}$/, ''],
    ],
  },
  library: {
    // The JVM's own packages, then the libraries JVM services most often run on. A Java frame
    // carries no path to say it is a library's, so its package has to: before rounds-fp/7 a JDBC
    // driver, a connection pool or a database client not listed here was "in-app", the crash
    // site of every error it raised, and every PSQLException of a service was one signature
    // whatever query of the application failed.
    modules: new RegExp(
      String.raw`^(?:` +
        [
          String.raw`java|javax|jakarta|jdk|sun|com\.sun|android|androidx|dalvik|libcore|com\.android|kotlin|kotlinx|_COROUTINE|scala|groovy|clojure`,
          // OpenJFX, the JDK's UI toolkit since it left the JDK: its public `javafx.*` API (the
          // `com.sun.javafx`/`glass`/`webkit` internals are `com.sun` above). Before, an app's
          // script run through `WebEngine.executeScript` failed at `javafx.scene.web.WebEngine`,
          // a crash site every caller of it shared (JabRef/jabref#5412). (`netscape.javascript`,
          // its WebView's bridge, stays out: its JSException is one type for every script error,
          // whose message says which, and a library's type would not keep it.)
          String.raw`javafx`,
          // Frameworks and servers.
          String.raw`org\.springframework|org\.apache|org\.hibernate|org\.eclipse|org\.glassfish|org\.jboss|org\.wildfly|io\.undertow|io\.quarkus|io\.smallrye|io\.micronaut|io\.vertx|io\.dropwizard|io\.javalin|io\.ktor|akka|io\.helidon|org\.jetbrains\.exposed`,
          // Databases: JDBC drivers, pools, mappers, clients.
          String.raw`org\.postgresql|com\.mysql|org\.mariadb|oracle\.jdbc|com\.microsoft\.sqlserver|org\.h2|org\.sqlite|org\.hsqldb|org\.apache\.derby|com\.zaxxer\.hikari|com\.mchange|org\.jooq|org\.mybatis|org\.flywaydb|liquibase|com\.mongodb|org\.bson|redis\.clients|io\.lettuce|org\.redisson|com\.datastax|org\.elasticsearch|co\.elastic|org\.neo4j\.driver|com\.couchbase|org\.infinispan|com\.hazelcast|com\.github\.benmanes\.caffeine`,
          // Networking, messaging, serialisation, cloud SDKs, resilience, security.
          String.raw`io\.netty|io\.grpc|com\.google|okhttp3|okio|retrofit2|com\.squareup|feign|com\.rabbitmq|io\.nats|com\.fasterxml|org\.yaml|org\.json|com\.jayway|software\.amazon|com\.amazonaws|com\.azure|com\.microsoft\.azure|io\.github\.resilience4j|com\.netflix|io\.jsonwebtoken|com\.auth0|org\.bouncycastle`,
          // Runtime plumbing: reactive streams, logging, metrics, tracing, bytecode, tests.
          String.raw`io\.reactivex|reactor|io\.micrometer|io\.opentelemetry|io\.sentry|ch\.qos|org\.slf4j|net\.logstash|net\.bytebuddy|org\.objenesis|org\.aspectj|org\.junit|org\.mockito|org\.assertj|org\.hamcrest|org\.testcontainers|org\.spockframework|io\.kotest|graphql|dagger`,
        ].join('|') +
        String.raw`)\.`,
    ),
  },
  // The JDK and Android's core (`Enum.valueOf`, not Spring's or Guava's code).
  stdlib: { modules: /^(?:java|javax|jdk|sun|android|dalvik|libcore|kotlin)\./ },
  callsNameFailure: true,
  // A type is named as its frames' classes are (`com.shop.OrderException`, `com.shop.Errors$NotFound`).
  typeModule: (type) => (/^[\w$]{1,200}(?:\.[\w$]{1,200}){1,30}$/.test(type) ? type : undefined),
};
