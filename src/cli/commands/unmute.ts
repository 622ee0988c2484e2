// `rounds unmute <id>`: Unmute a signature (back to new, or diagnosed if it has a diagnosis).
import { SignatureActions } from '../../core/signature-actions.js';
import { cliActor } from '../actor.js';
import { printChanged } from '../action-output.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';

export const summary = 'Unmute a signature (back to new, or diagnosed if it has a diagnosis)';
export const usage = `Usage: rounds unmute <id> [--reason TEXT] [--json] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('unmute', rest, { reason: 'string', json: 'boolean' });
    if (positionals.length !== 1) throw new CliError('give exactly one signature id (see rounds unmute --help)', 2);
    const actions = new SignatureActions(store, { now: () => Date.now() });
    const sig = await actions.unmute(positionals[0], { actor: cliActor(), reason: options.reason as string | undefined });
    printChanged('unmuted', [sig], options.json === true);
    return 0;
  });
}
