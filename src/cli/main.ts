// Entry of the `rounds` command: finds `commands/<name>.js` and runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { terminalSafe } from '../core/terminal-text.js';
import { CliError, type CommandModule } from './command.js';

const commandsDir = fileURLToPath(new URL('./commands/', import.meta.url));

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function load(name: string): Promise<CommandModule | undefined> {
  if (!/^[a-z][a-z-]*$/.test(name) || !commandNames().includes(name)) return undefined;
  return (await import(`./commands/${name}.js`)) as CommandModule;
}

/**
 * The one-line summary of a command, read from its compiled file rather than imported:
 * importing every command would load every dependency (the OTel SDK for `demo`, …) just to
 * print the help.
 */
function summaryOf(name: string): string {
  const text = readFileSync(`${commandsDir}${name}.js`, 'utf8');
  return /export const summary = (['"`])(.*?)\1;/.exec(text)?.[2] ?? '';
}

async function help(): Promise<string> {
  const lines = ['Usage: rounds <command> [options]', '', 'Commands:'];
  for (const name of commandNames()) lines.push(`  ${name.padEnd(15)} ${summaryOf(name)}`);
  lines.push('', 'Run `rounds <command> --help` for the options of one command.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { createRequire } = await import('node:module');
    console.log(createRequire(import.meta.url)('../../../package.json').version);
    return 0;
  }
  // `rounds export | head` closes the pipe early: end quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const mod = await load(name);
  if (!mod) {
    const nearest = nearestCommand(name, commandNames());
    console.error(`rounds: unknown command "${name}"${nearest ? ` — did you mean "${nearest}"?` : ''} (see rounds --help)`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(mod.usage);
    return 0;
  }
  try {
    return await mod.run(args);
  } catch (error) {
    // Loaded only here: the config schema (zod) is not needed to start most commands.
    const { ConfigError } = await import('../config.js');
    const failure =
      error instanceof CliError
        ? { message: error.message, exitCode: error.exitCode, prefix: `rounds ${name}`, code: error.code }
        : error instanceof ConfigError
          ? { message: error.message, exitCode: 2, prefix: 'rounds', code: undefined }
          : undefined;
    if (!failure) throw error;
    // With --json the caller parses stdout, so the failure is JSON there too.
    if (args.includes('--json') || args.includes('-j')) console.log(JSON.stringify({ error: { ...(failure.code ? { code: failure.code } : {}), message: failure.message, exitCode: failure.exitCode } }));
    // Messages can quote stored text (a service name in an ambiguous-id list): escapes shown, not run.
    else console.error(`${failure.prefix}: ${terminalSafe(failure.message)}`);
    return failure.exitCode;
  }
}

/** The command a mistyped name most likely meant: a prefix, or at most two edits away. */
export function nearestCommand(typed: string, names: readonly string[]): string | undefined {
  const prefixed = names.filter((n) => n.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) return undefined; // `res`: reset or resolve? Guessing would mislead.
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
