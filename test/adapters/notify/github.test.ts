import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubIssueNotifier } from '../../../src/adapters/notify/github.js';
import { secondaryRateLimit, startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github/index.js';
import { PLANTED, PLANTED_FRAGMENTS, sampleDiagnosis, sampleReport, sampleSignature, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const TOKEN = 'ghp_fake_token_for_tests_only_000000000000';
// Simulated time: the notifier's sleeps advance it instead of waiting.
let now = 0;
let sleeps: number[] = [];
let gh: FakeGitHub;

beforeEach(async () => {
  now = Date.UTC(2026, 10, 21, 10, 0, 0);
  sleeps = [];
  gh = await startFakeGitHub({ token: TOKEN, repo: 'acme/shop', now: () => now });
});
afterEach(() => gh.close());

const notifier = (over: Partial<ConstructorParameters<typeof GitHubIssueNotifier>[0]> = {}) =>
  new GitHubIssueNotifier({
    token: TOKEN,
    repo: 'acme/shop',
    apiUrl: gh.url,
    clock: { now: () => now },
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
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
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
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
    const regressed = sampleSignature({ regressed: true, regression: { atMs: now, release: '2.5.0' } });
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
    const n = notifier({ mutationIntervalMs: 1000 });
    await n.notify(sampleReport());
    await n.notify(sampleReport({ kind: 'rediagnosed' }));
    // create, then PATCH and comment: each after the previous one by a full second of (simulated) time.
    expect(sleeps).toEqual([1000, 1000]);
  });
});

describe('GitHubIssueNotifier rate limits', () => {
  it('primary limit exhausted: waits until x-ratelimit-reset, then continues', async () => {
    gh.rateLimits.search.remaining = 0;
    gh.rateLimits.search.reset = Math.floor(now / 1000) + 30;
    const out = await notifier().notify(sampleReport());
    expect(out.status).toBe('ok');
    // reset − now + 1 s margin.
    expect(sleeps[0]).toBe(31_000);
    expect(gh.issues).toHaveLength(1);
  });

  it('remembers remaining 0 from a successful response and waits before the next call, without a 403', async () => {
    gh.rateLimits.core.remaining = 1;
    gh.rateLimits.core.reset = Math.floor(now / 1000) + 20;
    const n = notifier({ mutationIntervalMs: 0 });
    await n.notify(sampleReport()); // the create answers with x-ratelimit-remaining: 0
    const out = await n.notify(sampleReport({ kind: 'rediagnosed' }));
    expect(out.status).toBe('ok');
    expect(sleeps).toEqual([21_000]);
    // Nothing was refused: the notifier waited instead of hitting the limit.
    expect(gh.accepted).toHaveLength(gh.requests.length);
  });

  it('without that memory (another process spent the limit) the 403 itself makes it wait', async () => {
    const n = notifier({ mutationIntervalMs: 0 });
    await n.notify(sampleReport());
    gh.rateLimits.core.remaining = 0;
    gh.rateLimits.core.reset = Math.floor(now / 1000) + 20;
    const out = await n.notify(sampleReport({ kind: 'rediagnosed' }));
    expect(out.status).toBe('ok');
    expect(sleeps).toEqual([21_000]);
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
    expect(gh.accepted.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('a reset too far away is returned as retryable instead of blocking', async () => {
    gh.rateLimits.search.remaining = 0;
    gh.rateLimits.search.reset = Math.floor(now / 1000) + 1800;
    const out = await notifier({ maxInlineWaitMs: 60_000 }).notify(sampleReport());
    expect(out).toMatchObject({ status: 'retryable', retryInMs: 1_801_000 });
    expect(sleeps).toEqual([]);
  });

  it('secondary limit with retry-after: honours it', async () => {
    gh.setFault(secondaryRateLimit(7, (r) => r.method === 'POST'), 1);
    const out = await notifier({ mutationIntervalMs: 0 }).notify(sampleReport());
    expect(out.status).toBe('ok');
    expect(sleeps).toEqual([7000]);
    expect(gh.issues).toHaveLength(1);
  });

  it('secondary limit without retry-after: waits a minute, and past the inline limit returns retryable', async () => {
    gh.setFault(secondaryRateLimit(undefined, (r) => r.method === 'POST'), 1);
    expect((await notifier({ mutationIntervalMs: 0 }).notify(sampleReport())).status).toBe('ok');
    expect(sleeps).toEqual([60_000]);

    gh.setFault(secondaryRateLimit(undefined, (r) => r.method === 'POST'));
    const out = await notifier({ mutationIntervalMs: 0, maxInlineWaitMs: 10_000 }).notify(sampleReport({ signature: sampleSignature({ fingerprint: 'other' }) }));
    expect(out).toMatchObject({ status: 'retryable', retryInMs: 60_000, error: expect.stringMatching(/secondary/) });
  });

  it('5xx and network errors are retryable; a bad token and a forbidden repo are failed', async () => {
    gh.setFault({ kind: 'status', status: 502 }, 1);
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'retryable' });
    gh.setFault({ kind: 'reset' }, 1);
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'retryable', error: expect.stringMatching(/unreachable/) });
    expect(await notifier({ token: 'ghp_wrong' }).notify(sampleReport())).toMatchObject({ status: 'failed', error: expect.stringMatching(/401/) });
    gh.setFault({ kind: 'status', status: 403, json: { message: 'Resource not accessible by personal access token' } });
    expect(await notifier().notify(sampleReport())).toMatchObject({ status: 'failed', error: expect.stringMatching(/Resource not accessible/) });
  });

  it('a request without User-Agent is refused by the fake as by GitHub (the notifier always sends one)', async () => {
    const res = await fetch(`${gh.url}/search/issues?q=x`, { headers: { authorization: `Bearer ${TOKEN}`, 'user-agent': '' } });
    expect(res.status).toBe(403);
  });
});
