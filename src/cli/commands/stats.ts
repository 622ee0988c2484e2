// `rounds stats`: signatures by status, event totals, the investigation queue, data dir size.
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { bytes, table } from '../format.js';
import { withStore } from '../store-command.js';

export const summary = 'Signature counts by status, event totals and the data dir size';
export const usage = `Usage: rounds stats [--json] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, {}, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('stats', rest, { json: 'boolean' });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`, 2);
    const s = await store.storeStats(Date.now());
    if (options.json) {
      console.log(JSON.stringify(s, null, 2));
      return 0;
    }
    const rows = [
      ['signatures', String(s.signatures.total)],
      ...Object.entries(s.signatures.byStatus).map(([status, n]) => [`  ${status}`, String(n)]),
      ['  regressed', String(s.signatures.regressed)],
      ['  merged away', String(s.signatures.merged)],
      ['events counted', String(s.events.total)],
      ['  last hour', String(s.events.lastHour)],
      ['  last 24 hours', String(s.events.lastDay)],
      ['investigations queued', String(s.investigationsQueued)],
      ['data dir', s.dataDir.path],
      ['  on disk', bytes(s.dataDir.bytesOnDisk)],
      ['  pages in use', bytes(s.dataDir.bytesUsed)],
    ];
    console.log(table(rows));
    return 0;
  });
}
