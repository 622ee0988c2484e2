// A quoted name right after `action`, `module` or `command` in a log line is the name an operator
// gave a configured object, a value (template-tokens.ts CONFIGURED_OBJECT_WORDS): found in
// rsyslog 8.2302's own errors (programs/rsyslog, server-logs-16.test.ts), where action.c's
// `action '%s' suspended …` for six configured actions, modules.c's `could not load module '%s'`
// for four modules and conf.c's `config file command '%s'` for two were twelve signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';
import { resolveAliases } from '../../helpers/loghub.js';
import { loadServerLog } from './server-log-set.js';

describe('a quoted name after a word for a configured object', () => {
  it('is a value in a log line, after action, module and command', () => {
    expect(templateTokens("action 'fwd-siem' suspended (module 'builtin:omfwd'), retry 0.", 40)[1]).toBe('<name>');
    expect(templateTokens("could not load module 'imkafka', errors: trying to load", 40)[4]).toBe('<name>');
    expect(templateTokens("invalid or yet-unknown config file command 'FooBar' - have you forgotten", 40)[6]).toBe('<name>');
    expect(templateTokens("(Line 5) Unknown keyword 'notify_emial'", 40)[4]).toBe('<name>');
  });

  it('near misses: other quoted names in log lines and exception messages are read as before', () => {
    // pam_limits's limits are statements of their own (syslog-host.ndjson), after `for`.
    expect(templateTokens("runuser: pam_limits(runuser:session): Could not set limit for 'memlock' to soft=-1, hard=-1: Operation not permitted; uid=0,euid=0", 40)).toContain("'memlock'");
    // A database object's name is kept (quoted-schema-object-names.test.ts; MySQL's error 1054 as
    // the corpus holds it).
    expect(templateTokens("Unknown column 'is_approved_manager_mis' in 'where clause'", 40)).toContain("'is_approved_manager_mis'");
    // MySQL's ACL tables open statements of their own (sql_acl.cc), with no word before them.
    expect(templateTokens("'user' entry 'root@localhost' ignored in --skip-name-resolve mode.", 40)[0]).toBe("'user'");
    // In an exception message a quoted word is a value already.
    expect(templateTokens("Cannot find module 'dotenv'", 40, 'message')).toEqual(['Cannot', 'find', 'module', '<*>']);
  });

  it("real: rsyslog's suspended actions, modules it cannot load and unknown config commands are one signature per statement", () => {
    const rows = loadServerLog('rsyslog-internal.ndjson');
    const fp = createFingerprinter();
    const sigs = resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'rsyslog', body: r.body })));
    const byGroup = new Map<string, Set<string>>();
    rows.forEach((r, i) => (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(sigs[i]));
    for (const prefix of ['action.c actionSuspend: "action \'%s\' suspended (module \'%s\'), retry', 'action.c actionSuspend: "action \'%s\' suspended (module \'%s\'), next retry', 'action.c actionSetState', 'modules.c Load', 'conf.c cfline']) {
      const groups = [...byGroup].filter(([g]) => g.startsWith(prefix));
      expect(groups.length, prefix).toBe(1);
      expect(groups[0][1].size, prefix).toBe(1);
    }
    // And no two statements share one.
    const all = [...byGroup.values()].flatMap((s) => [...s]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("real: keepalived's unknown keywords are one signature", () => {
    const rows = loadServerLog('keepalived.ndjson').filter((r) => r.group.includes('Unknown keyword'));
    const fp = createFingerprinter();
    expect(rows.length).toBe(3);
    expect(new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'keepalived', body: r.body })))).size).toBe(1);
  });

  // server-logs-17: keepalived 2.2.7's vrrp_track.c writes every tracked vrrp_script's name in
  // backquotes after a capitalised `Script` opening the message: four scripts were four signatures.
  it("real: keepalived's tracked scripts now returning a status are one signature", () => {
    const rows = loadServerLog('keepalived.ndjson').filter((r) => r.group.includes('now returning'));
    const fp = createFingerprinter();
    expect(rows.length).toBe(4);
    expect(new Set(resolveAliases(rows.map((r) => fp.fingerprint({ source: 'log', service: 'keepalived', body: r.body })))).size).toBe(1);
  });

  it('near miss: a script named by its path is read as before', () => {
    // keepalived's notify.c names the script by its path, masked as a path
    const line = 'Sun Dec  6 00:11:42 2026: Script /usr/local/bin/check-haproxy cannot be accessed - No such file or directory';
    expect(templateTokens(parameterize(line, true), 40).slice(0, 3)).toEqual(['<date>:', 'Script', '<path>']);
  });
});
