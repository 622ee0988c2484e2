// Diagnosis by Claude through the official SDK. Structured output through tool use: one tool
// whose input_schema is the diagnosis schema, and tool_choice forcing it, so the answer is the
// tool's input object rather than prose to be parsed.
//
// Retries: the SDK's own retries are off (maxRetries 0 by default). A retryable failure comes
// back as an Outcome with the server's retry-after, and the investigator's queue retries it
// later with its own backoff; retrying inside the SDK as well would multiply attempts (SDK
// retries × queue retries), hold a concurrency slot while sleeping, and spend money the budget
// check did not see.
import type Anthropic from '@anthropic-ai/sdk';
import { costUsd, formatUsd, type CostReporting, PriceTable } from '../../core/budget.js';
import type { Diagnosis } from '../../core/model.js';
import { failed, ok, retryable, type Clock, type Diagnoser, type DiagnosisRequest, type Outcome } from '../../core/ports.js';
import { DIAGNOSIS_JSON_SCHEMA, DIAGNOSIS_TOOL_NAME, planModelCall, type ModelCallPlan, validateAnswer, redactAnswer } from '../../core/prompt.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { DEFAULT_RETRY_MS, retryAfterMs } from '../resilience/retry-after.js';
import { z } from 'zod';
import { requireSettings } from '../../settings/extension.js';
import { optionalString, url } from '../../settings/fields.js';
import type { DiagnoserExtension } from './registry.js';

export interface AnthropicDiagnoserOptions {
  apiKey: string;
  /** ANTHROPIC_BASE_URL; the SDK default (https://api.anthropic.com) when absent. */
  baseURL?: string;
  /** CLAUDE_MODEL. */
  model: string;
  prices: PriceTable;
  /** Upper bound of the answer; lowered further when the per-diagnosis budget requires. Default 1500. */
  maxOutputTokens?: number;
  /** Per request. Default 120 s. */
  timeoutMs?: number;
  /** SDK-level retries. Default 0 (see the header comment). */
  maxRetries?: number;
  /** Configured redaction (built-in rules plus REDACT_PATTERNS). Default: the built-in rules. */
  redactor?: Redactor;
  clock?: Clock;
  fetch?: typeof fetch;
}

/** Anthropic documents ~300–350 extra input tokens for a forced tool's system prompt; rounded up. */
const TOOL_OVERHEAD_TOKENS = 400;
/** error.details.error_code values that mean money, not load: retrying will not help. */
const SPEND_LIMIT_CODES = /spend_limit|billing|credit|payment/i;

/**
 * The SDK, imported on the first diagnosis rather than when Rounds starts: loaded, the two LLM
 * SDKs held 12 MB of every server's heap whichever diagnoser was configured (the default sends
 * nothing anywhere), and each major garbage collection marks that heap again.
 */
let sdkModule: Promise<typeof Anthropic> | undefined;
const loadSdk = (): Promise<typeof Anthropic> => (sdkModule ??= import('@anthropic-ai/sdk').then((m) => m.default));

export class AnthropicDiagnoser implements Diagnoser, CostReporting {
  readonly name = 'anthropic';
  /** All that answered calls cost so far (see CostReporting). */
  spentUsd = 0;
  private client: Anthropic | undefined;
  private readonly maxOutputTokens: number;
  private readonly redact: (text: string) => string;
  private readonly clock: Clock;

