// `rounds mute <id>`: stops investigations and notifications while the signature keeps counting.
import { SignatureActions } from '../../core/signature-actions.js';
import { cliActor } from '../actor.js';
import { printChanged } from '../action-output.js';
import { parseArgs, positiveInt } from '../args.js';
import { CliError } from '../command.js';
import { withStore } from '../store-command.js';
import { parseDurationOption, parseInstant } from '../time-args.js';

export const summary = 'Mute a signature: for a while, until a time, or until it grows by N';
export const usage = `Usage: rounds mute <id> [--for 2h | --until ISO-TIME] [--until-count N] [--reason TEXT] [--json] [--data-dir DIR]

  --for DURATION     unmute after this long (30m, 2h, 7d)
  --until TIME       unmute at this ISO 8601 time
  --until-count N    unmute once N more occurrences have been counted
  Without a condition the signature stays muted until \`rounds unmute\`.
  A time and a count may be combined: whichever comes first ends the mute.`;

export async function run(args: string[]): Promise<number> {
  return withStore(args, { write: true }, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('mute', rest, { for: 'string', until: 'string', 'until-count': 'string', reason: 'string', json: 'boolean' });
    if (positionals.length !== 1) throw new CliError('give exactly one signature id (see rounds mute --help)', 2);
    if (options.for !== undefined && options.until !== undefined) throw new CliError('give --for or --until, not both', 2);
    const forMs = typeof options.for === 'string' ? parseDurationOption('for', options.for) : undefined;
    const untilMs = typeof options.until === 'string' ? parseInstant('until', options.until) : undefined;
    const countGrowth = options['until-count'] !== undefined ? positiveInt('until-count', options['until-count'], 0) : undefined;
    const actions = new SignatureActions(store, { now: () => Date.now() });
    const sig = await actions.mute(positionals[0], { actor: cliActor(), reason: options.reason as string | undefined }, { forMs, untilMs, countGrowth });
    printChanged('muted', [sig], options.json === true);
    return 0;
  });
}
