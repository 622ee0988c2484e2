import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubIssueNotifier } from '../../../src/adapters/notify/github.js';
import type { Fault } from '../../helpers/fake-llm/http.js';
import { secondaryRateLimit, startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { PLANTED, PLANTED_FRAGMENTS, sampleDiagnosis, sampleReport, sampleSignature, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const TOKEN = 'ghp_fake_token_for_tests_only_000000000000';
// GitHub's seconds are milliseconds here (`secondMs: 1`), and the clock the fake GitHub and the
// notifier read is moved on by each wait the notifier reports, so a 31 s rate-limit wait takes
// 31 ms and the fake has reached the reset time when the retry arrives. Nothing is timed.
let skewMs = 0;
let waits: number[] = [];
let gh: FakeGitHub;
const now = () => Date.now() + skewMs;

beforeEach(async () => {
  skewMs = 0;
  waits = [];
  gh = await startFakeGitHub({ token: TOKEN, repo: 'acme/shop', now });
});
afterEach(() => gh.close());

const notifier = (over: Partial<ConstructorParameters<typeof GitHubIssueNotifier>[0]> = {}) =>
  new GitHubIssueNotifier({
    token: TOKEN,
    repo: 'acme/shop',
    apiUrl: gh.url,
    clock: { now },
    secondMs: 1,
    mutationIntervalMs: 0,
    searchIntervalMs: 0,
    onWait: (seconds) => {
      waits.push(seconds);
      skewMs += seconds * 1000;
    },
    ...over,
  });

describe('GitHubIssueNotifier', () => {
  it('creates one issue with the marker, the required headers and a redacted body', async () => {
    const report = sampleReport({ signature: secretSignature(), evidence: secretEvidence(), diagnosis: sampleDiagnosis({ suggestedFix: `rotate ${PLANTED.githubToken}` }) });
    const out = await notifier().notify(report);
    expect(out).toEqual({ status: 'ok', value: { location: 'https://github.example/acme/shop/issues/1' } });
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0];
    expect(issue.title).toMatch(/^\[Rounds\] checkout: TimeoutError: auth failed for \[REDACTED:email\]/);
    expect(issue.body).toContain('<!-- rounds-fingerprint: 9f2c4e1a7b3d5f6081726354aabbccdd -->');
    expect(issue.body).toContain('rotate [REDACTED:github_token]');
    expect(issue.labels).toEqual(['rounds']);
    for (const f of PLANTED_FRAGMENTS) expect(JSON.stringify(gh.requests.map((r) => r.rawBody))).not.toContain(f);
    for (const r of gh.requests) {
      expect(r.headers['user-agent']).toBeTruthy();
      expect(r.headers.accept).toBe('application/vnd.github+json');
      expect(r.headers['x-github-api-version']).toBe('2022-11-28');
      expect(r.headers.authorization).toBe(`token ${TOKEN}`);
    }
    // It searched for the fingerprint first.
    expect(gh.requests[0].path).toBe('/search/issues');
    expect(gh.requests[0].query.get('q')).toBe('repo:acme/shop is:issue in:body "9f2c4e1a7b3d5f6081726354aabbccdd"');
  });

  it('does not mention GitHub users from error text', async () => {
    await notifier().notify(sampleReport({ signature: sampleSignature({ message: 'cannot find module @babel/core (cc @octocat)' }) }));
    expect(gh.issues[0].body).toContain('@\u200bbabel/core (cc @\u200boctocat)');
    expect(gh.issues[0].body).not.toMatch(/(^|\s|\()@[a-z]/);
  });

  it('two reports of one signature make one issue: the second updates it and comments', async () => {
    const n = notifier();
    await n.notify(sampleReport());
    const out = await n.notify(sampleReport({ kind: 'rediagnosed', diagnosis: sampleDiagnosis({ rootCause: 'A better root cause.' }) }));
    expect(out).toEqual({ status: 'ok', value: { location: 'https://github.example/acme/shop/issues/1' } });
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].body).toContain('A better root cause.');
    expect(gh.issues[0].comments).toHaveLength(1);
    expect(gh.issues[0].comments[0]).toMatch(/^\*\*Re-diagnosed\*\*/);
    // The cache spared the second search.
    expect(gh.requests.filter((r) => r.path === '/search/issues')).toHaveLength(1);
  });

  it('two concurrent reports of a new signature still make one issue', async () => {
    const n = notifier({ mutationIntervalMs: 0 });
    const [a, b] = await Promise.all([n.notify(sampleReport()), n.notify(sampleReport({ kind: 'rediagnosed' }))]);
    expect(a.status).toBe('ok');
    expect(b.status).toBe('ok');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].comments).toHaveLength(1);
  });

  it('finds the issue again by its marker after a restart (cold cache) instead of duplicating', async () => {
    await notifier().notify(sampleReport());
    await notifier().notify(sampleReport({ kind: 'rediagnosed' }));
    expect(gh.issues).toHaveLength(1);
    expect(gh.requests.filter((r) => r.path === '/search/issues')).toHaveLength(2);
  });

  it('ignores search hits that only mention the fingerprint without the marker', async () => {
    gh.issues.push({ number: 1, title: 'discussion', body: 'we saw 9f2c4e1a7b3d5f6081726354aabbccdd yesterday', state: 'open', labels: [], comments: [], repo: 'acme/shop' });
    await notifier().notify(sampleReport());
    expect(gh.issues).toHaveLength(2);
    expect(gh.issues[0].body).toBe('we saw 9f2c4e1a7b3d5f6081726354aabbccdd yesterday');
  });

  it('a regression reopens the closed issue and comments, rather than opening another', async () => {
    await notifier().notify(sampleReport());
    gh.issues[0].state = 'closed';
    const regressed = sampleSignature({ regressed: true, regression: { atMs: Date.UTC(2026, 10, 21, 10, 0, 0), release: '2.5.0' } });
    const out = await notifier().notify(sampleReport({ kind: 'regressed', signature: regressed }));
    expect(out.status).toBe('ok');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].state).toBe('open');
    expect(gh.issues[0].comments[0]).toMatch(/^\*\*Regression\*\*: seen again at 2026-11-21T10:00:00.000Z in release 2\.5\.0/);
  });

  it('a cached issue that was deleted is recreated', async () => {
    const n = notifier();
    await n.notify(sampleReport());
    gh.issues.length = 0;
    const out = await n.notify(sampleReport({ kind: 'rediagnosed' }));
    expect(out).toEqual({ status: 'ok', value: { location: 'https://github.example/acme/shop/issues/1' } });
    expect(gh.issues).toHaveLength(1);
  });

  it('spaces content-creating requests by the mutation interval', async () => {
    const sent: { method: string; at: number }[] = [];
    const recording: typeof fetch = (url, init) => {
      sent.push({ method: init?.method ?? 'GET', at: performance.now() });
      return fetch(url, init);
    };
    const n = notifier({ mutationIntervalMs: 300, fetch: recording });
    await n.notify(sampleReport());
    await n.notify(sampleReport({ kind: 'rediagnosed' }));
    // create, then PATCH and comment. The plugin spaces the moments each call is let through, a
    // little before it is sent, so the gaps asserted are half the configured ones: a lower bound
    // that load can only lengthen. Creating and commenting notify people: 3 × 300 ms apart.
    const [create, patch, comment] = sent.filter((r) => r.method !== 'GET');
    expect([create.method, patch.method, comment.method]).toEqual(['POST', 'PATCH', 'POST']);
    expect(patch.at - create.at).toBeGreaterThanOrEqual(150);
    expect(comment.at - create.at).toBeGreaterThanOrEqual(450);
  });

  it('speaks to GitHub Enterprise Server under its /api/v3 base URL', async () => {
    await gh.close();
    gh = await startFakeGitHub({ token: TOKEN, repo: 'acme/shop', now, pathPrefix: '/api/v3' });
    const out = await notifier({ apiUrl: `${gh.url}/api/v3/` }).notify(sampleReport());
    expect(out.status).toBe('ok');
    expect(gh.issues).toHaveLength(1);
    expect(gh.requests.map((r) => r.path)).toEqual(['/api/v3/search/issues', '/api/v3/repos/acme/shop/issues']);
  });
});

