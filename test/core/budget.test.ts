import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkBudget,
  formatUsd,
  costUsd,
  DEFAULT_PRICES,
  estimateTokens,
  FREE,
  isLocalBaseUrl,
  maxOutputTokensWithin,
  parsePriceOverrides,
  PriceTable,
  UNKNOWN_MODEL_PRICE,
  utcDay,
} from '../../src/core/budget.js';

describe('price table', () => {
  const table = new PriceTable();

  it('prices known models, dated ids by their longest prefix, unknown ones conservatively', () => {
    expect(table.priceOf('claude-sonnet-4-5')).toEqual({ inputPerMTok: 3, outputPerMTok: 15 });
    expect(table.priceOf('claude-sonnet-4-5-20250929')).toEqual(DEFAULT_PRICES['claude-sonnet-4-5']);
    // gpt-4o-mini-… must not be priced as gpt-4o.
    expect(table.priceOf('gpt-4o-mini-2024-07-18')).toEqual(DEFAULT_PRICES['gpt-4o-mini']);
    expect(table.priceOf('claude-opus-4-5-20251101')).toEqual(DEFAULT_PRICES['claude-opus-4-5']);
    expect(table.priceOf('llama3.1:8b')).toEqual(UNKNOWN_MODEL_PRICE);
    expect(table.isKnown('llama3.1:8b')).toBe(false);
    // Nothing in the table is dearer than the unknown-model fallback.
    for (const p of Object.values(DEFAULT_PRICES)) {
      expect(p.inputPerMTok).toBeLessThanOrEqual(UNKNOWN_MODEL_PRICE.inputPerMTok);
      expect(p.outputPerMTok).toBeLessThanOrEqual(UNKNOWN_MODEL_PRICE.outputPerMTok);
    }
  });

  it('takes overrides from LLM_PRICES, including a free local model', () => {
    const t = new PriceTable(parsePriceOverrides('{"llama3.1:8b": {"inputPerMTok": 0, "outputPerMTok": 0}, "gpt-4o": {"inputPerMTok": 1, "outputPerMTok": 2}}'));
    expect(t.priceOf('llama3.1:8b')).toEqual(FREE);
    expect(t.priceOf('gpt-4o')).toEqual({ inputPerMTok: 1, outputPerMTok: 2 });
    expect(new PriceTable({}, FREE).priceOf('anything-local')).toEqual(FREE);
  });

  it('rejects malformed LLM_PRICES with a reason', () => {
    expect(() => parsePriceOverrides('{oops')).toThrow(/not JSON/);
    expect(() => parsePriceOverrides('[1]')).toThrow(/JSON object/);
    expect(() => parsePriceOverrides('{"m": {"inputPerMTok": -1, "outputPerMTok": 2}}')).toThrow(/"m"/);
    expect(parsePriceOverrides(undefined)).toEqual({});
  });

  it('recognises local base URLs (the caller decides they are free)', () => {
    expect(isLocalBaseUrl('http://localhost:11434/v1')).toBe(true);
    expect(isLocalBaseUrl('http://127.0.0.1:8080/v1')).toBe(true);
    expect(isLocalBaseUrl('http://[::1]:8000/v1')).toBe(true);
    expect(isLocalBaseUrl('http://192.168.1.20:8000/v1')).toBe(true);
    expect(isLocalBaseUrl('https://api.openai.com/v1')).toBe(false);
    expect(isLocalBaseUrl(undefined)).toBe(false);
    expect(isLocalBaseUrl('not a url')).toBe(false);
  });
});

describe('estimates', () => {
  it('counts a token per 4 ASCII characters and one per non-ASCII character', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
    expect(estimateTokens('日本語')).toBe(3);
    expect(estimateTokens('x'.repeat(4000))).toBe(1000);
  });

  it('computes USD from per-million prices', () => {
    expect(costUsd({ inputPerMTok: 3, outputPerMTok: 15 }, 1_000_000, 0)).toBe(3);
    expect(costUsd({ inputPerMTok: 3, outputPerMTok: 15 }, 2000, 1000)).toBeCloseTo(0.006 + 0.015, 10);
  });

  it('shrinks max_tokens to fit the budget, and reports 0 when the input alone is over', () => {
    const price = { inputPerMTok: 3, outputPerMTok: 15 };
    expect(maxOutputTokensWithin(1, 1000, price, 1500)).toBe(1500);
    // $0.01 - 1000 input tokens ($0.003) leaves $0.007 → 466 output tokens.
    expect(maxOutputTokensWithin(0.01, 1000, price, 1500)).toBe(466);
    expect(maxOutputTokensWithin(0.001, 1000, price, 1500)).toBe(0);
    expect(maxOutputTokensWithin(0, 1000, FREE, 1500)).toBe(1500);
  });
});

describe('budget decision', () => {
  it('allows within both caps', () => {
    expect(checkBudget({ estimateUsd: 0.1, perDiagnosisUsd: 0.5, dailyLimitUsd: 10, spentTodayUsd: 9.9 })).toEqual({ allowed: true });
  });
  it('refuses over the per-diagnosis cap, saying so', () => {
    const d = checkBudget({ estimateUsd: 0.6, perDiagnosisUsd: 0.5, dailyLimitUsd: 10, spentTodayUsd: 0 });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toMatch(/estimated cost \$0\.60 exceeds the per-diagnosis budget of \$0\.50/);
  });
  it('refuses when the day would go over, saying how much was spent', () => {
    const d = checkBudget({ estimateUsd: 0.2, perDiagnosisUsd: 0.5, dailyLimitUsd: 10, spentTodayUsd: 9.9 });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toMatch(/daily budget of \$10\.00 would be exceeded \(\$9\.90 spent today/);
  });
  it('names UTC days', () => {
    expect(utcDay(Date.UTC(2026, 0, 2, 23, 59, 59))).toBe('2026-01-02');
    expect(utcDay(Date.UTC(2026, 0, 3, 0, 0, 0))).toBe('2026-01-03');
  });
});

describe('purity', () => {
  it('redact, budget and prompt import nothing but core modules and zod', () => {
    for (const f of ['redact', 'budget', 'prompt']) {
      const src = readFileSync(new URL(`../../src/core/${f}.ts`, import.meta.url), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports) expect(i, f).toMatch(/^(?:\.\/[\w-]+\.js|zod)$/);
      expect(src, f).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });
});

describe('formatUsd', () => {
  it('prints cents, and four decimals only for amounts under a cent', () => {
    expect(formatUsd(1.5)).toBe('$1.50');
    expect(formatUsd(0.0042)).toBe('$0.0042');
    expect(formatUsd(0)).toBe('$0.00');
  });
});
