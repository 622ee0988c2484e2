// `rounds list`: the signatures, newest activity first.
import { CliError } from '../command.js';
import { openStoreFromArgs } from '../open-store.js';
import { toListItem } from '../views.js';

export const summary = 'List error signatures';
export const usage = `Usage: rounds list [--json] [--limit N] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  const opened = openStoreFromArgs(args);
  try {
    let json = false;
    let limit = 50;
    for (let i = 0; i < opened.rest.length; i++) {
      const arg = opened.rest[i];
      if (arg === '--json') json = true;
      else if (arg === '--limit') limit = Number(opened.rest[++i]);
      else throw new CliError(`unknown option ${arg} (see rounds list --help)`, 2);
    }
    if (!Number.isInteger(limit) || limit <= 0) throw new CliError('--limit needs a positive whole number', 2);
    const items = [];
    for (const sig of opened.store.iterate('last')) {
      if (sig.mergedInto) continue;
      items.push(toListItem(sig));
      if (items.length >= limit) break;
    }
    if (json) console.log(JSON.stringify(items, null, 2));
    else for (const s of items) console.log(`${s.id}  ${s.status.padEnd(13)} ${String(s.count).padStart(7)}  ${s.service}  ${s.type}: ${s.message}`);
    return 0;
  } finally {
    await opened.close();
  }
}
