// Readings that rested on the traffic's noise, found by replaying the incidents with other seeds
// (ROUNDS_INCIDENTS_SALT, test/e2e/incidents.test.ts): which rule came out first depended on how
// far a concentration's gap happened to stand above its baseline. Each with its near miss.
import { describe, expect, it } from 'vitest';
import { evaluateCauses } from '../../src/core/causes/diagnose.js';
import type { Concentration, Evidence } from '../../src/core/model.js';

const T = Date.parse('2026-03-04T06:00:00Z');

function evidence(type: string, message: string, extra: Partial<Evidence>): Evidence {
  return {
    signatureId: 'abc', service: 'chain-stats', type, message, count: 22, firstSeenMs: T, lastSeenMs: T + 4 * 3_600_000,
    trend: { kind: 'steady', detail: '0.9/hour' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
    ...extra,
  };
}
const conc = (key: string, value: string, count: number, share: number, baselineShare: number): Concentration => ({ key, value, count, share, baselineShare, lift: share / baselineShare, carrying: Math.round(count / share), baselineCarrying: 850, baseline: 'healthy traffic' });

describe('a schedule against the one route that meets it', () => {
  // oasisprotocol/nexus#426: an hourly REFRESH MATERIALIZED VIEW locks the view its one endpoint reads.
  const timeout = ['*pgconn.PgError', 'ERROR: canceling statement due to statement timeout (SQLSTATE 57014)'] as const;
  const route = conc('http.route', '/v1/stats/tx_volume', 22, 1, 0.15);
  const hourly = { period: 'hourly' as const, window: ':00–:04', repeats: 5, periods: 7, share: 1 };

  it('the schedule first, however far the route stands out', () => {
    const [first] = evaluateCauses(evidence(...timeout, { concentrations: [route], recurrence: hourly }));
    expect(first.kind).toBe('schedule');
  });

  it('the route when the errors do not recur at a time', () => {
    expect(evaluateCauses(evidence(...timeout, { concentrations: [route] }))[0].kind).toBe('route');
  });
});

describe('a release that failed alike with the one beside it', () => {
  const tls = ['System.Net.Http.HttpRequestException', 'The SSL connection could not be established, see inner exception.'] as const;
  const onNew = conc('service.version', '11.4.0', 24, 0.67, 0.12);
  const releases = [{ release: '11.4.0', count: 24 }, { release: '11.3.2', count: 12 }];

  it('is not named when a tenth or more of the errors are the old release\'s, and it failed since the new one appeared', () => {
    const found = evaluateCauses(evidence(...tls, {
      concentrations: [onNew],
      release: { introducedByRelease: false, releases, detail: '', othersSince: { '11.4.0': 2, '11.3.2': 5 } },
    }));
    expect(found.map((f) => f.kind)).not.toContain('release');
    // The old release's share drawn lower by the noise (21 %: 41 of 52 on the new one).
    const lower = evaluateCauses(evidence(...tls, {
      concentrations: [conc('service.version', '11.4.0', 41, 0.79, 0.36)],
      release: { introducedByRelease: false, releases, detail: '', othersSince: { '11.4.0': 5 } },
    }));
    expect(lower.map((f) => f.kind)).not.toContain('release');
    // One sample of the old release since the new one appeared is enough (salt 9090: 15 of 52 errors).
    const one = evaluateCauses(evidence(...tls, {
      concentrations: [conc('service.version', '11.4.0', 37, 0.71, 0.35)],
      release: { introducedByRelease: false, releases, detail: '', othersSince: { '11.4.0': 1 } },
    }));
    expect(one.map((f) => f.kind)).not.toContain('release');
  });

  it('is named when the errors since it appeared are its own, or the others few', () => {
    const found = evaluateCauses(evidence('NoMethodError', "undefined method 'name' for nil", {
      concentrations: [onNew],
      release: { introducedByRelease: false, releases, detail: '', othersSince: { '11.4.0': 0, '11.3.2': 6 } },
    }));
    expect(found[0].kind).toBe('release');
    // The old release's errors a twentieth of them, or none of its samples since the new one came: the release stands.
    for (const [share, others] of [[0.95, 3], [0.8, 0]]) {
      const few = evaluateCauses(evidence('NoMethodError', "undefined method 'name' for nil", {
        concentrations: [conc('service.version', '11.4.0', 36, share, 0.12)],
        release: { introducedByRelease: false, releases, detail: '', othersSince: { '11.4.0': others } },
      }));
      expect(few[0].kind).toBe('release');
    }
  });
});

describe("a release that leaks the machine's resources its process holds", () => {
  // nodejs/node#7582: a socket left open per mail sent, until `getaddrinfo EMFILE` after an upgrade.
  const emfile = ['Error', 'getaddrinfo EMFILE smtp-relay.internal'] as const;
  const bursting = { kind: 'bursting' as const, detail: '26 in the last 5 minutes; first seen 6 min ago' };
  const onNew = conc('service.version', '2.5.0', 28, 1, 0.45);

  it('is named over the descriptors running out, bursting or not', () => {
    const found = evaluateCauses(evidence(...emfile, {
      service: 'digest-mailer', trend: bursting, concentrations: [onNew],
      release: { firstRelease: '2.5.0', introducedByRelease: true, releases: [{ release: '2.5.0', count: 28 }], detail: 'digest-mailer ran 2.4.3 before without this error.' },
    }));
    expect(found[0].kind).toBe('release');
  });

  it('the descriptors when no release holds them, and a disk filling is not a leak of the release', () => {
    expect(evaluateCauses(evidence(...emfile, { service: 'digest-mailer', trend: bursting }))[0].kind).toBe('resource-exhaustion');
    const disk = evaluateCauses(evidence('OSError', '[Errno 28] No space left on device', {
      trend: bursting, concentrations: [onNew],
      release: { firstRelease: '2.5.0', introducedByRelease: true, releases: [{ release: '2.5.0', count: 28 }], detail: '' },
    }));
    expect(disk[0].kind).toBe('resource-exhaustion');
  });
});

describe("a peer's answer against the one route that fetches it", () => {
  // GitHub's status of 2024-03-11: a configuration service's record cut short; a settings client
  // rethrows undici's parse error naming the URL it loaded, and only POST /api/items loads it.
  const cutShort = (route: Concentration[]) => evidence('Error', 'loading settings from http://config-store:8080/v1/settings/hooks-relay', {
    service: 'hooks-relay', count: 30, concentrations: route,
    stacktraceSample: 'Error: loading settings from http://config-store:8080/v1/settings/hooks-relay\n    at SettingsClient.load (/app/src/settings/client.js:24:13)\n  [cause]: SyntaxError: Unexpected end of JSON input\n      at JSON.parse (<anonymous>)',
    topInAppFrame: 'SettingsClient.load (src/settings/client.js)',
  });

  it('the answer first, however rare the route is in the healthy baseline', () => {
    for (const baselineShare of [0.47, 0.3, 0.15]) {
      const [first] = evaluateCauses(cutShort([conc('http.route', '/api/items', 30, 1, baselineShare)]));
      expect(first.kind).toBe('unexpected-response');
      expect(first.cause).toMatch(/^config-store's answers/);
    }
  });

  it('the route when the words name no answer', () => {
    const [first] = evaluateCauses(evidence('Error', 'loading settings failed', { concentrations: [conc('http.route', '/api/items', 30, 1, 0.15)] }));
    expect(first.kind).toBe('route');
  });
});

describe('a place holding part of the errors beside a route holding all of them', () => {
  // Round 18's Go handler passing a nil error to its error writer (joshsoftware/peerly#126), played
  // at 0.6 of its traffic with salt 31: 9 of its 15 panics fell on one of three hosts (21 % of the
  // healthy traffic), and the host was named over the defect every sign-in of such users reaches.
  const nilError = (concentrations: Concentration[]) => evidence('runtime.errorString', 'runtime error: invalid memory address or nil pointer dereference', {
    service: 'peerly-api', count: 15, concentrations,
    topInAppFrame: 'github.com/joshsoftware/peerly/service.handleAuth.func1 (service/session_http.go)',
  });
  const route = conc('http.route', '/oauth/google/callback', 15, 1, 0.11);

  it('the defect first when the route holds every error and the host only most', () => {
    const [first] = evaluateCauses(nilError([conc('host.name', 'peerly-api-2', 9, 0.6, 0.21), route]));
    expect(first.kind).toBe('code-defect');
  });

  it('the place when it holds every error, or when no route holds them all', () => {
    expect(evaluateCauses(nilError([conc('host.name', 'peerly-api-2', 15, 1, 0.21), route]))[0].kind).toBe('location');
    expect(evaluateCauses(nilError([conc('host.name', 'peerly-api-2', 9, 0.6, 0.21), conc('http.route', '/oauth/google/callback', 12, 0.8, 0.11)]))[0].kind).toBe('location');
  });
});
