// A word naming an IP address family by its number (address-family.ts) keeps its digit: `IPV4` /
// `IPV6`, `listen4` / `listen6` are two statements, where a word's digits are otherwise its
// instance. Found in NTPsec's nts_server.c (`NTSs: listen4 worked` / `NTSs: listen6 worked`,
// programs/ntpsec, server-logs-21.test.ts), which the last landing left one signature.
import { describe, expect, it } from 'vitest';
import { addressFamily, differentAddressFamilies } from '../../../src/core/fingerprint/address-family.js';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (lines: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(lines.map((body) => fp.fingerprint({ source: 'log', service: 'net', body })));
};

describe('an address family in a word', () => {
  it('is read from the stems that name one, with a 4 or a 6', () => {
    for (const [word, family] of [['IPv4', '4'], ['IPV6', '6'], ['inet6', '6'], ['tcp4', '4'], ['udp6:', '6'], ['icmpv6', '6'], ['listen4', '4'], ['AF_INET6', '6'], ['(v4)', '4']] as const) {
      expect(addressFamily(word)).toBe(family);
    }
    for (const word of ['CPU4', 'node6', 'sda4', 'eth6', 'v5', 'ipv46', 'IPv4Address', 'tcp']) expect(addressFamily(word)).toBeUndefined();
    expect(differentAddressFamilies('IPV4', 'IPV6')).toBe(true);
    expect(differentAddressFamilies('tcp6', 'tcp6')).toBe(false);
    expect(differentAddressFamilies('IPV4', 'CPU6')).toBe(false);
  });

  it('keeps two families apart where a word differing only in its number is one word', () => {
    expect(differentWords('listen4', 'listen6')).toBe(true);
    expect(differentWords('IPV4', 'IPV6')).toBe(true);
    // Near misses: instances stay one word.
    expect(differentWords('CPU4', 'CPU6')).toBe(false);
    expect(differentWords('node4', 'node6')).toBe(false);
    expect(differentWords('storage433', 'storage434')).toBe(false);
  });

  it('parts the lines of the two families and keeps each family one signature', () => {
    const ids = signatures([
      'MDNS: IPV4 Addr: 10.105.160.95',
      'MDNS: IPV6 Addr: 2607:f140:6000:8:c6b3:1ff:fecd:467f',
      'MDNS: IPV4 Addr: 10.105.162.105',
      'MDNS: IPV6 Addr: fe80::1',
    ]);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[1]);
    // Near miss: a CPU's index is still a value of one statement.
    const cpus = signatures(['CPU4: Core temperature above threshold, cpu clock throttled', 'CPU6: Core temperature above threshold, cpu clock throttled']);
    expect(cpus[0]).toBe(cpus[1]);
  });

  it("real: NTPsec's listen4 and listen6 lines are two signatures, each one across processes", () => {
    const rows = loadServerLog('ntpsec.ndjson').filter((r) => /NTSs: listen[46] worked/.test(r.body));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const ids = signatures(rows.map((r) => r.body));
    const four = new Set(ids.filter((_, i) => rows[i].body.includes('listen4')));
    const six = new Set(ids.filter((_, i) => rows[i].body.includes('listen6')));
    expect(four.size).toBe(1);
    expect(six.size).toBe(1);
    expect([...four][0]).not.toBe([...six][0]);
  });
});
