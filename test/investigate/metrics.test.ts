import { describe, expect, it } from 'vitest';
import { InvestigationMetrics } from '../../src/investigate/metrics.js';
import { Registry } from '../../src/observability/metrics.js';
import { signature } from './builders.js';

describe('InvestigationMetrics', () => {
  it('counts outcomes, cost per model and reports per notifier, and reads the queue when scraped', async () => {
    const registry = new Registry();
    const metrics = new InvestigationMetrics(registry);
    let queued = 3;
    metrics.track(() => queued, () => 1);
    const diagnosis = { rootCause: 'x', evidence: [], suggestedFix: 'y', confidence: 0.5, model: 'claude-sonnet-4-5', costUsd: 0.0125 };
    const evidence = {} as never;
    metrics.record({ status: 'diagnosed', signature: signature(), diagnosis, evidence, reported: true, notifications: [{ notifier: 'github_issue', status: 'ok' }, { notifier: 'webhook', status: 'failed', error: '500' }] });
    metrics.record({ status: 'diagnosed', signature: signature(), diagnosis, evidence, reported: true, notifications: [{ notifier: 'github_issue', status: 'ok' }] });
    metrics.record({ status: 'retryable', error: 'overloaded', retryInMs: 1000 });
    metrics.record({ status: 'skipped', reason: 'muted' });
    queued = 2;
    const text = await registry.render();
    expect(text).toContain('rounds_investigations_total{outcome="diagnosed"} 2');
    expect(text).toContain('rounds_investigations_total{outcome="retryable"} 1');
    expect(text).toContain('rounds_investigations_total{outcome="skipped"} 1');
    expect(text).toContain('rounds_diagnosis_cost_usd_total{model="claude-sonnet-4-5"} 0.025');
    expect(text).toContain('rounds_notifications_total{notifier="github_issue",outcome="ok"} 2');
    expect(text).toContain('rounds_notifications_total{notifier="webhook",outcome="failed"} 1');
    expect(text).toContain('rounds_investigation_queue{state="queued"} 2');
    expect(text).toContain('rounds_investigation_queue{state="running"} 1');
  });
});
