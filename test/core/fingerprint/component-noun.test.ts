// A word before a noun naming a kind of the program's parts (component-noun.ts): found in InfluxDB
// 1.6's start-up (programs/influxdb, server-logs-50.test.ts), where six services' `Starting <name>
// service` statements were one signature once three lower-case names had stood before `service`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isComponentNoun } from '../../../src/core/fingerprint/component-noun.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a word naming which of the program’s parts, before service / listener / worker…', () => {
  it('knows the nouns, closing punctuation aside, and no other word', () => {
    for (const noun of ['service', 'service.', 'listener', 'workers', 'plugin,', 'thread']) expect(isComponentNoun(noun)).toBe(true);
    for (const word of ['from', 'user', 'services-x', 'Service', 'serviced', undefined]) expect(isComponentNoun(word)).toBe(false);
  });

  it('keeps the statements of each part apart, however many parts there are', () => {
    const ids = signatures('db', ['Starting monitor service', 'Starting precreation service', 'Starting snapshot service', 'Starting retention service', 'Starting continuous query service']);
    expect(new Set(ids).size).toBe(5);
    const workers = signatures('q', ['stopping reaper worker now', 'stopping mailer worker now', 'stopping indexer worker now']);
    expect(new Set(workers).size).toBe(3);
  });

  it('near misses: a name before any other word, or after the noun, is still a value once three differ', () => {
    const users = signatures('sshd', ['Failed password for alice from 10.0.0.1 port 4000 ssh2', 'Failed password for deploy from 10.0.0.2 port 4001 ssh2', 'Failed password for root from 10.0.0.3 port 4002 ssh2']);
    expect(new Set(users).size).toBe(1);
    const after = signatures('xmpp', ['Deactivated service s2s now', 'Deactivated service c2s now', 'Deactivated service http now']);
    expect(new Set(after).size).toBe(1);
    const queues = signatures('q', ['draining queue mail at shutdown', 'draining queue index at shutdown', 'draining queue thumbs at shutdown']);
    expect(new Set(queues).size).toBe(1);
  });

  it("real: InfluxDB's start-up statements are one signature each", () => {
    const rows = loadServerLog('influxdb.ndjson').filter((r) => /msg="Starting /.test(r.body));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const ids = signatures('influxdb', rows.map((r) => r.body));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(ids[i]));
    for (const held of byGroup.values()) expect(held.size).toBe(1);
    expect(new Set(ids).size).toBe(byGroup.size);
  });
});
