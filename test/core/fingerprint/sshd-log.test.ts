// Real OpenSSH server logs (OpenSSH_9.2, Debian), produced by programs/sshd/generate.sh: password
// guesses for users that exist and that do not, successful logins, a key offered where none is
// authorised, HTTP sent to the SSH port, resets before the banner. Labelled by reading the lines
// (sshd-auth.ndjson, `group`): one group per message shape, the user, address and port being
// values; `Connection reset by … port …` with and without sshd's ` [preauth]` suffix is one
// statement (the suffix marks the unprivileged child's messages). User names are words, and the
// miner keeps lines that differ in a word apart; two fixes made it read them as values:
//   - a token read as a value names nothing after it (`Invalid user user from <ip>` made `from`
//     a name and lost a token, so the user called `user` was a template of its own);
//   - a lower-case word that takes three different values at one place of otherwise equal lines
//     is a value there (`Failed password for alice|deploy|root from <ip> …`); the first two
//     lines' templates are then absorbed into the third's (reported as aliases).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { groupingAccuracy, resolveAliases } from '../../helpers/loghub.js';

const rows = readFileSync(new URL('../../fixtures/fingerprint/sshd-auth.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { group: string; body: string });

describe('real sshd logs', () => {
  const fp = createFingerprinter();
  const results = rows.map((r) => fp.fingerprint({ source: 'log', service: 'sshd', body: r.body }));
  const predicted = resolveAliases(results);
  const truth = rows.map((r) => r.group);

  it('groups the lines as their shapes go, aliases followed', () => {
    expect(groupingAccuracy(truth, predicted)).toBeGreaterThanOrEqual(0.97);
  });

  it('never puts two message shapes in one signature', () => {
    const shapes = new Map<string, Set<string>>();
    predicted.forEach((p, i) => (shapes.get(p) ?? shapes.set(p, new Set()).get(p)!).add(truth[i]));
    expect([...shapes.values()].filter((s) => s.size > 1).map((s) => [...s])).toEqual([]);
  });

  it('the user called `user` is a user like any other', () => {
    const f = createFingerprinter();
    const a = f.fingerprint({ source: 'log', service: 'sshd', body: 'Invalid user admin from 127.0.0.1 port 34208' });
    const b = f.fingerprint({ source: 'log', service: 'sshd', body: 'Invalid user user from 127.0.0.1 port 34270' });
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.message).toBe('Invalid user <name> from <ip> port <int>');
  });

  it('two different words at one place stay two templates; condition and capitalised words never join', () => {
    const f = createFingerprinter();
    const t = (body: string) => f.fingerprint({ source: 'log', service: 'svc', body }).fingerprint;
    expect(t('Accepted password for alice from 10.0.0.1 port 1 ssh2')).not.toBe(t('Accepted password for deploy from 10.0.0.1 port 2 ssh2'));
    // Three states of a program's own vocabulary: kept apart however many there are.
    const states = ['LOOKING', 'LEADING', 'FOLLOWING', 'OBSERVING'].map((s) => t(`peer 3 is ${s} now`));
    expect(new Set(states).size).toBe(4);
    const conditions = ['expired', 'blocked', 'locked', 'revoked'].map((s) => t(`card of order 7 ${s}`));
    expect(new Set(conditions).size).toBe(4);
  });
});
