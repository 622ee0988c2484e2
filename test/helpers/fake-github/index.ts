// A local server speaking the part of the GitHub REST API Rounds uses (backends.md §7):
// create, get and update issues, comment, and search issues (`q` with repo:, is:issue,
// is:open/closed, label:, in:body/in:title and quoted phrases). It checks the headers GitHub
// requires (a User-Agent, else 403; a Bearer token, else 401), sends the x-ratelimit-* headers
// with per-resource counters (core, search), answers 403 with `x-ratelimit-remaining: 0` once a
// resource is exhausted, and can stage a secondary rate limit.
import { startFakeHttp, type Fault, type FakeHttpServer, type FakeResponse, type RecordedRequest } from '../fake-llm/http.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: string[];
  repo: string;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
}

export interface FakeGitHubOptions {
  token?: string;
  /** `owner/name` of the one repository that exists. */
  repo?: string;
  /** Epoch-ms clock for rate-limit reset times (default Date.now). */
  now?: () => number;
  /** Where the API is served: '' for api.github.com, '/api/v3' as GitHub Enterprise Server does. */
  pathPrefix?: string;
}

export interface FakeGitHub extends FakeHttpServer {
  issues: FakeIssue[];
  rateLimits: Record<'core' | 'search', RateLimitState>;
  /** Requests that reached an endpoint (not rejected for headers or rate limits). */
  accepted: RecordedRequest[];
}

const SECONDARY_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

