// What a diagnosis may cost, decided before the call: a price table per model, a token estimate
// from text, a per-diagnosis cap and a daily cap kept in a ledger (the store's, so the
// daily total survives restarts and is shared by every process on the store).
import type { BudgetLedgerStore } from './ports.js';

/** USD per million tokens. */
export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
}

/**
 * List prices (USD / million tokens) as published by Anthropic and OpenAI for the models
 * current when this was written. Override or extend with LLM_PRICES; a model id with a date
 * suffix (`claude-sonnet-4-5-20250929`) is priced by its longest known prefix.
 */
export const DEFAULT_PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-opus-4-5': { inputPerMTok: 5, outputPerMTok: 25 },
  'claude-opus-4-1': { inputPerMTok: 15, outputPerMTok: 75 },
  'claude-opus-4': { inputPerMTok: 15, outputPerMTok: 75 },
  'claude-sonnet-4-5': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-sonnet-4': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-3-7-sonnet': { inputPerMTok: 3, outputPerMTok: 15 },
  'claude-haiku-4-5': { inputPerMTok: 1, outputPerMTok: 5 },
  'claude-3-5-haiku': { inputPerMTok: 0.8, outputPerMTok: 4 },
  'claude-3-haiku': { inputPerMTok: 0.25, outputPerMTok: 1.25 },
  'gpt-5': { inputPerMTok: 1.25, outputPerMTok: 10 },
  'gpt-5-mini': { inputPerMTok: 0.25, outputPerMTok: 2 },
  'gpt-5-nano': { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  'gpt-4.1': { inputPerMTok: 2, outputPerMTok: 8 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  o3: { inputPerMTok: 2, outputPerMTok: 8 },
  'o4-mini': { inputPerMTok: 1.1, outputPerMTok: 4.4 },
};

/**
 * An unknown model is priced like the most expensive one in the table: a budget that is wrong
 * should be wrong on the safe side. A local server (Ollama, llama.cpp, vLLM) costs nothing;
 * whether a base URL is local is the caller's decision (see `isLocalBaseUrl`), expressed as a
 * zero-price override.
 */
export const UNKNOWN_MODEL_PRICE: ModelPrice = { inputPerMTok: 15, outputPerMTok: 75 };
export const FREE: ModelPrice = { inputPerMTok: 0, outputPerMTok: 0 };

export class PriceTable {
  private readonly prices: Record<string, ModelPrice>;

  constructor(overrides: Record<string, ModelPrice> = {}, private readonly fallback: ModelPrice = UNKNOWN_MODEL_PRICE) {
    this.prices = { ...DEFAULT_PRICES, ...overrides };
  }

  /** Exact id, else the longest known prefix, else the fallback. */
  priceOf(model: string): ModelPrice {
    const exact = this.prices[model];
    if (exact) return exact;
    let best: string | undefined;
    for (const id of Object.keys(this.prices)) {
      if (model.startsWith(id) && (best === undefined || id.length > best.length)) best = id;
    }
    return best ? this.prices[best] : this.fallback;
  }

  isKnown(model: string): boolean {
    return this.priceOf(model) !== this.fallback;
  }
}

/** Parses LLM_PRICES: `{"model": {"inputPerMTok": 3, "outputPerMTok": 15}}`. Throws with the reason. */
export function parsePriceOverrides(json: string | undefined): Record<string, ModelPrice> {
  if (!json) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new Error(`LLM_PRICES is not JSON: ${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('LLM_PRICES must be a JSON object keyed by model id');
  const out: Record<string, ModelPrice> = {};
  for (const [model, price] of Object.entries(raw)) {
    const p = price as Partial<ModelPrice> | null;
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
    if (!p || !ok(p.inputPerMTok) || !ok(p.outputPerMTok)) {
      throw new Error(`LLM_PRICES["${model}"] needs non-negative numbers inputPerMTok and outputPerMTok`);
    }
    out[model] = { inputPerMTok: p.inputPerMTok, outputPerMTok: p.outputPerMTok };
  }
  return out;
}

/** True for a base URL on this machine or a private network, where a model costs no money. */
export function isLocalBaseUrl(baseUrl: string | undefined): boolean {
  if (!baseUrl) return false;
  let host: string;
  try {
    host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host === '::1' ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host)
  );
}

/**
 * Token estimate from text: one token per 4 characters of ASCII (the usual rule of thumb for
 * English and code with BPE tokenizers, which average 3.5–4.5 characters per token) and one per
 * non-ASCII character (CJK and emoji are about a token each). It is a heuristic meant to be an
 * upper bound for typical prompts, not a guarantee; the real cost is taken from the API's
 * `usage` afterwards, and the output side is bounded exactly by max_tokens.
 */
export function estimateTokens(text: string): number {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) nonAscii++;
  return Math.ceil((text.length - nonAscii) / 4) + nonAscii;
}

export function costUsd(price: ModelPrice, inputTokens: number, outputTokens: number): number {
  return (inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok) / 1e6;
}

/**
 * The largest max_tokens that keeps input + output within `budgetUsd`, capped at `configured`;
 * 0 when even the input alone is over budget.
 */
export function maxOutputTokensWithin(budgetUsd: number, inputTokens: number, price: ModelPrice, configured: number): number {
  if (price.outputPerMTok === 0) return costUsd(price, inputTokens, 0) <= budgetUsd ? configured : 0;
  const left = budgetUsd - costUsd(price, inputTokens, 0);
  if (left <= 0) return 0;
  return Math.max(0, Math.min(configured, Math.floor((left * 1e6) / price.outputPerMTok)));
}

/** The daily total of diagnosis spending, kept by the store (`BudgetLedgerStore` in ports.ts). */
export type BudgetLedger = Pick<BudgetLedgerStore, 'spentOn' | 'reserveBudget' | 'recordSpend'>;

/**
 * Implemented by diagnosers that pay per call. `spentUsd` grows by the cost of every answered
 * call, including answers that were then rejected (invalid JSON, refusals): they were billed
 * all the same, so the daily ledger must see them. A running total rather than a per-call
 * value, so a wrapper can record exactly what is new even while calls overlap.
 */
export interface CostReporting {
  readonly spentUsd: number;
}

export function isCostReporting(x: unknown): x is CostReporting {
  return typeof (x as Partial<CostReporting> | null)?.spentUsd === 'number';
}

export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export type BudgetDecision = { allowed: true } | { allowed: false; reason: string };

export interface BudgetCheck {
  estimateUsd: number;
  perDiagnosisUsd: number;
  dailyLimitUsd: number;
  spentTodayUsd: number;
}

/** Money as Rounds prints it everywhere: cents, or four decimals for amounts under a cent. */
export function formatUsd(n: number): string {
  return `$${n.toFixed(n < 0.01 && n > 0 ? 4 : 2)}`;
}
const usd = formatUsd;

/** Both caps, per diagnosis first (it does not depend on what others spent). */
export function checkBudget(c: BudgetCheck): BudgetDecision {
  if (c.estimateUsd > c.perDiagnosisUsd) {
    return { allowed: false, reason: `estimated cost ${usd(c.estimateUsd)} exceeds the per-diagnosis budget of ${usd(c.perDiagnosisUsd)}` };
  }
  if (c.spentTodayUsd + c.estimateUsd > c.dailyLimitUsd) {
    return {
      allowed: false,
      reason: `daily budget of ${usd(c.dailyLimitUsd)} would be exceeded (${usd(c.spentTodayUsd)} spent today, this diagnosis estimated at ${usd(c.estimateUsd)})`,
    };
  }
  return { allowed: true };
}
