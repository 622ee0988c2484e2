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
import type { RuntimeProfile } from './profile.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

// `at [classloader/][module@version/]pkg.Class.method(Source)`; bounded quantifiers only.
// Logback (Spring Boot's default) appends the packaging data of the frame's class:
// ` ~[spring-web-6.1.8.jar:6.1.8]`, ` [main/:na]` (https://logback.qos.ch/reference.html#packagingData).
// Google Play Console's and Firebase Crashlytics' reports put a space before the parenthesis
// (`at androidx.fragment.app.Fragment.requireContext (Fragment.java:2)`).
const FRAME = /^\s*at ([^\s(]{1,600}) ?\((.{0,300}?)\)(?:\s{1,8}~?\[[^\]]{0,300}\])?\s*$/;
const MORE = /^\s*\.\.\. (\d{1,6}) more\s*$/;
// Firebase Crashlytics labels the exception of a report `Fatal Exception: ` or `Non-fatal Exception: `.
const HEADER = /^(?:Exception in thread "[^"]{0,200}" |(?:Fatal|Non-fatal) Exception: )?([A-Za-z_$][\w$.]{0,300})(?::\s?(.*))?$/;
const CAUSED = /^(\s*)(Caused by|Suppressed): (.*)$/;
// Android's crash report before the exception (`E/AndroidRuntime: FATAL EXCEPTION: main`, then
// `Process: org.example.app, PID: 30834`): the runtime's words about the process, not a header.
const ANDROID_PREAMBLE = /FATAL EXCEPTION: |^\s*Process: [\w.:-]{1,200}, PID: \d{1,10}\s*$/;

function parseFrame(callee: string, source: string): RawFrame {
  // Strip `app//`, `java.base/`, `java.base@17.0.2/` class-loader and module prefixes.
  // A hidden class (lambda, JDK 15+) prints as `Foo$$Lambda$14/0x0000000800c0b040`: drop the
  // address first so the `/` left belongs to a prefix.
  const bare = callee.replace(/\/0x[0-9a-fA-F]{1,16}/, '');
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

export function looksLikeJava(text: string): boolean {
  return /^\s*at [\w$./@{}]{1,600} ?\((?:[\w$.-]{1,200}\.(?:java|kt|scala|groovy|clj|php):\d{1,7}|Unknown Source|Native Method)\)/m.test(text);
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
      const head = HEADER.exec(line.trim());
      if (head) {
        current = { type: head[1], message: head[2]?.trim() ?? '', frames: [] };
        exceptions.push(current);
      }
    } else if (current.frames.length === 0) {
      // A multi-line message continues until the first frame.
      current.message += '\n' + line;
    }
  }
  const php = exceptions.some((e) => e.frames.some((f) => f.file?.endsWith('.php')));
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
    modules: /^(?:java|javax|jakarta|jdk|sun|com\.sun|android|androidx|dalvik|libcore|com\.android|kotlin|kotlinx|scala|groovy|org\.springframework|org\.apache|org\.hibernate|org\.eclipse|org\.junit|io\.netty|io\.grpc|io\.micrometer|io\.opentelemetry|io\.reactivex|reactor|com\.fasterxml|com\.google|okhttp3|ch\.qos|org\.slf4j)\./,
  },
  // The JDK and Android's core (`Enum.valueOf`, not Spring's or Guava's code).
  stdlib: { modules: /^(?:java|javax|jdk|sun|android|dalvik|libcore|kotlin)\./ },
};
