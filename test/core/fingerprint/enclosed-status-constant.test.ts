// A status constant in brackets or quotes is the outcome a log line reports, not a value
// (outcome-words.ts `isEnclosedStatusConstant`). Real lines of Samba 4.17.12's smbd
// (samba.ndjson, programs/samba/generate.sh): auth_log.c writes `status [%s]` with the NT
// status's name, and the JSON audit record `"status": "…"`; a wrong password and an unknown
// user are two outcomes. Near misses: the same status with another user, host and port stays
// one signature; a quoted constant that names no status stays a value (Synapse's command name,
// https://github.com/spantaleev/matrix-docker-ansible-deploy/issues/2849); a workgroup in
// brackets stays a value.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { TemplateMiner } from '../../../src/core/fingerprint/miner.js';
import { isEnclosedStatusConstant } from '../../../src/core/fingerprint/outcome-words.js';
import { WILDCARD } from '../../../src/core/fingerprint/template-tokens.js';
import { loadServerLog } from './server-log-set.js';

const rows = loadServerLog('samba.ndjson');
const bodies = (group: string) => rows.filter((r) => r.group === group).map((r) => r.body);
const signature = (fp: ReturnType<typeof createFingerprinter>, body: string) => fp.fingerprint({ source: 'log', service: 'samba', body }).fingerprint;

describe('a status constant in brackets or quotes', () => {
  it("keeps Samba's Auth lines of two NT statuses apart, and one status's lines together", () => {
    const fp = createFingerprinter();
    const wrong = bodies('auth/auth_log.c Auth: status NT_STATUS_WRONG_PASSWORD');
    const unknown = bodies('auth/auth_log.c Auth: status NT_STATUS_NO_SUCH_USER');
    expect(wrong.length).toBeGreaterThan(1);
    const a = signature(fp, wrong[0]);
    const b = signature(fp, unknown.find((l) => l.includes('[bob1]'))!);
    expect(a).not.toBe(b);
    // Near miss: the same status for another user, from another port, is the same signature.
    expect(signature(fp, wrong[1])).toBe(a);
    expect(signature(fp, unknown.find((l) => l.includes('[bob2]'))!)).toBe(b);
  });

  it("keeps Samba's JSON audit records of two NT statuses apart", () => {
    const fp = createFingerprinter();
    const wrong = bodies('auth/auth_log.c JSON Authentication NT_STATUS_WRONG_PASSWORD');
    const unknown = bodies('auth/auth_log.c JSON Authentication NT_STATUS_NO_SUCH_USER');
    const a = signature(fp, wrong[0]);
    expect(signature(fp, unknown[0])).not.toBe(a);
    expect(signature(fp, wrong[1])).toBe(a);
  });

  it('leaves a quoted constant that names no status, and a bracketed workgroup, a value', () => {
    const miner = new TemplateMiner();
    const synapse = "Aug 30 11:33:45 rootsrv matrix-synapse[2733]: 2023-08-30 09:33:45,954 - synapse.replication.tcp.handler - 733 - WARNING - store_retry_timings-37401 - Dropping command as not connected: 'REMOTE_SERVER_UP'";
    expect(miner.tokens(synapse).at(-1)).toBe(WILDCARD);
    expect(isEnclosedStatusConstant("'REMOTE_SERVER_UP'")).toBe(false);
    expect(isEnclosedStatusConstant('[WORKGROUP]')).toBe(false);
    expect(isEnclosedStatusConstant('[NTLMv2]')).toBe(false);
    expect(isEnclosedStatusConstant('[NT_STATUS_OK]')).toBe(true);
    expect(isEnclosedStatusConstant('"NT_STATUS_NO_SUCH_USER",')).toBe(true);
  });
});
