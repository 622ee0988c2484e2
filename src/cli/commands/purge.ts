// `rounds purge --older-than 30d`: deletes signatures whose last occurrence is older, with
// their samples, counters and index rows. Safe while `rounds serve` runs: each batch is a
// short write transaction of its own. Progress goes to stderr.
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';
import { parseDurationOption } from '../time-args.js';

export const summary = 'Delete signatures not seen for a while (--older-than 30d)';
export const usage = `Usage: rounds purge --older-than DURATION [--dry-run] [--data-dir DIR]

  --older-than D   delete signatures last seen more than D ago (e.g. 30d)
  --dry-run        only count what would be deleted
  --json           print the result as JSON`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('purge', rest, { 'older-than': 'string', 'dry-run': 'boolean', json: 'boolean' });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`, 2);
    if (typeof options['older-than'] !== 'string') throw new CliError('--older-than is required (e.g. --older-than 30d)', 2);
    const cutoffMs = Date.now() - parseDurationOption('older-than', options['older-than']);
    const cutoff = new Date(cutoffMs).toISOString();
    if (options['dry-run']) {
      const n = await store.countPurgeable(cutoffMs);
      if (options.json) console.log(JSON.stringify({ dryRun: true, wouldPurge: n, cutoff }));
      else console.log(`${n} signatures last seen before ${cutoff} would be purged`);
      return 0;
    }
    const tty = process.stderr.isTTY;
    let lastShown = 0;
    const result = await store.purgeOlderThan(cutoffMs, ({ done, total }) => {
      // A line per tenth on a pipe; an updating line on a terminal.
      if (tty) process.stderr.write(`\rpurging: ${done}/${total} signatures`);
      else if (done === total || done - lastShown >= Math.max(1, Math.ceil(total / 10))) {
        process.stderr.write(`purging: ${done}/${total} signatures\n`);
        lastShown = done;
      }
    });
    if (tty && result.purged) process.stderr.write('\n');
    if (options.json) console.log(JSON.stringify({ ...result, cutoff }));
    else console.log(`purged ${result.purged} signatures last seen before ${cutoff}${result.tombstones ? ` and ${result.tombstones} merged ones` : ''}`);
    return 0;
  });
}
