// stunnel's two line heads (stunnel-log-head.ts): found in stunnel 5.68's foreground log
// (programs/stunnel, server-logs-18.test.ts), where each start-up statement written both before its
// configuration is read (`[.] FIPS mode disabled`) and after (`2026.12.06 01:44:02 LOG5[ui]: FIPS
// mode disabled`) was two signatures, seven statements in all.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutStunnelHead } from '../../../src/core/fingerprint/stunnel-log-head.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe("stunnel's line heads", () => {
  it('leaves out the dated head and the raw mark, and nothing else', () => {
    expect(withoutStunnelHead('2026.12.06 01:44:02 LOG5[ui]: FIPS mode disabled')).toBe('FIPS mode disabled');
    expect(withoutStunnelHead('2026.12.06 01:44:09 LOG3[12]: s_connect: connect 127.0.0.1:1: Connection refused (111)')).toBe('s_connect: connect 127.0.0.1:1: Connection refused (111)');
    expect(withoutStunnelHead('[.] FIPS mode disabled')).toBe('FIPS mode disabled');
    expect(withoutStunnelHead('[!] Service [smtp]: No certificate or private key specified')).toBe('Service [smtp]: No certificate or private key specified');
    expect(withoutStunnelHead('[ ] Initializing service [smtp]')).toBe('Initializing service [smtp]');
    // Near misses: another character in the brackets, a mark not at the start, another date, no id.
    for (const line of ['[x] done', '[-] skipped', '[+] added', 'state [.] kept', '[.]FIPS', '2026-12-06 01:44:02 LOG5[ui]: FIPS mode disabled', '2026.12.06 01:44:02 LOG5: FIPS mode disabled', '2026.12.06 01:44:02 LOG9[ui]: x'])
      expect(withoutStunnelHead(line)).toBe(line);
  });

  it('gives one statement under both heads one signature, and keeps two statements apart', () => {
    const ids = signatures('stunnel', ['[.] FIPS mode disabled', '2026.12.06 01:44:02 LOG5[ui]: FIPS mode disabled', '[.] UTF-8 byte order mark not detected', '2026.12.06 01:45:10 LOG5[ui]: UTF-8 byte order mark not detected']);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });

  it("real: stunnel's statements are one signature each, under either head", () => {
    const rows = loadServerLog('stunnel.ndjson');
    const ids = signatures('stunnel', rows.map((r) => r.body));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(ids[i]));
    const twoHeads = [...byGroup.keys()].filter((g) => rows.some((r) => r.group === g && r.body.startsWith('[')) && rows.some((r) => r.group === g && /^\d{4}\./.test(r.body)));
    expect(twoHeads.length).toBeGreaterThanOrEqual(7);
    for (const g of twoHeads) expect(byGroup.get(g)!.size, g).toBe(1);
    expect(new Set(ids).size).toBe(byGroup.size);
  });
});
