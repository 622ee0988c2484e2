// A quoted name after `parameter` in a log line is a configured parameter's name, a value
// (template-tokens.ts CONFIGURED_OBJECT_WORDS, namesConfiguredObject): found in Zabbix agent
// 6.0.14's refusals of its configuration (programs/zabbix-agent, server-logs-21.test.ts), where
// cfg.c's `unknown parameter "%s" in config file "%s", line %d` for three misspelt parameters was
// three signatures; and a quoted name after `value of` (namesValueOwner), where cfg.c's `wrong
// value of "%s" in config file "%s", line %d` was a signature for each parameter.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted name after the word parameter', () => {
  it('is a value in a log line', () => {
    expect(templateTokens('unknown parameter "Hostnam" in config file "<path>", line <int>', 40).slice(0, 3)).toEqual(['unknown', 'parameter', '<name>']);
    expect(templateTokens('ERROR: parameter "TLSPSKIdentity" is defined, but "TLSPSKFile" is not defined', 40)[2]).toBe('<name>');
  });

  it('near misses: a quoted identifier after it, other words, capitals and exception messages are read as before', () => {
    // A snake_case identifier is the program's own name (a Symfony parameter, a request parameter).
    expect(templateTokens('You have requested a non-existent parameter "mailer_transport".', 40)).toContain('"mailer_transport".');
    expect(templateTokens('unknown setting "Hostnam" in config file', 40)).toContain('"Hostnam"');
    expect(templateTokens('PARAMETER "Hostnam" ignored', 40)).toContain('"Hostnam"');
    expect(templateTokens('unknown parameter "Hostnam"', 40, 'message')).toEqual(['unknown', 'parameter', '<*>']);
  });

  it("real: the Zabbix agent's unknown parameters are one signature", () => {
    const rows = loadServerLog('zabbix-agent.ndjson').filter((r) => r.body.includes(': unknown parameter "'));
    expect(rows.length).toBe(3);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'zabbix-agent', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });

  it('after value of, a quoted name is a value in a log line', () => {
    expect(templateTokens('wrong value of "ListenPort" in config file "<path>", line <int>', 40).slice(0, 4)).toEqual(['wrong', 'value', 'of', '<name>']);
    expect(templateTokens("invalid value of 'Timeout'", 40)).toEqual(['invalid', 'value', 'of', '<name>']);
  });

  it('near misses: a quoted identifier, another phrase, a quoted sentence and an exception message are read as before', () => {
    expect(templateTokens('wrong value of "max_connections"', 40)).toContain('"max_connections"');
    expect(templateTokens('wrong kind of "ListenPort"', 40)).toContain('"ListenPort"');
    expect(templateTokens('the value "ListenPort" is wrong', 40)).toContain('"ListenPort"');
    expect(templateTokens('wrong value of "ListenPort"', 40, 'message')).toEqual(['wrong', 'value', 'of', '<*>']);
  });

  it("real: the Zabbix agent's out-of-range parameters are one signature", () => {
    const rows = loadServerLog('zabbix-agent.ndjson').filter((r) => r.body.includes(': wrong value of "'));
    expect(new Set(rows.map((r) => r.body.split('"')[1])).size).toBe(5);
    const fp = createFingerprinter();
    const ids = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'zabbix-agent', body: r.body })));
    expect(new Set(ids).size).toBe(1);
  });
});
