// The configuration line a daemon echoes after `config line <n>:` is one value
// (echoed-config-line.ts): found in FRR 8.4.4 (programs/frr, server-logs-38.test.ts), whose
// lib/vty.c `%s on config line %u: %s` made every line of a configuration bgpd refused a template
// of its own.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a configuration line echoed after config line <n>:', () => {
  it('is one value to the end of the line, whatever its words', () => {
    expect(templateTokens('No such command on config line 5:  neighbor 10.8.0.1 remote-as', 40)).toEqual(['No', 'such', 'command', 'on', 'config', 'line', '5:', '<*>']);
    expect(templateTokens('Command incomplete on configuration line 4: bgp', 40)).toEqual(['Command', 'incomplete', 'on', 'configuration', 'line', '4:', '<*>']);
  });

  it("near misses: a parser's own account, a file's line, a script's line, a run too long and an exception message are read as before", () => {
    expect(templateTokens('error on config line 3: missing semicolon', 40)).toContain('missing');
    expect(templateTokens('error on config line 3: unexpected end of file', 40)).toContain('unexpected');
    expect(templateTokens('bad config line 3: the value is empty', 40)).toContain('value');
    expect(templateTokens('/etc/dhcp/bad.conf line 2: 300 exceeds max (255) for precision', 40)).toContain('exceeds');
    expect(templateTokens('deploy.sh: line 3: foo: command not found', 40)).toContain('command');
    expect(templateTokens('No such command on config line 5: a b c d e f g h i j k l m n o p q', 40)).toContain('q');
    expect(templateTokens('No such command on config line 5: neighbor remote-as', 40, 'message')).toContain('neighbor');
  });

  it("real: the lines bgpd refused are one signature, and the parser's results stay apart", () => {
    const rows = loadServerLog('frr.ndjson').filter((r) => r.body.includes(' on config line '));
    expect(new Set(rows.map((r) => r.body)).size).toBe(4);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'frr', body: r.body })));
    expect(new Set(ids).size).toBe(1);
    const incomplete = fp.fingerprint({ source: 'log', service: 'frr', body: rows[0].body.replace('No such command', 'Command incomplete') });
    expect(resolveAliases([...rows.map((r) => fp.fingerprint({ source: 'log', service: 'frr', body: r.body })), incomplete]).at(-1)).not.toBe(ids[0]);
  });
});
