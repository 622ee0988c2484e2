// A quoted name after `option` (or a quoted line after `policy`) in a log line is what an operator
// wrote in a configuration, a value
// (template-tokens.ts CONFIGURED_OBJECT_WORDS): found in tor 0.4.9.11's configuration errors
// (programs/tor, server-logs-19.test.ts), where confmgt.c's `Unknown option '%s'.  Failing.` for
// two misspelt options of a torrc was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted name after the word option', () => {
  it('is a value in a log line, lower case or opening the message', () => {
    // (`Failing.` after a value is read as the value's titled tail: titled-tail.ts.)
    expect(templateTokens("Failed to parse/validate config: Unknown option 'SocksPortt'.  Failing.", 40)).toEqual(['Failed', 'to', 'parse/validate', 'config:', 'Unknown', 'option', '<name> <*>']);
    expect(templateTokens("Option 'SafeSocks' used more than once; all but the last value will be ignored.", 40)[1]).toBe('<name>');
  });

  it('near misses: a quoted name after other words, an option in capitals, and an exception message are read as before', () => {
    expect(templateTokens("Unknown setting 'SocksPortt'. Failing.", 40)).toContain("'SocksPortt'.");
    expect(templateTokens("OPTION 'verbose' ignored", 40)).toContain("'verbose'");
    expect(templateTokens("Unknown option 'verbose'", 40, 'message')).toEqual(['Unknown', 'option', '<*>']);
  });

  it('after policy, a quoted policy line is one value', () => {
    expect(templateTokens("Malformed policy 'accept <ip>/<int>'. Discarding entire policy list.", 40)).toEqual(['Malformed', 'policy', '<*>', 'Discarding', 'entire', 'policy', 'list.']);
    // Near miss: a policy named in capitals is the program's own heading.
    expect(templateTokens("POLICY 'accept <ip>' loaded", 40)).not.toContain('<*>');
  });

  it("real: tor's malformed policies are one signature", () => {
    const rows = loadServerLog('tor.ndjson').filter((r) => r.body.includes('Malformed policy '));
    expect(rows.length).toBe(2);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'tor', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });

  it("real: tor's unknown options are one signature", () => {
    const rows = loadServerLog('tor.ndjson').filter((r) => r.body.includes("Unknown option '"));
    expect(rows.length).toBe(2);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'tor', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
