// A name a format writes right before its own colon, after a plain word of the sentence
// (colon-closed-name.ts): found in SSSD 2.8.2's debug log (programs/sssd, server-logs-58.test.ts),
// where sysdb_domain_init_internal's `DB File for %s: %s` and `Timestamp file for %s: %s` were six
// signatures each, one per configured domain, and in gearmand 1.1.20's (programs/gearmand,
// server-logs-59.test.ts), whose gearmand_con.cc `Jobs available for %s: %u` was one signature per
// worker function: the name glued to its colon was no name to the template miner.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { colonClosedName } from '../../../src/core/fingerprint/colon-closed-name.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

const SSSD = (domain: string) => `(2026-12-07  7:30:52): [sssd] [sysdb_domain_init_internal] (0x0200): DB File for ${domain}: /var/lib/sss/db/cache_${domain}.ldb`;

describe('a name closed by its colon after a plain word', () => {
  it('reads a lower-case name and its colon after a plain word, nothing else', () => {
    expect(colonClosedName('weird:', 'for')).toEqual({ name: 'weird', close: ':' });
    expect(colonClosedName('libsqlite3:', 'initialize')).toEqual({ name: 'libsqlite3', close: ':' });
    expect(colonClosedName('cache_down.v2:', 'pool')).toEqual({ name: 'cache_down.v2', close: ':' });
    // No plain word before it: the line's or a clause's head, a value, another label.
    for (const previous of [undefined, 'tcp:', '<ip>', '12', '[sssd]', 'foo,', 'e2e']) expect(colonClosedName('weird:', previous), String(previous)).toBeUndefined();
    // Not a lower-case name closed by one colon.
    for (const token of ['Weird:', 'SafeSocks:', 'weird::', 'weird:=', 'weird', "'weird':", 'weird):', 'we ird:']) expect(colonClosedName(token, 'for'), token).toBeUndefined();
  });

  it('joins a place once it has held three names in otherwise equal lines', () => {
    const ids = signatures('sssd', ['good', 'down', 'badbind', 'badtls', 'badbase'].map(SSSD));
    expect(new Set(ids).size).toBe(1);
  });

  it('near misses: two names, a clause head, a name after a value or a label, a failure word stay apart', () => {
    // Two names are still two statements (the miner's three-words rule).
    expect(new Set(signatures('sssd', ['good', 'down'].map(SSSD))).size).toBe(2);
    // A label opening the message (a severity, a part of the program) is the program's own word.
    const heads = signatures('cc', ['error: unused variable <x>', 'warning: unused variable <x>', 'note: unused variable <x>', 'remark: unused variable <x>']);
    expect(new Set(heads).size).toBe(4);
    // Go's error chain: each operation after another label's colon is another failure.
    const ops = signatures('api', ['upstream failed: dial tcp: connect: no answer', 'upstream failed: dial tcp: read: no answer', 'upstream failed: dial tcp: write: no answer', 'upstream failed: dial tcp: lookup: no answer']);
    expect(new Set(ops).size).toBe(4);
    // After a value (a number, an address) the colon closes no name the sentence introduced.
    const afterValue = signatures('w', ['worker 12 alpha: restarted', 'worker 12 beta: restarted', 'worker 12 gamma: restarted', 'worker 12 delta: restarted']);
    expect(new Set(afterValue).size).toBe(4);
    // A word stating a kind of failure still tells the lines apart.
    const failures = signatures('q', ['job failed with timeout: retry later', 'job failed with refused: retry later', 'job failed with denied: retry later', 'job failed with unreachable: retry later']);
    expect(new Set(failures).size).toBe(4);
    // Capitalised words before the colon (the program's own titles) keep their reading.
    const titles = signatures('r', ['report section Overview: left empty', 'report section Summary: left empty', 'report section Details: left empty', 'report section Appendix: left empty']);
    expect(new Set(titles).size).toBe(4);
  });

  it("real: sssd's DB File and Timestamp file statements and gearmand's Jobs available are one signature each", () => {
    const cases: [string, string, string[]][] = [
      ['sssd.ndjson', 'sssd', ['sysdb_domain_init_internal: DB File for %s: %s', 'sysdb_domain_init_internal: Timestamp file for %s: %s']],
      ['gearmand.ndjson', 'gearmand', ['libgearman-server/gearmand_con.cc:366', 'libgearman-server/queue.cc:246']],
    ];
    for (const [file, service, labels] of cases) {
      const rows = loadServerLog(file);
      const ids = signatures(service, rows.map((r) => r.body));
      for (const label of labels) {
        const held = new Set(ids.filter((_, i) => rows[i].group === label));
        expect(held.size, label).toBe(1);
        const [id] = held;
        expect(new Set(rows.filter((_, i) => ids[i] === id).map((r) => r.group)), label).toEqual(new Set([label]));
      }
    }
  });
});
