// Fingerprinting entry point: the one versioned function the pipeline calls.
// How the parts are chosen is documented in docs/fingerprinting.md; each step lives in its own
// file (parsers in stacktrace/, in-app.ts, normalize.ts, parameterize.ts, miner.ts, rules.ts).
import { loggedContextType } from './dotnet-logged-context-type.js';
import type { Attributes, ErrorSource, Frame } from '../model.js';
import { ALGORITHM, digest } from './algorithm.js';
import { exceptionParts } from './exception.js';
import { InAppClassifier } from './in-app.js';
import { attributeTrace, embeddedTrace } from './embedded-trace.js';
import { withSymfonyCarrierRead } from './symfony-fatal-carrier.js';
import { phpErrorLine, phpLoggedException } from './stacktrace/php.js';
import { attributeError, bodyMessage } from './log-body.js';
import { plainText } from './plain-text.js';
import { spanNameShape } from './span-name.js';
import { handlesIncoming, SPAN_KIND_SERVER } from '../span-kind.js';
import { looksLikeYellowScreen } from './yellow-screen.js';
import { stacklessPlace, type StacklessPlace } from './stackless-place.js';
import { TemplateMiner, type BodyKind, type MinerMergeOutcome } from './miner.js';
import { statedRpcStatus } from './rpc-status.js';
import { spanFailure } from './span-failure.js';
import { codeNamedByMessage } from './code-in-message.js';
import { statedResponseStatus } from './response-status.js';
import { firstLine, messageLine } from './stock-text.js';
import { phpEngineWording } from './php-engine-wording.js';
import { withoutDuplicateKeyValue } from './duplicate-key-value.js';
import { messageFirstLine } from './head-only-line.js';
import { messageBelowTraceback } from './message-below-traceback.js';
import { hresultOf } from './hresult-message.js';
import { loggedHighlightedCode } from './highlighted-code.js';
import { parameterize } from './parameterize.js';
import { compileRules, DEFAULT, type CompiledRules } from './rules.js';
import { parseStacktrace } from './stacktrace/detect.js';
import { TraceCache } from './trace-cache.js';
import { LIMITS } from './types.js';

export { ALGORITHM, upgradeFingerprint, KNOWN_ALGORITHMS } from './algorithm.js';
export type { StoredSignature, UpgradeResult } from './algorithm.js';
export { compileRules, RuleError } from './rules.js';
export type { FingerprintRule } from './rules.js';
export { parameterize, PATTERNS } from './parameterize.js';
export { isMinerStateV2, mergeMinerStates, mergeSavedMinerStates } from './miner-merge.js';
export type { MinerMergeOutcome, MinerState } from './miner.js';

export interface FingerprintInput {
  source: ErrorSource;
  service: string;
  type?: string;
  message?: string;
  stacktrace?: string;
  /** Log body, for log records without an exception. */
  body?: string;
  severityText?: string;
  severityNumber?: number;
  spanName?: string;
  /** OTLP SpanKind number of a span (3 client, 4 producer: a call whose callee contributes). */
  spanKind?: number;
  attributes?: Attributes;
  /**
   * The runtime that produced the error, when known (the resource's `telemetry.sdk.language`
   * or `process.runtime.name`): the trace parser for it is tried first.
   */
  runtime?: string;
}

export interface FingerprintResult {
  /** Hex digest; equal for the same failure, different for different failures. */
  fingerprint: string;
  /** Version id of the algorithm, stored with every signature. */
  algorithm: string;
  /** Display type: the exception type, or the severity for a plain log. */
  type: string;
  /** Parameterised message or mined template. */
  message: string;
  /** Top in-app frame, for display. */
  culprit?: string;
  frames: Frame[];
  /** Fingerprints that now resolve to this one (e.g. two log templates merged). */
  aliases: string[];
  /** Which parts contributed and why others did not (for `rounds fingerprint --explain`). */
  explain: string[];
}

