// `rounds show <id>`: one signature with its occurrence samples.
import { AmbiguousIdError } from '../../store/signature-store.js';
import { CliError } from '../command.js';
import { openStoreFromArgs } from '../open-store.js';
import { toDetail } from '../views.js';

export const summary = 'Show one signature, its samples and diagnosis';
export const usage = `Usage: rounds show <id or unique id prefix> [--json] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  const opened = openStoreFromArgs(args);
  try {
    const json = opened.rest.includes('--json');
    const ids = opened.rest.filter((a) => !a.startsWith('--'));
    if (ids.length !== 1) throw new CliError('give exactly one signature id', 2);
    let sig;
    try {
      sig = opened.store.findSignature(ids[0]);
    } catch (error) {
      if (error instanceof AmbiguousIdError) throw new CliError(error.message);
      throw error;
    }
    if (!sig) throw new CliError(`no signature ${ids[0]}`);
    const detail = toDetail(sig, opened.store.listOccurrences(sig.id, 50));
    if (json) console.log(JSON.stringify(detail, null, 2));
    else console.log(`${detail.id} ${detail.status} ${detail.service} ${detail.type}: ${detail.message}\ncount ${detail.count}, first ${detail.firstSeen}, last ${detail.lastSeen}`);
    return 0;
  } finally {
    await opened.close();
  }
}
