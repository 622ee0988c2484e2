// A quoted name opening a log line's message is a value with two names seen there, not three,
// where the service already opens another statement's message with a value (head-value-place.ts,
// miner.ts HEAD_QUOTED_VALUE_WORDS_WHERE_VALUES_OPEN). Monit 5.33 (programs/monit, monit.ndjson,
// server-logs-15.test.ts) starts every event of a check with the check's name, and a statement
// logs only the checks configured for its kind: two directories (`'spool' directory doesn't
// exist`, `'uploads' …`), two checksums, two permission tests, each pair one statement of
// validate.c that stayed two signatures, while `'%s' trying to restart`, logged for every check,
// had joined at three. The names are the operator's and may be any word, `'uploads'`, `'big'`,
// `'other'` too, which elsewhere would state a failure or be grammar: at such a head they do not
// keep lines apart.
//
// monit.ndjson (npx tsx bench/grouping-server-logs.ts): Rounds GA 0.575 → 0.784 with this rule
// (Drain3 0.470); no other set moved.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { opensWithValueAt } from '../../../src/core/fingerprint/head-value-place.js';
import { resolveAliases } from '../../helpers/loghub.js';

const mine = (bodies: string[], service = 'monit') => {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service, body })));
};

const T = '[2026-12-05T23:05:13+0000]';
/** `'%s' trying to restart` for three checks: the service's head now holds a value. */
const RESTARTS = ['nginxconf', 'appconf', 'tlskey'].map((c) => `${T} info     : '${c}' trying to restart`);

describe('a quoted name opening the message of a service whose head holds values', () => {
  it("two checks' `'%s' directory doesn't exist` are one statement once another statement opens with a value", () => {
    const sigs = mine([...RESTARTS, `${T} error    : 'spool' directory doesn't exist`, `${T} error    : 'uploads' directory doesn't exist`]);
    expect(new Set(sigs.slice(0, 3)).size).toBe(1);
    expect(sigs[3]).toBe(sigs[4]);
    expect(sigs[3]).not.toBe(sigs[0]);
  });

  it('names that are also failure or grammar words (`big`, `other`) join there too', () => {
    const sigs = mine([
      ...RESTARTS,
      `${T} error    : 'big' permission test failed for /tmp/x/big.dat [current permission 0644]`,
      `${T} error    : 'other' permission test failed for /tmp/x/other.dat [current permission 0644]`,
    ]);
    expect(sigs[3]).toBe(sigs[4]);
  });

  it('bare bodies (the Collector took the prefix off) join alike', () => {
    const sigs = mine([...RESTARTS.map((l) => l.replace(/^.* : /, '')), "'spool' directory doesn't exist", "'uploads' directory doesn't exist"]);
    expect(sigs[3]).toBe(sigs[4]);
  });

  it('near miss: with no statement opening with a value, two quoted head names stay two statements (MariaDB 10.11, mariadb-error.ndjson)', () => {
    const sigs = mine(
      [
        "2026-12-05  1:59:10 0 [Warning] 'user' entry 'root@vm' ignored in --skip-name-resolve mode.",
        "2026-12-05  1:59:10 0 [Warning] 'proxies_priv' entry '@% root@vm' ignored in --skip-name-resolve mode.",
      ],
      'mariadb',
    );
    expect(new Set(sigs).size).toBe(2);
  });

  it('near miss: without that sign, failure-word names at the head stay apart as before', () => {
    const sigs = mine([`${T} error    : 'big' permission test failed for /tmp/x/a.dat`, `${T} error    : 'other' permission test failed for /tmp/x/a.dat`]);
    expect(new Set(sigs).size).toBe(2);
  });

  it('near miss: the sign lowers the count at the head only; a quoted name later in the line still needs five', () => {
    const sigs = mine([...RESTARTS, `${T} info     : creating table 'users' in ram`, `${T} info     : creating table 'orders' in ram`]);
    expect(sigs[3]).not.toBe(sigs[4]);
  });

  it('near miss: two statements about the same two checks stay apart from each other', () => {
    const sigs = mine([
      ...RESTARTS,
      `${T} error    : 'spool' directory doesn't exist`,
      `${T} error    : 'uploads' directory doesn't exist`,
      `${T} error    : 'spool' directory is not writable`,
      `${T} error    : 'uploads' directory is not writable`,
    ]);
    expect(sigs[3]).toBe(sigs[4]);
    expect(sigs[5]).toBe(sigs[6]);
    expect(sigs[3]).not.toBe(sigs[5]);
  });

  it('a template opens with a value only where words of the statement follow it, not a run of tags', () => {
    expect(opensWithValueAt(['<*>', 'info', ':', '<*>', 'trying', 'to', 'restart'], 3)).toBe(true);
    expect(opensWithValueAt(['<*>', '<int>', '<*>', '<*>', '<*>', 'CA', 'certificate'], 3)).toBe(false);
    expect(opensWithValueAt(['<*>', 'info', ':', "'vm'", 'Monit', 'started'], 3)).toBe(false);
    expect(opensWithValueAt(['<*>', 'info', ':', 'Starting', '<*>', 'daemon'], 4)).toBe(false);
  });
});
