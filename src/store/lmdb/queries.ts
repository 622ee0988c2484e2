// Filtered, sorted, paginated listing of signatures for the CLI and the API. A page walks one
// sort index from the cursor and reads only the signatures it yields, so the cost is the page
// (plus the rows a filter skips), never the size of the store.
import type { Signature, SignatureStatus } from '../../core/model.js';
import { matchesTextSearch } from '../../core/text-search.js';
import type { ListPage, ListQuery, SortOrder } from '../../core/ports.js';
import { decodeCursor, encodeCursor, sortValue } from '../list-cursor.js';
import type { LmdbSignatureStore } from './signature-store.js';

export { STATUS_FILTERS, type ListFilter, type ListPage, type ListQuery, type StatusFilter } from '../../core/ports.js';

export function matches(sig: Signature, filter: ListQuery): boolean {
  if (sig.mergedInto) return false;
  if (filter.status && filter.status.length > 0 && !filter.status.includes(sig.status) && !(sig.regressed && filter.status.includes('regressed'))) return false;
  if (filter.service !== undefined && sig.service !== filter.service) return false;
  if (filter.release !== undefined && !sig.releases.includes(filter.release)) return false;
  if (filter.sinceMs !== undefined && sig.lastSeenMs < filter.sinceMs) return false;
  if (filter.tag !== undefined && !sig.tags.includes(filter.tag)) return false;
  if (filter.search !== undefined && !matchesTextSearch(sig, filter.search)) return false;
  return true;
}

/** Largest "seen since" window sorted in memory (see `fromRecentWindow`). */
const WINDOW_CAP = 20_000;

/**
 * `--since 1h --sort count`: the signatures seen since then are a prefix of the last-seen
 * index. When that window is small, reading it and sorting it costs far less than walking the
 * count index through every signature to find the recent ones. Undefined when the window is
 * larger than the cap (the caller then walks the requested index as usual).
 */
function fromRecentWindow(store: LmdbSignatureStore, query: ListQuery, sort: SortOrder, ascending: boolean, after?: [number, string]): ListPage | undefined {
  const window: Signature[] = [];
  let scanned = 0;
  for (const sig of store.iterate('last')) {
    if (sig.lastSeenMs < query.sinceMs!) break;
    if (++scanned > WINDOW_CAP) return undefined;
    if (matches(sig, query)) window.push(sig);
  }
  const dir = ascending ? 1 : -1;
  const cmp = (a: [number, string], b: [number, string]) => (a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)) * dir;
  const key = (sig: Signature): [number, string] => [sortValue(sig, sort), sig.id];
  const rest = window.sort((a, b) => cmp(key(a), key(b))).filter((sig) => !after || cmp(key(sig), after) > 0);
  const items = rest.slice(0, query.limit);
  return { items, scanned, nextCursor: rest.length > query.limit ? encodeCursor(sort, ascending, items.at(-1)!) : undefined };
}

export function listSignatures(store: LmdbSignatureStore, query: ListQuery): ListPage {
  const sort = query.sort ?? 'last';
  const ascending = query.ascending ?? false;
  const after = query.cursor ? decodeCursor(query.cursor, sort, ascending) : undefined;
  const maxScan = query.maxScan ?? Infinity;
  if (query.sinceMs !== undefined && sort !== 'last') {
    const page = fromRecentWindow(store, query, sort, ascending, after);
    if (page) return page;
  }
  const items: Signature[] = [];
  let scanned = 0;
  let last: Signature | undefined;
  let exhausted = true;
  for (const sig of store.iterate(sort, { ascending, after })) {
    // Newest-first by last seen: everything after this row is older still.
    if (sort === 'last' && !ascending && query.sinceMs !== undefined && sig.lastSeenMs < query.sinceMs) break;
    if (items.length >= query.limit || scanned >= maxScan) {
      exhausted = false;
      break;
    }
    scanned++;
    last = sig;
    if (matches(sig, query)) items.push(sig);
  }
  return { items, scanned, nextCursor: !exhausted && last ? encodeCursor(sort, ascending, last) : undefined };
}
