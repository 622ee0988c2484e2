// Diagnosis through the OpenAI Chat Completions API with the official SDK. A base URL makes the
// same code talk to Ollama (`http://localhost:11434/v1`), llama.cpp's llama-server
// (`http://127.0.0.1:8080/v1`) or vLLM (`http://localhost:8000/v1`).
//
// Structured output is asked for with `response_format: json_schema`. Local servers differ:
// some honour it, some ignore it and answer in prose with a fenced JSON block, some reject the
// parameter with a 400. So the answer is parsed leniently from text when it is not clean JSON,
// and a 400 to a request with response_format is retried once without it (remembered when the
// retry works, so later diagnoses do not pay for the failed attempt again). HolmesGPT learned the same
// lesson (backends.md §5).
//
// SDK retries are off by default for the same reason as in the Anthropic adapter: the
// investigator's queue retries retryable Outcomes.
import type OpenAI from 'openai';
import { costUsd, estimateTokens, FREE, isLocalBaseUrl, type CostReporting, PriceTable } from '../../core/budget.js';
import type { Diagnosis } from '../../core/model.js';
import { failed, ok, retryable, type Clock, type Diagnoser, type DiagnosisRequest, type Outcome } from '../../core/ports.js';
import { DIAGNOSIS_JSON_SCHEMA, DIAGNOSIS_TOOL_NAME, planModelCall, type ModelCallPlan, parseAnswerText, redactAnswer } from '../../core/prompt.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { DEFAULT_RETRY_MS, retryAfterMs } from '../resilience/retry-after.js';
import { z } from 'zod';
import { optionalString, url } from '../../settings/fields.js';
import type { DiagnoserExtension } from './registry.js';

export interface OpenAIDiagnoserOptions {
  /** OPENAI_API_KEY; optional for local servers (a placeholder is sent, which they ignore). */
  apiKey?: string;
  /** OPENAI_BASE_URL, e.g. `http://localhost:11434/v1`. */
  baseURL?: string;
  /** OPENAI_MODEL. */
  model: string;
  /** Pricing; for a local server the caller passes a zero price for the model. */
  prices: PriceTable;
  /** Default 1500. */
  maxOutputTokens?: number;
  /**
   * OpenAI's newer models take `max_completion_tokens` and reject `max_tokens`; local servers
   * understand `max_tokens`. Default: `max_completion_tokens` without a base URL, else `max_tokens`.
   */
  tokenLimitParam?: 'max_tokens' | 'max_completion_tokens';
  /** Ask for json_schema output. Default true; the adapter turns it off itself on a 400 about it. */
  jsonSchema?: boolean;
  /** Per request. Default 120 s (local models on CPU are slow). */
  timeoutMs?: number;
  maxRetries?: number;
  /** Configured redaction (built-in rules plus REDACT_PATTERNS). Default: the built-in rules. */
  redactor?: Redactor;
  clock?: Clock;
  fetch?: typeof fetch;
}

/** Chat-template framing per message, rounded up. */
const FRAMING_TOKENS = 20;

/** The SDK, imported on the first diagnosis rather than at start-up (see anthropic.ts). */
let sdkModule: Promise<typeof OpenAI> | undefined;
const loadSdk = (): Promise<typeof OpenAI> => (sdkModule ??= import('openai').then((m) => m.default));

export class OpenAIDiagnoser implements Diagnoser, CostReporting {
  readonly name = 'openai';
  /** All that answered calls cost so far (see CostReporting). */
  spentUsd = 0;
  private client: OpenAI | undefined;
  private readonly maxOutputTokens: number;
  private readonly tokenParam: 'max_tokens' | 'max_completion_tokens';
  private readonly redact: (text: string) => string;
  private readonly clock: Clock;
  private useSchema: boolean;

  constructor(private readonly options: OpenAIDiagnoserOptions) {
    this.maxOutputTokens = options.maxOutputTokens ?? 1500;
    this.tokenParam = options.tokenLimitParam ?? (options.baseURL ? 'max_tokens' : 'max_completion_tokens');
    this.redact = (options.redactor ?? defaultRedactor).redact;
    this.clock = options.clock ?? { now: () => Date.now() };
    this.useSchema = options.jsonSchema ?? true;
  }

  private clientOf(Sdk: typeof OpenAI): OpenAI {
    this.client ??= new Sdk({
      apiKey: this.options.apiKey ?? 'not-needed',
      baseURL: this.options.baseURL,
      maxRetries: this.options.maxRetries ?? 0,
      timeout: this.options.timeoutMs ?? 120_000,
      fetch: this.options.fetch,
      logLevel: 'off',
    });
    return this.client;
  }

  private plan(request: DiagnosisRequest): ModelCallPlan {
    const price = this.options.prices.priceOf(this.options.model);
    return planModelCall(request.signature, request.evidence, request.budgetUsd, { redact: this.redact, price, maxOutputTokens: this.maxOutputTokens, overheadTokens: 2 * FRAMING_TOKENS });
  }

  estimateCostUsd(request: DiagnosisRequest): number {
    return this.plan(request).estimatedUsd;
  }

