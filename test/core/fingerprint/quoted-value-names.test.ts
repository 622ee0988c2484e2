// A place of otherwise equal log lines that has held five different quoted names holds data, not
// the program's own quoted vocabulary (miner.ts QUOTED_VALUE_WORDS). Real lines: ejabberd 23.01's
// ejabberd_mnesia:create/2 `Creating Mnesia ~ts table '~ts'`, one statement for every table a
// module makes (test/fixtures/fingerprint/programs/ejabberd, server-logs-10.test.ts), which the
// miner kept as one template per table: a quoted word in a log line is a word.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

/** The signatures of `bodies` mined in order by one fingerprinter, aliases followed. */
const mine = (service: string, bodies: string[]) => {
  const f = createFingerprinter();
  return resolveAliases(bodies.map((body) => f.fingerprint({ source: 'log', service, body })));
};

describe('quoted names at a value place', () => {
  it("ejabberd's `Creating Mnesia ram table '…'` of eight tables is one statement", () => {
    const bodies = loadServerLog('ejabberd.ndjson').map((r) => r.body).filter((b) => b.includes('Creating Mnesia ram table'));
    expect(bodies.length).toBe(8);
    expect(new Set(mine('ejabberd', bodies)).size).toBe(1);
  });

  it("near miss: pam_limits's three limit names, labelled as statements, stay three", () => {
    // syslog-host.ndjson: `Could not set limit for 'core'` / `'nofile'` / `'memlock'` (Debian 12's pam_limits)
    const bodies = loadServerLog('syslog-host.ndjson').map((r) => r.body).filter((b) => b.includes('pam_limits(') && b.includes('Could not set limit for'));
    const sigs = mine('host', bodies);
    const byLimit = new Map<string, Set<string>>();
    bodies.forEach((b, i) => {
      const limit = /for '(\w+)'/.exec(b)![1];
      (byLimit.get(limit) ?? byLimit.set(limit, new Set()).get(limit)!).add(sigs[i]);
    });
    expect([...byLimit.keys()].sort()).toEqual(['core', 'memlock', 'nofile']);
    const all = [...byLimit.values()].flatMap((s) => [...s]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('near miss: four of those lines are still four templates', () => {
    const bodies = loadServerLog('ejabberd.ndjson').map((r) => r.body).filter((b) => b.includes('Creating Mnesia ram table')).slice(0, 4);
    expect(new Set(mine('ejabberd', bodies)).size).toBe(4);
  });
});
