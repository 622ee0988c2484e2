// The bracketed text a `label:` introduces at the end of a line is one value
// (labelled-bracketed-text.ts): found in Kamailio 5.6.3's init_mod_child (programs/kamailio,
// server-logs-53.test.ts), whose `desc: [%s]` process descriptions split one statement's 13 lines
// into 9 signatures on main.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { labelledBracketedTextEnd } from '../../../src/core/fingerprint/labelled-bracketed-text.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};
const tokens = (s: string) => s.split(' ');

describe('bracketed text after a label: at the end of a line', () => {
  it('runs from the bracket after `label:` to the line end, and only there', () => {
    expect(labelledBracketedTextEnd(tokens('rank: 1 desc: [secondary timer])'), 3)).toBe(4);
    expect(labelledBracketedTextEnd(tokens('rank: 1 desc: [])'), 3)).toBe(3);
    expect(labelledBracketedTextEnd(tokens('rank: 1 desc: [tcp receiver (generic) child=0])'), 3)).toBe(6);
    // not after a lower-case label, not closing the line, a failure word inside, a second bracket
    expect(labelledBracketedTextEnd(tokens('field [Via: SIP/2.0/UDP]'), 1)).toBe(-1);
    expect(labelledBracketedTextEnd(tokens('Status: [slow timer]'), 1)).toBe(-1);
    expect(labelledBracketedTextEnd(tokens('status: [ERROR] disk full'), 1)).toBe(-1);
    expect(labelledBracketedTextEnd(tokens('reason: [connection refused]'), 1)).toBe(-1);
    expect(labelledBracketedTextEnd(tokens('desc: [a] and [b]'), 1)).toBe(-1);
    // an init script's status after the program it started
    expect(labelledBracketedTextEnd(tokens('starting slurmctld: [  OK  ]'), 2)).toBe(-1);
    expect(labelledBracketedTextEnd(tokens('starting slurmctld: [ FAILED ]'), 2)).toBe(-1);
    expect(labelledBracketedTextEnd(tokens('rank: 0 desc: [JSONRPCS FIFO])'), 3)).toBe(4);
  });

  it('makes one statement of descriptions of any length', () => {
    const ids = signatures('k', [
      'error while initializing module auth_db (idx: 1 rank: 1 desc: [udp receiver child=0 sock=127.0.0.1:5060])',
      'error while initializing module auth_db (idx: 3 rank: -1 desc: [secondary timer])',
      'error while initializing module auth_db (idx: 4 rank: -1 desc: [timer])',
      'error while initializing module auth_db (idx: 2 rank: 2 desc: [])',
    ]);
    expect(new Set(ids).size).toBe(1);
  });

  it('near misses: a failure stated in the bracket, or a text going on after it, stays apart', () => {
    const reasons = signatures('r', ['peer dropped reason: [connection refused]', 'peer dropped reason: [permission denied]']);
    expect(reasons[0]).not.toBe(reasons[1]);
    const statuses = signatures('s', ['check status: [ERROR] disk full', 'check status: [ERROR] fan stopped']);
    expect(statuses[0]).not.toBe(statuses[1]);
  });

  it("real: Kamailio's init_mod_child is one signature", () => {
    const rows = loadServerLog('kamailio.ndjson');
    const ids = signatures('kamailio', rows.map((r) => r.body));
    const held = new Set(ids.filter((_, i) => rows[i].group.includes('init_mod_child')));
    expect(held.size).toBe(1);
  });
});