/**
 * The stateless half of fingerprinting: parsing the stack trace, choosing the crash site,
 * parameterising and hashing. It reads only the input and the in-app settings, so it can run
 * anywhere — a worker thread (ingest/fingerprint-pool.ts) — and is a plain, cloneable object.
 * The template miner's step is not in it: the miner is stateful and persisted, so it has one
 * owner, the fingerprinter that `complete`s the analysis.
 *   done — the result without the miner (the message does not contribute);
 *   mine — everything but the mined message template (the message contributes);
 *   body — a log record or span without an exception: its body's template is all of it; the
 *          body read (its line), the miner's step left to the owner.
 * Masking and tokenising the line as the miner reads it is pure too: `tokenize` adds the
 * tokens to an analysis made for another thread (a pool's worker), and the miner's owner then
 * only matches them against its templates. An analysis made where it is completed leaves them
 * to the completion, so the main thread's preparation costs what it measured before
 * (ingest/preparation-placement.ts compares it with the hand-off).
 */
export type Analysis =
  | { kind: 'done'; result: FingerprintResult; runtime: string }
  | { kind: 'mine'; partition: string; line: string; bodyKind: BodyKind; tokens?: string[]; parts: string[]; explain: string[]; messageWhy: string; type: string; culprit?: string; frames: Frame[]; runtime: string }
  | BodyAnalysis;

/** What a log record's (or an exception-less span's) fingerprint reads, all but the mined template. */
export interface BodyAnalysis {
  kind: 'body';
  service: string;
  scope: string;
  partition: string;
  /** The body's line, as the template miner reads it. */
  line: string;
  /** The line masked and tokenised as the template miner reads a log line (`tokenize`). */
  tokens?: string[];
  /** error_highlight's source line under a Ruby message (highlighted-code.ts). */
  code?: string;
  /** What a span's attributes say failed (span-failure.ts). */
  failureParts?: string[];
  type: string;
  /** A span's message when its body has no words: its name and what failed. */
  wordless: string;
  /** The explanation's lines before the template's and after it. */
  explainBefore: string[];
  explainAfter: string[];
  format: string;
}

export interface Fingerprinter {
  readonly algorithm: string;
  fingerprint(input: FingerprintInput): FingerprintResult;
  /** The stateless part of `fingerprint` (see Analysis); `complete(input, analyze(input))` equals `fingerprint(input)`. */
  analyze(input: FingerprintInput): Analysis;
  /** The analysis with its line masked and tokenised (kinds 'mine' and 'body'), for a completion on another thread. */
  tokenize(analysis: Analysis): Analysis;
  /** Finishes an analysis made by any fingerprinter with the same in-app settings: miner and rules. */
  complete(input: FingerprintInput, analysis: Analysis): FingerprintResult;
  /** True when the template miner learned something since the last `exportState`. */
  readonly dirty: boolean;
  /** JSON-serialisable miner state, to persist; clears `dirty`. */
  exportState(): unknown;
  /**
   * Merges miner state another replica saved (what the shared store holds) into this one's
   * miner, so that a template learned there is used here (miner-merge.ts). `dirty` afterwards
   * says whether this miner knows something the merged state did not.
   */
  mergeMinerState(state: unknown): MinerMergeOutcome;
  /** Templates the miner holds. */
  readonly templates: number;
}

export interface FingerprinterOptions {
  /** Previously exported miner state. */
  minerState?: unknown;
  /** Custom rules: an array of rules or `{ "rules": [...] }` (the FINGERPRINT_RULES_FILE content). */
  rules?: unknown;
  /** Globs marking frames in-app (module, file or `module.function`), e.g. `com.acme.*`. */
  inAppInclude?: string[];
  /** Globs marking frames as library code; win over `inAppInclude`. */
  inAppExclude?: string[];
  /** Drain similarity threshold for log templates (0…1, default 0.6). */
  templateSimilarity?: number;
  /** Cap on mined templates (default 100,000). */
  maxTemplates?: number;
  /** Reuse results for repeated exceptions (default true; off only to check it changes nothing). */
  cache?: boolean;
  /**
   * Build the display frames and count in-app frames (default true). Without, analysis stops
   * classifying frames at the crash site and returns no frames: for a fingerprinter whose
   * results feed only the store (custom rules, which read frames, run where detail is kept).
   */
  detail?: boolean;
}

