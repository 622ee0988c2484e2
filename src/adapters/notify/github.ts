// One GitHub issue per signature (REST API, backends.md §7). The issue body carries a hidden
// marker `<!-- rounds-fingerprint: <fingerprint> -->`; the issue is found again through the
// search API (results cached locally: search allows 30 requests/min and may return incomplete
// results) and updated rather than duplicated: a re-diagnosis rewrites the body and comments,
// a regression reopens it and comments.
//
// Rate limits: a response with x-ratelimit-remaining 0 blocks further calls on that resource
// (core or search) until x-ratelimit-reset; a 403/429 is retried after retry-after, else after
// the reset time, else (secondary limit without a hint) after 60 s doubling. Waits up to
// `maxInlineWaitMs` are slept through (injectable sleep); longer ones return a retryable
// Outcome for the queue. Content-creating calls are spaced by `mutationIntervalMs`, as GitHub's
// guidance for avoiding secondary limits asks.
import { failed, ok, retryable, type Clock, type IssueNumberCache, type Notifier, type Outcome, type Report } from '../../core/ports.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { retryAfterMs } from '../diagnosis/retry-hint.js';
import { fingerprintMarker, reportMarkdown, reportTitle, redactReport } from './format.js';

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
  /** Gap between POST/PATCH calls. Default 1000 ms. */
  mutationIntervalMs?: number;
  /** Per request. Default 15 s. */
  timeoutMs?: number;
  userAgent?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  clock?: Clock;
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
const MAX_ATTEMPTS = 4;

export class GitHubIssueNotifier implements Notifier {
  readonly name = 'github_issue';
  private readonly api: string;
  private readonly cache: IssueNumberCache;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: Clock;
  private readonly redact: (text: string) => string;
  private readonly maxInlineWaitMs: number;
  /** Epoch ms until which a resource (`core`, `search`) is known to be exhausted. */
  private readonly blockedUntil = new Map<string, number>();
  private lastMutationMs = 0;

  constructor(private readonly options: GitHubIssueNotifierOptions) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(options.repo)) throw new Error(`GitHub repository must be owner/name, got "${options.repo}"`);
    this.api = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    this.cache = options.cache ?? memoryCache();
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.clock = options.clock ?? { now: () => Date.now() };
    this.redact = (options.redactor ?? defaultRedactor).redact;
    this.maxInlineWaitMs = options.maxInlineWaitMs ?? 60_000;
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
    const res = await this.call<{ total_count: number; incomplete_results: boolean; items: IssueJson[] }>('GET', `/search/issues?q=${encodeURIComponent(q)}&per_page=10`);
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
    const res = await this.call<IssueJson>('POST', `/repos/${this.options.repo}/issues`, {
      title: this.title(report),
      body: this.issueBody(report),
      labels: this.options.labels ?? ['rounds'],
    });
    if (res.status !== 'ok') return res;
    if (res.value.status !== 201) return failed(`GitHub could not create the issue (${res.value.status}${res.value.status === 410 ? ', issues are disabled' : ''}): ${message(res.value.json)}`);
    await this.cache.set(report.signature.fingerprint, res.value.json.number);
    return ok({ location: res.value.json.html_url });
  }

  private async update(number: number, report: Report): Promise<Outcome<{ location?: string }>> {
    const reopen = report.kind !== 'rediagnosed';
    const res = await this.call<IssueJson>('PATCH', `/repos/${this.options.repo}/issues/${number}`, {
      title: this.title(report),
      body: this.issueBody(report),
      ...(reopen ? { state: 'open' } : {}),
    });
    if (res.status !== 'ok') return res;
    if (res.value.status !== 200) return failed(`GitHub could not update issue #${number} (${res.value.status}): ${message(res.value.json)}`);
    const comment = await this.call<unknown>('POST', `/repos/${this.options.repo}/issues/${number}/comments`, { body: this.comment(report) });
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

  /** One API call with rate-limit handling. 2xx and non-rate-limit 4xx come back as ok values for the caller to judge. */
  private async call<T>(method: string, path: string, body?: unknown): Promise<Outcome<Response<T>>> {
    const resource = path.startsWith('/search/') ? 'search' : 'core';
    const mutating = method !== 'GET';
    for (let attempt = 0; ; attempt++) {
      const blocked = (this.blockedUntil.get(resource) ?? 0) - this.clock.now();
      if (blocked > 0) {
        if (blocked > this.maxInlineWaitMs) return retryable(`GitHub ${resource} rate limit exhausted until ${new Date(this.blockedUntil.get(resource)!).toISOString()}`, blocked);
        await this.sleep(blocked);
      }
      if (mutating) {
        const gap = this.lastMutationMs + (this.options.mutationIntervalMs ?? 1000) - this.clock.now();
        if (gap > 0) await this.sleep(gap);
        this.lastMutationMs = this.clock.now();
      }

      let res: globalThis.Response;
      let text: string;
      try {
        res = await this.fetch(`${this.api}${path}`, {
          method,
          headers: {
            Accept: 'application/vnd.github+json',
            Authorization: `Bearer ${this.options.token}`,
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': this.options.userAgent ?? 'rounds-error-diagnosis',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
        });
        text = await res.text();
      } catch (err) {
        return retryable(`GitHub unreachable: ${(err as Error).message}`, 30_000);
      }

      const remaining = res.headers.get('x-ratelimit-remaining');
      const reset = Number(res.headers.get('x-ratelimit-reset'));
      const resetWait = Number.isFinite(reset) && reset > 0 ? reset * 1000 - this.clock.now() + 1000 : undefined;
      if (remaining === '0' && resetWait !== undefined && resetWait > 0) this.blockedUntil.set(res.headers.get('x-ratelimit-resource') ?? resource, this.clock.now() + resetWait);

      if (res.status === 403 || res.status === 429) {
        const secondary = /secondary rate limit|abuse/i.test(text);
        const wait =
          retryAfterMs(res.headers, this.clock.now()) ??
          (remaining === '0' && resetWait !== undefined ? Math.max(resetWait, 1000) : undefined) ??
          (secondary || res.status === 429 ? 60_000 * 2 ** attempt : undefined);
        if (wait !== undefined) {
          if (wait <= this.maxInlineWaitMs && attempt + 1 < MAX_ATTEMPTS) {
            // The blocked-until check at the top of the loop sleeps for a primary limit.
            if (!(remaining === '0' && (this.blockedUntil.get(resource) ?? 0) > this.clock.now())) await this.sleep(wait);
            continue;
          }
          return retryable(`GitHub rate limit (${res.status}${secondary ? ', secondary' : ''})`, wait);
        }
        return failed(`GitHub refused ${method} ${path.split('?')[0]} (${res.status}): ${message(safeJson(text))}`);
      }
      if (res.status >= 500) return retryable(`GitHub ${res.status} on ${method} ${path.split('?')[0]}`, retryAfterMs(res.headers, this.clock.now()) ?? 30_000);
      if (res.status === 401) return failed(`GitHub rejected the token (401): ${message(safeJson(text))}`);
      const json = safeJson(text);
      if (res.ok && json === undefined) return retryable(`GitHub answered ${res.status} with a body that is not JSON`, 30_000);
      return ok({ status: res.status, json: json as T });
    }
  }
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
