// Every incident plays in services of its own (test/e2e/incidents.test.ts): two incidents in one
// service share its baseline, and one's releases or hosts then stand out in the other's errors
// (round 11's Flask service and an earlier .NET incident were both `portal-api`, on releases 3.0.2
// and 4.12.0: whether the diagnosis read a release rested on the traffic's noise). Played into
// telemetry that records which services it was asked for and exports nothing.
import { LoggerProvider } from '@opentelemetry/sdk-logs';
import { TracerProvider } from '@opentelemetry/sdk-trace';
import type { Logger, Tracer } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { DemoTelemetry, type ServiceIdentity } from '../../src/demo/telemetry.js';
import { INCIDENTS } from '../fixtures/incidents/incidents.js';

class ServicesPlayed extends DemoTelemetry {
  readonly services = new Set<string>();
  private readonly tracing = new TracerProvider();
  private readonly logging = new LoggerProvider();

  constructor() {
    super({ host: '127.0.0.1', grpcPort: 0, httpPort: 0 });
  }

  override tracer(id: ServiceIdentity): Tracer {
    this.services.add(id.service);
    return this.tracing.getTracer('services-played');
  }

  override logger(id: ServiceIdentity): Logger {
    this.services.add(id.service);
    return this.logging.getLogger('services-played');
  }

  override at(_timeMs: number, record: () => void): void {
    record();
  }
}

describe('incidents', () => {
  it('each play in services no other incident plays in', () => {
    const playedBy = new Map<string, string[]>();
    for (const incident of INCIDENTS) {
      const t = new ServicesPlayed();
      incident.play(t, Date.parse('2026-03-04T11:00:00Z'));
      expect(t.services.size, incident.name).toBeGreaterThan(0);
      for (const service of t.services) playedBy.set(service, [...(playedBy.get(service) ?? []), incident.name]);
    }
    expect([...playedBy].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});