/** A 403 secondary rate limit, optionally with retry-after (seconds), for `setFault`. */
export function secondaryRateLimit(retryAfterSeconds?: number, match?: Fault['match']): Fault {
  return {
    kind: 'status',
    status: 403,
    match,
    json: { message: SECONDARY_MESSAGE, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
  };
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'ghp_fake_token_for_tests_only_000000000000';
  const repo = options.repo ?? 'acme/shop';
  const now = options.now ?? Date.now;
  const issues: FakeIssue[] = [];
  const accepted: RecordedRequest[] = [];
  const hourFromNow = () => Math.floor(now() / 1000) + 3600;
  const rateLimits: Record<'core' | 'search', RateLimitState> = {
    core: { limit: 5000, remaining: 5000, reset: hourFromNow() },
    search: { limit: 30, remaining: 30, reset: Math.floor(now() / 1000) + 60 },
  };

  const issueJson = (i: FakeIssue) => ({
    id: 1000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map((name) => ({ name })),
    comments: i.comments.length,
    url: `https://api.github.example/repos/${i.repo}/issues/${i.number}`,
    html_url: `https://github.example/${i.repo}/issues/${i.number}`,
  });
  const notFound: FakeResponse = { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

  const route = (req: RecordedRequest): FakeResponse => {
    const issuesPath = `/repos/${repo}/issues`;
    if (req.method === 'GET' && req.path === '/search/issues') return search(req.query.get('q') ?? '');
    // GET /repos/{owner}/{repo}: what `rounds check` asks to see that the token reaches the repository.
    if (req.method === 'GET' && req.path === `/repos/${repo}`) return { status: 200, json: { full_name: repo, private: false, permissions: { admin: false, push: true, pull: true } } };
    if (req.method === 'POST' && req.path === issuesPath) {
      const b = req.body as { title?: unknown; body?: unknown; labels?: unknown } | undefined;
      if (!b || typeof b.title !== 'string' || !b.title) return { status: 422, json: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] } };
      const issue: FakeIssue = {
        number: issues.length + 1,
        title: b.title,
        body: typeof b.body === 'string' ? b.body : '',
        state: 'open',
        labels: Array.isArray(b.labels) ? b.labels.map(String) : [],
        comments: [],
        repo,
      };
      issues.push(issue);
      return { status: 201, json: issueJson(issue) };
    }
    const one = new RegExp(`^${issuesPath}/(\\d+)(/comments)?$`).exec(req.path);
    if (one) {
      const issue = issues.find((i) => i.number === Number(one[1]));
      if (!issue) return notFound;
      if (one[2] && req.method === 'POST') {
        const b = req.body as { body?: unknown } | undefined;
        if (!b || typeof b.body !== 'string' || !b.body) return { status: 422, json: { message: 'Validation Failed' } };
        issue.comments.push(b.body);
        return { status: 201, json: { id: 5000 + issue.comments.length, body: b.body, html_url: `${issueJson(issue).html_url}#issuecomment-${issue.comments.length}` } };
      }
      if (!one[2] && req.method === 'GET') return { status: 200, json: issueJson(issue) };
      if (!one[2] && req.method === 'PATCH') {
        const b = (req.body ?? {}) as { title?: unknown; body?: unknown; state?: unknown };
        if (typeof b.title === 'string') issue.title = b.title;
        if (typeof b.body === 'string') issue.body = b.body;
        if (b.state === 'open' || b.state === 'closed') issue.state = b.state;
        return { status: 200, json: issueJson(issue) };
      }
    }
    return notFound;
  };

  const search = (q: string): FakeResponse => {
    const phrases: string[] = [];
    const qualifiers: [string, string][] = [];
    for (const m of q.matchAll(/"([^"]*)"|(\S+)/g)) {
      if (m[1] !== undefined) phrases.push(m[1].toLowerCase());
      else if (m[2].includes(':')) qualifiers.push(m[2].split(':', 2) as [string, string]);
      else phrases.push(m[2].toLowerCase());
    }
    if (phrases.join(' ').length > 256) return { status: 422, json: { message: 'Validation Failed', errors: [{ message: 'The search is longer than 256 characters.' }] } };
    const inBody = qualifiers.some(([k, v]) => k === 'in' && v === 'body');
    const items = issues.filter((i) => {
      for (const [k, v] of qualifiers) {
        if (k === 'repo' && v !== i.repo) return false;
        if (k === 'is' && (v === 'open' || v === 'closed') && i.state !== v) return false;
        if (k === 'is' && v === 'pr') return false;
        if (k === 'label' && !i.labels.includes(v)) return false;
      }
      const haystack = (inBody ? i.body : `${i.title}\n${i.body}`).toLowerCase();
      return phrases.every((p) => haystack.includes(p));
    });
    return { status: 200, json: { total_count: items.length, incomplete_results: false, items: items.map(issueJson) } };
  };

  const prefix = options.pathPrefix ?? '';
  const handle = (served: RecordedRequest): FakeResponse => {
    if (!served.path.startsWith(`${prefix}/`)) return notFound;
    const req = { ...served, path: served.path.slice(prefix.length) };
    const resource = req.path.startsWith('/search/') ? 'search' : 'core';
    const rl = rateLimits[resource];
    const nowSec = Math.floor(now() / 1000);
    if (nowSec >= rl.reset) {
      rl.remaining = rl.limit;
      rl.reset = resource === 'search' ? nowSec + 60 : nowSec + 3600;
    }
    const withLimits = (r: FakeResponse): FakeResponse => ({
      ...r,
      headers: {
        'x-ratelimit-limit': String(rl.limit),
        'x-ratelimit-remaining': String(rl.remaining),
        'x-ratelimit-used': String(rl.limit - rl.remaining),
        'x-ratelimit-reset': String(rl.reset),
        'x-ratelimit-resource': resource,
        'x-github-api-version-selected': '2022-11-28',
        ...r.headers,
      },
    });
    if (!req.headers['user-agent']) {
      return { status: 403, json: { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).' } };
    }
    // GitHub takes a token as `Bearer <token>` or `token <token>` (Octokit sends the latter).
    if (req.headers.authorization !== `Bearer ${token}` && req.headers.authorization !== `token ${token}`) return withLimits({ status: 401, json: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } });
    if (rl.remaining <= 0) {
      return withLimits({ status: 403, json: { message: `API rate limit exceeded for user ID 1. (But here's the good news: Authenticated requests get a higher rate limit.)`, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' } });
    }
    rl.remaining--;
    accepted.push(req);
    return withLimits(route(req));
  };

  const server = await startFakeHttp(handle);
  return Object.assign(server, { issues, rateLimits, accepted });
}
