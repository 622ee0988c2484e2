// PHP's own time limit for a request, max_execution_time, and where the request was when it ran out.
// The engine ends the script with the fatal error `Maximum execution time of 30 seconds exceeded`
// (the PHP manual, max_execution_time and set_time_limit), which Laravel and Symfony report as a FatalError with the
// file and line the script was at and no trace (a fatal has none). The words name no peer: by
// themselves they say only that the request ran longer than PHP allows, as a serverless function's
// `Task timed out` does (signals.ts FUNCTION_TIME_LIMIT), and the route rule says which handler.
//
// The file the fatal names says what the request was doing when the limit fell. When it is an HTTP
// client waiting on its transfer — Guzzle's curl and stream handlers (guzzle/guzzle#3166:
// `CurlFactory.php`; Lifeformwp/php-pubg#7: `CurlHandler.php on line 41`, a game API answering
// slowly; guzzle/guzzle#787: Guzzle 4's `Adapter/Curl/MultiAdapter.php`; guzzle/guzzle#971: the
// response stream's `Stream.php`), Symfony HttpClient's curl and native clients — or a database or
// Redis client waiting on its server, the request spent its time waiting on a peer that answered too
// slowly, and the client gave the call no timeout of its own below the limit (Guzzle's `timeout`
// defaults to 0, waiting indefinitely: heiseonline/shariff#107). That peer is the cause; the fatal is
// where it surfaced. Anywhere else — dompdf laying out a large table (dompdf/dompdf#1015,
// `frame.cls.php`), the application's own loop — the request's own work outgrew the limit, and the
// route rule's reading stands.
//
// Not read as a wait: a fatal of other words at the same files (`Allowed memory size … exhausted`,
// memory_limit, a resource of the process), nor the client's own timeout firing first (Guzzle's
// `cURL error 28: Operation timed out`, which names its peer and is read as that peer timing out).
import { calleeName } from '../callee-name.js';
import type { Evidence } from '../model.js';
import type { CauseFinding, CauseRule } from './table.js';

/** The engine's words, with the limit's seconds (a signature's message masks the number as `<duration>`). */
export const PHP_EXECUTION_TIME_LIMIT = /\bMaximum execution time of (\d+|<duration>)(?: seconds?)? exceeded\b/;

/**
 * Files where a PHP request waits on a peer: the HTTP clients' transfer loops and response streams,
 * and the database and Redis clients' reads, each with the client it belongs to, for the wording.
 * Written with `/`, matched with either separator: a Windows host prints
 * `\vendor\guzzlehttp\guzzle\src\Handler\CurlHandler.php` (Lifeformwp/php-pubg#7).
 */
const WAITING_PATHS: readonly [path: string, client: string][] = [
  [String.raw`guzzlehttp/guzzle/src/(?:Handler/(?:CurlHandler|CurlMultiHandler|CurlFactory|StreamHandler)|Adapter/(?:Curl/\w+|StreamAdapter))\.php`, "Guzzle's HTTP client"],
  [String.raw`guzzlehttp/(?:psr7|streams)/src/Stream\.php`, "Guzzle's response stream"],
  [String.raw`symfony/http-client/(?:(?:Curl|Native|Amp)HttpClient|Response/(?:Curl|Native|Amp|Stream)Response|Internal/\w+ClientState)\.php`, "Symfony's HTTP client"],
  [String.raw`Illuminate/Database/Connection\.php|doctrine/dbal/src/Driver/(?:PDO|Mysqli|PgSQL)/(?:Statement|Connection)\.php`, 'a database query'],
  [String.raw`predis/predis/src/Connection/(?:Stream|PhpiredisStream|PhpiredisSocket)Connection\.php`, 'a Redis call'],
];
const WAITING_FILES = WAITING_PATHS.map(([path, client]) => [new RegExp(path.replaceAll('/', String.raw`[\\/]+`), 'i'), client] as const);

