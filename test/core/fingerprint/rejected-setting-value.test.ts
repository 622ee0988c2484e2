// What follows `unknown` / `invalid` in a log line (rejected-setting-value.ts): found in hostapd
// 2.10's refusals of a hostapd.conf (programs/hostapd, server-logs-26.test.ts), where
// config_file.c's `Line %d: unknown hw_mode '%s'` and `Line %d: invalid key_mgmt '%s'` were a
// signature per value quoted, and five statements `Line %d: invalid <setting> …` were one.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a quoted text after unknown or invalid and what it rejects', () => {
  it('is the value rejected after a setting written as its snake_case key', () => {
    expect(templateTokens("Line 4: unknown hw_mode 'q'", 40)).toContain('<name>');
    expect(templateTokens("Line 8: invalid key_mgmt 'WPA-PSKX'", 40)).toContain('<name>');
  });

  it("near misses: after a plain word (a database's object, a type, a setting), or without the rejecting word, the quoted name stays", () => {
    expect(templateTokens("Unknown column 'email'", 40)).toContain("'email'");
    expect(templateTokens("unknown type 'Order'", 40)).toContain("'Order'");
    expect(templateTokens("Line 9: invalid cipher 'CCMPX'.", 40)).toContain("'CCMPX'.");
    expect(templateTokens("the hw_mode 'q' was set", 40)).toContain("'q'");
  });

  it('the word right after unknown / invalid names what is rejected: statements apart; the name after it still varies', () => {
    const ids = signatures('ap', ['Line 3: invalid dtim_period 0', 'Line 5: invalid fragm_threshold 100', 'Line 7: invalid beacon_int 5', 'Line 8: invalid rts_threshold 9']);
    expect(new Set(ids).size).toBe(4);
    const users = signatures('sshd', ['Invalid user alice from 10.0.0.1 port 4000', 'Invalid user bob from 10.0.0.2 port 4001', 'Invalid user carol from 10.0.0.3 port 4002', 'Invalid user dave from 10.0.0.4 port 4003']);
    expect(new Set(users).size).toBe(1);
  });

  it("real: hostapd's rejected hw_mode and key_mgmt values and its invalid settings are one signature per statement", () => {
    const rows = loadServerLog('hostapd.ndjson').filter((r) => /: Line \d+: (unknown hw_mode|invalid (?!cipher))/.test(r.body));
    expect(rows.length).toBeGreaterThan(10);
    const ids = signatures('hostapd', rows.map((r) => r.body));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(ids[i]));
    for (const held of byGroup.values()) expect(held.size).toBe(1);
    expect(new Set(ids).size).toBe(byGroup.size);
  });
});
