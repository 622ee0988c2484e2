// `rounds split <target> <source>`: Split <source> back out of <target>, undoing a merge.
import { SignatureActions } from '../../core/signature-actions.js';
import { cliActor } from '../actor.js';
import { printChanged } from '../action-output.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';

export const summary = 'Split <source> back out of <target>, undoing a merge';
export const usage = `Usage: rounds split <target id> <source id> [--reason TEXT] [--json] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('split', rest, { reason: 'string', json: 'boolean' });
    if (positionals.length !== 2) throw new CliError('give a target id and a source id (see rounds split --help)', 2);
    const actions = new SignatureActions(store, { now: () => Date.now() });
    const { target, source } = await actions.split(positionals[0], positionals[1], { actor: cliActor(), reason: options.reason as string | undefined });
    printChanged('split', [source, target], options.json === true);
    if (!options.json) console.log(`target ${target.id} now counts ${target.count}`);
    return 0;
  });
}
