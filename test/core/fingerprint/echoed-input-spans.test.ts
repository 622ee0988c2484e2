// A quoted text that echoes the program's input is one value even with values inside it
// (template-tokens.ts quotedSpanEnd `echoed`): a configuration line `name = value`, and what
// follows a word for a configured object (CONFIGURED_OBJECT_WORDS, now with `directive`). Real
// lines: Debian 12's stunnel4 5.68 started on broken configurations (programs/stunnel,
// options.c `%s:%d: "%s": %s`), privoxy 3.0.34's loadcfg.c `Ignoring unrecognized directive
// '%s' …` (programs/privoxy); server-logs-18.test.ts.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, service: string, body: string) => f.fingerprint({ source: 'log', service, body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe('quoted input echoed back', () => {
  it("stunnel's rejected configuration lines and privoxy's unknown directives are one signature per statement", () => {
    const f = createFingerprinter();
    expect(log(f, 'stunnel', '[!] /tmp/tmp.NxZXta7f6O/bad.conf:5: "conect = 127.0.0.1:25": Specified option name is not valid here'))
      .toBe(log(f, 'stunnel', '[!] /tmp/tmp.NxZXta7f6O/bad.conf:6: "verifyChian = yes": Specified option name is not valid here'));
    expect(tokens('/tmp/x/bad.conf:5: "conect = 127.0.0.1:25": Specified option name is not valid here')).toEqual(['<path>:<int>: <*>', 'Specified', 'option', 'name', 'is', 'not', 'valid', 'here']);
    expect(log(f, 'privoxy', "2026-12-06 01:43:38.855 7f8ef252b080 Error: Ignoring unrecognized directive 'enable-compresion 1' (4224712983U) in line 19 in configuration file (/tmp/tmp.dJva2Ea6BQ/config)."))
      .toBe(log(f, 'privoxy', "2026-12-06 01:43:38.855 7f8ef252b080 Error: Ignoring unrecognized directive 'max-client-conections 64' (4155013228U) in line 20 in configuration file (/tmp/tmp.dJva2Ea6BQ/config)."));
    // the reason after the echoed line still tells statements apart
    expect(log(f, 'stunnel', '[!] /tmp/tmp.NxZXta7f6O/bad.conf:6: "TIMEOUTclose = soon": Illegal close timeout'))
      .not.toBe(log(f, 'stunnel', '[!] /tmp/tmp.NxZXta7f6O/bad.conf:6: "verifyChian = yes": Specified option name is not valid here'));
  });

  it('near misses: a request line in quotes, a quoted text after another word', () => {
    // a request line's words are constants: GET and POST stay apart
    expect(tokens('client: 10.0.0.1, request: "GET /a HTTP/1.1", host: "x"')).toEqual(['client:', '<ip>,', 'request:', '"GET', '<path>', 'HTTP/<float>",', 'host:', '<name>']);
    // no `=` second, no word for a configured object before it: as before
    expect(tokens('failed to parse "limit 10" here')).toEqual(['failed', 'to', 'parse', '"limit', '<int>"', 'here']);
  });
});
