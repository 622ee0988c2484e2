// `Name:` labels the name after it (template-tokens.ts NAMING): Windows event messages label
// every object so (`Account Name:`, `Service name:`, `Process Name:`), and Loghub's Mac set has
// CoreCapture's `CCLogTap::profileRemoved, Owner: %s, Name: %s` for each profile (`OneStats`,
// `IO80211AWDLPeerManager`), one template, which each name had split. After a naming word without
// a colon, a word stating a failure goes on with the sentence: `An account failed to log on.` is
// not the name `failed`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { resolveAliases } from '../../helpers/loghub.js';

const tokens = (line: string) => templateTokens(parameterize(line, true), 60);
const signatures = (lines: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(lines.map((body) => fp.fingerprint({ source: 'log', service: 'host', body })));
};

describe('a name after `Name:`', () => {
  it('is a value in a log line', () => {
    expect(tokens('CCLogTap::profileRemoved, Owner: com.apple.iokit.IO80211Family, Name: OneStats')).toEqual(['CCLogTap::profileRemoved,', 'Owner:', '<name>', 'Name:', '<name>']);
    expect(tokens('Service name: Spooler stopped')).toEqual(['Service', 'name:', '<name>', 'stopped']);
  });

  it('makes one signature of one statement about two objects', () => {
    const ids = signatures([
      'CCLogTap::profileRemoved, Owner: com.apple.iokit.IO80211Family, Name: OneStats',
      'CCLogTap::profileRemoved, Owner: com.apple.iokit.IO80211Family, Name: IO80211AWDLPeerManager',
    ]);
    expect(ids[0]).toBe(ids[1]);
  });

  it('near misses: a failure word after a naming word is no name, and `name` without its colon names nothing', () => {
    expect(tokens('An account failed to log on.')).toEqual(['An', 'account', 'failed', 'to', 'log', 'on.']);
    expect(tokens('user denied access')).toEqual(['user', 'denied', 'access']);
    expect(tokens('user alice logged in')).toEqual(['user', '<name>', 'logged', 'in']);
    expect(tokens('name Spooler stopped')).toEqual(['name', 'Spooler', 'stopped']);
    const ids = signatures(['An account failed to log on.', 'An account was locked out.', 'An account failed to log on.']);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
