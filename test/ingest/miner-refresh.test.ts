// The miner refresh round (ingest/miner-refresh.ts) against an in-memory MinerStateStore that
// behaves as PostgreSQL's does (merge under the lock, a version that changes with every save),
// and can be made to fail like a lost connection. The replicas' real PostgreSQL run is
// test/e2e/fleet-miner.test.ts.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { MinerStateStore } from '../../src/core/ports.js';
import { MinerRefresh } from '../../src/ingest/miner-refresh.js';
import { Registry } from '../../src/observability/metrics.js';

class MemoryMinerStore implements MinerStateStore {
  state: unknown;
  version = 0;
  loads = 0;
  down = false;
  async loadMinerState(): Promise<unknown> {
    this.check();
    this.loads++;
    return this.state === undefined ? undefined : JSON.parse(JSON.stringify(this.state));
  }
  async saveMinerState(state: unknown, merge?: (stored: unknown, ours: unknown) => unknown): Promise<unknown> {
    this.check();
    this.state = JSON.parse(JSON.stringify(merge && this.state !== undefined ? merge(this.state, state) : state));
    this.version++;
    return JSON.parse(JSON.stringify(this.state));
  }
  async minerStateVersion(): Promise<string | undefined> {
    this.check();
    return this.state === undefined ? undefined : String(this.version);
  }
  private check(): void {
    if (this.down) throw new Error('connection terminated');
  }
}

const log = (body: string) => ({ source: 'log' as const, service: 'spark', body, severityText: 'ERROR' });
const LINE = 'Block broadcast_9_piece0 stored as bytes in memory (estimated size 5.2 KB, free 5.2 KB)';
const VARIANT = 'Block rdd_2_2 stored as bytes in memory (estimated size 850.0 B, free 320.3 KB)';

function replica(store: MinerStateStore) {
  const fingerprinter = createFingerprinter();
  const warnings: string[] = [];
  const refresh = new MinerRefresh(store, fingerprinter, 60_000, new Registry(), { warn: (_o, msg) => warnings.push(msg), info: () => {} });
  return { fingerprinter, refresh, warnings };
}

describe('the miner refresh round', () => {
  it("saves what this replica learned and uses what another saved; reads nothing while the store is unchanged", async () => {
    const store = new MemoryMinerStore();
    const a = replica(store);
    const b = replica(store);
    expect(await b.refresh.refresh()).toBe('unchanged');
    const learned = a.fingerprinter.fingerprint(log(LINE));
    expect(await a.refresh.refresh()).toBe('merged');
    expect(a.fingerprinter.dirty).toBe(false);
    expect(await b.refresh.refresh()).toBe('merged');
    expect(b.fingerprinter.templates).toBe(1);
    expect(b.fingerprinter.fingerprint(log(VARIANT)).fingerprint).toBe(learned.fingerprint);
    // B refined the template: its next round saves it, and A takes the refinement.
    expect(await b.refresh.refresh()).toBe('merged');
    expect(await a.refresh.refresh()).toBe('merged');
    expect(a.fingerprinter.dirty).toBe(false);
    // Nothing new anywhere: a round reads the version only.
    const loads = store.loads;
    expect(await a.refresh.refresh()).toBe('unchanged');
    expect(await a.refresh.refresh()).toBe('unchanged');
    expect(store.loads).toBe(loads);
  });

  it('keeps what a failed save held and saves it once the store is back, warning once per outage', async () => {
    const store = new MemoryMinerStore();
    const a = replica(store);
    a.fingerprinter.fingerprint(log(LINE));
    store.down = true;
    expect(await a.refresh.refresh()).toBe('failed');
    expect(await a.refresh.refresh()).toBe('failed');
    expect(a.warnings).toHaveLength(1);
    store.down = false;
    // The export that failed cleared the miner's dirty flag; the round saves again anyway.
    expect(a.fingerprinter.dirty).toBe(false);
    expect(await a.refresh.refresh()).toBe('merged');
    expect((store.state as { clusters: unknown[] }).clusters).toHaveLength(1);
    expect(await a.refresh.refresh()).toBe('merged');
    expect(await a.refresh.refresh()).toBe('unchanged');
  });
});
