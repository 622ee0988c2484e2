// A module's name in parentheses after `module` is a value (parenthesised-module-name.ts). Real
// lines: Debian 12's Net-SNMP 5.9.3 agent given a MIB directory without the modules
// NET-SNMP-PASS-MIB imports and a module on the command line no file holds, where parse.c's `Cannot
// find module (%s): At line %d in %s` was three signatures (programs/snmpd, server-logs-47.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'snmpd', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("a module's name in parentheses after `module`", () => {
  it("snmpd's modules it cannot find are one signature", () => {
    const f = createFingerprinter();
    const missing = log(f, '2026-12-06 19:54:55 Cannot find module (SNMP-FRAMEWORK-MIB): At line 10 in /tmp/tmp.MD9Ke4mjVk/mibs/NET-SNMP-PASS-MIB.txt');
    expect(log(f, '2026-12-06 19:54:55 Cannot find module (NET-SNMP-EXAMPLES-MIB): At line 11 in /tmp/tmp.MD9Ke4mjVk/mibs/NET-SNMP-PASS-MIB.txt')).toBe(missing);
    expect(log(f, '2026-12-06 19:54:55 Cannot find module (NO-SUCH-MIB): At line 1 in (none)')).toBe(missing);
    expect(tokens('Cannot find module (SNMPv2-TC): At line 15 in /usr/share/snmp/mibs/UCD-DISKIO-MIB.txt')).toContain('(<name>):');
  });

  it('near misses: a failure word in the parentheses, `Module` capitalised, no `module` before', () => {
    expect(tokens('cannot load module (failed): see above')).toContain('(failed):');
    expect(tokens('Module (Core) loaded')).toContain('(Core)');
    expect(tokens('Cannot find file (SNMP-FRAMEWORK-MIB): gone')).not.toContain('(<name>):');
  });
});
