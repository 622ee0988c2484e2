// Entry of the `rounds` command: finds `commands/<name>.js` and runs it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  for (const name of commandNames()) lines.push(`  ${name.padEnd(12)} ${summaryOf(name)}`);
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
  const mod = await load(name);
  if (!mod) {
    console.error(`rounds: unknown command "${name}" (see rounds --help)`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(mod.usage);
    return 0;
  }
  try {
    return await mod.run(args);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`rounds ${name}: ${error.message}`);
      return error.exitCode;
    }
    // Loaded only here: the config schema (zod) is not needed to start most commands.
    const { ConfigError } = await import('../config.js');
    if (error instanceof ConfigError) {
      console.error(`rounds: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
