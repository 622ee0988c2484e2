// The line a relay passes on, in brackets after the direction it went, is one value
// (relayed-line.ts): found in ZNC 1.8.2's debug output (programs/znc, server-logs-56.test.ts),
// whose `(%s/%s) IRC -> ZNC [%s]` and three other directions put 476 lines of five statements in
// over a hundred signatures on main.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isRelayedLineSender, relayedLineEnd } from '../../../src/core/fingerprint/relayed-line.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};
const tokens = (s: string) => s.split(' ');

describe('a relayed line after its direction', () => {
  it('runs from the bracket after `NAME -> NAME` to the line end, and only there', () => {
    expect(relayedLineEnd(tokens('(alice/local) IRC -> ZNC [CAP LS]'), 4)).toBe(5);
    expect(relayedLineEnd(tokens('IRC -> ZNC [:irc.test.local 001 alice :Welcome]'), 3)).toBe(6);
    expect(relayedLineEnd(tokens('(127.0.0.1) CLI -> ZNC []'), 4)).toBe(4);
    expect(relayedLineEnd(tokens('[peer] SRV <- CLI [PING :x]'), 4)).toBe(5);
    expect(isRelayedLineSender(tokens('(alice/local) ZNC -> CLI [NOTICE x]'), 0)).toBe(true);
    // a state change after a word, lower-case names, one name twice, a line going on after the bracket
    expect(relayedLineEnd(tokens('link state UP -> DOWN [carrier lost]'), 5)).toBe(-1);
    expect(relayedLineEnd(tokens('(eth0) up -> down [carrier lost]'), 4)).toBe(-1);
    expect(relayedLineEnd(tokens('(a) ZNC -> ZNC [x]'), 4)).toBe(-1);
    expect(relayedLineEnd(tokens('(a) IRC -> ZNC [x] dropped'), 4)).toBe(-1);
    expect(relayedLineEnd(tokens('(a) IRC to ZNC [x]'), 4)).toBe(-1);
    // a masked value may have taken the closing bracket with it, but not after the bracket closed
    expect(relayedLineEnd(tokens('(a) ZNC -> IRC [QUIT :ZNC - <url>'), 4)).toBe(7);
    expect(relayedLineEnd(tokens('(a) IRC -> ZNC [x] dropped <url>'), 4)).toBe(-1);
  });

  it('makes one statement of every line relayed, whoever sent it', () => {
    const ids = signatures('z', [
      '[2026-12-07 04:39:02.631827] (alice/local) ZNC -> IRC [CAP LS]',
      '[2026-12-07 04:39:02.631858] (alice/local) ZNC -> IRC [PASS letmein]',
      '[2026-12-07 04:39:02.631899] (bob/local) ZNC -> IRC [USER bob "bob" "bob" :bob of the tests]',
      '[2026-12-07 04:40:00.230457] (alice/local) ZNC -> IRC [QUIT :ZNC 1.8.2+deb3.1+deb12u2 - https://znc.in]',
    ]);
    expect(new Set(ids).size).toBe(1);
    const other = signatures('z', ['[2026-12-07 04:39:02.631827] (alice/local) IRC -> ZNC [CAP LS]', '[2026-12-07 04:39:02.631827] (alice/local) ZNC -> IRC [CAP LS]']);
    expect(other[0]).not.toBe(other[1]);
  });

  it('near misses: a state change with its reason, lower-case states, a text going on after the bracket stay apart', () => {
    const states = signatures('s', ['link eth0 state UP -> DOWN [carrier lost]', 'link eth0 state UP -> DOWN [admin down]']);
    expect(states[0]).not.toBe(states[1]);
    const lower = signatures('l', ['(eth0) up -> down [carrier lost]', '(eth0) up -> down [admin down]']);
    expect(lower[0]).not.toBe(lower[1]);
    const after = signatures('a', ['(a) IRC -> ZNC [PING] dropped: queue full', '(a) IRC -> ZNC [PING] dropped: socket closed']);
    expect(after[0]).not.toBe(after[1]);
  });

  it("real: ZNC's ReadLine, PutIRCRaw and CClient::ReadLine are one signature each", () => {
    const rows = loadServerLog('znc.ndjson');
    const ids = signatures('znc', rows.map((r) => r.body));
    for (const statement of ['CIRCSock::ReadLine', 'CIRCSock::PutIRCRaw', 'CClient::ReadLine']) {
      expect(new Set(ids.filter((_, i) => rows[i].group.includes(statement))).size).toBe(1);
    }
  });
});
