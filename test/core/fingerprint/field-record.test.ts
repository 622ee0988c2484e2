// A record of fields joined by `;` in one whitespace token is read field by field
// (src/core/fingerprint/field-record.ts). Real lines: Nagios Core 4.4.6's nagios.log
// (test/fixtures/fingerprint/programs/nagios, server-logs-10.test.ts), `SERVICE ALERT:
// host;service;STATE;TYPE;attempt;output`: read whole, the record was a value, and SOFT and
// HARD alerts, CRITICAL and WARNING ones, were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { fieldRecordTokens } from '../../../src/core/fingerprint/field-record.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const nagios = loadServerLog('nagios.ndjson');
const mine = (rows: { body: string }[]) => {
  const f = createFingerprinter();
  return resolveAliases(rows.map((r) => f.fingerprint({ source: 'log', service: 'nagios', body: r.body })));
};

describe('a record of fields joined by `;`', () => {
  it('keeps the fields in capitals, reads the others as values and the last as any token', () => {
    expect(fieldRecordTokens('web1;postgres;CRITICAL;SOFT;1;connect', (f) => f)).toEqual(['<*>;', '<*>;', 'CRITICAL;', 'SOFT;', '<*>;', 'connect']);
    expect(fieldRecordTokens('queue1;UP;HARD;1;', (f) => f)).toEqual(['<*>;', 'UP;', 'HARD;', '<*>;']);
  });

  it("Nagios's SOFT and HARD alerts of each output are apart, and each is one signature over hosts and services", () => {
    const rows = nagios.filter((r) => r.group.startsWith('logging.c SERVICE ALERT') && r.group.includes('connect to address'));
    const sigs = mine(rows);
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(sigs[i]));
    expect([...byGroup.keys()].length).toBe(2);
    for (const s of byGroup.values()) expect(s.size).toBe(1);
    expect(new Set(sigs).size).toBe(2);
    expect(new Set(rows.map((r) => r.body.split(';')[1])).size).toBeGreaterThan(2);
  });

  it('near misses: a record with no field in capitals, a quoted text and two fields are left as they were', () => {
    // Torque's server log header (os-logs set): names and numbers only
    expect(fieldRecordTokens('00:13:59;0004;PBS_Server;Svr;svr_connect;attempting', (f) => f)).toBeUndefined();
    expect(fieldRecordTokens('"a;B;CRITICAL"', (f) => f)).toBeUndefined();
    expect(fieldRecordTokens('web1;postgres', (f) => f)).toBeUndefined();
  });
});
