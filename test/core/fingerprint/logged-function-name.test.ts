// The function a C logger names before its message, `name():`, is the statement's own place
// (logged-function-name.ts): found in Kamailio 5.6.3 (programs/kamailio, server-logs-53.test.ts),
// whose core/pt.c logs one text in fork_process() and fork_tcp_process(), one signature on main.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { differentLoggedFunctions, isLoggedFunction } from '../../../src/core/fingerprint/logged-function-name.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a logged function name, name(): before the message', () => {
  it('is an identifier, empty parentheses and a colon', () => {
    expect(isLoggedFunction('fork_process():')).toBe(true);
    expect(isLoggedFunction('main():')).toBe(true);
    expect(isLoggedFunction('fork_process()')).toBe(false);
    expect(isLoggedFunction('fork_process(1):')).toBe(false);
    expect(isLoggedFunction('process:')).toBe(false);
    expect(differentLoggedFunctions('fork_process():', 'fork_tcp_process():')).toBe(true);
    expect(differentLoggedFunctions('fork_process():', 'fork_process():')).toBe(false);
    expect(differentLoggedFunctions('fork_process():', 'timer')).toBe(false);
  });

  it('keeps one text logged in two functions apart, whatever values follow', () => {
    const ids = signatures('k', [
      ' 1(101) ERROR: <core> [core/pt.c:338]: fork_process(): init_child failed for process 1, pid 101, "slow timer"',
      ' 2(102) ERROR: <core> [core/pt.c:338]: fork_process(): init_child failed for process 2, pid 102, "timer"',
      ' 9(109) ERROR: <core> [core/pt.c:481]: fork_tcp_process(): init_child failed for process 9, pid 109, "timer"',
      '10(110) ERROR: <core> [core/pt.c:481]: fork_tcp_process(): init_child failed for process 10, pid 110, "slow timer"',
    ]);
    expect(ids[0]).not.toBe(ids[2]);
    expect(ids[1]).not.toBe(ids[2]);
    expect(ids[1]).not.toBe(ids[3]);
  });

  it('near misses: one function with other values is one statement; a call named inside a message is left as before', () => {
    const same = signatures('k', [
      ' 1(101) INFO: <core> [main.c:854]: sig_usr(): signal 15 received',
      ' 2(102) INFO: <core> [main.c:854]: sig_usr(): signal 1 received',
      ' 3(103) INFO: <core> [main.c:854]: sig_usr(): signal 10 received',
    ]);
    expect(new Set(same).size).toBe(1);
    // Without the colon a name in the text keeps the earlier reading: the same signatures as a
    // line with a plain word there would get is not asked here, only that the rule does not take it.
    expect(isLoggedFunction('reload()')).toBe(false);
  });

  it("real: Kamailio's fork_process and fork_tcp_process never share a signature", () => {
    const rows = loadServerLog('kamailio.ndjson');
    const ids = signatures('kamailio', rows.map((r) => r.body));
    const of = (needle: string) => new Set(ids.filter((_, i) => rows[i].group.includes(needle)));
    const a = of('pt.c:338 fork_process');
    const b = of('pt.c:481 fork_tcp_process');
    expect(a.size).toBeGreaterThan(0);
    expect(b.size).toBeGreaterThan(0);
    for (const id of a) expect(b.has(id)).toBe(false);
  });
});
