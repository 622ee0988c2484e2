// One GitHub issue per signature (REST API, backends.md §7). The issue body carries a hidden
// marker `<!-- rounds-fingerprint: <fingerprint> -->`; the issue is found again through the
// search API (results cached locally: search allows 30 requests/min and may return incomplete
// results) and updated rather than duplicated: a re-diagnosis rewrites the body and comments,
// a regression reopens it and comments. A backlog summary (BacklogReport) opens an issue of its own.
//
// The REST calls go through Octokit, GitHub's own client, with its throttling plugin for the
// rate limits GitHub documents (docs.github.com, "Rate limits for the REST API"): a primary
// limit (403/429 with x-ratelimit-remaining 0) is waited out until x-ratelimit-reset, a
// secondary limit for its retry-after (60 s without one); content-creating calls are spaced by
// `mutationIntervalMs` and searches by `searchIntervalMs`, as GitHub's guidance for avoiding
// secondary limits asks. Waits up to `maxInlineWaitMs` happen inside one notify(); longer ones
// return a retryable Outcome for the queue. The retry plugin retries 5xx and network failures
// a few times with backoff and never a 4xx.
import { failed, ok, retryable, type BacklogReport, type Clock, type IssueNumberCache, type Notifier, type Outcome, type Report } from '../../core/ports.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { retryAfterMs } from '../resilience/retry-after.js';
import { backlogMarkdown, backlogTitle, fingerprintMarker, redactBacklog, reportMarkdown, reportTitle, redactReport } from './format.js';
import { z } from 'zod';
import { Octokit } from '@octokit/core';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import Bottleneck from 'bottleneck';
import { requireSettings } from '../../settings/extension.js';
import { httpUrl, optionalString } from '../../settings/fields.js';
import type { NotifierExtension } from './registry.js';

/** Where fingerprint → issue number is remembered (a Map in memory; LMDB-backed if wired so). */
export type { IssueNumberCache };

export interface GitHubIssueNotifierOptions {
  token: string;
  /** GITHUB_REPO, `owner/name`. */
  repo: string;
  /** GITHUB_API_URL. Default https://api.github.com. */
  apiUrl?: string;
  /** Default ['rounds']. Dropped silently by GitHub when the token lacks push access. */
  labels?: string[];
  cache?: IssueNumberCache;
  /** Longest rate-limit wait slept through inside one notify(); longer → retryable. Default 60 s. */
  maxInlineWaitMs?: number;
  /** Gap between POST/PATCH calls (three times that between those that notify people). Default 1000 ms (GitHub's guidance, the plugin's default). */
  mutationIntervalMs?: number;
  /** Gap between searches. Default 2000 ms (search allows 30 requests a minute). */
  searchIntervalMs?: number;
  /** Per request. Default 15 s. */
  timeoutMs?: number;
  /** Retries of a 5xx or network failure before the outcome is retryable. Default 2. */
  retries?: number;
  /**
   * Milliseconds per second of a GitHub-given wait (retry-after, reset) and of the retry
   * plugin's backoff. 1000 except in tests, which shrink GitHub's seconds to stay fast.
   */
  secondMs?: number;
  userAgent?: string;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Where Octokit's and the plugins' warnings go (never with the token). Default: dropped. */
  warn?: (message: string) => void;
  /** Told of each rate-limit wait taken inline, in GitHub's seconds, before it starts. */
  onWait?: (seconds: number, limit: 'primary' | 'secondary') => void;
  /** Configured redaction (built-in rules plus REDACT_PATTERNS). Default: the built-in rules. */
  redactor?: Redactor;
}

interface Response<T> {
  status: number;
  json: T;
}

interface IssueJson {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  body?: string | null;
  pull_request?: unknown;
}

/** GitHub rejects issue bodies over 65,536 characters. */
const MAX_BODY = 60_000;
/** Rate-limit waits the throttling plugin retries within one call before giving the wait to the queue. */
const MAX_LIMIT_RETRIES = 3;

/** The media type and API version GitHub's REST documentation asks every call to name. */
const API_HEADERS = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

const ThrottledOctokit = Octokit.plugin(throttling, retry);

