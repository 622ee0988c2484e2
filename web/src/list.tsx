// `/`: signatures, filtered, searched and sorted, a page at a time with the API's cursors.
// Every control writes the URL; the page reads only the URL.
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, get } from './api';
import { Sparkline } from './charts';
import { ago, count, dateTime } from './format';
import { href, navigate, onLinkClick, useLocation } from './router';
import { StatusBadge } from './status';
import type { ListItem, ListPage } from './types';

const STATUSES = ['new', 'investigating', 'diagnosed', 'resolved', 'muted', 'regressed'];
const WINDOWS: [string, string][] = [
  ['', 'Any time'],
  ['1h', 'Last hour'],
  ['24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
];
const SORTS: [string, string][] = [
  ['last', 'Last seen'],
  ['first', 'First seen'],
  ['count', 'Events'],
];
const PAGE_SIZE = 50;
const FILTER_KEYS = ['status', 'service', 'release', 'tag', 'since', 'q', 'sort', 'order'] as const;

let searchSupport: Promise<boolean> | undefined;
/** Whether GET /api/signatures takes `q` (its OpenAPI document says); otherwise the console searches the page it has. */
function serverSearches(): Promise<boolean> {
  return (searchSupport ??= get<any>('/openapi.json')
    .then((doc) => (doc?.paths?.['/api/signatures']?.get?.parameters ?? []).some((p: { name?: string }) => p.name === 'q'))
    .catch(() => false));
}

function matches(item: ListItem, q: string): boolean {
  const needle = q.toLowerCase();
  return [item.id, item.service, item.type, item.message].some((s) => s.toLowerCase().includes(needle));
}

interface Loaded {
  items: ListItem[];
  nextCursor: string | null;
  sparks: Record<string, number[]>;
  searchedPageOnly: boolean;
}

export function ListPage() {
  const { query } = useLocation();
  const params = Object.fromEntries(FILTER_KEYS.map((k) => [k, query.get(k) ?? ''])) as Record<(typeof FILTER_KEYS)[number], string>;
  const cursor = query.get('cursor') ?? '';
  const [state, setState] = useState<{ loading: boolean; error?: string; data?: Loaded }>({ loading: true });
  const key = query.toString();

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    (async () => {
      const serverQ = params.q ? await serverSearches() : false;
      const apiQuery = new URLSearchParams();
      // `regressed` is filtered by the API like any status.
      if (params.status) apiQuery.set('status', params.status);
      for (const k of ['service', 'release', 'tag', 'since'] as const) if (params[k]) apiQuery.set(k, params[k]);
      if (params.q && serverQ) apiQuery.set('q', params.q);
      apiQuery.set('sort', params.sort || 'last');
      apiQuery.set('order', params.order || 'desc');
      apiQuery.set('limit', String(PAGE_SIZE));
      if (cursor) apiQuery.set('cursor', cursor);
      const page = await get<ListPage>(`/api/signatures?${apiQuery}`);
      // An API that does not take `q` yet: the search narrows the page that came back.
      const items = page.items.filter((i) => !params.q || serverQ || matches(i, params.q));
      const sparks = items.length ? (await get<{ sparklines: Record<string, number[]> }>(`/console/api/sparklines?ids=${items.map((i) => i.id).join(',')}`)).sparklines : {};
      if (live) setState({ loading: false, data: { items, nextCursor: page.nextCursor, sparks, searchedPageOnly: Boolean(params.q) && !serverQ } });
    })().catch((e) => live && setState({ loading: false, error: e instanceof ApiFailure ? `${e.message} (${e.code})` : String(e) }));
    return () => {
      live = false;
    };
  }, [key]);

  const apply = (changes: Partial<Record<(typeof FILTER_KEYS)[number], string>>) => navigate(href('/', { ...params, ...changes }));
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    apply(Object.fromEntries(FILTER_KEYS.map((k) => [k, String(form.get(k) ?? '').trim()])));
  };
  const sortBy = (sort: string) => apply({ sort, order: params.sort === sort || (!params.sort && sort === 'last') ? (params.order === 'asc' ? 'desc' : 'asc') : 'desc' });
  const sortState = (sort: string): 'ascending' | 'descending' | undefined => ((params.sort || 'last') === sort ? (params.order === 'asc' ? 'ascending' : 'descending') : undefined);
  const SortHeader = ({ sort, label }: { sort: string; label: string }) => (
    <th scope="col" aria-sort={sortState(sort) ?? 'none'}>
      <button type="button" class="sort" onClick={() => sortBy(sort)}>
        {label}
        <span aria-hidden="true">{sortState(sort) === 'ascending' ? ' ▲' : sortState(sort) === 'descending' ? ' ▼' : ''}</span>
      </button>
    </th>
  );

  const data = state.data;
  return (
    <main id="main">
      <h1>Signatures</h1>
      <form class="filters" onSubmit={submit} role="search" aria-label="Filter signatures" key={key}>
        <p class="search">
          <label for="f-q">Search</label>
          <input id="f-q" name="q" type="search" defaultValue={params.q} placeholder="type, message, service or id" />
        </p>
        <p>
          <label for="f-status">Status</label>
          <select id="f-status" name="status" defaultValue={params.status} onChange={(e) => apply({ status: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </p>
        <p>
          <label for="f-service">Service</label>
          <input id="f-service" name="service" defaultValue={params.service} />
        </p>
        <p>
          <label for="f-release">Release</label>
          <input id="f-release" name="release" defaultValue={params.release} />
        </p>
        <p>
          <label for="f-tag">Tag</label>
          <input id="f-tag" name="tag" defaultValue={params.tag} />
        </p>
        <p>
          <label for="f-since">Seen</label>
          <select id="f-since" name="since" defaultValue={params.since} onChange={(e) => apply({ since: (e.currentTarget as HTMLSelectElement).value })}>
            {WINDOWS.map(([v, l]) => (
              <option value={v}>{l}</option>
            ))}
          </select>
        </p>
        <p>
          <label for="f-sort">Sort by</label>
          <select id="f-sort" name="sort" defaultValue={params.sort || 'last'} onChange={(e) => apply({ sort: (e.currentTarget as HTMLSelectElement).value })}>
            {SORTS.map(([v, l]) => (
              <option value={v}>{l}</option>
            ))}
          </select>
        </p>
        <input type="hidden" name="order" value={params.order} />
        <p class="buttons">
          <button type="submit">Apply</button>
          <a href="/" onClick={onLinkClick} class="button secondary">
            Clear
          </a>
        </p>
      </form>

      <div aria-live="polite" class="status-line">
        {state.loading ? 'Loading…' : state.error ? '' : data ? `${data.items.length} signature${data.items.length === 1 ? '' : 's'} on this page` : ''}
        {data?.searchedPageOnly ? ' · search covers this page of results only (the API does not search yet)' : ''}
      </div>
      {state.error ? (
        <p class="error" role="alert">
          {state.error}
        </p>
      ) : null}

      {data ? (
        <table class="signatures">
          <caption class="visually-hidden">Signatures, {sortState(params.sort || 'last')} by {SORTS.find(([v]) => v === (params.sort || 'last'))?.[1]}</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Service</th>
              <th scope="col">Error</th>
              <SortHeader sort="count" label="Events" />
              <th scope="col">Last 24 h</th>
              <SortHeader sort="first" label="First seen" />
              <SortHeader sort="last" label="Last seen" />
            </tr>
          </thead>
          <tbody>
            {data.items.length === 0 ? (
              <tr>
                <td colSpan={7} class="empty">
                  No signatures match{data.nextCursor ? ' on this page; try the next page' : ''}.
                </td>
              </tr>
            ) : (
              data.items.map((item) => (
                <tr>
                  <td data-label="Status">
                    <StatusBadge status={item.status} regressed={item.regressed} />
                  </td>
                  <td data-label="Service">{item.service}</td>
                  <td data-label="Error" class="error-cell">
                    <a href={`/signatures/${item.id}`} onClick={onLinkClick}>
                      <span class="type">{item.type}</span>
                    </a>
                    <span class="message">{item.message}</span>
                    <span class="id">{item.id}</span>
                  </td>
                  <td data-label="Events" class="num">
                    {count(item.count)}
                  </td>
                  <td data-label="Last 24 h">
                    <Sparkline counts={data.sparks[item.id] ?? []} label={item.type} />
                  </td>
                  <td data-label="First seen">
                    <time dateTime={item.firstSeen} title={dateTime(item.firstSeen)}>
                      {ago(item.firstSeen)}
                    </time>
                  </td>
                  <td data-label="Last seen">
                    <time dateTime={item.lastSeen} title={dateTime(item.lastSeen)}>
                      {ago(item.lastSeen)}
                    </time>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      ) : null}

      <nav class="pager" aria-label="Pages">
        {cursor ? (
          <a href={href('/', params)} onClick={onLinkClick}>
            First page
          </a>
        ) : null}
        {data?.nextCursor ? (
          <a href={href('/', { ...params, cursor: data.nextCursor })} onClick={onLinkClick} rel="next">
            Next page
          </a>
        ) : null}
      </nav>
    </main>
  );
}
