// A MIB's `<descriptor> ::= { <parent> <n> }` names two objects of a module, values of the line
// (oid-value-assignment.ts). Real lines: Debian 12's Net-SNMP 5.9.3 agent given a MIB directory
// without the modules NET-SNMP-PASS-MIB imports, where parse.c's `Cannot adopt OID in %s: %s ::= {
// %s %ld }` was six signatures over fifteen objects (programs/snmpd, server-logs-47.test.ts).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parameterize } from '../../../src/core/fingerprint/parameterize.js';
import { templateTokens } from '../../../src/core/fingerprint/template-tokens.js';

const log = (f: ReturnType<typeof createFingerprinter>, body: string) => f.fingerprint({ source: 'log', service: 'snmpd', body }).fingerprint;
const tokens = (line: string) => templateTokens(parameterize(line, true), 128);

describe("an OID's value assignment quoted from a MIB", () => {
  it("snmpd's objects it cannot adopt are one signature, whatever their parents", () => {
    const f = createFingerprinter();
    const adopt = log(f, '2026-12-06 19:54:32 Cannot adopt OID in NET-SNMP-PASS-MIB: netSnmpPassEntry ::= { netSnmpPassTable 1 }');
    expect(log(f, '2026-12-06 19:54:32 Cannot adopt OID in NET-SNMP-PASS-MIB: netSnmpPassExamples ::= { netSnmpExamples 255 }')).toBe(adopt);
    expect(log(f, '2026-12-06 19:54:32 Cannot adopt OID in NET-SNMP-PASS-MIB: netSnmpPassIndex ::= { netSnmpPassEntry 1 }')).toBe(adopt);
    // the other statement quoting the same assignment stays its own
    expect(log(f, '2026-12-06 19:54:32 Unlinked OID in NET-SNMP-PASS-MIB: netSnmpPassExamples ::= { netSnmpExamples 255 }')).not.toBe(adopt);
    expect(tokens('Unlinked OID in UCD-SNMP-MIB: ucdavis ::= { enterprises 2021 }')).toEqual(['Unlinked', 'OID', 'in', 'UCD-SNMP-MIB:', '<name>', '::=', '{', '<name> <int>', '}']);
    // an OID of several subidentifiers after the parent
    expect(tokens('Unlinked OID in X-MIB: thing ::= { internet 4 1 }')).not.toContain('internet');
  });

  it('near misses: a grammar production, braces with words, no closing brace', () => {
    // `::=` with no braces is a grammar's production, its words the grammar's
    expect(tokens('rule expr ::= term')).toEqual(['rule', 'expr', '::=', 'term']);
    // words in the braces, no subidentifier: not an OID value
    expect(tokens('choice ::= { first second }')).toContain('choice');
    // no `}` after the subidentifiers
    expect(tokens('unfinished ::= { parent 3 and more')).toContain('parent');
    // a word in quotes before `::=` is not a descriptor
    expect(tokens("'quoted' ::= { parent 3 }")).toContain("'quoted'");
  });
});