/** Attributes that name the runtime, used as a hint when a trace's shape is ambiguous. */
const RUNTIME_HINT_KEYS = ['telemetry.sdk.language', 'process.runtime.name'];

export function createFingerprinter(options: FingerprinterOptions = {}): Fingerprinter {
  const classifier = new InAppClassifier(options);
  const miner = new TemplateMiner({ similarity: options.templateSimilarity, maxClusters: options.maxTemplates }, options.minerState);
  const rules: CompiledRules | undefined = options.rules === undefined ? undefined : compileRules(options.rules);

  // Exceptions repeat: an error storm sends the same stack trace thousands of times. An
  // analysis depends only on the trace, type, message, service, runtime hint and the place the
  // record names, so it is kept (least recently used out first): a finished result, or one
  // that still needs the template miner (kind 'mine', whose miner step `builtIn` runs on every
  // event all the same, so the miner sees each one as before). Keyed by the trace (found by a
  // sampled hash and a comparison, core/fingerprint/trace-cache.ts), then by the short fields.
  // When traffic is mostly distinct traces the inserts only cost (measured: ~30% slower on
  // all-distinct traces), so admission pauses while the hit rate of the last window is under
  // 5%, and is retried one window in eight. While it is paused the cache is not consulted either (it only
  // holds what was admitted before), and the windows that admit again find out whether
  // traffic repeats.
  type Built = FingerprintResult & { vars: () => Record<string, string | undefined> };
  type CacheEntry = Exclude<Analysis, { kind: 'body' }>;
  const cacheEnabled = options.cache !== false;
  const detail = options.detail !== false;
  const cache = new TraceCache<CacheEntry>(2048);
  const WINDOW = 1024;
  let windowLookups = 0;
  let windowHits = 0;
  let windowsPaused = 0;
  let admitting = true;

  function countLookup(hit: boolean): void {
    windowLookups++;
    if (hit) windowHits++;
    if (windowLookups < WINDOW) return;
    const rate = windowHits / windowLookups;
    windowLookups = windowHits = 0;
    if (rate >= 0.05) {
      admitting = true;
      windowsPaused = 0;
    } else {
      windowsPaused++;
      admitting = windowsPaused % 8 === 0;
    }
  }

  function analyze(given: FingerprintInput): Analysis {
    const service = given.service || '<no-service>';
    const hint = given.runtime ?? RUNTIME_HINT_KEYS.map((k) => given.attributes?.[k]).find((v): v is string => typeof v === 'string');
    // The trace and the message as lines, however the text ended them (plain-text.ts).
    // A Symfony carrier of a PHP engine error is read as the error it carries (symfony-fatal-carrier.ts).
    const plain = withSymfonyCarrierRead(withPlainText(given));
    let input = plain;
    if (!input.type && !input.stacktrace) {
      // A log record whose body prints an exception is that exception (embedded-trace.ts), and
      // one that is a PHP error printed without a trace, or Monolog's one line of a logged
      // exception, is that error (stacktrace/php.ts).
      // So is one whose attributes hold the error a log bridge was given (embedded-trace.ts).
      // A span's message that is a PHP error line is that error too: the line names its file,
      // which masked as a template's `<path>` left only the words (docs/fingerprinting.md).
      // ASP.NET's error page copied as text is the exception it shows (yellow-screen.ts), in a
      // body or a span's message alike.
      const text = input.source === 'log' ? input.body : input.message;
      const page = text !== undefined && looksLikeYellowScreen(text) ? text : undefined;
      const trace = page ?? (input.source === 'log' ? (embeddedTrace(input.body, hint) ?? phpErrorLine(input.body) ?? phpLoggedException(input.body) ?? attributeTrace(input.attributes, input.body, hint)) : phpErrorLine(input.message));
      if (trace === undefined) return readBody(given, service);
      input = { ...input, stacktrace: trace };
    }
    const printedInBody = input !== plain;
    // Where the record says it happened: contributes when no frame does (stackless-place.ts), so
    // it is part of what a cached analysis was made from.
    const place = stacklessPlace(input);
    if (!cacheEnabled) return analyzeException(input, service, hint, printedInBody, place);
    if (!admitting) {
      countLookup(false);
      return analyzeException(input, service, hint, printedInBody, place);
    }
    const trace = input.stacktrace ?? '';
    // A trace read from a log's body explains itself so (one more line): cached apart.
    const small = `${service}\u0001${hint ?? ''}\u0001${input.type ?? ''}\u0001${input.message ?? ''}${printedInBody ? '\u0001body' : ''}\u0001${place?.key ?? ''}`;
    const cached = cache.get(trace, small);
    countLookup(cached !== undefined);
    if (cached) return ownCopy(cached);
    const analysis = analyzeException(input, service, hint, printedInBody, place);
    if (analysis.kind !== 'body') cache.set(trace, small, ownCopy(analysis));
    return analysis;
  }

  /**
   * A cached analysis as its caller may change it: `builtIn` appends to a mined analysis's
   * explanation (its parts are copied too), and a result's explanation is the caller's to extend.
   */
  function ownCopy(analysis: CacheEntry): CacheEntry {
    if (analysis.kind === 'done') return { ...analysis, result: { ...analysis.result, explain: [...analysis.result.explain] } };
    return { ...analysis, parts: [...analysis.parts], explain: [...analysis.explain] };
  }

  /** The analysis's line as the miner reads it: the tokens it carries (`tokenize`), else masked here; a body as a log line. */
  function tokensOf(analysis: Exclude<Analysis, { kind: 'done' }>): string[] {
    return analysis.tokens ?? miner.tokens(analysis.line, analysis.kind === 'mine' ? analysis.bodyKind : 'log');
  }

  /** The built-in fingerprint from an analysis: the miner's step where the message contributes. */
  function builtIn(input: FingerprintInput, analysis: Analysis): Built {
    if (analysis.kind === 'body') return fromBody(input, analysis);
    if (analysis.kind === 'done') {
      const { result, runtime } = analysis;
      // Rule variables also read the span name and severity, which are not part of the analysis.
      return { ...result, vars: () => varsOf(input, result.type, result.message, result.frames, runtime) };
    }
    const { partition, bodyKind, explain, type, culprit, frames, runtime } = analysis;
    const mined = miner.addTokens(partition, tokensOf(analysis), bodyKind);
    const parts = [...analysis.parts, 'template', mined.clusterId];
    const message = mined.template;
    explain.push(`message: "${mined.template}" — contributes (${analysis.messageWhy}; mined template ${mined.clusterId})`);
    return { fingerprint: digest(parts), algorithm: ALGORITHM, type, message, culprit, frames, aliases: aliasesFor(parts, mined.absorbed), explain, vars: () => varsOf(input, type, message, frames, runtime) };
  }

  function analyzeException(input: FingerprintInput, service: string, hint: string | undefined, printedInBody: boolean, place: StacklessPlace | undefined): Analysis {
    const explain: string[] = [`service: ${service} — contributes (signatures never span services)`];
    if (printedInBody) explain.push('source: log whose body prints an exception — read as that exception');
    {
      const trace = input.stacktrace ? parseStacktrace(input.stacktrace, hint) : { runtime: 'unknown' as const, exceptions: [] };
      let p = exceptionParts(trace, classifier, input.type, input.message, detail);
      // A trace no parser reads, with no type and no message beside it (a paste of prose or of a
      // format no runtime here prints): its text is all that says which failure it is. Read as
      // nothing, every such trace of a service was one signature.
      if (!input.type && !input.message && !p.crashSite && !p.systemFrames.length && !p.message.trim() && input.stacktrace?.trim()) p = exceptionParts(trace, classifier, undefined, input.stacktrace.trim(), detail);
      // PHP's engine errors in one wording and level across the versions that word and raise them
      // differently (php-engine-wording.ts): the same statement under PHP 5, 7 and 8 is one failure.
      const engine = p.types.length <= 1 && (trace.runtime === 'php' || hint === 'php') ? phpEngineWording(withoutDuplicateKeyValue(messageLine(p.message)), p.types[0]) : undefined;
      const types = p.types.length ? p.types : ['Error'];
      // The key reads PHP 8's level; the type shown stays the one PHP printed. What the type
      // decides (whether the message says which failure, what code it names) is decided as for
      // PHP 8's too: PHP 7's warning for a built-in's argument of the wrong type is PHP 8's
      // TypeError, read alike.
      const keyTypes = engine?.type ? [engine.type] : types;
      if (engine?.type && p.types.length === 1 && engine.type !== p.types[0]) p = exceptionParts(trace, classifier, engine.type, input.message, detail);
      if (engine) explain.push(`PHP engine error: keyed as PHP 8 words and raises it (${keyTypes[0]}: ${engine.line}) — older PHP versions word or raise the same error otherwise`);
      const parts: string[] = [service, 'exception', keyTypes.join(' <- ')];
      const copies = trace.exceptions.length > 1 && p.types.length < trace.exceptions.length ? '; a link repeating the one it wraps (same type and message) counted once' : '';
      explain.push(`type chain: ${types.join(' ← ')} — contributes (${trace.exceptions.length > 1 ? `outermost first; suppressed exceptions excluded${copies}` : 'single exception'})`);
      explain.push(`stack: ${trace.runtime} format, ${p.frameCount} frames in the crash site's exception, ${p.inAppCount} in-app; line and column numbers never contribute`);
      if (p.crashSite) {
        parts.push('site', p.crashSite);
        explain.push(`crash site: ${p.crashSite} — contributes (first in-app frame of the innermost exception that has one; callers do not contribute, so other call paths group together)`);
        // An anonymous crash site is its file alone: every inline handler of an Express app's
        // one file had one key, so their failures of one type were one signature. A server or
        // consumer span is named by the route or queue the handler serves, which says which.
        if (p.crashAnonymous && input.source === 'span' && input.spanName && handlesIncoming(input.spanKind)) {
          const route = spanNameShape(input.spanName);
          parts.push('anonymous-in', route);
          explain.push(`crash site's handler: ${route} — contributes (the crash site is an anonymous function, named by its file alone; the ${input.spanKind === SPAN_KIND_SERVER ? 'server' : 'consumer'} span's name says which handler it is)`);
        }
        if (p.crashCode) {
          parts.push('site-code', p.crashCode);
          explain.push(`crash site's source line: ${p.crashCode} — contributes (the trace prints it: two failures in one function are two lines of it, and a line's code stays the same across releases where its number does not)`);
        }
        if (p.crashLiteral) {
          const literal = parameterize(p.crashLiteral);
          parts.push('literal', literal);
          explain.push(`text the code gave the runtime: ${literal} — contributes (the runtime put it in the message as written, e.g. Rust's expect: two such calls in one function are two statements, whatever template their messages mine to)`);
        }
        if (p.calls) {
          parts.push('calls', p.calls);
          explain.push(`calls: ${p.calls} — contributes (the runtime's method the crash site called, below which it raised a specific type: another such call in the same function is another failure)`);
        }
        if (p.raisedBy) {
          parts.push('raised-by', p.raisedBy);
          explain.push(`raised by the runtime's ${p.raisedBy} — contributes (the type of the .NET runtime's method holding the throw of a specific type whose message does not contribute: another runtime type under the same crash site is another failure)`);
        }
        if (p.thrownBy) {
          parts.push('thrown-by', p.thrownBy);
          explain.push(`raised by: ${p.thrownBy} — contributes (runtime code called from the crash site; the exception type is generic)`);
        }
        if (p.raisedIn) {
          parts.push('raised-in', p.raisedIn);
          explain.push(`raised in: ${p.raisedIn} — contributes (library code at the top of the trace; no type of its own and no message say which failure it was)`);
        }
        if (p.genericCaller) explain.push(`generic code's caller: ${p.genericCaller} — contributes (the crash site is generic code, written once for every type it is instantiated with, and the trace does not print the type arguments: the caller says which use of it failed)`);
        if (p.skipped.length) explain.push(`error machinery above the crash site: ${p.skipped.join(' | ')} — ignored (it builds, captures, logs or handles the error for every caller)`);
      } else if (p.systemFrames.length) {
        parts.push('system', ...p.systemFrames);
        explain.push(`crash site: no in-app frame; top library frames contribute: ${p.systemFrames.join(' | ')}`);
        // EF Core's own record of the failure names the application's context (dotnet-logged-context-type.ts).
        const context = trace.runtime === 'dotnet' ? loggedContextType(input.message, input.stacktrace) : undefined;
        if (context) {
          parts.push('context-type', context);
          explain.push(`context type: ${context} — contributes (EF Core's record names the application's DbContext whose save or query failed; the frames it logged are EF Core's alone, the same for every context)`);
        }
      } else {
        // No frame says where: the place the record itself names does (stackless-place.ts).
        if (place) {
          parts.push('place', place.key);
          explain.push(`crash site: none (no stack trace); ${place.why} — contributes`);
        } else explain.push('crash site: none (unknown or empty stack trace)');
      }
      let line = engine?.line ?? withoutDuplicateKeyValue(messageLine(p.message));
      // A runtime's own error names the code it failed on (code-in-message.ts); a source line,
      // where the trace prints one, already says which code.
      const named = p.crashCode || !line ? undefined : codeNamedByMessage(p.crashType, line);
      if (named) {
        parts.push('names-code', named);
        explain.push(`code the message names: ${named} — contributes (the runtime words its error for this mistake from the code: one type for every such mistake, and another mistake in the same function names other code)`);
      }
      const status = line ? statedResponseStatus(line) : undefined;
      if (status) {
        parts.push('response-status', status);
        explain.push(`response status: ${status} — contributes (an HTTP client's error for an unsuccessful response: the status is the class of the failure)`);
      }
      // The whole message: grpcio states the status on the lines after its first.
      const rpcStatus = statedRpcStatus(input.message && input.message.startsWith(firstLine(p.message)) ? input.message : p.message);
      if (rpcStatus) {
        parts.push('rpc-status', rpcStatus);
        explain.push(`RPC status: ${rpcStatus} — contributes (a gRPC client's error for a call that ended unsuccessfully: the status is the class of the failure)`);
      }
      const contributes = p.messageContributes && p.message !== '';
      // A Windows error code's message: the code names the failure, the system's text before it
      // is in the machine's language (hresult-message.ts).
      const hresult = contributes ? hresultOf(line) : undefined;
      if (hresult) {
        parts.push('hresult', hresult);
        explain.push(`Windows error code: ${hresult} — contributes (the text before it is the system's description in the machine's language)`);
        line = `Exception from HRESULT: ${hresult}`;
      }
      if (contributes && !p.messageVerbatim) {
        const partition = `${service}\u0000${keyTypes.join(' <- ')}\u0000${p.crashSite ?? p.systemFrames.join('|')}`;
        // At an in-app crash site only the message's template names the failure: a word it
        // echoes from the input is a value (template-tokens.ts BodyKind).
        return { kind: 'mine', partition, line, bodyKind: p.crashSite ? 'site-message' : 'message', parts, explain, messageWhy: p.messageWhy, type: types[0], culprit: p.culprit, frames: p.frames, runtime: trace.runtime };
      }
      const message = parameterize(line);
      if (contributes) {
        // Verbatim (a minified crash site): masked, not mined.
        parts.push('message', message);
        explain.push(`message: "${message}" — contributes (${p.messageWhy})`);
      } else explain.push(`message: ${p.message ? p.messageWhy : 'empty'}`);
      return { kind: 'done', runtime: trace.runtime, result: { fingerprint: digest(parts), algorithm: ALGORITHM, type: types[0], message, culprit: p.culprit, frames: p.frames, aliases: [], explain } };
    }
  }

  /**
   * A log record (or an error span) without an exception: its body's template is the failure.
   * Everything but the miner's match, which `fromBody` makes (the miner has one owner).
   */
  function readBody(input: FingerprintInput, service: string): BodyAnalysis {
    const explainBefore: string[] = [`service: ${service} — contributes (signatures never span services)`];
    const raw = input.body ?? input.message ?? '';
    const body = bodyMessage(raw, LIMITS.maxMessageChars);
    // A plain log message, then the error its attributes name (log-body.ts attributeError).
    const error = input.source === 'log' && body.format === 'text' ? attributeError(input.attributes) : undefined;
    const text = error === undefined ? body.text : [body.text, error].filter(Boolean).join(': ');
    const format = body.format;
    const spanName = input.source === 'span' ? spanNameShape(input.spanName ?? '') : '';
    const scope = input.source === 'span' ? `span:${spanName}` : 'log';
    // Knot Resolver's message under its traceback stands in for its first line (message-below-traceback.ts).
    const line = withoutDuplicateKeyValue(messageBelowTraceback(text) ?? messageFirstLine(text));
    explainBefore.push(`${input.source === 'span' ? `span name: ${input.spanName ?? '<none>'} — contributes${spanName !== (input.spanName ?? '') ? ` as ${spanName} (what names one request masked)` : ''}` : 'source: log without exception'}`);
    const explainAfter: string[] = [];
    // A Ruby error's message logged without its trace keeps error_highlight's source line on the
    // lines the template does not read: two statements' NameErrors (`uninitialized constant …`)
    // share the template and differ there (highlighted-code.ts).
    const code = format === 'text' ? loggedHighlightedCode(text) : undefined;
    if (code) explainAfter.push(`highlighted source line: ${code} — contributes (error_highlight printed it under the message: the statement that failed)`);
    const failure = input.source === 'span' ? spanFailure(input.attributes, input.spanKind) : undefined;
    if (failure) explainAfter.push(failure.explain);
    explainAfter.push(`severity: ${input.severityText ?? input.severityNumber ?? '<none>'} — ignored (the same line logged at WARN and ERROR is one failure)`);
    const type = input.severityText || (input.source === 'span' ? 'span' : 'log');
    // A span that failed by its status alone has no words of its own: it is shown by its name and
    // what its attributes say (`HTTP POST: http 503 from payments.internal`).
    const wordless = input.source === 'span' ? [input.spanName, failure?.summary].filter(Boolean).join(': ') : '';
    return { kind: 'body', service, scope, partition: `${service}\u0000${scope}`, line, ...(code ? { code } : {}), ...(failure ? { failureParts: failure.parts } : {}), type, wordless, explainBefore, explainAfter, format };
  }

  /** A body's fingerprint from its reading: the miner's step. */
  function fromBody(input: FingerprintInput, read: BodyAnalysis): Built {
    const mined = miner.addTokens(read.partition, tokensOf(read));
    const parts = [read.service, read.scope, 'template', mined.clusterId];
    if (read.code) parts.push('highlighted-code', read.code);
    if (read.failureParts) parts.push('failure', ...read.failureParts);
    const explain = [...read.explainBefore, `template: "${mined.template}" — contributes (${read.format} body; mined cluster ${mined.clusterId}${mined.mined ? '' : ', miner full: masked text used'})`, ...read.explainAfter];
    const { type } = read;
    const message = mined.template || read.wordless;
    return { fingerprint: digest(parts), algorithm: ALGORITHM, type, message, frames: [], aliases: aliasesFor(parts, mined.absorbed), explain, vars: () => varsOf(input, type, message, [], 'unknown') };
  }

  function aliasesFor(parts: string[], absorbed: string[]): string[] {
    if (!absorbed.length) return [];
    const i = parts.lastIndexOf('template');
    return absorbed.map((id) => digest([...parts.slice(0, i + 1), id, ...parts.slice(i + 2)]));
  }

  const fingerprinter: Fingerprinter = {
    algorithm: ALGORITHM,
    get dirty() {
      return miner.dirty;
    },
    exportState: () => miner.exportState(),
    mergeMinerState: (state) => miner.mergeState(state),
    get templates() {
      return miner.size;
    },
    analyze,
    tokenize(analysis) {
      return analysis.kind === 'done' ? analysis : { ...analysis, tokens: tokensOf(analysis) };
    },
    fingerprint(input) {
      return fingerprinter.complete(input, analyze(input));
    },
    complete(input, analysis) {
      // Without rules a finished analysis is the result as it stands (no rule variables to bind).
      if ((!rules || rules.length === 0) && analysis.kind === 'done') return { ...analysis.result };
      const base = builtIn(input, analysis);
      const { vars, ...result } = base;
      if (!rules || rules.length === 0) return result;
      const hit = rules.apply({
        service: input.service,
        type: result.type,
        message: result.message,
        rawMessage: input.message ?? input.body ?? '',
        severity: input.severityText ?? '',
        source: input.source,
        frames: result.frames,
        attributes: input.attributes ?? {},
        vars: vars(),
      });
      if (!hit) {
        result.explain.push(`rules: none of ${rules.length} matched`);
        return result;
      }
      const parts = hit.parts.map((p) => (p === DEFAULT ? `default:${result.fingerprint}` : `literal:${p}`));
      const keepsDefault = hit.parts.includes(DEFAULT);
      const fingerprint = digest(['rule', ...parts]);
      const label = hit.rule.name ? `"${hit.rule.name}"` : `#${hit.index}`;
      result.explain.push(`rule ${label}: matched — fingerprint from [${hit.parts.map((p) => (p === DEFAULT ? '{{ default }}' : JSON.stringify(p))).join(', ')}]${keepsDefault ? ' (extends the built-in one)' : ' (replaces the built-in one)'}`);
      // Absorbed templates map through the same rule only when the rule keeps the default.
      const aliases = keepsDefault ? result.aliases.map((a) => digest(['rule', ...hit.parts.map((p) => (p === DEFAULT ? `default:${a}` : `literal:${p}`))])) : [];
      return { ...result, fingerprint, aliases };
    },
  };
  return fingerprinter;
}

function varsOf(input: FingerprintInput, type: string, message: string, frames: Frame[], runtime: string): Record<string, string | undefined> {
  const top = frames.find((f) => f.inApp) ?? frames[0];
  return {
    service: input.service,
    type,
    'error.type': type,
    message,
    value: message,
    'error.value': message,
    function: top?.function,
    module: top?.module,
    file: top?.file?.replace(/\\/g, '/').split('/').pop(),
    'stack.function': top?.function,
    'stack.module': top?.module,
    severity: input.severityText,
    level: input.severityText,
    span: input.spanName,
    transaction: input.spanName,
    source: input.source,
    runtime,
  };
}

/** The input with its trace and message read as plain lines (plain-text.ts); the same object when they already are. */
function withPlainText(input: FingerprintInput): FingerprintInput {
  const stacktrace = input.stacktrace === undefined ? undefined : plainText(input.stacktrace);
  const message = input.message === undefined ? undefined : plainText(input.message);
  return stacktrace === input.stacktrace && message === input.message ? input : { ...input, stacktrace, message };
}
