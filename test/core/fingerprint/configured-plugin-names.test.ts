// A quoted name right after `plugin` (or `Plugin` opening a message) in a log line is the name of a
// plugin the configuration loads, a value (template-tokens.ts CONFIGURED_OBJECT_WORDS): collectd
// 5.12.0's plugin.c writes `plugin_load: Load plugin "%s" failed with status %i.` for every plugin
// whose LoadPlugin line it cannot honour, and the dns and smart plugins, their libraries missing,
// were two signatures (programs/collectd, server-logs-42.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted name after plugin', () => {
  it('is a value in a log line, in double quotes, single quotes or `…\' as collectd writes them', () => {
    expect(templateTokens('plugin_load: Load plugin "dns" failed with status 2.', 40)[3]).toBe('<name>');
    expect(templateTokens("read-function of plugin `nginx' failed. Will suspend it for 10.000 seconds.", 40)[3]).toBe('<name>');
    expect(templateTokens("Plugin `df' did not register for value `NoSuchOption'.", 40)[1]).toBe('<name>');
    expect(templateTokens("Plugin 'auth_pam' is disabled.", 40)[1]).toBe('<name>');
  });

  it('near misses: an unquoted word after plugin, a quoted name before it and an exception message are read as before', () => {
    // Unquoted, the word after `plugin` goes on with the sentence.
    expect(templateTokens('read-function of plugin failed', 40)).toContain('failed');
    // In capitals the word is a program's own heading, and the quote after it stays a word.
    expect(templateTokens('PLUGIN "cpu" loaded', 40)).toContain('"cpu"');
    // The name before the word (`the `interface' plugin`) is read as before.
    expect(templateTokens("There is configuration for the `interface' plugin, but the plugin isn't loaded.", 40)).not.toContain('<name>');
    // `plugins` names no one plugin.
    expect(templateTokens('no plugins "enabled" here', 40)).toContain('"enabled"');
    // In an exception message a quoted word is a value already.
    expect(templateTokens('Cannot find plugin "tailwind"', 40, 'message')).toEqual(['Cannot', 'find', 'plugin', '<*>']);
  });

  it("real: collectd's plugins that fail to load are one signature, as are its loaded plugins and suspended read-functions", () => {
    const rows = loadServerLog('collectd.ndjson');
    const fp = createFingerprinter();
    const sigs = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'collectd', body: r.body })));
    for (const statement of ['Load plugin', 'successfully loaded', 'read-function of plugin']) {
      const picked = sigs.filter((_, i) => rows[i].group.includes(statement));
      expect(picked.length, statement).toBeGreaterThan(1);
      expect(new Set(picked).size, statement).toBe(1);
    }
  });
});