describe('GitHubIssueNotifier rate limits', () => {
  const posts = () => gh.requests.filter((r) => r.method === 'POST');

  it('primary limit exhausted: waits until x-ratelimit-reset, then continues', async () => {
    gh.rateLimits.search.remaining = 0;
    gh.rateLimits.search.reset = Math.floor(now() / 1000) + 30;
    const out = await notifier().notify(sampleReport());
    expect(out.status).toBe('ok');
    // The seconds to the reset rounded up, plus 1 s so the retry comes after it: 31, or 30
    // when the clock the plugin reads has passed a second boundary since the reset was set.
    expect(waits).toHaveLength(1);
    expect([30, 31]).toContain(waits[0]);
    expect(gh.requests.filter((r) => r.path === '/search/issues')).toHaveLength(2);
    expect(gh.issues).toHaveLength(1);
  });

  it('another process spent the limit: the 403 makes it wait for the reset, then the call succeeds', async () => {
    const n = notifier();
    await n.notify(sampleReport());
    gh.rateLimits.core.remaining = 0;
    gh.rateLimits.core.reset = Math.floor(now() / 1000) + 20;
    const out = await n.notify(sampleReport({ kind: 'rediagnosed' }));
    expect(out.status).toBe('ok');
    expect(waits).toHaveLength(1);
    expect([20, 21]).toContain(waits[0]);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    expect(gh.accepted.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('a reset too far away is returned as retryable instead of blocking', async () => {
    gh.rateLimits.search.remaining = 0;
    gh.rateLimits.search.reset = Math.floor(now() / 1000) + 1800;
    const out = await notifier({ maxInlineWaitMs: 60_000 }).notify(sampleReport());
    expect(out).toMatchObject({ status: 'retryable' });
    const retryInMs = (out as { retryInMs: number }).retryInMs;
    // Until the reset (30 minutes away when set), however long the machine took to get here.
    expect(retryInMs).toBeGreaterThan(1_700_000);
    expect(retryInMs).toBeLessThanOrEqual(1_801_000);
    expect(waits).toEqual([]);
    expect(gh.requests).toHaveLength(1);
  });

  it('secondary limit (403) with retry-after: honours it', async () => {
    gh.setFault(secondaryRateLimit(7, (r) => r.method === 'POST'), 1);
    const out = await notifier().notify(sampleReport());
    expect(out.status).toBe('ok');
    expect(waits).toEqual([7]);
    expect(posts()).toHaveLength(2);
    expect(gh.issues).toHaveLength(1);
  });

  it('secondary limit as a 429 with retry-after: honours it the same way', async () => {
    gh.setFault({ ...secondaryRateLimit(3, (r) => r.method === 'POST'), status: 429 } as Fault, 1);
    const out = await notifier().notify(sampleReport());
    expect(out.status).toBe('ok');
    expect(waits).toEqual([3]);
    expect(posts()).toHaveLength(2);
  });

  it('a bare 429 is not retried inline: its retry-after goes to the queue', async () => {
    gh.setFault({ kind: 'status', status: 429, json: { message: 'Too many requests' }, headers: { 'retry-after': '5' } }, 1);
    const out = await notifier().notify(sampleReport());
    expect(out).toMatchObject({ status: 'retryable', retryInMs: 5000 });
    expect(gh.requests).toHaveLength(1);
  });

  it('secondary limit without retry-after: waits a minute, and past the inline limit returns retryable', async () => {
    gh.setFault(secondaryRateLimit(undefined, (r) => r.method === 'POST'), 1);
    expect((await notifier().notify(sampleReport())).status).toBe('ok');
    expect(waits).toEqual([60]);

    gh.setFault(secondaryRateLimit(undefined, (r) => r.method === 'POST'));
    const before = posts().length;
    const out = await notifier({ maxInlineWaitMs: 10_000 }).notify(sampleReport({ signature: sampleSignature({ fingerprint: 'other' }) }));
    expect(out).toMatchObject({ status: 'retryable', retryInMs: 60_000, error: expect.stringMatching(/secondary/) });
    expect(posts().length - before).toBe(1);
  });

  it('a 5xx is retried and then succeeds', async () => {
    gh.setFault({ kind: 'status', status: 502 }, 1);
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'ok' });
    expect(gh.requests.filter((r) => r.path === '/search/issues')).toHaveLength(2);
    expect(gh.issues).toHaveLength(1);
  });

  it('a 5xx that persists is retryable after the retries, and so is a network failure', async () => {
    gh.setFault({ kind: 'status', status: 503 });
    expect(await notifier({ retries: 2 }).notify(sampleReport())).toMatchObject({ status: 'retryable', error: expect.stringMatching(/503/) });
    expect(gh.requests).toHaveLength(3);
    gh.setFault({ kind: 'reset' }, 1);
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'ok' });
    gh.setFault({ kind: 'reset' });
    expect(await notifier().notify(sampleReport({ signature: sampleSignature({ fingerprint: 'other' }) }))).toMatchObject({ status: 'retryable', error: expect.stringMatching(/unreachable/) });
  });

  it('a 4xx is failed at once, never retried: a bad token, a forbidden repo, a validation error', async () => {
    expect(await notifier({ token: 'ghp_wrong' }).notify(sampleReport())).toMatchObject({ status: 'failed', error: expect.stringMatching(/401/) });
    expect(gh.requests).toHaveLength(1);
    gh.setFault({ kind: 'status', status: 403, json: { message: 'Resource not accessible by personal access token' } });
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'failed', error: expect.stringMatching(/Resource not accessible/) });
    expect(gh.requests).toHaveLength(2);
    gh.setFault({ kind: 'status', status: 422, json: { message: 'Validation Failed' } }, 2);
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'failed' });
    expect(gh.requests).toHaveLength(3);
  });

  it('never puts the token in an outcome or a warning', async () => {
    const warnings: string[] = [];
    gh.setFault({ kind: 'status', status: 503 });
    const outs = [await notifier({ warn: (m) => warnings.push(m) }).notify(sampleReport())];
    gh.setFault(secondaryRateLimit(1));
    outs.push(await notifier({ warn: (m) => warnings.push(m), maxInlineWaitMs: 500 }).notify(sampleReport()));
    expect(JSON.stringify([outs, warnings])).not.toContain(TOKEN.slice(4));
  });

  it('a request without User-Agent is refused by the fake as by GitHub (the notifier always sends one)', async () => {
    const res = await fetch(`${gh.url}/search/issues?q=x`, { headers: { authorization: `Bearer ${TOKEN}`, 'user-agent': '' } });
    expect(res.status).toBe(403);
  });
});
