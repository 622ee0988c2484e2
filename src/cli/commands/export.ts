// `rounds export`: every signature (merged ones included, with `mergedInto`), streamed to
// stdout as a JSON array or one JSON object per line; memory stays flat on any store size.
import { once } from 'node:events';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';
import { toDetail } from '../views.js';

export const summary = 'Export all signatures as JSON or NDJSON';
export const usage = `Usage: rounds export [--format json|ndjson] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, {}, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('export', rest, { format: 'string' });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`, 2);
    const format = options.format ?? 'json';
    if (format !== 'json' && format !== 'ndjson') throw new CliError(`--format must be json or ndjson (got "${String(format)}")`, 2);
    const out = process.stdout;
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    let n = 0;
    if (format === 'json') await write('[');
    for await (const sig of store.exportSignatures()) {
      const { occurrences: _none, ...detail } = toDetail(sig, []);
      const item = JSON.stringify(detail);
      await write(format === 'json' ? `${n ? ',' : ''}\n${item}` : `${item}\n`);
      n++;
      // Progress for people watching a long export on a terminal; pipes get the total only.
      if (n % 10_000 === 0 && process.stderr.isTTY) process.stderr.write(`\rexported ${n} signatures…`);
    }
    if (n >= 10_000 && process.stderr.isTTY) process.stderr.write('\r');
    if (format === 'json') await write(n ? '\n]\n' : ']\n');
    process.stderr.write(`exported ${n} signatures\n`);
    return 0;
  });
}
