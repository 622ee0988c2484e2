// The IKE_SA tag strongSwan's logger writes after the thread and subsystem only when a record
// belongs to one (`05[NET] <1>`, `09[CFG] <gw-sun|3>`) is left out (ike-sa-tag.ts): sender.c's
// `sending packet: …` with and without it was two templates (programs/strongswan,
// server-logs-35.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutIkeSaTag } from '../../../src/core/fingerprint/ike-sa-tag.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe("strongSwan's IKE_SA tag", () => {
  it('is left out after the thread and subsystem, with a name or without', () => {
    expect(withoutIkeSaTag('<date> <int>[NET] <<int>> sending packet')).toBe('<date> <int>[NET] sending packet');
    expect(withoutIkeSaTag('<date> <int>[CFG] <gw-sun|<int>> selected peer config')).toBe('<date> <int>[CFG] selected peer config');
    expect(withoutIkeSaTag('<int>[IKE] <<int>> retransmit')).toBe('<int>[IKE] retransmit');
    expect(withoutIkeSaTag('<int>[NET1] <<int>> x')).toBe('<int>[NET1] x');
  });

  it('near misses: a word in angle brackets, a tag elsewhere, a tag with no id stay', () => {
    expect(withoutIkeSaTag('<date> <int>[NET] <stdin> closed')).toBe('<date> <int>[NET] <stdin> closed');
    expect(withoutIkeSaTag('copied <foo|<int>> twice')).toBe('copied <foo|<int>> twice');
    expect(withoutIkeSaTag('<int>[net] <<int>> x')).toBe('<int>[net] <<int>> x');
    expect(withoutIkeSaTag('<date> [NET] <<int>> x')).toBe('<date> [NET] <<int>> x');
  });

  it("real: charon's `sending packet` is one signature with and without an IKE_SA", () => {
    const rows = loadServerLog('strongswan.ndjson').filter((r) => r.body.includes('sending packet: from'));
    const fp = createFingerprinter();
    const ids = new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'charon', body: r.body }))));
    expect(rows.some((r) => !/\] </.test(r.body))).toBe(true);
    expect({ rows: rows.length, ids: ids.size }).toEqual({ rows: 26, ids: 1 });
  });
});
