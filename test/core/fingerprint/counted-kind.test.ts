// A CamelCase type name closing a line right after a count is the kind counted, a value
// (counted-kind.ts): icinga2 2.13.6's `Instantiated %d %s.` (programs/icinga2,
// server-logs-36.test.ts) was a template per type with a two-word name.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('the kind a count closes a line with', () => {
  it('is a value, as a one-word type name there already was', () => {
    expect(templateTokens('information/ConfigItem: Instantiated <int> NotificationComponent.', 40)).toEqual(['information/ConfigItem:', 'Instantiated', '<int> <*>']);
    expect(templateTokens('information/ConfigItem: Instantiated <int> CheckCommands.', 40)).toEqual(templateTokens('information/ConfigItem: Instantiated <int> Hosts.', 40));
  });

  it('near misses: a failure type, a name after a word or another value, a constant, words after it and a bare line stay', () => {
    expect(templateTokens('worker: caught <int> TimeoutException.', 40)).toContain('TimeoutException.');
    expect(templateTokens('worker: retried <int> ConnectionErrors', 40)).toContain('ConnectionErrors');
    expect(templateTokens('information/cli: Started NotificationComponent.', 40)).toContain('NotificationComponent.');
    expect(templateTokens('peer: connected <ip> CheckerComponent', 40)).toContain('CheckerComponent');
    expect(templateTokens('zookeeper: state <int> LOOKING', 40)).toContain('LOOKING');
    expect(templateTokens('loader: loaded <int> ApiUsers from disk', 40)).toContain('ApiUsers');
    expect(templateTokens('<int> CheckCommands', 40)).toContain('CheckCommands');
  });

  it("real: icinga2's instantiated types are one signature", () => {
    const rows = loadServerLog('icinga2.ndjson').filter((r) => r.body.includes('information/ConfigItem: Instantiated '));
    const fp = createFingerprinter();
    const ids = new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'icinga2', body: r.body }))));
    expect({ rows: rows.length, ids: ids.size }).toEqual({ rows: 14, ids: 1 });
  });
});