export class GitHubIssueNotifier implements Notifier {
  readonly name = 'github_issue';
  private readonly octokit: InstanceType<typeof ThrottledOctokit>;
  private readonly cache: IssueNumberCache;
  private readonly clock: Clock;
  private readonly redact: (text: string) => string;

  constructor(private readonly options: GitHubIssueNotifierOptions) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(options.repo)) throw new Error(`GitHub repository must be owner/name, got "${options.repo}"`);
    this.cache = options.cache ?? memoryCache();
    this.clock = options.clock ?? { now: () => Date.now() };
    this.redact = (options.redactor ?? defaultRedactor).redact;
    const maxInlineWaitMs = options.maxInlineWaitMs ?? 60_000;
    const secondMs = options.secondMs ?? 1000;
    const timeoutMs = options.timeoutMs ?? 15_000;
    const baseFetch = options.fetch ?? globalThis.fetch;
    const warn = options.warn ?? (() => undefined);
    // The plugin calls these with the wait in seconds; true waits and retries.
    const onLimit = (limit: 'primary' | 'secondary') => (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
      const wait = retryAfter * 1000 <= maxInlineWaitMs && retryCount < MAX_LIMIT_RETRIES;
      if (wait) {
        warn(`GitHub ${limit} rate limit: waiting ${retryAfter} s`);
        options.onWait?.(retryAfter, limit);
      }
      return wait;
    };
    this.octokit = new ThrottledOctokit({
      baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'rounds-error-diagnosis',
      auth: options.token,
      request: { fetch: (url: string, init: RequestInit) => baseFetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) }) },
      // Octokit's own messages name the method and URL, never the authorization header.
      log: { debug: () => undefined, info: () => undefined, warn, error: warn },
      throttle: {
        // Per notifier, so two notifiers (or two tests) never queue behind each other.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.mutationIntervalMs ?? 1000 }),
        // Calls that notify people (a new issue, a comment) get three times the gap, as the plugin's defaults do.
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * (options.mutationIntervalMs ?? 1000) }),
        search: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.searchIntervalMs ?? 2000 }),
        retryAfterBaseValue: secondMs,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
      // 403 and 429 are rate limits: the throttling plugin's to wait out, or the queue's.
      retry: { retries: options.retries ?? 2, retryAfterBaseValue: secondMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    });
  }

  /** Per fingerprint, the notify in progress: two at once would both search, miss, and both create. */
  private readonly inflight = new Map<string, Promise<unknown>>();

  async notify(report: Report): Promise<Outcome<{ location?: string }>> {
    const fp = report.signature.fingerprint;
    const before = this.inflight.get(fp) ?? Promise.resolve();
    const mine = before.then(() => this.notifyOne(report));
    const settled = mine.catch(() => undefined);
    this.inflight.set(fp, settled);
    void settled.then(() => {
      if (this.inflight.get(fp) === settled) this.inflight.delete(fp);
    });
    return mine;
  }

  /**
   * A backlog summary opens an issue of its own (label `rounds`): it names no signature, so
   * there is none to update, and summaries come at most once per interval.
   */
  async notifyBacklog(report: BacklogReport): Promise<Outcome<{ location?: string }>> {
    const text = noMentions(backlogMarkdown(report, this.redact));
    const res = await this.call<IssueJson>(`POST /repos/${this.options.repo}/issues`, { data: {
      title: this.redact(`[Rounds] ${backlogTitle(redactBacklog(report, this.redact))}`),
      body: text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n\n… (truncated)\n` : text,
      labels: this.options.labels ?? ['rounds'],
    } });
    if (res.status !== 'ok') return res;
    if (res.value.status !== 201) return failed(`GitHub could not create the backlog issue (${res.value.status}): ${message(res.value.json)}`);
    return ok({ location: res.value.json.html_url });
  }

  private async notifyOne(report: Report): Promise<Outcome<{ location?: string }>> {
    const fp = report.signature.fingerprint;
    let number = await this.cache.get(fp);
    if (number === undefined) {
      const found = await this.find(fp);
      if (found.status !== 'ok') return found;
      number = found.value;
    }
    if (number !== undefined) {
      const updated = await this.update(number, report);
      // Deleted or transferred since we cached it: forget it and open a new one.
      if (updated.status !== 'failed' || !/\b(404|410)\b/.test(updated.error)) return updated;
      await this.cache.delete(fp);
    }
    return this.create(report);
  }

  private issueBody(report: Report): string {
    const text = noMentions(reportMarkdown(report, this.redact));
    const clipped = text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n\n… (truncated)\n` : text;
    return `${clipped}\n${fingerprintMarker(report.signature.fingerprint)}\n`;
  }

  private title(report: Report): string {
    return this.redact(`[Rounds] ${reportTitle(redactReport(report, this.redact))}`);
  }

  private async find(fp: string): Promise<Outcome<number | undefined>> {
    const q = `repo:${this.options.repo} is:issue in:body "${fp}"`;
    const res = await this.call<{ total_count: number; incomplete_results: boolean; items: IssueJson[] }>('GET /search/issues', { q, per_page: 10 });
    if (res.status !== 'ok') return res;
    if (res.value.status !== 200) return failed(`GitHub search answered ${res.value.status}: ${message(res.value.json)}`);
    const marker = fingerprintMarker(fp);
    // Search is fuzzy: only an issue whose body holds the exact marker is ours. Oldest first, so
    // if duplicates ever exist the same one keeps being chosen.
    const mine = (res.value.json.items ?? []).filter((i) => !i.pull_request && (i.body ?? '').includes(marker)).sort((a, b) => a.number - b.number)[0];
    if (mine) {
      await this.cache.set(fp, mine.number);
      return ok(mine.number);
    }
    // Not found in an incomplete result set is not "absent": creating now could duplicate.
    if (res.value.json.incomplete_results) return retryable('GitHub search returned incomplete results', 60_000);
    return ok(undefined);
  }

  private async create(report: Report): Promise<Outcome<{ location?: string }>> {
    const res = await this.call<IssueJson>(`POST /repos/${this.options.repo}/issues`, { data: {
      title: this.title(report),
      body: this.issueBody(report),
      labels: this.options.labels ?? ['rounds'],
    } });
    if (res.status !== 'ok') return res;
    if (res.value.status !== 201) return failed(`GitHub could not create the issue (${res.value.status}${res.value.status === 410 ? ', issues are disabled' : ''}): ${message(res.value.json)}`);
    await this.cache.set(report.signature.fingerprint, res.value.json.number);
    return ok({ location: res.value.json.html_url });
  }

  private async update(number: number, report: Report): Promise<Outcome<{ location?: string }>> {
    const reopen = report.kind !== 'rediagnosed';
    const res = await this.call<IssueJson>(`PATCH /repos/${this.options.repo}/issues/${number}`, { data: {
      title: this.title(report),
      body: this.issueBody(report),
      ...(reopen ? { state: 'open' } : {}),
    } });
    if (res.status !== 'ok') return res;
    if (res.value.status !== 200) return failed(`GitHub could not update issue #${number} (${res.value.status}): ${message(res.value.json)}`);
    const comment = await this.call<unknown>(`POST /repos/${this.options.repo}/issues/${number}/comments`, { data: { body: this.comment(report) } });
    if (comment.status !== 'ok') return comment;
    if (comment.value.status !== 201) return failed(`GitHub could not comment on issue #${number} (${comment.value.status}): ${message(comment.value.json)}`);
    return ok({ location: res.value.json.html_url });
  }

  private comment(report: Report): string {
    const { signature: s, diagnosis: d } = redactReport(report, this.redact);
    const head =
      report.kind === 'regressed'
        ? `**Regression**: seen again${s.regression ? ` at ${new Date(s.regression.atMs).toISOString()}` : ''}${s.regression?.release ? ` in release ${s.regression.release}` : ''} after being resolved (${s.count} occurrences in total).`
        : report.kind === 'rediagnosed'
          ? `**Re-diagnosed** (${s.count} occurrences so far).`
          : `**Seen again** (${s.count} occurrences so far).`;
    return noMentions(this.redact(
      [head, '', `**Root cause:** ${d.rootCause}`, '', `**Suggested fix:** ${d.suggestedFix}`, '', `Confidence ${Math.round(d.confidence * 100)}% · \`${d.model}\``].join('\n'),
    ));
  }

  /**
   * One API call through Octokit. 2xx and 4xx answers other than rate limits come back as ok
   * values for the caller to judge; rate limits the throttling plugin chose not to wait out, 5xx
   * after the retry plugin's attempts, and network failures come back retryable.
   */
  private async call<T>(route: string, params: { data?: unknown; q?: string; per_page?: number } = {}): Promise<Outcome<Response<T>>> {
    try {
      const res = await this.octokit.request(route, { ...params, headers: API_HEADERS });
      // A 2xx whose body is not JSON (a proxy's page): try again later rather than misread it.
      if (res.data === null || typeof res.data !== 'object') return retryable(`GitHub answered ${res.status} with a body that is not JSON`, 30_000);
      return ok({ status: res.status, json: res.data as T });
    } catch (err) {
      return this.outcomeOf<T>(err, route);
    }
  }

  private outcomeOf<T>(err: unknown, route: string): Outcome<Response<T>> {
    if (!isHttpError(err)) return retryable(`GitHub unreachable: ${(err as Error).message}`, 30_000);
    const { status, headers, data } = err.response;
    if (status === 401) return failed(`GitHub rejected the token (401): ${message(data)}`);
    if (status >= 500) return retryable(`GitHub ${status} on ${route}`, retryAfterMs(new Headers(headerEntries(headers)), this.clock.now()) ?? 30_000);
    if (status === 403 || status === 429) {
      const secondary = /secondary rate limit|abuse/i.test(err.message);
      const reset = Number(headers['x-ratelimit-reset']);
      const primaryWait = headers['x-ratelimit-remaining'] === '0' && reset > 0 ? Math.max(reset * 1000 - this.clock.now() + 1000, 1000) : undefined;
      const wait = retryAfterMs(new Headers(headerEntries(headers)), this.clock.now()) ?? primaryWait ?? (secondary || status === 429 ? 60_000 : undefined);
      if (wait !== undefined) return retryable(`GitHub rate limit (${status}${secondary ? ', secondary' : ''})`, wait);
      return failed(`GitHub refused ${route} (${status}): ${message(data)}`);
    }
    return ok({ status, json: data as T });
  }
}

/** Octokit's RequestError with an answer (a network failure or timeout has none). */
function isHttpError(err: unknown): err is { message: string; response: { status: number; headers: Record<string, string | number | undefined>; data: unknown } } {
  const response = (err as { response?: { status?: unknown } } | null)?.response;
  return err instanceof Error && typeof response?.status === 'number';
}

function headerEntries(headers: Record<string, string | number | undefined>): [string, string][] {
  return Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]]));
}

