// `rounds list`: the signatures as a table (or JSON), filtered and sorted. It reads one page
// of a sort index, so it answers as fast on a store of 100,000 signatures as on ten.
import { parseTextSearch } from '../../core/text-search.js';
import { STATUS_FILTERS, type SortOrder, type StatusFilter } from '../../core/ports.js';
import { parseArgs, positiveInt } from '../args.js';
import { CliError } from '../command.js';
import { wantsColour } from '../../observability/colour.js';
import { ago } from '../format.js';
import { layoutList, MIN_MESSAGE, type ListRow } from '../list-layout.js';
import { withStore } from '../store-command.js';
import { parsePointInPast } from '../time-args.js';
import { countsWithMerged } from '../../presentation/merged.js';
import { toListItem } from '../../presentation/views.js';

export const summary = 'List error signatures (filter, sort, JSON)';
export const usage = `Usage: rounds list [options]

Options:
  --status S[,S…]   only these statuses: ${STATUS_FILTERS.join(', ')} (regressed: came
                    back after it was resolved)
  --search TEXT     only signatures whose type, message, service or culprit contain every
                    word of TEXT (ignoring case; "quote" a phrase)
  --service NAME    only this service
  --release R       only signatures seen in this release (service.version)
  --tag T           only signatures with this tag
  --since WHEN      seen since a duration ago (24h, 7d) or an ISO 8601 time
  --sort KEY        count | last | first (default last: most recently seen first)
  --asc             ascending instead of descending
  --limit N         at most N rows (default 50)
  --json            a JSON array for scripts (times in ISO 8601)
  --no-color        no colour on a terminal (NO_COLOR=1 does the same)

The table fits the terminal: the error message keeps at least ${MIN_MESSAGE} columns at 80; the
sparkline narrows, the service is cut, the sparkline goes. Times are relative ("3m ago").
Piped, lines are whole (set COLUMNS to cut them).
  --data-dir DIR    the data directory (ROUNDS_DATA_DIR, default ./data)`;

const SORTS: readonly SortOrder[] = ['count', 'last', 'first'];

export async function run(args: string[]): Promise<number> {
  return withStore(args, {}, async ({ store, rest }) => {
    const { options, positionals } = parseArgs('list', rest, {
      status: 'string',
      search: 'string',
      service: 'string',
      release: 'string',
      tag: 'string',
      since: 'string',
      sort: 'string',
      asc: 'boolean',
      limit: 'string',
      json: 'boolean',
      'no-color': 'boolean',
    });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (see rounds list --help)`, 2);
    const now = Date.now();
    const status = typeof options.status === 'string' ? options.status.split(',').map((s) => s.trim().toLowerCase()) : undefined;
    const badStatus = status?.find((s) => !(STATUS_FILTERS as readonly string[]).includes(s));
    if (badStatus !== undefined) throw new CliError(`--status "${badStatus}" is not one of ${STATUS_FILTERS.join(', ')}`, 2);
    const sort = (options.sort ?? 'last') as SortOrder;
    if (!SORTS.includes(sort)) throw new CliError(`--sort must be one of ${SORTS.join(', ')} (got "${String(options.sort)}")`, 2);
    const page = await store.listSignatures({
      sort,
      ascending: options.asc === true,
      limit: positiveInt('limit', options.limit, 50),
      status: status as StatusFilter[] | undefined,
      service: options.service as string | undefined,
      release: options.release as string | undefined,
      tag: options.tag as string | undefined,
      search: typeof options.search === 'string' ? parseTextSearch(options.search) : undefined,
      sinceMs: typeof options.since === 'string' ? parsePointInPast('since', options.since, now) : undefined,
    });
    if (options.json) {
      console.log(JSON.stringify(page.items.map(toListItem), null, 2));
      return 0;
    }
    if (page.items.length === 0) {
      console.log('No signatures match.');
      return 0;
    }
    const rows: ListRow[] = await Promise.all(page.items.map(async (sig) => ({
      id: sig.id,
      status: sig.status,
      regressed: sig.regressed,
      count: sig.count,
      lastSeen: ago(sig.lastSeenMs, now),
      hourly: await countsWithMerged(store, sig, 'hour', now - 23 * 3_600_000, now),
      service: sig.service,
      error: `${sig.type}: ${sig.message}`,
    })));
    // A terminal's width; a pipe or a file gets whole lines unless COLUMNS says otherwise.
    const width = process.stdout.isTTY ? process.stdout.columns || 80 : Number(process.env.COLUMNS) || undefined;
    console.log(layoutList(rows, width, wantsColour(process.stdout, process.env, options['no-color'] === true)).join('\n'));
    if (page.nextCursor) console.log(`(first ${page.items.length}; --limit to see more)`);
    if (page.items.some((s) => s.regressed && s.status !== 'resolved')) console.log('↺ regressed: came back after it was resolved');
    return 0;
  });
}
