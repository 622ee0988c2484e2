// An object's name built from its kind and the names it was given keeps the kind and masks the
// names (kinded-object-name.ts): found in ZNC 1.8.2's socket names (`IRC::alice::local`,
// `USR::alice`; programs/znc, server-logs-56.test.ts), read as code on main, each user's lines a
// template of their own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentObjectKinds, kindedObjectNameClass } from '../../../src/core/fingerprint/kinded-object-name.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a kinded object name', () => {
  it('keeps the kind in capitals and masks the names after it, and only there', () => {
    expect(kindedObjectNameClass('IRC::alice::local', '<*>')).toBe('IRC::<*>');
    expect(kindedObjectNameClass('IRC::bob::local,', '<*>')).toBe('IRC::<*>,');
    expect(kindedObjectNameClass('USR::alice', '<*>')).toBe('USR::<*>');
    expect(kindedObjectNameClass('USR::???', '<*>')).toBe('USR::<*>');
    for (const code of ['std::vector', 'routines::unsupported', 'CZNC::AddUser', 'IO::Socket::INET', 'DBD::Pg::st', 'PDO::prepare():', 'Cache::get', 'IRC::Alice']) {
      expect(kindedObjectNameClass(code, '<*>')).toBeUndefined();
    }
    expect(differentObjectKinds('IRC::<*>', 'USR::<*>')).toBe(true);
    expect(differentObjectKinds('IRC::<*>', 'IRC::<*>')).toBe(false);
  });

  it('makes one statement of every object of a kind, and two of two kinds', () => {
    const ids = signatures('z', ['IRC::alice::local == Connected()', 'IRC::bob::local == Connected()', 'IRC::carol::freenode == Connected()']);
    expect(new Set(ids).size).toBe(1);
    const kinds = signatures('z', ['IRC::alice::local == Disconnected()', 'USR::alice == Disconnected()', 'IRC::bob::local == Disconnected()', 'USR::bob == Disconnected()']);
    expect(kinds[0]).toBe(kinds[2]);
    expect(kinds[1]).toBe(kinds[3]);
    expect(kinds[0]).not.toBe(kinds[1]);
  });

  it('near misses: code paths and functions called stay apart', () => {
    const methods = signatures('p', ['PDO::prepare(): SQLSTATE[HY000]: General error', 'PDO::exec(): SQLSTATE[HY000]: General error']);
    expect(methods[0]).not.toBe(methods[1]);
    const paths = signatures('c', ['panic in Cache::get while loading', 'panic in Cache::put while loading']);
    expect(paths[0]).not.toBe(paths[1]);
  });

  it("real: ZNC's CIRCSock::Connected and the TDNS connecting line are one signature each, CIRCSock's and CClient's Disconnected two", () => {
    const rows = loadServerLog('znc.ndjson');
    const ids = signatures('znc', rows.map((r) => r.body));
    const of = (s: string) => new Set(ids.filter((_, i) => rows[i].group.includes(s)));
    expect(of('CIRCSock::Connected').size).toBe(1);
    expect(of('TDNS: %s, connecting to').size).toBe(1);
    const irc = of('CIRCSock::Disconnected');
    const usr = of('CClient::Disconnected');
    expect(irc.size).toBe(1);
    expect(usr.size).toBe(1);
    expect([...irc][0]).not.toBe([...usr][0]);
  });
});
