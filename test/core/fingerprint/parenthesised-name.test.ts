// A name a format writes inside parentheses of its own (parenthesised-name.ts): found in Debian 12's
// syncthing 1.19.2 (programs/syncthing, server-logs-60.test.ts), where lib/model/model.go's `Ready
// to synchronize %s (%s)` prints each folder's type after its description, `(sendreceive)`,
// `(sendonly)`, `(receiveonly)`: the miner compared no word in parentheses as a name, and each
// folder type was a template of its own (42 records, three signatures).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { nameInOwnParentheses } from '../../../src/core/fingerprint/parenthesised-name.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a name in parentheses of its own', () => {
  it('reads the name inside and what closes it', () => {
    expect(nameInOwnParentheses('(sendreceive)')).toEqual({ name: 'sendreceive', close: '()' });
    expect(nameInOwnParentheses('(receive-only):')).toEqual({ name: 'receive-only', close: '():' });
    for (const token of ['sendreceive', '(Open', '(TLS)', '(Open vSwitch)', '(ready', 'ready)', '((x))', '(x)y', '(<int>)', '(42)']) expect(nameInOwnParentheses(token), token).toBeUndefined();
  });

  it('joins a place once three different names in parentheses have stood there in otherwise equal lines', () => {
    const ids = signatures('syncthing', ['INFO: Ready to synchronize "a" (a) (sendreceive)', 'INFO: Ready to synchronize "b" (b) (receiveonly)', 'INFO: Ready to synchronize "c" (c) (sendonly)', 'INFO: Ready to synchronize "d" (d) (receiveencrypted)']);
    expect(new Set(ids).size).toBe(1);
  });

  it('near misses: two names, a failure word, another closing and a bare name stay apart', () => {
    // Two names at one place may be two statements' own words, as bare names are (miner.ts VALUE_WORDS).
    const two = signatures('s', ['INFO: link state (up)', 'INFO: link state (down)']);
    expect(two[0]).not.toBe(two[1]);
    // A word stating a failure says which failure, in parentheses as bare.
    const failed = signatures('s', ['job finished (ok)', 'job finished (done)', 'job finished (failed)', 'job finished (timeout)']);
    expect(failed[2]).not.toBe(failed[0]);
    expect(failed[3]).not.toBe(failed[0]);
    // The same punctuation around the name on both lines, or no join: `(x):` opens a clause `(x)` does not.
    const closing = signatures('s', ['task ended (alpha): ok', 'task ended (beta) ok', 'task ended (gamma); ok']);
    expect(new Set(closing).size).toBe(3);
    // A name in parentheses and bare names at one place are not counted together.
    const mixed = signatures('s', ['mode set to alpha now', 'mode set to beta now', 'mode set to (gamma) now']);
    expect(mixed[2]).not.toBe(mixed[0]);
  });

  it("real: syncthing's `Ready to synchronize %s (%s)` is one signature, and holds no other statement", () => {
    const label = 'lib/model/model.go:424 l.Infof("Ready to synchronize %s (%s)", cfg.Description(), cfg.Type)';
    const rows = loadServerLog('syncthing.ndjson');
    const ids = signatures('syncthing', rows.map((r) => r.body));
    const held = new Set(ids.filter((_, i) => rows[i].group === label));
    expect(held.size).toBe(1);
    const [id] = held;
    expect(new Set(rows.filter((_, i) => ids[i] === id).map((r) => r.group))).toEqual(new Set([label]));
  });
});
