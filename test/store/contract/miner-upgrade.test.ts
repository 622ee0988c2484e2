// The template miner's state lives in the store (committed with the batch that changed it). A data dir written by the version-1 miner must keep its templates' cluster
// ids after an upgrade: the state is migrated on load and saved back in the new version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { storeFactories } from '../../helpers/store-factories.js';

interface Fixture {
  state: { version: number };
  lines: { partition: string; body: string; clusterId: string }[];
}

const written = JSON.parse(readFileSync(new URL('../../fixtures/miner-state/v1.json', import.meta.url), 'utf8')) as Fixture;
// Since rounds-fp/5 a zone after a time belongs to the timestamp, a syslog header is not part of
// the line, and a level padded inside its brackets is the same tag, so PostgreSQL's `…
// 19:46:35.443 UTC [99449] ERROR: …`, nginx's `Apr  8 16:46:24 web-1 nginx[9443]: …` and
// Elasticsearch's `[…][WARN ][…]` lines have another shape and start clusters of their own; the
// signatures on their old clusters move with the fingerprint upgrade
// (test/store/fingerprint-upgrade.test.ts).
const reshaped = (body: string) => / UTC \[/.test(body) || /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \S+ \S+\[\d+\]: /.test(body) || /\[[A-Za-z]{2,8} +\]|\[ +[A-Za-z]{2,8}\]/.test(body);
const fixture: Fixture = { ...written, lines: written.lines.filter((l) => !reshaped(l.body)) };

/** The cluster id a fingerprint was mined into, as `--explain` reports it. */
const clusterOf = (explain: string[]) => /mined cluster ([0-9a-f]{16})/.exec(explain.join('\n'))?.[1];

describe.each(storeFactories)('$name: miner state across an upgrade', (factory) => {
  it('loads version-1 state from a store, keeps every cluster id, and saves version 2', async () => {
    expect(written.lines.length - fixture.lines.length).toBeGreaterThan(0);
    const opened = await factory.open();
    await opened.store.saveMinerState(fixture.state);
    await opened.store.close();

    // Restart: the composition root reads the state and hands it to the fingerprinter.
    opened.store = await opened.reopen();
    const fp = createFingerprinter({ minerState: await opened.store.loadMinerState() });
    const loaded = new Map<string, string>();
    for (const line of fixture.lines) {
      const [service] = line.partition.split('\u0000');
      const cluster = clusterOf(fp.fingerprint({ source: 'log', service, body: line.body }).explain);
      expect(cluster, line.body).toBeDefined();
      loaded.set(line.clusterId, cluster!);
    }
    // Each version-1 cluster still answers with its own id, or, where two version-1 templates
    // became one template, with the older of the two ids: no line gets a new id.
    const v1Ids = new Set((fixture.state as unknown as { clusters: { id: string }[] }).clusters.map((c) => c.id));
    for (const after of loaded.values()) expect(v1Ids.has(after)).toBe(true);
    const kept = [...loaded].filter(([before, after]) => before === after).length;
    expect(kept).toBeGreaterThanOrEqual(loaded.size - 1);
    expect(fp.dirty).toBe(true);
    await opened.store.ingest!.commit([], Date.now(), fp.exportState());
    await opened.store.close();

    opened.store = await opened.reopen();
    const saved = (await opened.store.loadMinerState()) as { version: number } | undefined;
    expect(saved?.version).toBe(2);
    const again = createFingerprinter({ minerState: saved });
    for (const line of fixture.lines) {
      const [service] = line.partition.split('\u0000');
      expect(clusterOf(again.fingerprint({ source: 'log', service, body: line.body }).explain)).toBe(loaded.get(line.clusterId));
    }
    await opened.cleanup();
  });
});
