// The diagnosers: DIAGNOSIS_BACKEND names one of these. Adding a diagnoser is one file
// exporting its extension (settings fragment and factory) plus one line here
// (docs/architecture.md, "Extensions").
import type { ModelPrice } from '../../core/budget.js';
import type { Clock, Diagnoser } from '../../core/ports.js';
import type { Redactor } from '../../core/redact.js';
import { registry, type Extension, type SettingsShape } from '../../settings/extension.js';
import { anthropicExtension } from './anthropic.js';
import { commandExtension } from './command.js';
import { evidenceExtension } from './evidence.js';
import { openaiExtension } from './openai.js';

/** What the composition hands every diagnoser's factory. */
export interface DiagnoserDeps {
  clock: Clock;
  redactor: Redactor;
  /** LLM_PRICES, parsed. */
  priceOverrides: Record<string, ModelPrice>;
}

export type DiagnoserExtension<N extends string, S extends SettingsShape> = Extension<N, S, unknown, DiagnoserDeps, Diagnoser> & {
  /** Sends nothing anywhere: runs without the budget and redaction wrapper. */
  offline?: boolean;
};

export const diagnosers = registry([evidenceExtension, anthropicExtension, openaiExtension, commandExtension]);
