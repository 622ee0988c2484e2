// `rounds list`: the signatures as a table (or JSON), filtered and sorted. It reads one page
// of a sort index, so it answers as fast on a store of 100,000 signatures as on ten.
import { SIGNATURE_STATUSES, type SignatureStatus } from '../../core/model.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { parseTextSearch } from '../../core/text-search.js';
import type { SortOrder } from '../../core/ports.js';
import { parseArgs, positiveInt } from '../args.js';
import { CliError } from '../command.js';
import { ago, sparkline, table, truncate } from '../format.js';
import { withStore } from '../store-command.js';
import { parsePointInPast } from '../time-args.js';
import { toListItem } from '../views.js';

export const summary = 'List error signatures (filter, sort, JSON)';
export const usage = `Usage: rounds list [options]

Options:
  --status S[,S…]   only these statuses: ${SIGNATURE_STATUSES.join(', ')}
  --search TEXT     only signatures whose type, message, service or culprit contain every
                    word of TEXT (ignoring case; "quote" a phrase)
  --service NAME    only this service
  --release R       only signatures seen in this release (service.version)
  --tag T           only signatures with this tag
  --since WHEN      seen since a duration ago (24h, 7d) or an ISO 8601 time
  --sort KEY        count | last | first (default last: most recently seen first)
  --asc             ascending instead of descending
  --limit N         at most N rows (default 50)
  --json            a JSON array for scripts
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
    });
    if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (see rounds list --help)`, 2);
    const now = Date.now();
    const status = typeof options.status === 'string' ? options.status.split(',').map((s) => s.trim().toLowerCase()) : undefined;
    const badStatus = status?.find((s) => !SIGNATURE_STATUSES.includes(s as SignatureStatus));
    if (badStatus !== undefined) throw new CliError(`--status "${badStatus}" is not one of ${SIGNATURE_STATUSES.join(', ')}`, 2);
    const sort = (options.sort ?? 'last') as SortOrder;
    if (!SORTS.includes(sort)) throw new CliError(`--sort must be one of ${SORTS.join(', ')} (got "${String(options.sort)}")`, 2);
    const page = await store.listSignatures({
      sort,
      ascending: options.asc === true,
      limit: positiveInt('limit', options.limit, 50),
      status: status as SignatureStatus[] | undefined,
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
    const rows: string[][] = [['ID', 'STATUS', 'COUNT', 'LAST SEEN', 'LAST 24H', 'SERVICE', 'ERROR']];
    for (const sig of page.items) {
      const hourly = await store.counts(sig.id, 'hour', now - 23 * 3_600_000, now);
      rows.push([
        sig.id,
        sig.regressed && sig.status !== 'resolved' ? `${sig.status}↺` : sig.status,
        String(sig.count),
        ago(sig.lastSeenMs, now),
        `[${sparkline(hourly)}]`,
        terminalSafe(sig.service),
        truncate(`${sig.type}: ${sig.message}`, 300),
      ]);
    }
    const width = process.stdout.columns || 160;
    const text = table(rows, [2])
      .split('\n')
      .map((line) => truncate(line, width))
      .join('\n');
    console.log(text);
    if (page.nextCursor) console.log(`(first ${page.items.length}; --limit to see more)`);
    if (page.items.some((s) => s.regressed && s.status !== 'resolved')) console.log('↺ regressed: came back after it was resolved');
    return 0;
  });
}
