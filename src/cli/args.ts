// Parses a command's own options (the settings flags such as --data-dir are taken out first by
// `openStoreFromArgs`) with Node's own parser (node:util parseArgs, its tokens), then checks
// them here so every mistake gets the same one line: unknown options and missing values are
// usage errors, exit code 2.
import { parseArgs as parseTokens, type ParseArgsConfig } from 'node:util';
import { CliError } from './command.js';

export type OptionKind = 'boolean' | 'string';

export interface ParsedArgs {
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Short forms of the options most commands share; each applies where the command has the long one. */
const SHORT: Record<string, string> = { limit: 'n', status: 's', json: 'j', quiet: 'q' };

export function parseArgs(command: string, args: readonly string[], spec: Record<string, OptionKind>): ParsedArgs {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, type] of Object.entries(spec)) config[name] = { type, ...(SHORT[name] ? { short: SHORT[name] } : {}) };
  // Not strict: an unknown option or a missing value is reported below, in our words.
  const { tokens } = parseTokens({ args: [...args], options: config, strict: false, allowPositionals: true, tokens: true });
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const kind = spec[token.name];
    if (!kind) throw new CliError(`unknown option ${token.rawName} (see rounds ${command} --help)`, 2);
    if (kind === 'boolean') {
      if (token.value !== undefined) throw new CliError(`option --${token.name} takes no value`, 2);
      options[token.name] = true;
    } else {
      // `--limit --json`: the next argument is another option, not a value.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new CliError(`option --${token.name} needs a value`, 2);
      options[token.name] = token.value;
    }
  }
  return { options, positionals };
}

export function positiveInt(name: string, value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) {
    throw new CliError(`--${name} needs a positive whole number (got "${String(value)}")`, 2);
  }
  return n;
}
