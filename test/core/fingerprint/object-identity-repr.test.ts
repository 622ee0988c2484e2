// An object's identity repr in a log line (`<Class at <address> …>`, nested ones inside) is one
// value (object-identity-repr.ts): supervisor 4.2.5's dispatchers.py `fd %s closed, stopped
// monitoring %s` with a dispatcher's repr naming the program, its state and the channel was a
// template per program, state and channel (programs/supervisor, server-logs-46.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (lines: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(lines.map((body) => fp.fingerprint({ source: 'log', service: 'probe', body })));
};

describe("an object's identity repr in a log line", () => {
  it('is one value, nested reprs and the state they name inside it', () => {
    const quick = templateTokens('<date> DEBG fd <int> closed, stopped monitoring <POutputDispatcher at <int> for <Subprocess at <int> with name quick in state STARTING> (stdout)>', 40);
    expect(quick).toEqual(['<date>', 'DEBG', 'fd', '<int>', 'closed,', 'stopped', 'monitoring', '<*>']);
    expect(templateTokens('<date> DEBG fd <int> closed, stopped monitoring <POutputDispatcher at <int> for <Subprocess at <int> with name sleeper in state STOPPING> (stderr)>', 40)).toEqual(quick);
    // Python's default repr, and words after the repr kept.
    expect(templateTokens('worker: dropping <jobs.models.Job object at <hex>> after timeout', 40)).toEqual(['worker:', 'dropping', '<*>', 'after', 'timeout']);
  });

  it('makes one statement about objects of other programs and states one signature, and two statements two', () => {
    const sigs = signatures([
      '2026-12-06 18:55:44,535 DEBG fd 17 closed, stopped monitoring <POutputDispatcher at 140385552813008 for <Subprocess at 140385552892624 with name nodir in state STARTING> (stdout)>',
      '2026-12-06 18:55:46,533 DEBG fd 24 closed, stopped monitoring <POutputDispatcher at 140385550822672 for <Subprocess at 140385550400976 with name oneshot in state RUNNING> (stderr)>',
      '2026-12-06 18:55:49,401 DEBG fd 30 closed, stopped monitoring <POutputDispatcher at 140385550822352 for <Subprocess at 140385550576144 with name sleeper in state STOPPING> (stdout)>',
      '2026-12-06 18:55:49,402 CRIT uncaptured python exception, closing channel <POutputDispatcher at 140385550822352 for <Subprocess at 140385550576144 with name sleeper in state STOPPING> (stdout)>',
    ]);
    expect(new Set(sigs.slice(0, 3)).size).toBe(1);
    expect(sigs[3]).not.toBe(sigs[0]);
  });

  it('near misses: a repr without an address, a function, a bracket never closed and an exception message keep their words', () => {
    expect(templateTokens('client: got <Response [<int>]> from upstream', 40)).toContain('<Response');
    expect(templateTokens('scheduler: calling <function send_digest at <hex>>', 40)).toContain('send_digest');
    expect(templateTokens('parser: saw <Tag at <int> and nothing closed it', 40)).toContain('nothing');
    expect(templateTokens('server <Backend at night> is down', 40)).toContain('night>');
    expect(templateTokens('cannot pickle <Lock at <hex> locked> here', 40, 'message')).toContain('locked>');
  });

  it("real: supervisor's closed dispatchers of seven programs, states and channels are one signature", () => {
    const rows = loadServerLog('supervisor.ndjson');
    const sigs = signatures(rows.map((r) => r.body));
    const picked = sigs.filter((_, i) => rows[i].group.startsWith('dispatchers.py close:'));
    expect(picked.length).toBeGreaterThan(20);
    expect(new Set(picked).size).toBe(1);
  });
});