  async diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>> {
    const { prompt, price, inputTokens: tokens, maxOutputTokens: maxTokens, refusal } = this.plan(request);
    if (refusal) return failed(refusal);

    const body = (withSchema: boolean): OpenAI.Chat.ChatCompletionCreateParamsNonStreaming => ({
      model: this.options.model,
      // OpenAI's reasoning models reject any temperature but the default; local models answer
      // more reliably (and reproducibly) at 0.
      ...(this.options.baseURL ? { temperature: 0 } : {}),
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
      [this.tokenParam]: maxTokens,
      ...(withSchema
        ? { response_format: { type: 'json_schema' as const, json_schema: { name: DIAGNOSIS_TOOL_NAME, strict: true, schema: DIAGNOSIS_JSON_SCHEMA as unknown as Record<string, unknown> } } }
        : {}),
    });

    let Sdk: typeof OpenAI;
    try {
      Sdk = await loadSdk();
    } catch (err) {
      return failed(`the OpenAI SDK could not be loaded: ${(err as Error).message}`);
    }
    let completion: OpenAI.Chat.ChatCompletion;
    try {
      completion = await this.clientOf(Sdk).chat.completions.create(body(this.useSchema));
    } catch (err) {
      if (this.useSchema && mayRejectResponseFormat(err, Sdk)) {
        try {
          completion = await this.clientOf(Sdk).chat.completions.create(body(false));
          // Only now is it known that the schema was the problem; later calls skip it.
          this.useSchema = false;
        } catch (err2) {
          return mapError(err2, this.clock.now(), Sdk);
        }
      } else {
        return mapError(err, this.clock.now(), Sdk);
      }
    }

    const choice = completion.choices?.[0];
    if (!choice?.message) return failed('the server answered without a choice');
    const content = choice.message.content ?? '';
    const spent = completion.usage
      ? costUsd(price, completion.usage.prompt_tokens ?? 0, completion.usage.completion_tokens ?? 0)
      : // Some local servers omit usage; estimate so the ledger is not blind.
        costUsd(price, tokens, estimateTokens(content));
    this.spentUsd += spent;
    if (choice.message.refusal) return failed(`the model refused: ${choice.message.refusal}`);
    const answer = parseAnswerText(content);
    if (!answer.ok) {
      const cut = choice.finish_reason === 'length' ? ` (cut off at ${this.tokenParam} ${maxTokens})` : '';
      return failed(`${answer.error}${cut}`);
    }
    return ok({ ...redactAnswer(answer.value, this.redact), model: completion.model || this.options.model, costUsd: spent, createdMs: this.clock.now() });
  }
}

/**
 * Servers word this differently (or not at all: llama.cpp and older Ollama builds answer a bare
 * 400), so any 400/422 to a request that carried response_format earns one retry without it.
 */
function mayRejectResponseFormat(err: unknown, Sdk: typeof OpenAI): boolean {
  return err instanceof Sdk.APIError && (err.status === 400 || err.status === 422);
}

/** The SDK's own retry rule (backends.md §6): 408, 409, 429 and ≥500 are transient; other 4xx are not. */
function mapError<T>(err: unknown, nowMs: number, Sdk: typeof OpenAI): Outcome<T> {
  if (err instanceof Sdk.APIConnectionTimeoutError) return retryable('OpenAI-compatible API timed out', DEFAULT_RETRY_MS.network);
  if (err instanceof Sdk.APIConnectionError) return retryable(`OpenAI-compatible API unreachable: ${err.message}`, DEFAULT_RETRY_MS.network);
  if (err instanceof Sdk.APIError) {
    const status = err.status ?? 0;
    const detail = `OpenAI-compatible API ${status}${err.code ? ` (${err.code})` : ''}: ${err.message}`;
    const hint = retryAfterMs(err.headers, nowMs);
    const shouldRetry = err.headers?.get('x-should-retry');
    // `insufficient_quota` arrives as a 429 but is a billing state, not load.
    if (err.code === 'insufficient_quota' || shouldRetry === 'false') return failed(detail);
    if (status === 429) return retryable(detail, hint ?? DEFAULT_RETRY_MS.rateLimited);
    if (status === 408 || status === 409 || status >= 500 || shouldRetry === 'true') return retryable(detail, hint ?? DEFAULT_RETRY_MS.serverError);
    return failed(detail);
  }
  // A 200 whose body is not JSON (a proxy's error page, a cut connection): transient.
  if (err instanceof SyntaxError) return retryable(`OpenAI-compatible API sent a malformed response: ${err.message}`, DEFAULT_RETRY_MS.serverError);
  // The SDK's own refusals (no credentials, bad options) are configuration errors.
  if (err instanceof Sdk.OpenAIError) return failed(`OpenAI-compatible API: ${err.message}`);
  throw err;
}

const settings = { OPENAI_API_KEY: optionalString, OPENAI_BASE_URL: url, OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini') };

/** DIAGNOSIS_BACKEND=openai, also any server speaking its API (docs/architecture.md, "Extensions"). */
export const openaiExtension = {
  name: 'openai',
  settings,
  check: (s) => (!s.OPENAI_API_KEY && !s.OPENAI_BASE_URL ? [['OPENAI_API_KEY', 'is required when DIAGNOSIS_BACKEND is openai (or set OPENAI_BASE_URL for a local server)']] : []),
  create: (s, deps) =>
    new OpenAIDiagnoser({
      apiKey: s.OPENAI_API_KEY,
      baseURL: s.OPENAI_BASE_URL,
      model: s.OPENAI_MODEL,
      // A model served on this machine or the private network costs no money.
      prices: new PriceTable(isLocalBaseUrl(s.OPENAI_BASE_URL) ? { [s.OPENAI_MODEL]: FREE, ...deps.priceOverrides } : deps.priceOverrides),
      redactor: deps.redactor,
      clock: deps.clock,
    }),
} satisfies DiagnoserExtension<'openai', typeof settings>;