/**
 * Error text is full of `@scope/package` and `user@host`: in an issue each would notify a
 * GitHub user or team. A zero-width space after the `@` keeps the text readable and silent.
 */
export function noMentions(text: string): string {
  return text.replace(/(^|[^A-Za-z0-9_`])@(?=[A-Za-z0-9])/g, '$1@\u200b');
}

function safeJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function message(json: unknown): string {
  return (json && typeof json === 'object' && typeof (json as { message?: unknown }).message === 'string' ? (json as { message: string }).message : 'no message').slice(0, 300);
}

/** Without a store (tests, one-off use): issue numbers are remembered for the process's life. */
function memoryCache(): IssueNumberCache {
  const numbers = new Map<string, number>();
  return {
    get: async (fp) => numbers.get(fp),
    set: async (fp, issue) => void numbers.set(fp, issue),
    delete: async (fp) => void numbers.delete(fp),
  };
}

const settings = {
  GITHUB_TOKEN: optionalString,
  /** owner/name */
  GITHUB_REPO: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name').optional(),
  GITHUB_API_URL: httpUrl.default('https://api.github.com'),
};

/** NOTIFICATION_BACKEND=github_issue (docs/architecture.md, "Extensions"). */
export const githubIssueExtension = {
  name: 'github_issue',
  settings,
  check: requireSettings<typeof settings>('NOTIFICATION_BACKEND includes github_issue', ['GITHUB_TOKEN', 'GITHUB_REPO']),
  create: (s, deps) => new GitHubIssueNotifier({ token: s.GITHUB_TOKEN!, repo: s.GITHUB_REPO!, apiUrl: s.GITHUB_API_URL, cache: deps.issueNumberCache(), clock: deps.clock, redactor: deps.redactor, warn: deps.warn }),
} satisfies NotifierExtension<'github_issue', typeof settings>;
