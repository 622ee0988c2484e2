// A list closing a log line between brackets that stand apart from its members is one value
// (padded-list.ts): strongSwan 5.9.8's message.c logs each IKE message's payloads so
// (programs/strongswan, server-logs-35.test.ts), and `parsed IKE_SA_INIT response 0 [ … ]` was one
// template per length of the list.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (needle: string) => {
  const rows = loadServerLog('strongswan.ndjson').filter((r) => r.body.includes(needle));
  const fp = createFingerprinter();
  return { rows: rows.length, ids: new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'charon', body: r.body })))).size };
};

describe('a padded list closing a log line', () => {
  it('is one value, whatever its length, an empty one too', () => {
    expect(templateTokens('parsed IKE_SA_INIT response <int> [ SA KE No N(NATD_S_IP) N(NATD_D_IP) ]', 40)).toEqual(['parsed', 'IKE_SA_INIT', 'response', '<int> <*>']);
    expect(templateTokens('parsed IKE_SA_INIT response <int> [ N(NO_PROP) ]', 40)).toEqual(['parsed', 'IKE_SA_INIT', 'response', '<int> <*>']);
    expect(templateTokens('generating INFORMATIONAL response <int> [ ]', 40)).toEqual(['generating', 'INFORMATIONAL', 'response', '<int> <*>']);
    expect(templateTokens('parsed INFORMATIONAL request <int> [ D ]', 40).at(-1)).toBe('<int> <*>');
  });

  it("near misses: an init script's status, a list with words after it, an unclosed bracket stay", () => {
    expect(templateTokens('starting slurmctld: [  OK  ]', 40)).toEqual(['starting', 'slurmctld:', '[', 'OK', ']']);
    expect(templateTokens('starting slurmctld: [ FAILED ]', 40)).toContain('FAILED');
    expect(templateTokens('Starting periodic command scheduler: cron [ done ]', 40)).toContain('done');
    expect(templateTokens('Checking disks [ WARN ]', 40)).toContain('WARN');
    expect(templateTokens('got [ SA KE ] then stopped', 40)).toEqual(['got', '[', 'SA', 'KE', ']', 'then', 'stopped']);
    expect(templateTokens('list opens [ SA KE', 40)).toContain('KE');
  });

  it("near misses: a status message padded in brackets, a sentence, stays its words (ZNC's PrintStatus)", () => {
    expect(templateTokens('Opening config [/srv/znc/configs/znc.conf]... [ Not a file ]', 40)).toContain('file');
    expect(templateTokens('[ Unable to bind: Address already in use ]', 40)).toContain('bind:');
    const fp = createFingerprinter();
    const ids = ['Opening config [/a/znc.conf]... [ No such file ]', 'Opening config [/b/znc.conf]... [ Not a file ]', 'Opening config [/c/znc.conf]... '].map((body) => fp.fingerprint({ source: 'log', service: 'z', body }).fingerprint);
    expect(new Set(ids).size).toBe(3);
    // a list whose members are names and codes, one lower-case word among them, is still one value
    expect(templateTokens('generating IKE_AUTH response 1 [ IDi N(INIT_CONTACT) cert AUTH ]', 40)).not.toContain('cert');
  });

  it("real: charon's parsed and generated messages are one signature per exchange and direction", () => {
    expect(signatures('parsed IKE_SA_INIT response')).toEqual({ rows: 4, ids: 1 });
    expect(signatures('generating IKE_SA_INIT response')).toEqual({ rows: 7, ids: 1 });
    expect(signatures('parsed IKE_AUTH response')).toEqual({ rows: 3, ids: 1 });
    expect(signatures('generating IKE_AUTH response')).toEqual({ rows: 3, ids: 1 });
  });

  it('keeps exchanges and directions apart', () => {
    expect(signatures('parsed IKE_SA_INIT ')).toEqual({ rows: 8, ids: 2 });
  });
});
