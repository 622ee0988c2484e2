// An exception a JSON logger wrote as an object or a list rather than as text, written back as
// its runtime prints it, so that runtime's trace reader (stacktrace/*.ts) reads it as it reads a
// printed trace (embedded-trace.ts finds the fields): Monolog's normalised exception, Log4j 2's
// JsonLayout `thrown`, structlog's `dict_tracebacks`.
import { valueOf } from './log-body.js';

/** `path:line`, as Monolog writes a location. */
const LOCATION = /^(\S.{0,499}):(\d{1,7})$/;

/**
 * An exception as Monolog's formatters normalise it (NormalizerFormatter::normalizeException; its
 * JsonFormatter is Symfony's and Laravel's JSON log): `class`, `message`, `file` (`path:line`,
 * where it was thrown) and, when stack traces are included, `trace`, the call sites above it
 * (`path:line`, no function names). Written as PHP prints a trace, each location a frame of its
 * own (stacktrace/php.ts): the throw site first.
 */
export function monologTrace(error: Record<string, unknown>): string | undefined {
  const type = valueOf(error, 'class');
  const file = valueOf(error, 'file');
  if (typeof type !== 'string' || typeof file !== 'string' || !LOCATION.test(file)) return undefined;
  const message = valueOf(error, 'message');
  const trace = valueOf(error, 'trace');
  const sites = [file, ...(Array.isArray(trace) ? trace.filter((t): t is string => typeof t === 'string' && LOCATION.test(t)) : [])];
  const frames = sites.slice(0, 200).map((site, i) => {
    const [, path, line] = LOCATION.exec(site)!;
    return `#${i} ${path}(${line})`;
  });
  return `${type}: ${typeof message === 'string' ? message.split('\n', 1)[0] : ''} in ${file}\nStack trace:\n${frames.join('\n')}`;
}

/** Causes followed in a structured exception before the rest is left out. */
const MAX_CAUSES = 8;

/**
 * log4j's JsonLayout `thrown`: the throwable as an object (`name`, `message`, its frames as
 * `extendedStackTrace` objects of `class`, `method`, `file`, `line`, and its `cause` likewise),
 * written as Java prints it so the Java trace reader reads it
 * (https://logging.apache.org/log4j/2.x/manual/json-layout.html).
 */
export function log4jThrown(error: Record<string, unknown>, depth = 0): string | undefined {
  const name = valueOf(error, 'name');
  const frames = valueOf(error, 'extendedStackTrace') ?? valueOf(error, 'stackTrace');
  if (typeof name !== 'string' || !Array.isArray(frames) || !frames.every((f) => f && typeof f === 'object' && typeof (f as { method?: unknown }).method === 'string')) return undefined;
  const message = valueOf(error, 'message');
  const lines = [typeof message === 'string' && message ? `${name}: ${message}` : name];
  for (const frame of (frames as Record<string, unknown>[]).slice(0, 200)) {
    const file = frame.file;
    const line = frame.line;
    const where = typeof file === 'string' && file ? (typeof line === 'number' && line >= 0 ? `${file}:${line}` : file) : line === -2 ? 'Native Method' : 'Unknown Source';
    lines.push(`\tat ${String(frame.class ?? '')}.${String(frame.method)}(${where})`);
  }
  const cause = valueOf(error, 'cause');
  const caused = cause && typeof cause === 'object' && !Array.isArray(cause) && depth < MAX_CAUSES ? log4jThrown(cause as Record<string, unknown>, depth + 1) : undefined;
  return caused === undefined ? lines.join('\n') : `${lines.join('\n')}\nCaused by: ${caused}`;
}

/**
 * structlog's `dict_tracebacks`: the exception and its causes as a list, the raised one first,
 * each with `exc_type`, `exc_value`, `frames` (`filename`, `lineno`, `name`, `line` when kept) and
 * `is_cause` (it is the `__cause__` of the one before it; else its `__context__`). Written as
 * Python prints the chain, the innermost first (https://www.structlog.org/en/stable/exceptions.html).
 */
export function structlogTrace(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const stacks = value.slice(0, MAX_CAUSES);
  if (!stacks.every((s) => s && typeof s === 'object' && typeof (s as { exc_type?: unknown }).exc_type === 'string' && Array.isArray((s as { frames?: unknown }).frames))) return undefined;
  const printed: string[] = [];
  for (let i = stacks.length - 1; i >= 0; i--) {
    const stack = stacks[i] as { exc_type: string; exc_value?: unknown; frames: unknown[]; is_cause?: unknown };
    const lines = ['Traceback (most recent call last):'];
    for (const f of stack.frames.slice(0, 200)) {
      if (!f || typeof f !== 'object') continue;
      const frame = f as { filename?: unknown; lineno?: unknown; name?: unknown; line?: unknown };
      lines.push(`  File "${String(frame.filename ?? '')}", line ${Number(frame.lineno) || 0}, in ${String(frame.name ?? '')}`);
      if (typeof frame.line === 'string' && frame.line.trim()) lines.push(`    ${frame.line.trim()}`);
    }
    const text = typeof stack.exc_value === 'string' ? stack.exc_value : '';
    lines.push(text ? `${stack.exc_type}: ${text}` : stack.exc_type);
    printed.push(lines.join('\n'));
    if (i > 0) {
      printed.push(stack.is_cause === true ? 'The above exception was the direct cause of the following exception:' : 'During handling of the above exception, another exception occurred:');
    }
  }
  return printed.join('\n\n');
}
