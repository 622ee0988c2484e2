// A module's name written bare in `<preposition> module <name> from` is the module the line is
// about, a value (bare-module-name.ts). Real lines: Debian 12's rsync 3.2.7 daemon refusing one
// client the modules `denied` (hosts deny) and `allowonly` (hosts allow), where the one statement
// was two signatures (programs/rsyncd, server-logs-45.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'rsyncd', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("a module's name written bare before `from`", () => {
  it("rsyncd's refusals of two modules are one signature per statement", () => {
    const f = createFingerprinter();
    const denied = log(f, '2026/12/06 18:56:38 [15754] rsync denied on module denied from localhost (127.0.0.1)');
    expect(log(f, '2026/12/06 18:56:38 [15756] rsync denied on module allowonly from localhost (127.0.0.1)')).toBe(denied);
    const allowed = log(f, '2026/12/06 18:56:38 [15753] rsync allowed access on module pub from localhost (127.0.0.1)');
    expect(log(f, '2026/12/06 18:56:38 [15757] rsync allowed access on module secret from localhost (127.0.0.1)')).toBe(allowed);
    expect(allowed).not.toBe(denied);
    // the reason after the user stays the statement's own: a wrong password is not an unknown user
    const mismatch = log(f, '2026/12/06 18:56:38 [8135] auth failed on module secret from localhost (127.0.0.1) for alice: password mismatch');
    expect(log(f, '2026/12/06 18:56:39 [8141] auth failed on module backup from localhost (127.0.0.1) for mallory: no matching rule')).not.toBe(mismatch);
    expect(tokens('2026/12/06 18:56:38 [15756] rsync denied on module allowonly from localhost (127.0.0.1)')).toContain('<name>');
    expect(tokens('auth failed on module offsite-copy from localhost (127.0.0.1)')[4]).toBe('<name>');
  });

  it('near misses: a verb after `module`, `module` as the subject, a heading, no `from` after the name', () => {
    // a word stating a failure or a grammar word goes on with the sentence
    expect(tokens('access to module denied from 10.0.0.1')).toContain('denied');
    expect(tokens('request for module was from cache')).toContain('was');
    // `module` with no preposition before it is the sentence's subject
    expect(tokens('module loaded from /usr/lib/x86_64-linux-gnu/libfoo.so')).toContain('loaded');
    // a word in capitals is the program's own heading
    expect(tokens('error in module CORE from startup')).toContain('CORE');
    // without `from` after it the word may go on with the sentence (`in module section!`)
    expect(tokens('Global parameter motd file found in module section!')).toContain('section!');
    expect(tokens('error on module load')).toContain('load');
  });
});
