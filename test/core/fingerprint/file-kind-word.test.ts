// A word before `file` / `directory`, or before one plain word and then `file`, names which of the
// program's files (file-kind-word.ts): found in Slurm 22.05's controller (programs/slurm,
// server-logs-51.test.ts), whose four state-file loaders' `Could not open <kind> state file %s: %m`
// and `No <kind> state file (%s) to recover` were one signature each once three kinds had shown.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { namesWhichFile } from '../../../src/core/fingerprint/file-kind-word.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

const signatures = (service: string, bodies: string[]) => {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service, body })));
};

describe('a word naming which of the program’s files, before file / directory / <word> file', () => {
  it('looks one or two words ahead, and only for a file noun', () => {
    expect(namesWhichFile(['open', 'node', 'state', 'file', '<path>'], 1)).toBe(true);
    expect(namesWhichFile(['open', 'pid', 'file'], 1)).toBe(true);
    expect(namesWhichFile(['cannot', 'create', 'spool', 'directory:'], 2)).toBe(true);
    expect(namesWhichFile(['open', 'node', 'state', 'table'], 1)).toBe(false);
    expect(namesWhichFile(['open', 'node', 'State', 'file'], 1)).toBe(false);
    expect(namesWhichFile(['open', 'node', '<*>', 'file'], 1)).toBe(false);
    expect(namesWhichFile(['user', 'alice'], 1)).toBe(false);
  });

  it('keeps each kind of file apart, however many kinds there are', () => {
    const states = signatures('ctld', ['No node state file (/var/spool/a) to recover', 'No job state file (/var/spool/b) to recover', 'No reservation state file (/var/spool/c) to recover', 'No trigger state file (/var/spool/d) to recover']);
    expect(new Set(states).size).toBe(4);
    const files = signatures('d', ['cannot read pid file now', 'cannot read key file now', 'cannot read lock file now']);
    expect(new Set(files).size).toBe(3);
  });

  it('near misses: a name after the noun, or before two words and then the noun, is still a value once three differ', () => {
    const after = signatures('f', ['Opening file alpha now', 'Opening file beta now', 'Opening file gamma now']);
    expect(new Set(after).size).toBe(1);
    const users = signatures('sshd', ['Failed password for alice from 10.0.0.1 port 4000 ssh2', 'Failed password for deploy from 10.0.0.2 port 4001 ssh2', 'Failed password for root from 10.0.0.3 port 4002 ssh2']);
    expect(new Set(users).size).toBe(1);
    const far = signatures('g', ['loaded alice big state file', 'loaded bob big state file', 'loaded carol big state file']);
    expect(new Set(far).size).toBe(1);
  });

  it("real: Slurm's state-file loaders are one signature each", () => {
    const rows = loadServerLog('slurmctld.ndjson').filter((r) => / state file /.test(r.body));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const ids = signatures('slurmctld', rows.map((r) => r.body));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(ids[i]));
    for (const held of byGroup.values()) expect(held.size).toBe(1);
    expect(new Set(ids).size).toBe(byGroup.size);
  });
});
