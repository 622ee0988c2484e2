// The exposition /metrics serves must parse strictly: prom-client spells a not-a-number value
// `Nan` (the event-loop lag statistics right after start-up read NaN), the format says `NaN`.
import { describe, expect, it } from 'vitest';
import { Gauge, Registry } from '../../src/observability/metrics.js';
import { parseExposition, sampleValue } from '../helpers/prometheus-text.js';

describe('Registry.render', () => {
  it('writes a not-a-number value as NaN, which a strict parser reads', async () => {
    const registry = new Registry();
    new Gauge(registry, 'rounds_test_ratio', 'A ratio that has no samples yet').track(() => Number.NaN);
    const text = await registry.render();
    expect(text).toMatch(/^rounds_test_ratio NaN$/m);
    expect(sampleValue(parseExposition(text), 'rounds_test_ratio')).toBeNaN();
  });
});
