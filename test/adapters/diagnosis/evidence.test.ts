import { describe, expect, it } from 'vitest';
import { diagnoseFromEvidence, EvidenceDiagnoser } from '../../../src/adapters/diagnosis/evidence.js';
import type { Evidence } from '../../../src/core/model.js';
import { sampleEvidence, sampleRequest, sampleSignature } from '../../helpers/fake-llm/samples.js';

/** Evidence with nothing to go on but the error itself. */
const bare = (over: Partial<Evidence> = {}): Evidence =>
  sampleEvidence({ concentrations: [], release: undefined, trace: undefined, coOccurring: [], topInAppFrame: undefined, exceptionChain: [], stacktraceSample: undefined, logs: [], metrics: [], trend: { kind: 'steady', detail: 'about 3/hour' }, ...over });

const diagnose = (ev: Evidence) => diagnoseFromEvidence(sampleSignature({ service: ev.service, type: ev.type, message: ev.message }), ev);

describe('EvidenceDiagnoser scenarios', () => {
  it('a database refusing connections on one host: names the host and the database', () => {
    const d = diagnose(
      bare({
        type: 'Error',
        message: 'connect ECONNREFUSED 10.0.0.5:5432',
        count: 60,
        concentrations: [{ key: 'host.name', value: 'web-3', count: 58, share: 0.97, baselineShare: 0.34 }],
      }),
    );
    expect(d.rootCause).toMatch(/host\.name=web-3/);
    expect(d.rootCause).toMatch(/PostgreSQL at 10\.0\.0\.5:5432 is refusing connections/);
    expect(d.evidence.join('\n')).toMatch(/host\.name=web-3: 58 of \? occurrences \(97%\) against 34% of checkout's other errors, lift 2\.9/);
    expect(d.suggestedFix).toMatch(/web-3/);
    expect(d.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('a timeout with no trace names what it can, starting the sentence properly', () => {
    const d = diagnose(bare({ type: 'Error', message: 'request timed out', count: 3 }));
    expect(d.rootCause).toBe('A dependency is timing out for checkout.');
  });

  it('names the database from the raw sample when the signature message is parameterised', () => {
    const d = diagnose(bare({ type: 'Error', message: 'connect ECONNREFUSED <ip>:<num>', count: 9, exceptionChain: [{ type: 'Error', message: 'connect ECONNREFUSED 10.0.0.9:6379' }] }));
    expect(d.rootCause).toBe('Redis at 10.0.0.9:6379 is refusing connections for checkout.');
  });

  it('a bad release introducing a TypeError: names the release and the frame', () => {
    const d = diagnose(
      bare({
        type: 'TypeError',
        message: "Cannot read properties of undefined (reading 'price')",
        count: 35,
        topInAppFrame: 'lineTotal (src/cart.ts:41)',
        release: { firstRelease: '3.1.0', introducedByRelease: true, releases: [{ release: '3.1.0', count: 35 }], detail: 'not seen in 3.0.9 (1,200 requests)' },
      }),
    );
    expect(d.rootCause).toMatch(/^Release 3\.1\.0 of checkout introduced this error \(in lineTotal \(src\/cart\.ts:41\)\)/);
    expect(d.suggestedFix).toMatch(/Roll checkout back to the release before 3\.1\.0/);
    expect(d.evidence.join('\n')).toMatch(/3\.1\.0: 35/);
    expect(d.confidence).toBeGreaterThan(0.7);
  });

  it('a downstream timeout surfacing upstream: names the downstream service', () => {
    const d = diagnose(sampleEvidence());
    expect(d.rootCause).toMatch(/^The downstream service inventory fails first \(span "GET \/stock": deadline exceeded\); checkout only surfaces its timeout/);
    expect(d.suggestedFix).toMatch(/Investigate inventory/);
    expect(d.evidence.join('\n')).toMatch(/Deepest failing span in trace 4bf92f3577b34da6a3ce929d0e0e4736: inventory \/ GET \/stock/);
  });

  it('a missing configuration value: names the variable', () => {
    const d = diagnose(bare({ type: 'ConfigError', message: 'environment variable PAYMENT_API_URL is not set', count: 12 }));
    expect(d.rootCause).toBe('checkout is missing the configuration value PAYMENT_API_URL.');
    expect(d.suggestedFix).toMatch(/Set PAYMENT_API_URL/);
  });

  it('a burst of rate-limit errors: names the dependency and the burst', () => {
    const d = diagnose(
      bare({
        type: 'HTTPError',
        message: '429 Too Many Requests from api.stripe.com',
        count: 80,
        trend: { kind: 'bursting', detail: '75 in the last 5 minutes' },
        concentrations: [{ key: 'server.address', value: 'api.stripe.com', count: 80, share: 1, baselineShare: 0.2 }],
      }),
    );
    expect(d.rootCause).toMatch(/api\.stripe\.com is rate-limiting checkout during a burst of requests \(75 in the last 5 minutes\)/);
    expect(d.suggestedFix).toMatch(/Retry-After/);
  });

  it('a missing value read from process.env: names the variable', () => {
    const d = diagnose(bare({ type: 'Error', message: 'process.env.STRIPE_SECRET_KEY is undefined', count: 4 }));
    expect(d.rootCause).toBe('checkout is missing the configuration value STRIPE_SECRET_KEY.');
  });

  it('errors concentrated on one release without a clean "introduced by" verdict still name it', () => {
    const d = diagnose(bare({ count: 30, concentrations: [{ key: 'service.version', value: '5.0.1', count: 28, share: 0.93, baselineShare: 0.2 }] }));
    expect(d.rootCause).toMatch(/^Release 5\.0\.1 of checkout is where this error happens/);
    expect(d.evidence.join('\n')).toMatch(/service\.version=5\.0\.1: 28 of \? occurrences \(93%\) against 20%/);
    expect(d.confidence).toBeLessThan(0.8);
  });

  it('co-occurring signatures point at a common cause', () => {
    const d = diagnose(bare({ type: 'Error', message: 'order <num> could not be completed', exceptionChain: [], coOccurring: [{ signatureId: 'ffee01', service: 'payments', type: 'DbError', message: 'pool exhausted', sharedTraces: 14 }] }));
    expect(d.rootCause).toMatch(/payments's "DbError: pool exhausted" \(signature ffee01\)/);
    expect(d.evidence.join('\n')).toMatch(/14 shared traces/);
  });
});

describe('EvidenceDiagnoser honesty', () => {
  it('thin evidence gives a low confidence and says no single cause stands out', () => {
    const d = diagnose(bare({ type: 'Error', message: 'something went wrong', count: 1 }));
    expect(d.rootCause).toMatch(/No single cause stands out/);
    expect(d.confidence).toBeLessThanOrEqual(0.2);
  });

  it('the same signal seen once is trusted less than seen often', () => {
    const ev = (count: number) => bare({ type: 'Error', message: 'environment variable PAYMENT_API_URL is not set', count });
    expect(diagnose(ev(1)).confidence).toBeLessThan(diagnose(ev(50)).confidence);
    expect(diagnose(ev(1)).confidence).toBeLessThan(0.5);
  });

  it('backends that could not be reached lower the confidence and are listed', () => {
    const full = diagnose(sampleEvidence());
    const poorer = diagnose(sampleEvidence({ notes: ['tempo: timed out', 'loki: 503'] }));
    expect(poorer.confidence).toBeLessThan(full.confidence);
    expect(poorer.evidence).toContain('Not available: tempo: timed out');
  });

  it('is deterministic, free, and never certain', async () => {
    const d = new EvidenceDiagnoser({ clock: { now: () => 77 } });
    const a = await d.diagnose(sampleRequest());
    const b = await d.diagnose(sampleRequest());
    expect(a).toEqual(b);
    expect(d.estimateCostUsd()).toBe(0);
    expect(a).toMatchObject({ status: 'ok', value: { model: 'evidence', costUsd: 0, createdMs: 77 } });
    if (a.status === 'ok') expect(a.value.confidence).toBeLessThanOrEqual(0.9);
  });
});
