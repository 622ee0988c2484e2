// `rounds tag <id> <tag…>`: labels for grouping and filtering (`rounds list --tag`).
import { SignatureActions } from '../../core/signature-actions.js';
import { cliActor } from '../actor.js';
import { printChanged } from '../action-output.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';

export const summary = 'Add tags to a signature (or remove them with --remove)';
export const usage = `Usage: rounds tag <id> <tag…> [--remove] [--json] [--data-dir DIR]`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('tag', rest, { remove: 'boolean', reason: 'string', json: 'boolean' });
    const [id, ...tags] = positionals;
    if (!id || tags.length === 0) throw new CliError('give a signature id and at least one tag (see rounds tag --help)', 2);
    const actions = new SignatureActions(store, { now: () => Date.now() });
    const by = { actor: cliActor(), reason: options.reason as string | undefined };
    const sig = options.remove ? await actions.tag(id, by, [], tags) : await actions.tag(id, by, tags);
    printChanged(options.remove ? 'untagged' : 'tagged', [sig], options.json === true);
    if (!options.json) console.log(`tags: ${sig.tags.join(', ') || '(none)'}`);
    return 0;
  });
}
