// A member of one of a program's enumerations at one place of a statement (enumerated-constant.ts):
// found in gearmand 1.1.20's debug log (programs/gearmand, server-logs-59.test.ts), where thread.cc's
// `Received %s` and `Sent %s` and server.cc's `PACKET COMMAND: %s`, each naming the protocol
// command gearman_strcommand() looked up, were 24, 14 and 23 signatures: words in capitals were
// the program's own vocabulary to the miner, never a value's place.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { ENUMERATED_VALUE_WORDS, isEnumeratedConstant } from '../../../src/core/fingerprint/enumerated-constant.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

// Command names of the Gearman protocol (gearmand's libgearman/command.cc table), as gearmand prints them.
const COMMANDS = ['GEARMAN_SUBMIT_JOB_BG', 'GEARMAN_GRAB_JOB', 'GEARMAN_CAN_DO', 'GEARMAN_SET_CLIENT_ID', 'GEARMAN_WORK_DATA', 'GEARMAN_PRE_SLEEP', 'GEARMAN_GRAB_JOB_UNIQ', 'GEARMAN_ECHO_REQ'];

describe('a member of an enumeration, in capitals joined by `_`', () => {
  it('knows the constants that name things, not those that state a failure or an outcome code', () => {
    for (const word of ['GEARMAN_SUBMIT_JOB_BG', 'JOB_ASSIGN', 'NO_JOB', 'WORK_COMPLETE', 'SSL_MODE_2']) expect(isEnumeratedConstant(word)).toBe(true);
    for (const word of ['NT_STATUS_WRONG_PASSWORD', 'KDC_ERR_PREAUTH_FAILED', 'GEARMAN_JOB_NOT_FOUND', 'WORK_FAIL', 'ERROR_ACCESS_DENIED', 'E_NOTIMPL', 'QUEUE_ERROR'])
      expect(isEnumeratedConstant(word)).toBe(false);
    for (const word of ['LOOKING', 'Job_Name', 'job_assign', '[JOB_ASSIGN]', 'JOB_ASSIGN,', '_JOB', '9_LIVES']) expect(isEnumeratedConstant(word)).toBe(false);
  });

  it(`joins a place once it has held ${ENUMERATED_VALUE_WORDS} different constants in otherwise equal lines`, () => {
    const ids = signatures('gearmand', COMMANDS.map((c) => `DEBUG [proc] Received ${c} -> libgearman-server/thread.cc:311`));
    expect(new Set(ids.slice(ENUMERATED_VALUE_WORDS - 1)).size).toBe(1);
    expect(new Set(ids).size).toBe(1);
  });

  it('near misses: fewer constants, outcome codes, and a constant against a lower-case name stay apart', () => {
    // A program's own few modes at one place are statements of their own.
    const modes = signatures('db', ['entering SAFE_MODE now', 'entering READ_ONLY now', 'entering NORMAL_MODE now', 'entering MAINTENANCE_MODE now', 'entering RECOVERY_MODE now']);
    expect(new Set(modes).size).toBe(5);
    // Which code a program chose is the failure it reports, however many codes are seen.
    const codes = ['NT_STATUS_WRONG_PASSWORD', 'NT_STATUS_NO_SUCH_USER', 'NT_STATUS_ACCOUNT_LOCKED_OUT', 'NT_STATUS_ACCOUNT_DISABLED', 'NT_STATUS_PASSWORD_EXPIRED', 'NT_STATUS_LOGON_FAILURE', 'NT_STATUS_ACCESS_DENIED'];
    const refused = signatures('samba', codes.map((c) => `login refused with ${c} for session`));
    expect(new Set(refused).size).toBe(codes.length);
    // Lower-case names and constants at one place are not counted together.
    const mixed = signatures('q', ['Received alpha_job', 'Received beta_job', 'Received JOB_ONE', 'Received JOB_TWO', 'Received JOB_THREE', 'Received JOB_FOUR']);
    expect(mixed[2]).not.toBe(mixed[0]);
    expect(new Set(mixed.slice(2)).size).toBe(4);
  });

  it("real: gearmand's Received, Sent and PACKET COMMAND statements are one signature each", () => {
    const labels = ['libgearman-server/thread.cc:311', 'libgearman-server/thread.cc:356', 'libgearman-server/server.cc:122'];
    const rows = loadServerLog('gearmand.ndjson');
    const ids = signatures('gearmand', rows.map((r) => r.body));
    for (const label of labels) {
      const held = new Set(ids.filter((_, i) => rows[i].group === label));
      expect(held.size, label).toBe(1);
      const [id] = held;
      expect(new Set(rows.filter((_, i) => ids[i] === id).map((r) => r.group)), label).toEqual(new Set([label]));
    }
  });
});