  constructor(private readonly options: AnthropicDiagnoserOptions) {
    this.maxOutputTokens = options.maxOutputTokens ?? 1500;
    this.redact = (options.redactor ?? defaultRedactor).redact;
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  private clientOf(Sdk: typeof Anthropic): Anthropic {
    this.client ??= new Sdk({
      apiKey: this.options.apiKey,
      baseURL: this.options.baseURL,
      maxRetries: this.options.maxRetries ?? 0,
      timeout: this.options.timeoutMs ?? 120_000,
      fetch: this.options.fetch,
      // The SDK would otherwise emit spans (optionally with prompt content) into whatever tracer
      // provider this process registers, and Rounds would end up ingesting its own LLM calls.
      openTelemetry: false,
      logLevel: 'off',
    });
    return this.client;
  }

  private plan(request: DiagnosisRequest): ModelCallPlan {
    const price = this.options.prices.priceOf(this.options.model);
    return planModelCall(request.signature, request.evidence, request.budgetUsd, { redact: this.redact, price, maxOutputTokens: this.maxOutputTokens, overheadTokens: TOOL_OVERHEAD_TOKENS });
  }

  estimateCostUsd(request: DiagnosisRequest): number {
    return this.plan(request).estimatedUsd;
  }

  async diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>> {
    const { prompt, price, maxOutputTokens: maxTokens, refusal } = this.plan(request);
    if (refusal) return failed(refusal);

    let Sdk: typeof Anthropic;
    try {
      Sdk = await loadSdk();
    } catch (err) {
      return failed(`the Anthropic SDK could not be loaded: ${(err as Error).message}`);
    }
    let message: Anthropic.Message;
    try {
      message = await this.clientOf(Sdk).messages.create({
        model: this.options.model,
        max_tokens: maxTokens,
        system: prompt.system,
        messages: [{ role: 'user', content: prompt.user }],
        tools: [
          {
            name: DIAGNOSIS_TOOL_NAME,
            description: 'Report the diagnosis of the error: root cause, supporting evidence, suggested fix and an honest confidence.',
            input_schema: DIAGNOSIS_JSON_SCHEMA as unknown as Anthropic.Tool.InputSchema,
          },
        ],
        tool_choice: { type: 'tool', name: DIAGNOSIS_TOOL_NAME },
      });
    } catch (err) {
      return mapError(err, this.clock.now(), Sdk);
    }

    const spent = usageCost(price, message.usage);
    this.spentUsd += spent;
    if (message.stop_reason === 'refusal') return failed(`the model refused to answer (cost ${formatUsd(spent)})`);
    const block = message.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === DIAGNOSIS_TOOL_NAME);
    if (!block) return failed(`the model did not call ${DIAGNOSIS_TOOL_NAME} (stop_reason ${message.stop_reason})`);
    const answer = validateAnswer(block.input);
    if (!answer.ok) {
      const cut = message.stop_reason === 'max_tokens' ? ` (cut off at max_tokens ${maxTokens})` : '';
      return failed(`${answer.error}${cut}`);
    }
    return ok({ ...redactAnswer(answer.value, this.redact), model: message.model || this.options.model, costUsd: spent, createdMs: this.clock.now() });
  }
}

/** Cache writes and reads are counted as ordinary input: an upper bound, as we do not use caching. */
function usageCost(price: ReturnType<PriceTable['priceOf']>, usage: Anthropic.Usage | undefined): number {
  if (!usage) return 0;
  const input = (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
  return costUsd(price, input, usage.output_tokens ?? 0);
}

/**
 * Anthropic's documented statuses (https://docs.claude.com/en/api/errors): 429 rate_limit_error
 * and 529 overloaded_error and 5xx are transient; 400/401/403/404/413 are not; a 429 whose
 * error_code is a spend limit is about money and must not be retried.
 */
function mapError<T>(err: unknown, nowMs: number, Sdk: typeof Anthropic): Outcome<T> {
  if (err instanceof Sdk.APIConnectionTimeoutError) return retryable(`Anthropic API timed out`, DEFAULT_RETRY_MS.network);
  if (err instanceof Sdk.APIConnectionError) return retryable(`Anthropic API unreachable: ${err.message}`, DEFAULT_RETRY_MS.network);
  if (err instanceof Sdk.APIError) {
    const status = err.status ?? 0;
    const detail = `Anthropic API ${status}${err.type ? ` ${err.type}` : ''}${err.errorCode ? ` (${err.errorCode})` : ''}: ${err.apiMessage ?? err.message}`;
    const hint = retryAfterMs(err.headers, nowMs);
    if (status === 402 || (err.errorCode && SPEND_LIMIT_CODES.test(err.errorCode))) return failed(detail);
    if (status === 429) return retryable(detail, hint ?? DEFAULT_RETRY_MS.rateLimited);
    if (status === 529) return retryable(detail, hint ?? DEFAULT_RETRY_MS.overloaded);
    if (status === 408 || status === 409 || status >= 500) return retryable(detail, hint ?? DEFAULT_RETRY_MS.serverError);
    return failed(detail);
  }
  // A 200 whose body is not JSON (a proxy's error page, a cut connection): transient.
  if (err instanceof SyntaxError) return retryable(`Anthropic API sent a malformed response: ${err.message}`, DEFAULT_RETRY_MS.serverError);
  // The SDK's own refusals (no credentials, bad options) are configuration errors.
  if (err instanceof Sdk.AnthropicError) return failed(`Anthropic API: ${err.message}`);
  throw err;
}

const settings = { ANTHROPIC_API_KEY: optionalString, ANTHROPIC_BASE_URL: url, CLAUDE_MODEL: z.string().min(1).default('claude-sonnet-4-6') };

/** DIAGNOSIS_BACKEND=anthropic (docs/architecture.md, "Extensions"). */
export const anthropicExtension = {
  name: 'anthropic',
  settings,
  check: requireSettings<typeof settings>('DIAGNOSIS_BACKEND is anthropic', ['ANTHROPIC_API_KEY']),
  create: (s, deps) =>
    new AnthropicDiagnoser({ apiKey: s.ANTHROPIC_API_KEY!, baseURL: s.ANTHROPIC_BASE_URL, model: s.CLAUDE_MODEL, prices: new PriceTable(deps.priceOverrides), redactor: deps.redactor, clock: deps.clock }),
} satisfies DiagnoserExtension<'anthropic', typeof settings>;
