// Words joined by `/` right before a value label it as a word there does (template-tokens.ts
// labelsSlashedValue): found in NTPsec 1.2.2's restrict lines (programs/ntpsec,
// server-logs-21.test.ts), where ntp_config.c's `restrict: ignoring line %d, address/host '%s'
// unusable.` and `restrict: ignoring line %d, mask '%s' unusable.` were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentWords } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const ids = (bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'ntpsec', body })));
};

describe('words joined by a slash before a value', () => {
  it('differ from a word or another such label before a value', () => {
    expect(differentWords('address/host', 'mask', '<*>', '<*>')).toBe(true);
    expect(differentWords('read/write', 'address/host', '<*>', '<*>')).toBe(true);
  });

  it('near misses: a slashed token not before a value, or with digits or dots, is read as before', () => {
    // A value can hold a slash (`library/redis` beside `redis`): then what follows is no value.
    expect(differentWords('library/redis', 'redis', 'pulled', 'pulled')).toBe(false);
    expect(differentWords('library/redis', 'redis')).toBe(false);
    expect(differentWords('hr/pay2', 'payroll', '<*>', '<*>')).toBe(false);
    expect(differentWords('conf/app.ini', 'defaults', '<*>', '<*>')).toBe(false);
  });

  it("real: NTPsec's unusable restrict address and unusable mask are two signatures, each address one", () => {
    const rows = loadServerLog('ntpsec.ndjson').filter((r) => r.body.includes('CONFIG: restrict: ignoring line'));
    const address = rows.filter((r) => r.body.includes('address/host'));
    const mask = rows.filter((r) => r.body.includes(', mask '));
    expect([address.length, mask.length]).toEqual([3, 1]);
    const got = ids(rows.map((r) => r.body));
    const addressIds = new Set(got.filter((_, i) => rows[i].body.includes('address/host')));
    const maskIds = new Set(got.filter((_, i) => rows[i].body.includes(', mask ')));
    expect(addressIds.size).toBe(1);
    expect([...maskIds].some((id) => addressIds.has(id))).toBe(false);
  });
});
