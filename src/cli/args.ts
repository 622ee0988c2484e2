// Parses a command's own options (the settings flags such as --data-dir are taken out first by
// `openStoreFromArgs`). Unknown options and missing values are usage errors: exit code 2.
import { CliError } from './command.js';

export type OptionKind = 'boolean' | 'string';

export interface ParsedArgs {
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Short forms of the options most commands share; each applies where the command has the long one. */
const SHORT: Record<string, string> = { '-n': 'limit', '-s': 'status', '-j': 'json', '-q': 'quiet' };

export function parseArgs(command: string, args: readonly string[], spec: Record<string, OptionKind>): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const short = SHORT[args[i]];
    const arg = short && spec[short] ? `--${short}` : args[i];
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg.length > 1) throw new CliError(`unknown option ${arg} (see rounds ${command} --help)`, 2);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg : arg.slice(0, eq)).slice(2);
    const kind = spec[name];
    if (!kind) throw new CliError(`unknown option --${name} (see rounds ${command} --help)`, 2);
    if (kind === 'boolean') {
      if (eq !== -1) throw new CliError(`option --${name} takes no value`, 2);
      options[name] = true;
    } else {
      const value = eq !== -1 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new CliError(`option --${name} needs a value`, 2);
      options[name] = value;
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