/** The waiting file the fatal names, with the client it belongs to, or undefined when the request was at its own work. */
export function waitingWhenTimeLimitFell(words: string): { file: string; client: string } | undefined {
  for (const [re, client] of WAITING_FILES) {
    const m = re.exec(words);
    if (m) {
      // The file as the fatal names it, from the vendor directory on, with the line after it.
      const after = words.slice(m.index).match(/^[^\s:"'()]+(?::\d+| on line \d+)?/)?.[0] ?? m[0];
      return { file: after, client };
    }
  }
  return undefined;
}

/** The limit's seconds the words give anywhere (the message may mask them while the stack keeps them). */
function limitSeconds(words: string): string | undefined {
  for (const m of words.matchAll(new RegExp(PHP_EXECUTION_TIME_LIMIT.source, 'g'))) if (/^\d+$/.test(m[1])) return m[1];
  return undefined;
}

/** What PHP's time limit read from a signature's evidence: its words, and the waiting file when the request was waiting. */
interface TimeLimitReading {
  /** `max_execution_time (30 s)`, or without the seconds when the words masked them. */
  limit: string;
  waiting?: { file: string; client: string };
  /** The file and line the fatal names when the request was at its own work. */
  at?: string;
}

/** PHP's time limit in the evidence's words (its text, message and stack), or undefined. */
export function phpTimeLimit(ev: Evidence, text: string): TimeLimitReading | undefined {
  const words = [text, ev.message, ev.stacktraceSample ?? ''].join('\n');
  if (!PHP_EXECUTION_TIME_LIMIT.test(words)) return undefined;
  const seconds = limitSeconds(words);
  const limit = seconds ? `max_execution_time (${seconds} s)` : 'max_execution_time';
  const waiting = waitingWhenTimeLimitFell(words);
  const at = waiting ? undefined : /\bexceeded (?:in|at) ((?:[A-Za-z]:)?[^\s:"'()]+\.php(?::\d+| on line \d+)?)/.exec(words)?.[1];
  return { limit, waiting, at };
}

/**
 * A request PHP ended at max_execution_time while it waited on a peer, with no deeper service
 * failing in the trace (the rules that name that service read it): the waiting file and the limit.
 * The route rule reads it too, as it reads a peer's connection failing: the route says where the
 * call is made, not why it fails.
 */
export function phpTimeLimitWhileWaiting(ev: Evidence, text: string): (TimeLimitReading & { waiting: NonNullable<TimeLimitReading['waiting']> }) | undefined {
  const read = phpTimeLimit(ev, text);
  if (!read?.waiting) return undefined;
  const deep = ev.trace?.deepestFailingSpan;
  if (deep && deep.service !== ev.service) return undefined;
  return { ...read, waiting: read.waiting };
}

/** The request's own work past PHP's limit (the waiting file absent), for the route rule's wording. */
export function phpTimeLimitAtOwnWork(ev: Evidence, text: string): { cause: string; fix: string } | undefined {
  const read = phpTimeLimit(ev, text);
  if (!read || read.waiting) return undefined;
  return {
    cause: ` PHP ends its requests at ${read.limit}${read.at ? ` in ${read.at}` : ''}, at the request's own work rather than waiting on a call: that handler runs longer than PHP allows for those inputs, nothing it calls is shown failing.`,
    fix: ` Find what makes it slow for those inputs (the size of what it reads or renders, a loop over them), make it faster or move the work to a queued job, and raise ${read.limit} only to what the largest input needs.`,
  };
}

/**
 * PHP's max_execution_time reached while the request waited on a peer: that peer answering slowly is
 * the cause (dependency-down), above the route it was called from and the fatal's frame.
 */
export const PHP_TIME_LIMIT_WHILE_WAITING: CauseRule = {
  kind: 'dependency-down',
  test: "PHP's `Maximum execution time of N seconds exceeded` at a file where the request waits on a peer (an HTTP, database or Redis client): the peer is slow, the client's own timeout missing",
  evaluate(ev: Evidence, text: string): CauseFinding | undefined {
    const read = phpTimeLimitWhileWaiting(ev, text);
    if (!read) return undefined;
    const { limit, waiting } = read;
    const peer = ev.callee ? calleeName(ev.callee) : undefined;
    const calledThing = waiting.client === 'a database query' ? 'the database' : waiting.client === 'a Redis call' ? 'Redis' : peer ?? 'the peer that call goes to';
    const http = /HTTP|response stream/.test(waiting.client);
    return {
      kind: 'dependency-down',
      strength: 0.7,
      cause: `PHP ended ${ev.service}'s requests at ${limit} while they waited in ${waiting.client} (${waiting.file}): ${calledThing} answered too slowly, and the call had no timeout of its own shorter than the limit, so the request died of PHP's limit instead of failing the call. The fatal error is where the slow dependency surfaced, not a defect of that frame.`,
      fix: `Find the call ${ev.topInAppFrame ? `${ev.topInAppFrame} makes ` : ''}at that point and how long ${calledThing} takes to answer now (its client spans' durations, its status page); give the call a timeout well below ${limit}${http ? " (Guzzle's `timeout` and `connect_timeout`, which default to waiting indefinitely; Symfony HttpClient's `timeout` and `max_duration`)" : ''} so it fails with an error that names the peer, with a fallback or a retry later from a queue. Raising ${limit} only holds more workers waiting.`,
      numbers: [`${ev.count} occurrences ended by PHP's ${limit} in ${waiting.file}.`],
    };
  },
};
