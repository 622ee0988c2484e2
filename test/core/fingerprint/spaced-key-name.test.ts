// The dotted name before a spaced `=` is the setting's, a word (spaced-key-name.ts): found in Apache
// ZooKeeper 3.8.0's log (programs/zookeeper, server-logs-5.test.ts), where ZooKeeperServer,
// RequestPathMetricsCollector and AuthenticationHelper log each property by its own statement
// `LOG.info("{} = {}", <PROPERTY>, value)`, and the property names, read as dotted values, left
// each class's statements one signature (6, 6 and 2 statements).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentSpacedKeys, isSpacedKeyName } from '../../../src/core/fingerprint/spaced-key-name.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};
const HEAD = '2026-12-05 08:06:22,067 - INFO  [main:ZooKeeperServer@140] - ';

describe('the dotted name before a spaced `=`', () => {
  it('is read only right before a lone `=` with a token after it', () => {
    expect(isSpacedKeyName(['zookeeper.flushDelay', '=', '<duration>'], 0)).toBe(true);
    expect(isSpacedKeyName(['zookeeper.flushDelay', '='], 0)).toBe(false);
    expect(isSpacedKeyName(['zookeeper.flushDelay=0'], 0)).toBe(false);
    expect(isSpacedKeyName(['zookeeper.flushDelay', 'is', '0'], 0)).toBe(false);
    for (const token of ['1.2.3', '<ip>', 'a.', '.a', 'a..b', 'x']) expect(isSpacedKeyName([token, '=', 'v'], 0), token).toBe(false);
    expect(differentSpacedKeys('zookeeper.flushDelay', 'zookeeper.digest.enabled', '=', '=')).toBe(true);
    expect(differentSpacedKeys('zookeeper.flushDelay', 'delay', '=', '=')).toBe(true);
    expect(differentSpacedKeys('zookeeper.flushDelay', 'zookeeper.flushDelay', '=', '=')).toBe(false);
    expect(differentSpacedKeys('zookeeper.flushDelay', 'zookeeper.digest.enabled', 'is', 'is')).toBe(false);
    expect(differentSpacedKeys('delay', 'period', '=', '=')).toBe(false);
  });

  it('keeps two settings of one class apart, and one setting on two runs together', () => {
    const ids = signatures('zookeeper', [
      `${HEAD}zookeeper.enableEagerACLCheck = false`,
      `${HEAD}zookeeper.digest.enabled = true`,
      `${HEAD}zookeeper.closeSessionTxn.enabled = true`,
      `${HEAD}zookeeper.flushDelay = 0 ms`,
      `${HEAD}zookeeper.maxWriteQueuePollTime = 0 ms`,
      `${HEAD}zookeeper.intBufferStartingSizeBytes = 1024`,
      `${HEAD}zookeeper.enableEagerACLCheck = true`,
      `${HEAD}zookeeper.flushDelay = 20 ms`,
    ]);
    expect(new Set(ids.slice(0, 6)).size).toBe(6);
    expect(ids[6]).toBe(ids[0]);
    expect(ids[7]).toBe(ids[3]);
  });

  it('near misses: the value after the sign, a key glued to its sign and a dotted name elsewhere keep their reading', () => {
    // The value on the right stays a value: one setting with two dotted values is one statement.
    const values = signatures('j', ['metrics provider = org.acme.MetricsA', 'metrics provider = org.acme.MetricsB']);
    expect(values[1]).toBe(values[0]);
    // `key=value` glued: the key was always a word, the value a value.
    const glued = signatures('j', ['set zookeeper.maxBatchSize=1000', 'set zookeeper.maxBatchSize=500']);
    expect(glued[1]).toBe(glued[0]);
    // A dotted name that no `=` follows is a value (a host, a logger): one statement.
    const hosts = signatures('j', ['connected to node-a.internal.lan now', 'connected to node-b.internal.lan now']);
    expect(hosts[1]).toBe(hosts[0]);
  });

  it("real: ZooKeeper's property statements are a signature each", () => {
    const rows = loadServerLog('zookeeper.ndjson');
    const ids = signatures('zookeeper', rows.map((r) => r.body));
    const labels = ['ZooKeeperServer@140', 'ZooKeeperServer@153', 'ZooKeeperServer@157', 'ZooKeeperServer@1496', 'ZooKeeperServer@1505', 'ZooKeeperServer@264', 'RequestPathMetricsCollector@109', 'RequestPathMetricsCollector@114', 'AuthenticationHelper@66', 'AuthenticationHelper@67'];
    for (const label of labels) {
      const held = new Set(ids.filter((_, i) => rows[i].group === label));
      expect(held.size, label).toBe(1);
      const [id] = held;
      expect(new Set(rows.filter((_, i) => ids[i] === id).map((r) => r.group)), label).toEqual(new Set([label]));
    }
  });
});
