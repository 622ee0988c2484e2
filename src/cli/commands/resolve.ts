// `rounds resolve <id>`: marks a signature resolved; a new occurrence reopens it (regression).
import { SignatureActions } from '../../core/signature-actions.js';
import { cliActor } from '../actor.js';
import { printChanged } from '../action-output.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';

export const summary = 'Mark a signature resolved (optionally in a release)';
export const usage = `Usage: rounds resolve <id> [--in-release R] [--reason TEXT] [--json] [--data-dir DIR]

  --in-release R   occurrences from releases older than R do not reopen it
  --reason TEXT    recorded in the signature's history`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('resolve', rest, { 'in-release': 'string', reason: 'string', json: 'boolean' });
    if (positionals.length !== 1) throw new CliError('give exactly one signature id (see rounds resolve --help)', 2);
    const actions = new SignatureActions(store, { now: () => Date.now() });
    const sig = await actions.resolve(positionals[0], { actor: cliActor(), reason: options.reason as string | undefined }, options['in-release'] as string | undefined);
    printChanged('resolved', [sig], options.json === true);
    return 0;
  });
}
